//! Search: a query in, ranked hits with highlight ranges out.
//!
//! Each query word is matched against the vocabulary in four ways, each of a
//! lower tier than the one before: the exact term, a term with the same
//! English stem (`guarantee` → `guarantees`), a term it starts (the last word,
//! while the reader is still typing), and a term within one or two edits
//! (`Belgum` → `Belgium`). Typos are only tried for a word that matches
//! nothing otherwise, so they never add hits next to real ones.
//!
//! Questions are ranked by how many query words they match, then by how good
//! those matches are (tiers), then by BM25F relevance over the question and
//! the answer, with a bonus where query words stand side by side. The best
//! few are read again to find the words to highlight.
//!
//! This module has no browser imports; the widget, the tests and the
//! benchmarks share it.

use crate::fuzzy::terms_within;
use crate::index::{english_stemmer, FaqId, SearchIndex, TermId};
use crate::text::{tokenize, Compounds, Token};
use rust_stemmers::Stemmer;
use std::ops::Range;

/// Query words past this many are ignored: a pasted page stays fast.
const MAX_QUERY_WORDS: usize = 16;
/// Words longer than this match only exactly: no stemming, prefix or typos.
const MAX_ANALYSED_WORD: usize = 40;

/// Ranking tunables. Their defaults stand in [`RankingWeights::default`].
#[derive(Clone, Debug, PartialEq)]
pub struct RankingWeights {
    /// How much a word in the question counts against one in the answer, in
    /// BM25F. Above 1 puts question matches first; 3 keeps a question match
    /// ahead of an answer that repeats the word a few times.
    pub question_boost: f32,
    /// BM25 term-frequency saturation, usually 1.2 to 2.
    pub k1: f32,
    /// BM25 length normalisation, 0 (none) to 1 (full).
    pub b: f32,
    /// Relevance multiplier when every pair of neighbouring query words also
    /// stands side by side in the text; 0 turns the bonus off.
    pub proximity_bonus: f32,
    /// Most terms a prefix expands to (the most frequent win), so that one
    /// typed letter stays fast on a large vocabulary.
    pub max_prefix_terms: usize,
    /// Questions beyond the requested number that are re-ranked with the
    /// proximity bonus.
    pub rerank_margin: usize,
}

impl Default for RankingWeights {
    fn default() -> Self {
        Self {
            question_boost: 3.0,
            k1: 1.2,
            b: 0.75,
            proximity_bonus: 0.5,
            max_prefix_terms: 48,
            rerank_margin: 10,
        }
    }
}

/// How a query word matched a term, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    Typo = 1,
    Prefix = 2,
    Stem = 3,
    Exact = 4,
}

/// One question that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub faq: FaqId,
    /// BM25F relevance with the proximity bonus (ranks within equal tiers).
    pub score: f32,
    /// Character ranges of matched words in the question, in text order.
    pub question: Vec<Range<usize>>,
    /// Character ranges of matched words in the answer, in text order.
    pub answer: Vec<Range<usize>>,
}

impl Hit {
    /// True when the query matched the answer but not the question: the
    /// widget opens such answers so the reader sees why they matched.
    pub fn matches_answer_only(&self) -> bool {
        self.question.is_empty() && !self.answer.is_empty()
    }
}

/// The best hits of a query and how many questions matched in all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
}

/// Searches one [`SearchIndex`].
pub struct Searcher<'a> {
    index: SearchIndex<'a>,
    stemmer: Stemmer,
    weights: RankingWeights,
}

/// A question's standing while a query is scored.
#[derive(Clone, Copy, Default)]
struct Standing {
    words_matched: u32,
    /// Sum over matched words of their best [`MatchKind`].
    quality: u32,
    relevance: f32,
    /// Which fields hold a matched term: bit 0 the question, bit 1 the
    /// answer. Only those are read again.
    fields: u8,
}

impl Standing {
    fn key(&self) -> (u32, u32, f32) {
        (self.words_matched, self.quality, self.relevance)
    }
}

