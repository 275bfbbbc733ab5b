//! Writes the diacritics-and-case folding table that `text::fold_char` uses.
//!
//! Full NFKD normalisation is done here, at build time, once for each code
//! point; the run time only looks a character up in the resulting table.

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
    (0x20D0, 0x20FF),
    (0x2460, 0x24FF),
    (0xFB00, 0xFB06),
    (0xFE20, 0xFE2F),
    (0xFF01, 0xFF5E),
];

fn fold(c: char) -> String {
    c.to_string()
        .nfkd()
        .filter(|m| !is_combining_mark(*m))
        .flat_map(char::to_lowercase)
        .collect()
}

fn main() {
    let mut table = String::from("/// (code point, folded form), sorted by code point.\npub(crate) static FOLD_TABLE: &[(char, &str)] = &[\n");
    for &(first, last) in RANGES {
        for c in (first..=last).filter_map(char::from_u32) {
            let folded = fold(c);
            let plain_lowercase: String = c.to_lowercase().collect();
            // Combining marks fold to nothing, so decomposed input
            // ("e" + U+0301) matches precomposed ("é").
            if folded != plain_lowercase {
                writeln!(table, "    ({c:?}, {folded:?}),").unwrap();
            }
        }
    }
    table.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("fold_table.rs");
    std::fs::write(out, table).unwrap();
    println!("cargo:rerun-if-changed=build.rs");
}
