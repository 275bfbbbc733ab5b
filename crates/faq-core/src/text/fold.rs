//! Folding: a character or a text with its diacritics removed and in lower
//! case, through the tables `build.rs` derives from full normalisation, and
//! a word as a stemmer reads it, without a possessive `'s`.

include!(concat!(env!("OUT_DIR"), "/unicode_tables.rs"));

/// Appends `c` with its diacritics removed and in lower case.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let one_to_one = u16::try_from(c as u32).ok().and_then(|code| {
        let after = FOLD_ONE.partition_point(|&(first, ..)| first <= code);
        let &(first, count, to) = FOLD_ONE.get(after.checked_sub(1)?)?;
        (u32::from(code) < u32::from(first) + u32::from(count)).then_some(to)
    });
    match one_to_one {
        Some(0) => {}
        // The build wrote only code points that are chars.
        Some(folded) => out.extend(char::from_u32(u32::from(folded))),
        None => match FOLD_SEVERAL.binary_search_by_key(&c, |&(from, _)| from) {
            Ok(found) => out.push_str(FOLD_SEVERAL[found].1),
            Err(_) => out.push(lower_case(c)),
        },
    }
}

/// `c` in lower case, from the build's `LOWER_RUNS` rather than
/// `char::to_lowercase`, whose tables cost the bundle several KB. The one
/// character whose lower case is several ('İ') is in the fold tables.
fn lower_case(c: char) -> char {
    let code = c as u32;
    let after = LOWER_RUNS.partition_point(|&(first, ..)| first <= code);
    let Some(&(first, count, stride, distance)) = after.checked_sub(1).map(|run| &LOWER_RUNS[run])
    else {
        return c;
    };
    // The build writes strides of 1 or 2; `max` keeps a division by zero
    // out of the code all the same.
    let stride = u32::from(stride.max(1));
    let (step, steps) = ((code - first) % stride, (code - first) / stride);
    if step != 0 || steps >= u32::from(count) {
        return c;
    }
    code.checked_add_signed(distance)
        .and_then(char::from_u32)
        .unwrap_or(c)
}

/// A word as a stemmer reads it: in lower case with its diacritics kept
/// (Snowball's suffixes have them: Polish `-ość`, Spanish `-ación`), its
/// letters and digits only, without a possessive `'s`.
pub fn stem_input(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in without_possessive(word).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{130}' {
            // 'İ', whose lower case is two characters.
            out.push('i');
        } else if !c.is_ascii() && c.is_alphanumeric() {
            out.push(lower_case(c));
        }
    }
    out
}

/// `text` with its diacritics removed and in lower case.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{FF07}')
}

/// `word` without a possessive `'s` (any apostrophe), if it ends with one
/// after at least one character: `'s` alone stays.
pub(super) fn without_possessive(word: &str) -> &str {
    let mut from_end = word.char_indices().rev();
    match (from_end.next(), from_end.next()) {
        (Some((_, 's' | 'S')), Some((apostrophe_at, before_last)))
            if apostrophe_at > 0 && is_apostrophe(before_last) =>
        {
            &word[..apostrophe_at]
        }
        _ => word,
    }
}
