//! Text analysis: folding and tokenizing, shared by indexing and querying so
//! both sides see the same terms.
//!
//! - Words are found by the rules of Unicode word segmentation (UAX #29)
//!   that matter for search: letters and digits run together; an apostrophe,
//!   a period or a colon joins letters (`don't`, `U.S`), a period or a comma
//!   joins digits (`3.5`, `1,000`), a `"` joins Hebrew letters; combining
//!   marks and invisible format characters stay in their word; each Chinese
//!   character or hiragana is a word of its own, and katakana run only with
//!   katakana; in Chinese and Japanese text two such characters side by
//!   side also give their pair. `tests/segmentation.rs` checks these against the
//!   `unicode-segmentation` crate, which is not shipped: its tables and state
//!   machine cost 8.7 KB of gzip in the bundle.
//! - Folding removes diacritics and letter case (`Nausėda` → `nauseda`),
//!   through a table that `build.rs` derives from NFKD with combining marks
//!   removed, and folds the letters NFKD keeps whole as readers type them
//!   (`Straße` → `strasse`, `Łódź` → `lodz`, `sø` → `so`); combining marks
//!   on their own fold to nothing.
//! - Apostrophes normalise: the possessive `'s` is dropped (`Russia’s` →
//!   `russia`) and inner apostrophes vanish (`don't` → `dont`); other inner
//!   punctuation goes too (`U.S.` → `us`).
//! - Hyphenated words give their parts (`long`, `term`) and, for the index,
//!   the whole word as well (`longterm`).
//!
//! Each token keeps its byte offsets in the original text, so matches can
//! be highlighted where the reader sees them. Stemming belongs to the
//! index, not here.

use crate::language::{Language, PAIRS_POSSIBLE};
use std::ops::Range;

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

/// One word of a text, folded, with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded word, e.g. `russia` for `Russia’s`.
    pub term: String,
    /// Byte offsets of the word in the original text, without a dropped
    /// possessive.
    pub bytes: Range<usize>,
    /// Word number in the text: parts of `long-term` are 0 and 1; the whole
    /// `longterm` shares the position of its first part.
    pub position: u32,
}

/// Whether hyphenated words also give their whole form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compounds {
    /// For indexing: `long-term` gives `long`, `term` and `longterm`.
    Include,
    /// For queries: `long-term` gives `long` and `term`, which then match
    /// side by side.
    Exclude,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '\u{FF07}')
}

/// `word` without a possessive `'s` (any apostrophe), if it ends with one
/// after at least one character: `'s` alone stays.
fn without_possessive(word: &str) -> &str {
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

/// Whether the bytes between two words are exactly one hyphen character
/// ('-', U+2010 or U+2011, in UTF-8), which joins them into a hyphenated
/// run.
fn is_one_hyphen(between: &[u8]) -> bool {
    matches!(between, [b'-'] | [0xE2, 0x80, 0x90 | 0x91])
}

/// A hyphenated run of words as a scanner reads it: where it starts, the
/// position of its first part, how many parts it has so far, and where its
/// last part ends. Its whole term (text or hash) is the scanner's to keep.
#[derive(Clone, Copy, Default)]
struct Run {
    start: usize,
    position: u32,
    parts: usize,
    end: usize,
}

impl Run {
    /// A run that starts with the word at `start`, the `position`-th.
    fn starting(start: usize, position: u32) -> Self {
        Self {
            start,
            position,
            parts: 1,
            end: start,
        }
    }

    /// Whether the run, once it ends, has a whole to give.
    fn has_whole(&self) -> bool {
        self.parts >= 2
    }
}

/// Folds one segmented word into `term` (cleared first) and returns how many
/// bytes of the word it kept: all but a dropped possessive `'s`.
fn fold_word_into(word: &str, term: &mut String) -> usize {
    term.clear();
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // Most words of most texts: nothing to fold but case.
        term.push_str(word);
        term.make_ascii_lowercase();
        return word.len();
    }
    let kept = without_possessive(word);
    for c in kept.chars() {
        fold_char(c, term);
    }
    // Apostrophes, inner dots and other punctuation inside the word go.
    term.retain(char::is_alphanumeric);
    kept.len()
}

