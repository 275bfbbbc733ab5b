//! The quick scanner: the tokens of a mostly ASCII text with their terms
//! hashed rather than folded into strings, for reading a page of long
//! answers again on every keystroke.

use super::fold::without_possessive;
use super::segment::{is_one_hyphen, word_class, Run, WordClass};
use crate::hash::{fnv, FNV_OFFSET, FNV_PRIME};
use std::ops::Range;

/// A token as [`hashed_tokens`] gives it: its folded term as a 64-bit
/// FNV-1a hash, not as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashedToken {
    pub hash: u64,
    pub bytes: Range<usize>,
    pub position: u32,
    /// As [`crate::text::TokenRef::parts`].
    pub parts: usize,
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

/// The tokens of `text` exactly as [`crate::text::for_each_token`] with
/// [`crate::text::Compounds::Include`] gives them, their terms hashed by [`term_hash`],
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
