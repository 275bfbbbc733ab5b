//! Highlights and proximity: the questions shown are read again (from the
//! cache of their tokens, `reread`) to mark where the query's matched
//! terms stand and which query words stand side by side.

use super::reread::{filter_bits, ReadCache};
use super::searchable::Searchable;
use crate::index::FaqId;
use crate::language::Language;
use crate::text::term_hash;
use std::ops::Range;

/// What the query's words found, for reading the shown questions again.
pub(super) struct Matched {
    /// Every matched term's hash, sorted, with the query words (a bit each)
    /// it stands for.
    pub(super) terms: Vec<(u64, u32)>,
    /// The query words to highlight (a bit each).
    pub(super) highlighted: u32,
    /// IDF of each query word, by position.
    pub(super) idf: Vec<f32>,
    /// A Bloom filter of the matched terms: most words of a long answer
    /// are turned away by it, not by a search.
    pub(super) filter: [u64; 16],
}

impl Matched {
    /// Notes that the term `text` stands for query word `word`.
    pub(super) fn add(&mut self, text: &[u8], word: usize) {
        let hash = term_hash(text);
        match self.terms.binary_search_by(|&(h, _)| h.cmp(&hash)) {
            Ok(found) => self.terms[found].1 |= 1 << word,
            Err(at) => self.terms.insert(at, (hash, 1 << word)),
        }
        for bit in filter_bits(hash) {
            self.filter[usize::from(bit / 64)] |= 1 << (bit % 64);
        }
    }

    /// The query words (a bit each) that the term of hash `hash` stands
    /// for, if any.
    fn words_of(&self, hash: u64) -> Option<u32> {
        let maybe = filter_bits(hash)
            .iter()
            .all(|&bit| self.filter[usize::from(bit / 64)] & (1 << (bit % 64)) != 0);
        if !maybe {
            return None;
        }
        let found = self.terms.binary_search_by(|&(h, _)| h.cmp(&hash));
        found.ok().map(|at| self.terms[at].1)
    }
}

/// Reads a question and its answer again (the `fields` of `faq`: bit 0 the
/// question, bit 1 the answer) to find where the matched terms stand: for
/// highlights and for the proximity bonus.
pub(super) fn read_again<I: Searchable>(
    index: &I,
    read_cache: &ReadCache,
    language: Language,
    faq: FaqId,
    fields: u8,
    matched: &Matched,
) -> Highlights {
    let mut highlights = Highlights::default();
    let mut pairs_seen = 0u32;
    // A question whose text is not at hand (a site's, before its story
    // is loaded) is left unread: no highlights, no proximity.
    let Some(texts) = index.texts(faq) else {
        return highlights;
    };
    for (field, text) in texts.into_iter().enumerate() {
        if fields & (1 << field) == 0 {
            continue;
        }
        let ranges = &mut highlights.ranges[field];
        // (position, words bitmask) of the last matched token.
        let mut previous: Option<(u32, u32)> = None;
        read_cache.with(faq, field as u8, (text, language), |kept| {
            for token in &kept.tokens {
                let Some(words) = matched.words_of(token.hash) else {
                    continue;
                };
                if words & matched.highlighted != 0 {
                    let bytes = token.bytes.start as usize..token.bytes.end as usize;
                    mark(ranges, bytes, token.parts > 0);
                }
                if let Some((position, before)) = previous {
                    if token.position == position + 1 {
                        // Word i followed by word i + 1 of the query.
                        pairs_seen |= (before << 1) & words;
                    }
                }
                previous = Some((token.position, words));
            }
        });
    }
    highlights.neighbour_pairs = pairs_seen >> 1;
    highlights
}

/// Adds `bytes` to `ranges`, which stay in order and apart: an overlap
/// merges. The whole of a hyphenated run comes after its parts and covers
/// them, so it takes their place.
fn mark(ranges: &mut Vec<Range<usize>>, bytes: Range<usize>, is_whole_of_parts: bool) {
    if is_whole_of_parts {
        while ranges.last().is_some_and(|r| r.start >= bytes.start) {
            ranges.pop();
        }
    }
    match ranges.last_mut() {
        Some(last) if bytes.start < last.end => last.end = last.end.max(bytes.end),
        _ => ranges.push(bytes),
    }
}

#[derive(Default)]
pub(super) struct Highlights {
    pub(super) ranges: [Vec<Range<usize>>; 2],
    /// Neighbouring query-word pairs found side by side in the text: bit i
    /// for word i followed by word i + 1.
    pub(super) neighbour_pairs: u32,
}