/// One token as [`for_each_token`] gives it: the folded term lives in a
/// buffer that the next token reuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRef<'b> {
    pub term: &'b str,
    /// Byte offsets in the original text.
    pub bytes: Range<usize>,
    pub position: u32,
    /// For the whole of a hyphenated run (`longterm`), how many parts it
    /// has: they are the tokens just given. 0 for any other token.
    pub parts: usize,
}

/// Calls `each` for every token of `text`, in text order, except that the
/// whole of a hyphenated run comes after its parts. Allocates nothing per
/// token: the way to read long texts on every keystroke.
pub fn for_each_token(text: &str, compounds: Compounds, mut each: impl FnMut(TokenRef<'_>)) {
    tokens_into(text, compounds, false, &mut each);
}

/// [`for_each_token`] for a text in `language`: in Chinese and Japanese,
/// characters side by side also give their pair.
pub fn for_each_token_in(
    text: &str,
    compounds: Compounds,
    language: Language,
    mut each: impl FnMut(TokenRef<'_>),
) {
    tokens_into(text, compounds, language.reads_in_pairs(), &mut each);
}

/// [`for_each_token`] through one `dyn` callback, so the bundle carries
/// one copy of the scanner whoever calls it.
fn tokens_into(text: &str, compounds: Compounds, pairs: bool, each: &mut dyn FnMut(TokenRef<'_>)) {
    let bytes = text.as_bytes();
    // This word's folded term and the last one's, swapped word by word.
    let (mut term, mut last_term) = (String::new(), String::new());
    // The hyphenated run and its folded whole.
    let mut whole = String::new();
    let mut run = Run::default();
    let mut position = 0u32;
    // Where the last word ended, unless it dropped a possessive (which no
    // hyphen can join).
    let mut previous_end: Option<usize> = None;
    // Where the last word started, if it was a Chinese character or a
    // hiragana, and the pair it makes with this one.
    let mut previous_single: Option<usize> = None;
    let mut pair = String::new();
    let close = |whole: &str, run: Run, each: &mut dyn FnMut(TokenRef<'_>)| {
        if compounds == Compounds::Include && run.has_whole() {
            each(TokenRef {
                term: whole,
                bytes: run.start..run.end,
                position: run.position,
                parts: run.parts,
            });
        }
    };
    for_each_word(text, &mut |start, word| {
        std::mem::swap(&mut term, &mut last_term);
        let kept = fold_word_into(word, &mut term);
        if term.is_empty() {
            std::mem::swap(&mut term, &mut last_term);
            return;
        }
        let joined_by_hyphen = previous_end.is_some_and(|end| is_one_hyphen(&bytes[end..start]));
        if joined_by_hyphen {
            if run.parts == 1 {
                whole.clear();
                whole.push_str(&last_term);
            }
            whole.push_str(&term);
            run.parts += 1;
        } else {
            close(&whole, run, each);
            run = Run::starting(start, position);
        }
        let end = start + kept;
        each(TokenRef {
            term: &term,
            bytes: start..end,
            position,
            parts: 0,
        });
        // Chinese and Japanese write words without spaces, each character
        // a word of its own here: two side by side also give their pair
        // (`和平`), the word a reader is likely to type. (`PAIRS_POSSIBLE`
        // is a constant, false in the browser engine of any other language,
        // so its bundle has none of this code.)
        if PAIRS_POSSIBLE && pairs {
            let single = word
                .chars()
                .next()
                .is_some_and(|c| word_class(c) == WordClass::Single);
            if let Some(pair_start) =
                previous_single.filter(|_| single && previous_end == Some(start))
            {
                pair.clear();
                pair.push_str(&last_term);
                pair.push_str(&term);
                each(TokenRef {
                    term: &pair,
                    bytes: pair_start..end,
                    position: position.saturating_sub(1),
                    parts: 0,
                });
            }
            previous_single = single.then_some(start);
        }
        run.end = end;
        position += 1;
        previous_end = (kept == word.len()).then_some(end);
    });
    close(&whole, run, each);
}

/// A token as [`hashed_tokens`] gives it: its folded term as a 64-bit
/// FNV-1a hash, not as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashedToken {
    pub hash: u64,
    pub bytes: Range<usize>,
    pub position: u32,
    /// As [`TokenRef::parts`].
    pub parts: usize,
}

/// Where a 64-bit FNV-1a hash starts.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The 64-bit FNV-1a hash of `bytes`, continuing from `hash` (start from
/// [`FNV_OFFSET`]): the hash of a concatenation continues the hash of its
/// first part.
pub fn fnv(mut hash: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    for byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(FNV_PRIME);
    }
    hash
}

/// A folded term's 64-bit FNV-1a hash, as [`hashed_tokens`] gives it.
pub fn term_hash(term: &[u8]) -> u64 {
    fnv(FNV_OFFSET, term.iter().copied())
}

/// How [`hashed_tokens`] reads the character at `at`, which is not ASCII
/// (ASCII it classes byte by byte): the typographic apostrophes join as `'`
/// does, any other character of class `Other` joins nothing. `None` for a
/// character only the full scanner reads right (letters, marks, joiners).
fn quick_class(text: &str, at: usize) -> Option<(usize, WordClass)> {
    let c = text.get(at..)?.chars().next()?;
    match c {
        '\u{2018}' | '\u{2019}' => Some((c.len_utf8(), WordClass::MidBoth)),
        _ if word_class(c) == WordClass::Other => Some((c.len_utf8(), WordClass::Other)),
        _ => None,
    }
}

/// The letters and digits of `word` in lower case: its folded term, for a
/// word [`hashed_tokens`] reads.
fn quick_term(word: &str) -> impl Iterator<Item = u8> + Clone + '_ {
    word.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
}