/// Inserts `item` into `best`, which `order` keeps sorted (an item equal to
/// one already there goes after it) and at most `keep` long; an item that
/// is not among the best `keep` is dropped.
fn keep_best<T>(
    best: &mut Vec<T>,
    item: T,
    keep: usize,
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
) {
    // Most items of a long scan lose to the last one kept: one comparison
    // turns them away.
    if best.len() >= keep && best.last().is_none_or(|last| order(last, &item).is_le()) {
        return;
    }
    let at = best.partition_point(|kept| order(kept, &item).is_le());
    if at >= keep {
        return;
    }
    best.insert(at, item);
    best.truncate(keep);
}

fn better(a: &(FaqId, Standing), b: &(FaqId, Standing)) -> std::cmp::Ordering {
    let (ka, kb) = (a.1.key(), b.1.key());
    kb.0.cmp(&ka.0)
        .then(kb.1.cmp(&ka.1))
        .then(kb.2.total_cmp(&ka.2))
        .then(a.0.cmp(&b.0))
}

impl<'a> Searcher<'a> {
    pub fn new(index: SearchIndex<'a>) -> Self {
        Self::with_weights(index, RankingWeights::default())
    }

    pub fn with_weights(index: SearchIndex<'a>, weights: RankingWeights) -> Self {
        Self {
            index,
            stemmer: english_stemmer(),
            weights,
        }
    }

