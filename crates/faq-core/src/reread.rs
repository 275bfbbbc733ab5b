//! The questions and answers read again for highlights, kept tokenized.
//!
//! As a reader types, each keystroke reads again mostly the same page of
//! questions: keeping their tokens (folded terms, byte ranges, filter bits)
//! makes every keystroke after the first cheap. A bounded number of fields
//! is kept, the oldest replaced first, so memory stays small at any corpus
//! size.

use crate::index::FaqId;
use crate::text::{for_each_token, Compounds};
use std::cell::{Cell, RefCell};
use std::ops::Range;

/// Fields kept: a few pages of questions and answers.
const KEPT_FIELDS: usize = 96;

/// One token of a kept field.
#[derive(Clone, Debug)]
pub(crate) struct KeptToken {
    /// Where its folded term stands in the field's `terms`.
    pub term: Range<u32>,
    /// Byte offsets in the field's text.
    pub bytes: Range<u32>,
    pub position: u32,
    /// As [`crate::text::TokenRef::parts`].
    pub parts: u32,
    /// The term's [`filter_bits`].
    pub filter: [u16; 2],
}

/// Two bit places in a 1,024-bit Bloom filter for `term` (FNV-1a): the
/// search's filter of matched terms, tested with the bits a kept token
/// carries, so a long answer's words are not hashed again per keystroke.
pub(crate) fn filter_bits(term: &[u8]) -> [u16; 2] {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in term {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    [(hash & 1023) as u16, ((hash >> 32) & 1023) as u16]
}

/// A field's tokens: the folded terms, one after another, and the tokens.
pub(crate) struct KeptField {
    key: (FaqId, u8),
    pub terms: String,
    pub tokens: Vec<KeptToken>,
}

impl KeptField {
    fn read(key: (FaqId, u8), text: &str) -> Self {
        let mut kept = Self {
            key,
            terms: String::new(),
            tokens: Vec::new(),
        };
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        for_each_token(text, Compounds::Include, |token| {
            let start = offset(kept.terms.len());
            kept.terms.push_str(token.term);
            kept.tokens.push(KeptToken {
                term: start..offset(kept.terms.len()),
                bytes: offset(token.bytes.start)..offset(token.bytes.end),
                position: token.position,
                parts: offset(token.parts),
                filter: filter_bits(token.term.as_bytes()),
            });
        });
        kept
    }

    /// The folded term of `token`.
    pub fn term(&self, token: &KeptToken) -> &str {
        self.terms
            .get(token.term.start as usize..token.term.end as usize)
            .unwrap_or_default()
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
    /// is `text`, tokenizing it only if it is not kept.
    pub fn with<R>(
        &self,
        faq: FaqId,
        field: u8,
        text: &str,
        read: impl FnOnce(&KeptField) -> R,
    ) -> R {
        let mut fields = self.fields.borrow_mut();
        let key = (faq, field);
        let at = match fields.iter().position(|kept| kept.key == key) {
            Some(at) => at,
            None => {
                let kept = KeptField::read(key, text);
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
        let terms = cache.with(0, 1, "Long-term peace", |kept| {
            kept.tokens
                .iter()
                .map(|t| kept.term(t).to_owned())
                .collect::<Vec<_>>()
        });
        assert_eq!(terms, ["long", "term", "longterm", "peace"]);
        // Kept: another text under the same key is not read again.
        let again = cache.with(0, 1, "other", |kept| kept.tokens.len());
        assert_eq!(again, 4);
        for faq in 1..=KEPT_FIELDS as FaqId {
            cache.with(faq, 1, "x", |_| ());
        }
        assert_eq!(cache.fields.borrow().len(), KEPT_FIELDS);
        // The first field was the oldest: it was replaced, so it is read anew.
        let anew = cache.with(0, 1, "other", |kept| kept.tokens.len());
        assert_eq!(anew, 1);
    }
}