/// The tokens of `text` exactly as [`for_each_token`] with
/// [`Compounds::Include`] gives them, their terms hashed by [`term_hash`],
/// found without folding a term into a string: several times quicker on
/// the long answers that a page of results reads again. It reads ASCII
/// text, typographic apostrophes and other characters that join no word
/// (dashes, quotes, box drawing); at any other character it stops and
/// returns `false` (having given some tokens), and the caller reads the
/// text with the full scanner. `tests/segmentation.rs` checks the two
/// agree.
pub fn hashed_tokens(text: &str, each: &mut dyn FnMut(HashedToken)) -> bool {
    use WordClass::*;
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut position = 0u32;
    // Where the last word ended, unless it dropped a possessive.
    let mut previous_end: Option<usize> = None;
    let mut last_hash = 0u64;
    let mut run = Run::default();
    let mut whole_hash = 0u64;
    // The whole of the run, once it has ended, if it has parts.
    let close = |run: Run, whole_hash: u64, each: &mut dyn FnMut(HashedToken)| {
        if run.has_whole() {
            each(HashedToken {
                hash: whole_hash,
                bytes: run.start..run.end,
                position: run.position,
                parts: run.parts,
            });
        }
    };
    loop {
        // Skip what starts no word.
        loop {
            match bytes.get(at) {
                None => {
                    close(run, whole_hash, each);
                    return true;
                }
                Some(&b) if b.is_ascii_alphanumeric() || b == b'_' => break,
                Some(&b) if b.is_ascii() => at += 1,
                Some(_) => match quick_class(text, at) {
                    Some((length, _)) => at += length,
                    None => return false,
                },
            }
        }
        // The word, by the rules of `for_each_word`; its letters and digits
        // hashed on the way.
        let start = at;
        let mut hash = FNV_OFFSET;
        let mut plain = true;
        let mut has_content = false;
        let mut last = Connector;
        loop {
            let run = at;
            while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_alphanumeric()) {
                hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
                at += 1;
            }
            if at > run {
                has_content = true;
                last = if bytes[at - 1].is_ascii_digit() {
                    Digit
                } else {
                    Letter
                };
            }
            let Some(&b) = bytes.get(at) else { break };
            if b == b' ' {
                break;
            }
            if b == b'_' {
                plain = false;
                last = Connector;
                at += 1;
                continue;
            }
            let (length, class) = if b.is_ascii() {
                (1, word_class(char::from(b)))
            } else {
                match quick_class(text, at) {
                    Some(found) => found,
                    None => return false,
                }
            };
            if !matches!(class, MidLetter | MidNum | MidBoth | SingleQuote) {
                break;
            }
            let next = match bytes.get(at + length) {
                None => None,
                Some(&n) if n.is_ascii() => Some(word_class(char::from(n))),
                Some(_) => match quick_class(text, at + length) {
                    Some((_, next)) => Some(next),
                    None => return false,
                },
            };
            let between = match class {
                MidLetter => last == Letter && next == Some(Letter),
                MidNum => last == Digit && next == Some(Digit),
                _ => {
                    (last == Letter && next == Some(Letter))
                        || (last == Digit && next == Some(Digit))
                }
            };
            if !between {
                break;
            }
            plain = false;
            at += length;
        }
        let end = at;
        if !has_content {
            continue;
        }
        // Fold: a possessive 's is dropped; inner punctuation is already
        // out of the hash.
        let word = &text[start..end];
        let kept = if plain {
            word
        } else {
            without_possessive(word)
        };
        if kept.len() < word.len() {
            hash = fnv(FNV_OFFSET, quick_term(kept));
        }
        let joined_by_hyphen = previous_end.is_some_and(|end| is_one_hyphen(&bytes[end..start]));
        if joined_by_hyphen {
            if run.parts == 1 {
                whole_hash = last_hash;
            }
            whole_hash = fnv(whole_hash, quick_term(kept));
            run.parts += 1;
        } else {
            close(run, whole_hash, each);
            run = Run::starting(start, position);
        }
        let kept_end = start + kept.len();
        each(HashedToken {
            hash,
            bytes: start..kept_end,
            position,
            parts: 0,
        });
        run.end = kept_end;
        position += 1;
        previous_end = (kept.len() == word.len()).then_some(kept_end);
        last_hash = hash;
    }
}