    pub fn index(&self) -> &SearchIndex<'a> {
        &self.index
    }

    /// The `limit` best questions for `query`, best first, with highlights,
    /// and the number that matched. A query without any word (empty, or
    /// punctuation only) matches nothing.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        // The first few distinct words; checking each against at most
        // MAX_QUERY_WORDS kept ones keeps a pasted page linear.
        let mut words: Vec<Token> = Vec::new();
        for word in tokenize(query, Compounds::Exclude) {
            if words.len() == MAX_QUERY_WORDS {
                break;
            }
            if !words.iter().any(|kept| kept.term == word.term) {
                words.push(word);
            }
        }
        if words.is_empty() || self.index.is_empty() {
            return SearchResults::default();
        }
        // The last word is still being typed unless a space or punctuation
        // closed it.
        let typing_last = query.chars().last().is_some_and(char::is_alphanumeric);

        let faq_count = self.index.len();
        let mut standings = vec![Standing::default(); faq_count];
        let mut best_for_word: Vec<(u32, f32)> = vec![(0, 0.0); faq_count];
        let mut touched: Vec<FaqId> = Vec::new();
        // Every matched term's text, with the query words (a bit each) it
        // stands for, sorted: what reading the shown questions again looks for.
        let mut matched: Vec<(&[u8], u32)> = Vec::new();

        for (number, word) in words.iter().enumerate() {
            let is_last = number + 1 == words.len();
            for (term, kind) in self.candidates(&word.term, is_last && typing_last) {
                let text = self.index.term(term);
                match matched.binary_search_by(|&(t, _)| t.cmp(text)) {
                    Ok(found) => matched[found].1 |= 1 << number,
                    Err(at) => matched.insert(at, (text, 1 << number)),
                }
                let idf = self.idf(term);
                for posting in self.index.postings(term) {
                    let Some(best) = best_for_word.get_mut(posting.faq as usize) else {
                        continue;
                    };
                    let relevance = idf * self.saturated_tf(posting.faq, posting.tf);
                    let tier = kind as u32;
                    if best.0 == 0 {
                        touched.push(posting.faq);
                    }
                    if (tier, relevance) > *best {
                        *best = (tier, relevance);
                    }
                    if let Some(standing) = standings.get_mut(posting.faq as usize) {
                        standing.fields |=
                            u8::from(posting.tf[0] > 0) | u8::from(posting.tf[1] > 0) << 1;
                    }
                }
            }
            for &faq in &touched {
                let (tier, relevance) = std::mem::take(&mut best_for_word[faq as usize]);
                let standing = &mut standings[faq as usize];
                standing.words_matched += 1;
                standing.quality += tier;
                standing.relevance += relevance;
            }
            touched.clear();
        }

        // The best few, kept in order while scanning: cheaper than sorting
        // every match, and one small routine instead of the standard
        // library's sorts, which cost kilobytes of wasm apiece.
        let mut total = 0;
        let window = limit.saturating_add(self.weights.rerank_margin);
        let mut ranked: Vec<(FaqId, Standing)> = Vec::new();
        for (faq, standing) in standings.into_iter().enumerate() {
            if standing.words_matched > 0 {
                total += 1;
                keep_best(&mut ranked, (faq as FaqId, standing), window, better);
            }
        }

        let pair_count = words.len().saturating_sub(1) as f32;
        let mut read: Vec<((FaqId, Standing), Highlights)> = Vec::new();
        // With one query word there is no pair to bring together, so the
        // order stands and only the questions returned are read again.
        let to_read = if pair_count > 0.0 {
            ranked.len()
        } else {
            limit
        };
        for (faq, mut standing) in ranked.into_iter().take(to_read) {
            let highlights = self.read_again(faq, standing.fields, &matched);
            if pair_count > 0.0 {
                let together = highlights.neighbour_pairs as f32 / pair_count;
                standing.relevance *= 1.0 + self.weights.proximity_bonus * together;
            }
            keep_best(&mut read, ((faq, standing), highlights), limit, |a, b| {
                better(&a.0, &b.0)
            });
        }
        SearchResults {
            total,
            hits: read
                .into_iter()
                .map(|((faq, standing), highlights)| {
                    let [question, answer] = highlights.ranges;
                    Hit {
                        faq,
                        score: standing.relevance,
                        question,
                        answer,
                    }
                })
                .collect(),
        }
    }

    /// Vocabulary terms that `word` matches, each once, with its best kind.
    fn candidates(&self, word: &str, as_prefix: bool) -> Vec<(TermId, MatchKind)> {
        let mut found: Vec<(TermId, MatchKind)> = Vec::new();
        let exact = self.index.find_term(word);
        if let Some(term) = exact {
            found.push((term, MatchKind::Exact));
        }
        let length = word.chars().count();
        if length > MAX_ANALYSED_WORD {
            return found;
        }
        let stem = self.stemmer.stem(word);
        for term in self.index.terms_with_stem(&stem) {
            if Some(term) != exact {
                found.push((term, MatchKind::Stem));
            }
        }

        // A short word that is itself a term ("UK", "EU") means that term,
        // not every word that starts with it.
        let short_and_known = exact.is_some() && length <= 2;
        if as_prefix && !short_and_known {
            let mut longer: Vec<TermId> = self
                .index
                .prefix_range(word)
                .filter(|term| !found.iter().any(|(f, _)| f == term))
                .collect();
            if longer.len() > self.weights.max_prefix_terms {
                // The most frequent, as the vocabulary orders them among
                // equals.
                let mut frequent: Vec<(u32, TermId)> = Vec::new();
                let more_frequent = |a: &(u32, TermId), b: &(u32, TermId)| b.0.cmp(&a.0);
                for term in longer {
                    let item = (self.index.doc_freq(term), term);
                    keep_best(
                        &mut frequent,
                        item,
                        self.weights.max_prefix_terms,
                        more_frequent,
                    );
                }
                longer = frequent.into_iter().map(|(_, term)| term).collect();
            }
            found.extend(longer.into_iter().map(|term| (term, MatchKind::Prefix)));
        }

        // Typos only for a word that means nothing as typed: 1 edit from 4
        // letters, 2 from 8.
        let max_edits = match length {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        // The nearest typos win: two edits are tried only when no term is
        // one edit away, which also keeps the costlier walk rare.
        for edits in 1..=max_edits {
            if !found.is_empty() {
                break;
            }
            found.extend(
                terms_within(&self.index, word, edits)
                    .into_iter()
                    .map(|(term, _)| (term, MatchKind::Typo)),
            );
        }
        found
    }

    fn idf(&self, term: TermId) -> f32 {
        let n = self.index.len() as f32;
        let df = self.index.doc_freq(term) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25F's saturated, length-normalised term frequency over both fields.
    fn saturated_tf(&self, faq: FaqId, tf: [u32; 2]) -> f32 {
        let w = &self.weights;
        let boosts = [w.question_boost, 1.0];
        let mut weighted = 0.0;
        for field in 0..2 {
            let length = self.index.field_length(faq, field);
            let norm = 1.0 - w.b + w.b * length / self.index.average_length(field);
            weighted += boosts[field] * tf[field] as f32 / norm;
        }
        weighted * (w.k1 + 1.0) / (weighted + w.k1)
    }

    /// Tokenizes a question and its answer again to find where the matched
    /// terms stand: for highlights and for the proximity bonus.
    /// `matched` holds each matched term's text, sorted, with the query
    /// words it stands for.
    fn read_again(&self, faq: FaqId, fields: u8, matched: &[(&[u8], u32)]) -> Highlights {
        let mut highlights = Highlights::default();
        let mut pairs_seen = 0u32;
        let texts = [self.index.question(faq), self.index.answer(faq)];
        for (field, text) in texts.into_iter().enumerate() {
            if fields & (1 << field) == 0 {
                continue;
            }
            // (position, words bitmask) of the last matched token.
            let mut previous: Option<(u32, u32)> = None;
            for token in tokenize(text, Compounds::Include) {
                let term = token.term.as_bytes();
                let found = matched.binary_search_by(|&(text, _)| text.cmp(term));
                let Ok(found) = found else {
                    continue;
                };
                let words = matched[found].1;
                highlights.ranges[field].push(token.chars);
                if let Some((position, before)) = previous {
                    if token.position == position + 1 {
                        // Word i followed by word i + 1 of the query.
                        pairs_seen |= (before << 1) & words;
                    }
                }
                previous = Some((token.position, words));
            }
            merge_ranges(&mut highlights.ranges[field]);
        }
        highlights.neighbour_pairs = pairs_seen.count_ones();
        highlights
    }
}

#[derive(Default)]
struct Highlights {
    ranges: [Vec<Range<usize>>; 2],
    /// Neighbouring query-word pairs found side by side in the text.
    neighbour_pairs: u32,
}

/// Merges ranges that overlap (a hyphenated whole and its parts). The
/// tokenizer gives tokens by start, the longer first, so they come in order.
fn merge_ranges(ranges: &mut Vec<Range<usize>>) {
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges.drain(..) {
        match merged.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    *ranges = merged;
}

#[cfg(test)]
mod tests {
    use super::keep_best;

    #[test]
    fn keep_best_keeps_the_best_in_order_and_ties_in_arrival_order() {
        let by_score = |a: &(u32, char), b: &(u32, char)| b.0.cmp(&a.0);
        let mut best = Vec::new();
        let arrivals = [(1, 'a'), (5, 'b'), (3, 'c'), (5, 'd'), (0, 'e'), (4, 'f')];
        // The list after each arrival: where each went, or that it was dropped.
        let after_each: Vec<Vec<(u32, char)>> = arrivals
            .into_iter()
            .map(|item| {
                keep_best(&mut best, item, 3, by_score);
                best.clone()
            })
            .collect();
        assert_eq!(
            after_each,
            [
                vec![(1, 'a')],
                vec![(5, 'b'), (1, 'a')],
                vec![(5, 'b'), (3, 'c'), (1, 'a')],
                vec![(5, 'b'), (5, 'd'), (3, 'c')],
                vec![(5, 'b'), (5, 'd'), (3, 'c')],
                vec![(5, 'b'), (5, 'd'), (4, 'f')],
            ]
        );
        keep_best(&mut best, (9, 'g'), 0, by_score);
        assert_eq!(best, [(5, 'b'), (5, 'd'), (4, 'f')], "nothing kept of 0");
    }
}
