//! Segmentation: a text's words by the rules of UAX #29 that search needs,
//! folded into tokens with their byte offsets and positions, hyphenated
//! runs given whole and in parts, and Chinese and Japanese characters in
//! pairs (see the module comment of [`crate::text`]).

use super::fold::{fold_char, without_possessive, EXTEND_RANGES};
use crate::language::{Language, PAIRS_POSSIBLE};
use std::ops::Range;

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

/// Whether the bytes between two words are exactly one hyphen character
/// ('-', U+2010 or U+2011, in UTF-8), which joins them into a hyphenated
/// run.
pub(super) fn is_one_hyphen(between: &[u8]) -> bool {
    matches!(between, [b'-'] | [0xE2, 0x80, 0x90 | 0x91])
}

/// A hyphenated run of words as a scanner reads it: where it starts, the
/// position of its first part, how many parts it has so far, and where its
/// last part ends. Its whole term (text or hash) is the scanner's to keep.
#[derive(Clone, Copy, Default)]
pub(super) struct Run {
    pub(super) start: usize,
    pub(super) position: u32,
    pub(super) parts: usize,
    pub(super) end: usize,
}

impl Run {
    /// A run that starts with the word at `start`, the `position`-th.
    pub(super) fn starting(start: usize, position: u32) -> Self {
        Self {
            start,
            position,
            parts: 1,
            end: start,
        }
    }

    /// Whether the run, once it ends, has a whole to give.
    pub(super) fn has_whole(&self) -> bool {
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
pub(super) enum WordClass {
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

pub(super) fn word_class(c: char) -> WordClass {
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