/// Splits `text` into folded words, in text order; the whole of a
/// hyphenated run stands before its parts.
pub fn tokenize(text: &str, compounds: Compounds) -> Vec<Token> {
    tokenize_in(text, compounds, Language::English)
}

/// [`tokenize`] for a text in `language` (see [`for_each_token_in`]).
pub fn tokenize_in(text: &str, compounds: Compounds, language: Language) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    for_each_token_in(text, compounds, language, |token| {
        let owned = Token {
            term: token.term.to_owned(),
            bytes: token.bytes,
            position: token.position,
        };
        tokens.insert(tokens.len() - token.parts, owned);
    });
    tokens
}

/// How a character takes part in a word (UAX #29's classes, simplified).
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Letter,
    /// A Hebrew letter: a letter that a `"` can join (`צה"ל`), and that
    /// keeps an `'` after it.
    Hebrew,
    Digit,
    /// A word by itself: a Chinese character or a hiragana.
    Single,
    /// Joins other katakana only.
    Katakana,
    /// Belongs to the word of the character before it: combining marks,
    /// joiners, soft hyphens and other invisible format characters.
    Extend,
    /// Joins letters and digits alike: `_`.
    Connector,
    /// Joins two letters: `:` `·`.
    MidLetter,
    /// Joins two digits: `,` `;`.
    MidNum,
    /// Joins two letters or two digits: `.` and the typographic apostrophes.
    MidBoth,
    /// `'`: as `MidBoth`, and stays after a Hebrew letter.
    SingleQuote,
    /// `"`: joins two Hebrew letters.
    DoubleQuote,
    Other,
}

