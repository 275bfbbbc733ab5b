//! The questions and answers read again for highlights, kept tokenized.
//!
//! As a reader types, each keystroke reads again mostly the same page of
//! questions: keeping their tokens (term hashes, byte ranges, positions)
//! makes every keystroke after the first cheap. A bounded number of fields
//! is kept, the oldest replaced first, so memory stays small at any corpus
//! size.
//!
//! A token keeps its folded term as a 64-bit hash, not as text: the search
//! compares hashes, and a long answer's words are neither copied nor
//! compared byte by byte. Two different words share a hash about once in
//! 2^64 pairs: for a page of long answers against a query's few dozen
//! terms, once in some 10^14 keystrokes, and then a word is highlighted
//! that should not be.

use crate::index::FaqId;
use crate::language::Language;
use crate::text::{for_each_token_in, hashed_tokens, term_hash, Compounds, HashedToken};
use std::cell::{Cell, RefCell};
use std::ops::Range;

/// Fields kept: a few pages of questions and answers.
const KEPT_FIELDS: usize = 96;

/// One token of a kept field: a [`HashedToken`] in half the space.
#[derive(Clone, Debug)]
pub(crate) struct KeptToken {
    /// The [`term_hash`] of its folded term.
    pub hash: u64,
    /// Byte offsets in the field's text.
    pub bytes: Range<u32>,
    pub position: u32,
    /// As [`crate::text::TokenRef::parts`].
    pub parts: u32,
}

impl From<HashedToken> for KeptToken {
    fn from(token: HashedToken) -> Self {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Self {
            hash: token.hash,
            bytes: offset(token.bytes.start)..offset(token.bytes.end),
            position: token.position,
            parts: offset(token.parts),
        }
    }
}

/// Two bit places in a 1,024-bit Bloom filter for a term of hash `hash`:
/// the search's filter of matched terms turns most of a long answer's
/// words away with two bit tests.
pub(crate) fn filter_bits(hash: u64) -> [u16; 2] {
    [(hash & 1023) as u16, ((hash >> 32) & 1023) as u16]
}

/// A field's tokens.
pub(crate) struct KeptField {
    key: (FaqId, u8),
    pub tokens: Vec<KeptToken>,
}

impl KeptField {
    fn read(key: (FaqId, u8), text: &str, language: Language) -> Self {
        let mut tokens: Vec<KeptToken> = Vec::new();
        if !hashed_tokens(text, &mut |token| tokens.push(token.into())) {
            // A character only the full scanner reads right.
            tokens.clear();
            for_each_token_in(text, Compounds::Include, language, |token| {
                tokens.push(KeptToken::from(HashedToken {
                    hash: term_hash(token.term.as_bytes()),
                    bytes: token.bytes,
                    position: token.position,
                    parts: token.parts,
                }));
            });
        }
        Self { key, tokens }
    }
}

/// The fields read last, at most [`KEPT_FIELDS`] of them.
#[derive(Default)]
pub(crate) struct ReadCache {
    fields: RefCell<Vec<KeptField>>,
    /// The slot the next new field replaces, once all are taken.
    next: Cell<usize>,
}

impl ReadCache {
    /// Calls `read` with the tokens of field `field` of `faq`, whose text
    /// is `text` in `language`, tokenizing it only if it is not kept.
    pub fn with<R>(
        &self,
        faq: FaqId,
        field: u8,
        (text, language): (&str, Language),
        read: impl FnOnce(&KeptField) -> R,
    ) -> R {
        let mut fields = self.fields.borrow_mut();
        let key = (faq, field);
        let at = match fields.iter().position(|kept| kept.key == key) {
            Some(at) => at,
            None => {
                let kept = KeptField::read(key, text, language);
                if fields.len() < KEPT_FIELDS {
                    fields.push(kept);
                    fields.len() - 1
                } else {
                    let at = self.next.get() % KEPT_FIELDS;
                    fields[at] = kept;
                    self.next.set(at + 1);
                    at
                }
            }
        };
        read(&fields[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_field_once_and_replaces_the_oldest_when_full() {
        let cache = ReadCache::default();
        let hashes = cache.with(0, 1, ("Long-term peace", Language::English), |kept| {
            kept.tokens.iter().map(|t| t.hash).collect::<Vec<_>>()
        });
        let expected: Vec<u64> = ["long", "term", "longterm", "peace"]
            .iter()
            .map(|t| term_hash(t.as_bytes()))
            .collect();
        assert_eq!(hashes, expected);
        // Kept: another text under the same key is not read again.
        let again = cache.with(0, 1, ("other", Language::English), |kept| kept.tokens.len());
        assert_eq!(again, 4);
        for faq in 1..=KEPT_FIELDS as FaqId {
            cache.with(faq, 1, ("x", Language::English), |_| ());
        }
        assert_eq!(cache.fields.borrow().len(), KEPT_FIELDS);
        // The first field was the oldest: it was replaced, so it is read anew.
        let anew = cache.with(0, 1, ("other", Language::English), |kept| kept.tokens.len());
        assert_eq!(anew, 1);
    }
}
