//! Writes the Unicode tables `text` uses: the diacritics-and-case folding
//! tables of `fold_char`, lower case for every other character, and the
//! characters that word segmentation keeps inside words.
//!
//! Full NFKD normalisation is done here, at build time, once for each code
//! point (and a few letters NFKD keeps whole, `LETTERS`, folded as readers
//! type them); the run time only looks a character up in the resulting
//! table.

use std::fmt::Write as _;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Code point ranges whose characters may fold to something else: Latin,
/// Greek, Cyrillic and their extensions, letterlike symbols, ligatures and
/// fullwidth forms. Hangul and CJK are left alone on purpose: decomposing them
/// would split syllables, not remove accents.
const RANGES: &[(u32, u32)] = &[
    (0x00A0, 0x05FF),
    (0x1AB0, 0x1AFF),
    (0x1D00, 0x1FFF),
    (0x2070, 0x218F),
    (0x2460, 0x24FF),
    (0xFB00, 0xFB06),
    (0xFE20, 0xFE2F),
    (0xFF01, 0xFF5E),
];

/// Letters that NFKD leaves whole though readers type them as plain Latin
/// letters (a German `Strasse` for `Straße`, a Polish `zloty` for `złoty`,
/// a Danish `so` for `sø`): they fold as if they decomposed.
const LETTERS: &[(char, &str)] = &[
    ('ß', "ss"),
    ('ẞ', "ss"),
    ('æ', "ae"),
    ('Æ', "ae"),
    ('œ', "oe"),
    ('Œ', "oe"),
    ('ø', "o"),
    ('Ø', "o"),
    ('ł', "l"),
    ('Ł', "l"),
    ('đ', "d"),
    ('Đ', "d"),
    ('ð', "d"),
    ('Ð', "d"),
    ('ħ', "h"),
    ('Ħ', "h"),
    ('ı', "i"),
    ('þ', "th"),
    ('Þ', "th"),
];

fn fold(c: char) -> String {
    if let Some((_, folded)) = LETTERS.iter().find(|(letter, _)| *letter == c) {
        return (*folded).to_owned();
    }
    c.to_string()
        .nfkd()
        .filter(|m| !is_combining_mark(*m))
        .flat_map(char::to_lowercase)
        .collect()
}

fn main() {
    // Wherever the fold is plain lower case, and outside these ranges, the
    // run time uses `LOWER_RUNS` (below). The rest goes in two tables:
    // one-to-one folds (0 for a combining mark, which folds to nothing), as
    // runs of consecutive code points that fold to the same one ("ÀÁÂÃÄÅ"
    // to "a"), and the few that give several characters (ligatures,
    // fractions) as strings.
    let mut one_to_one = String::from(
        "/// (first code point, how many, what they fold to or 0 for nothing),\n\
         /// sorted.\n\
         pub(crate) static FOLD_ONE: &[(u16, u8, u16)] = &[\n",
    );
    let mut one_to_one_runs: Vec<(u16, u8, u16)> = Vec::new();
    let mut several = String::from(
        "/// (code point, folded form), sorted: folds to several characters.\n\
         pub(crate) static FOLD_SEVERAL: &[(char, &str)] = &[\n",
    );
    let in_ranges = RANGES
        .iter()
        .flat_map(|&(first, last)| (first..=last).filter_map(char::from_u32));
    let mut in_fold_tables = std::collections::HashSet::new();
    for c in in_ranges {
        let folded = fold(c);
        if folded == c.to_lowercase().collect::<String>() {
            continue;
        }
        in_fold_tables.insert(c);
        let mut chars = folded.chars();
        let to = match (chars.next(), chars.next()) {
            // Combining marks fold to nothing, so decomposed input
            // ("e" + U+0301) matches precomposed ("é").
            (None, _) => Some(0),
            (Some(single), None) => u16::try_from(single as u32).ok(),
            _ => None,
        };
        match (u16::try_from(c as u32), to) {
            (Ok(from), Some(to)) => match one_to_one_runs.last_mut() {
                Some((first, count, run_to))
                    if *run_to == to
                        && *count < u8::MAX
                        && u32::from(*first) + u32::from(*count) == u32::from(from) =>
                {
                    *count += 1
                }
                _ => one_to_one_runs.push((from, 1, to)),
            },
            _ => writeln!(several, "    ({c:?}, {folded:?}),").unwrap(),
        }
    }
    for (first, count, to) in one_to_one_runs {
        writeln!(one_to_one, "    ({first}, {count}, {to}),").unwrap();
    }
    // Lower case for every character, as runs of code points that a fixed
    // distance turns lower case: `first`, then every `stride`-th (1, or 2
    // where upper and lower case alternate) for `count` characters. 181 runs
    // instead of the standard library's case tables, which cost the bundle
    // several KB gzip.
    let mut lower = String::from(
        "/// (first, count, stride, distance to lower case), sorted.\n\
         pub(crate) static LOWER_RUNS: &[(u32, u8, u8, i32)] = &[\n",
    );
    let mut runs: Vec<(u32, u8, u8, i32)> = Vec::new();
    for c in '\0'..=char::MAX {
        let mut lowered = c.to_lowercase();
        let single = match (lowered.next(), lowered.next()) {
            (Some(single), None) => single,
            _ => {
                // Only U+0130 'İ' today; the fold tables must hold it.
                assert!(
                    in_fold_tables.contains(&c),
                    "U+{:04X}: lower case of several characters",
                    c as u32
                );
                continue;
            }
        };
        if single == c {
            continue;
        }
        let (code, distance) = (c as u32, single as i32 - c as i32);
        match runs.last_mut() {
            // The second character of a run sets its stride.
            Some(run) if run.3 == distance && run.1 == 1 && code - run.0 <= 2 => {
                run.2 = (code - run.0) as u8;
                run.1 = 2;
            }
            Some(run)
                if run.3 == distance
                    && run.1 < u8::MAX
                    && code == run.0 + u32::from(run.1) * u32::from(run.2) =>
            {
                run.1 += 1;
            }
            _ => runs.push((code, 1, 1, distance)),
        }
    }
    for (first, count, stride, distance) in runs {
        writeln!(lower, "    ({first}, {count}, {stride}, {distance}),").unwrap();
    }
    // What word segmentation keeps inside a word, as UAX #29 does (rule
    // WB4): combining marks, joiners, soft hyphens and the other invisible
    // format characters.
    let mut extend = String::from(
        "/// Ranges of characters that extend the word before them, first and\n\
         /// last, sorted.\n\
         pub(crate) static EXTEND_RANGES: &[(u32, u32)] = &[\n",
    );
    let is_format = |c: char| {
        matches!(c as u32, 0xAD | 0x200C..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064)
            || matches!(c as u32, 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
    };
    let mut extend_ranges: Vec<(u32, u32)> = Vec::new();
    for c in ('\u{80}'..=char::MAX).filter(|&c| is_combining_mark(c) || is_format(c)) {
        let code = c as u32;
        match extend_ranges.last_mut() {
            Some((_, last)) if *last + 1 == code => *last = code,
            _ => extend_ranges.push((code, code)),
        }
    }
    for (first, last) in extend_ranges {
        writeln!(extend, "    ({first}, {last}),").unwrap();
    }
    let tables = [one_to_one, several, lower, extend].map(|mut table| {
        table.push_str("];\n");
        table
    });
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("unicode_tables.rs");
    std::fs::write(out, tables.concat()).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