fn word_class(c: char) -> WordClass {
    use WordClass::*;
    let code = c as u32;
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => Letter,
            '0'..='9' => Digit,
            '_' => Connector,
            ':' => MidLetter,
            ',' | ';' => MidNum,
            '.' => MidBoth,
            '\'' => SingleQuote,
            '"' => DoubleQuote,
            _ => Other,
        };
    }
    let extend_at = EXTEND_RANGES.partition_point(|&(_, last)| last < code);
    let extends = EXTEND_RANGES
        .get(extend_at)
        .is_some_and(|&(first, _)| first <= code);
    match code {
        _ if extends => Extend,
        0x3040..=0x309F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Single,
        0x20000..=0x3FFFF => Single,
        0x5D0..=0x5EA | 0x5EF..=0x5F2 | 0xFB1D | 0xFB1F..=0xFB28 | 0xFB2A..=0xFB4F => Hebrew,
        0x30A0..=0x30FF | 0x31F0..=0x31FF | 0x32D0..=0x32FE | 0x3300..=0x3357 => Katakana,
        0xFF66..=0xFF9D => Katakana,
        0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F => Connector,
        0xB7 | 0x387 | 0x55F | 0x5F4 | 0x2027 | 0xFE13 | 0xFE55 | 0xFF1A => MidLetter,
        0x37E | 0x589 | 0x60C | 0x60D | 0x66C | 0x7F8 | 0x2044 | 0xFE10 | 0xFE14 => MidNum,
        0xFE50 | 0xFE54 | 0xFF0C | 0xFF1B => MidNum,
        0x2018 | 0x2019 | 0x2024 | 0xFE52 | 0xFF07 | 0xFF0E => MidBoth,
        _ if c.is_alphabetic() => Letter,
        _ if c.is_numeric() => Digit,
        _ => Other,
    }
}

/// Calls `each(start, word)` for the words of `text` with their byte
/// offsets: runs that hold a letter, a digit or a Chinese character, by the
/// rules in the module comment. Streams: it looks ahead only at a joiner.
fn for_each_word<'t>(text: &'t str, each: &mut dyn FnMut(usize, &'t str)) {
    use WordClass::*;
    let bytes = text.as_bytes();
    // The length and class of the character at byte `at`.
    let class_at = |at: usize| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .map(|c| (c.len_utf8(), word_class(c)))
    };
    // The class of the first character from `at` on that is not `Extend`.
    let next_solid = |mut at: usize| {
        while let Some((length, class)) = class_at(at) {
            if class != Extend {
                return Some(class);
            }
            at += length;
        }
        None
    };
    let mut at = 0;
    loop {
        // ASCII space and punctuation start no word: skip them byte by byte.
        while bytes
            .get(at)
            .is_some_and(|&b| b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'_')
        {
            at += 1;
        }
        let Some((length, first)) = class_at(at) else {
            break;
        };
        let start = at;
        at += length;
        if !matches!(
            first,
            Letter | Hebrew | Digit | Single | Katakana | Connector
        ) {
            continue;
        }
        if matches!(first, Letter | Digit) && bytes[start].is_ascii() {
            // The fast way for a run of ASCII letters and digits that ends
            // at ASCII space or punctuation that joins nothing.
            let run = bytes[start..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(text.len(), |length| start + length);
            // A joiner joins only when a letter or digit follows it (through
            // combining marks, which are not ASCII); `"` joins only Hebrew.
            let ends_plainly = match bytes.get(run) {
                None => true,
                Some(b'_') => false,
                Some(b':' | b',' | b';' | b'.' | b'\'') => bytes
                    .get(run + 1)
                    .is_none_or(|&next| next.is_ascii() && !next.is_ascii_alphanumeric()),
                Some(&b) => b.is_ascii(),
            };
            if ends_plainly {
                each(start, &text[start..run]);
                at = run;
                continue;
            }
        }
        let mut last = first;
        let mut has_content = first != Connector;
        let end = loop {
            let Some((length, class)) = class_at(at) else {
                break text.len();
            };
            if class == Extend {
                at += length;
                continue;
            }
            let mut joins = false;
            if last == Single {
                // A Chinese character or a hiragana is a word by itself.
            } else if matches!(
                class,
                MidLetter | MidNum | MidBoth | SingleQuote | DoubleQuote
            ) {
                let letters = |class| matches!(class, Some(Letter | Hebrew));
                let next = next_solid(at + length);
                let between = match class {
                    MidLetter => letters(Some(last)) && letters(next),
                    MidNum => last == Digit && next == Some(Digit),
                    DoubleQuote => last == Hebrew && next == Some(Hebrew),
                    _ => {
                        (letters(Some(last)) && letters(next))
                            || (last == Digit && next == Some(Digit))
                    }
                };
                if between {
                    // The character after the joiner is of `last`'s class.
                    at += length;
                    continue;
                }
                if class == SingleQuote && last == Hebrew {
                    // An `'` after a Hebrew letter stays, and ends the word.
                    last = SingleQuote;
                    at += length;
                    continue;
                }
            } else {
                joins = match class {
                    Connector => true,
                    Katakana => matches!(last, Katakana | Connector),
                    Letter | Hebrew | Digit => {
                        matches!(last, Letter | Hebrew | Digit | Connector)
                    }
                    _ => false,
                };
            }
            if !joins {
                // This character may start the next word: read it again.
                break at;
            }
            last = class;
            has_content |= class != Connector;
            at += length;
        };
        if has_content {
            each(start, &text[start..end]);
        }
    }
}

/// Longest slug, in bytes; longer questions are cut at a word.
const MAX_SLUG_BYTES: usize = 60;

/// A link-friendly name for a question: its folded words joined by `-`,
/// cut at a word to at most 60 bytes (`What is Russia's position?` →
/// `what-is-russia-position`). Empty when the text has no word.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for token in tokenize(text, Compounds::Exclude) {
        let extra = token.term.len() + usize::from(!slug.is_empty());
        if !slug.is_empty() && slug.len() + extra > MAX_SLUG_BYTES {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug += &token.term;
    }
    slug
}

/// Slugs for `texts`, made unique by a `-2`, `-3`… suffix; a text without
/// words gets `question-N` (its 1-based number).
pub fn unique_slugs<'t>(texts: impl IntoIterator<Item = &'t str>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut slugs = Vec::new();
    for (number, text) in texts.into_iter().enumerate() {
        let mut base = slug(text);
        if base.is_empty() {
            base = format!("question-{}", number + 1);
        }
        let mut candidate = base.clone();
        let mut suffix = 2;
        while !seen.insert(candidate.clone()) {
            candidate = format!("{base}-{suffix}");
            suffix += 1;
        }
        slugs.push(candidate);
    }
    slugs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hyphen_is_any_of_the_three_hyphens_alone() {
        for hyphen in ['-', '\u{2010}', '\u{2011}'] {
            assert!(is_one_hyphen(hyphen.to_string().as_bytes()), "{hyphen:?}");
            assert!(!is_one_hyphen(format!("{hyphen}{hyphen}").as_bytes()));
        }
        for other in ["", " ", "\u{2012}", "\u{2013}", "- ", "\u{2212}"] {
            assert!(!is_one_hyphen(other.as_bytes()), "{other:?}");
        }
    }

    fn terms(text: &str) -> Vec<String> {
        tokenize(text, Compounds::Include)
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Nausėda ÉCOLE Łódź"), "nauseda ecole lodz");
        assert_eq!(fold("Straße Sø Œuvre"), "strasse so oeuvre");
    }

    #[test]
    fn folds_ligatures_and_fullwidth() {
        assert_eq!(fold("ﬁnance ＵＮ"), "finance un");
    }

    #[test]
    fn decomposed_marks_fold_away() {
        assert_eq!(terms("Nause\u{307}da"), ["nauseda"]);
    }

    #[test]
    fn splits_on_punctuation_and_spaces() {
        assert_eq!(terms("  peace,   (agreement)!"), ["peace", "agreement"]);
    }

    #[test]
    fn possessive_is_dropped_with_either_apostrophe() {
        assert_eq!(terms("Russia's Russia’s"), ["russia", "russia"]);
    }

    #[test]
    fn inner_apostrophe_joins_the_word() {
        assert_eq!(terms("don't"), ["dont"]);
    }

    #[test]
    fn dotted_acronym_is_one_word() {
        assert_eq!(terms("the U.S. view"), ["the", "us", "view"]);
    }

    #[test]
    fn hyphenated_words_give_whole_then_parts_in_text_order() {
        assert_eq!(
            terms("long-term peace"),
            ["longterm", "long", "term", "peace"]
        );
        let tokens = tokenize("Kyiv's long-term, well-known plan", Compounds::Include);
        let places: Vec<(usize, usize, u32)> = tokens
            .iter()
            .map(|t| (t.bytes.start, t.bytes.end, t.position))
            .collect();
        assert_eq!(
            places,
            [
                (0, 4, 0),
                (7, 16, 1),
                (7, 11, 1),
                (12, 16, 2),
                (18, 28, 3),
                (18, 22, 3),
                (23, 28, 4),
                (29, 33, 5)
            ]
        );
        let query: Vec<String> = tokenize("long-term", Compounds::Exclude)
            .into_iter()
            .map(|t| t.term)
            .collect();
        assert_eq!(query, ["long", "term"]);
    }

    #[test]
    fn hyphenated_whole_covers_the_whole_word() {
        let tokens = tokenize("a decision-making right", Compounds::Include);
        let whole = tokens.iter().find(|t| t.term == "decisionmaking").unwrap();
        assert_eq!(whole.bytes, 2..17);
        assert_eq!(whole.position, 1);
    }

    #[test]
    fn dash_between_spaced_words_is_not_a_compound() {
        assert_eq!(terms("peace - now"), ["peace", "now"]);
    }

    #[test]
    fn offsets_are_bytes_in_the_original_text() {
        let text = "Ė Nausėda’s";
        let tokens = tokenize(text, Compounds::Include);
        assert_eq!(tokens[1].bytes, 3..11);
        assert_eq!(&text[tokens[1].bytes.clone()], "Nausėda");
        assert_eq!(tokens[1].term, "nauseda");
    }

    #[test]
    fn positions_count_words() {
        let positions: Vec<u32> = tokenize("one, two; three", Compounds::Include)
            .iter()
            .map(|t| t.position)
            .collect();
        assert_eq!(positions, [0, 1, 2]);
    }

    #[test]
    fn punctuation_only_has_no_tokens() {
        assert!(tokenize("(((( ’ -- !! .*+?[](){}|^$", Compounds::Include).is_empty());
    }

    #[test]
    fn emoji_and_zero_width_characters_are_not_words() {
        assert_eq!(terms("🇺🇦 peace\u{200b} 🕊️"), ["peace"]);
    }

    #[test]
    fn right_to_left_words_are_words() {
        assert_eq!(terms("سلام שלום"), ["سلام", "שלום"]);
    }

    #[test]
    fn slugs_are_folded_words_joined_by_hyphens() {
        assert_eq!(
            slug("What is Russia's position on Nausėda?"),
            "what-is-russia-position-on-nauseda"
        );
        assert_eq!(slug("¿?"), "");
        let long = slug(&"word ".repeat(40));
        assert!(long.len() <= MAX_SLUG_BYTES && long.ends_with("word"));
    }

    #[test]
    fn slugs_are_made_unique() {
        assert_eq!(
            unique_slugs(["Why?", "why!", "??", "Why"]),
            ["why", "why-2", "question-3", "why-3"]
        );
    }

    #[test]
    fn trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(terms("the countries' plans"), ["the", "countries", "plans"]);
    }
}
