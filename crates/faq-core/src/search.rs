//! Search: a query in, ranked hits with highlight ranges out.
//!
//! [`SearchIndex`] holds the vocabulary of a [`Story`], the postings of each
//! term and the tokens of each field (for highlighting). Ranking is BM25F over
//! the question and answer fields; each query word may match a term exactly,
//! by its stem, as a prefix (the last word, while the reader types) or with a
//! typo, and each kind of match weighs less than the one before.
//!
//! This module has no browser imports; the widget and the tests share it.

use crate::corpus::Story;
use crate::text::{fold, tokenize};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::ops::Range;

/// Index of a question in its [`Story::faqs`].
pub type FaqId = usize;

type TermId = usize;

/// The fields of a question, in the order `Posting::tf` stores them.
const QUESTION: usize = 0;
const ANSWER: usize = 1;

/// Ranking tunables. Their defaults stand in [`RankingWeights::default`].
#[derive(Clone, Debug, PartialEq)]
pub struct RankingWeights {
    /// How much a term in the question counts against one in the answer.
    /// Above 1 ranks question matches first; 3 keeps a question match ahead
    /// of an answer that repeats the word a few times.
    pub question_boost: f32,
    /// BM25 term-frequency saturation, usually 1.2 to 2.
    pub k1: f32,
    /// BM25 length normalisation, 0 (none) to 1 (full).
    pub b: f32,
    /// Weight of a match through the stem (`guarantee` → `guarantees`).
    pub stem: f32,
    /// Weight of a prefix match of the last query word (`ceasef` → `ceasefire`).
    pub prefix: f32,
    /// Weight of a match one edit away (`Belgum` → `Belgium`).
    pub one_typo: f32,
    /// Weight of a match two edits away, for words of 8 letters or more.
    pub two_typos: f32,
}

impl Default for RankingWeights {
    fn default() -> Self {
        Self {
            question_boost: 3.0,
            k1: 1.2,
            b: 0.75,
            stem: 0.7,
            prefix: 0.5,
            one_typo: 0.35,
            two_typos: 0.2,
        }
    }
}

/// One question that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub faq: FaqId,
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

#[derive(Clone, Debug)]
struct Posting {
    faq: FaqId,
    tf: [u16; 2],
}

#[derive(Clone, Debug)]
struct FieldToken {
    term: TermId,
    chars: Range<usize>,
}

/// A searchable form of a [`Story`].
pub struct SearchIndex {
    /// Folded terms, sorted, so prefixes are one contiguous run.
    terms: Vec<String>,
    stems: HashMap<String, Vec<TermId>>,
    postings: Vec<Vec<Posting>>,
    /// Per question: the tokens of its question and of its answer.
    fields: Vec<[Vec<FieldToken>; 2]>,
    average_length: [f32; 2],
    stemmer: Stemmer,
    weights: RankingWeights,
}

impl SearchIndex {
    pub fn new(story: &Story) -> Self {
        Self::with_weights(story, RankingWeights::default())
    }

    pub fn with_weights(story: &Story, weights: RankingWeights) -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let tokenized: Vec<[Vec<crate::text::Token>; 2]> = story
            .faqs
            .iter()
            .map(|faq| [tokenize(&faq.question), tokenize(&faq.answer)])
            .collect();

        let mut terms: Vec<String> = tokenized
            .iter()
            .flatten()
            .flatten()
            .map(|token| token.term.clone())
            .collect();
        terms.sort_unstable();
        terms.dedup();
        let term_id = |term: &str| terms.binary_search_by(|t| t.as_str().cmp(term)).ok();

        let mut postings: Vec<Vec<Posting>> = vec![Vec::new(); terms.len()];
        let mut fields = Vec::with_capacity(tokenized.len());
        let mut total_length = [0usize; 2];
        for (faq, field_tokens) in tokenized.iter().enumerate() {
            let mut indexed: [Vec<FieldToken>; 2] = [Vec::new(), Vec::new()];
            for (field, tokens) in field_tokens.iter().enumerate() {
                total_length[field] += tokens.len();
                for token in tokens {
                    let Some(term) = term_id(&token.term) else {
                        continue;
                    };
                    let list = &mut postings[term];
                    if list.last().is_none_or(|p| p.faq != faq) {
                        list.push(Posting { faq, tf: [0, 0] });
                    }
                    if let Some(posting) = list.last_mut() {
                        posting.tf[field] = posting.tf[field].saturating_add(1);
                    }
                    indexed[field].push(FieldToken {
                        term,
                        chars: token.chars.clone(),
                    });
                }
            }
            fields.push(indexed);
        }

        let mut stems: HashMap<String, Vec<TermId>> = HashMap::new();
        for (id, term) in terms.iter().enumerate() {
            stems
                .entry(stemmer.stem(term).into_owned())
                .or_default()
                .push(id);
        }
        let count = story.faqs.len().max(1) as f32;
        Self {
            average_length: total_length.map(|total| (total as f32 / count).max(1.0)),
            terms,
            stems,
            postings,
            fields,
            stemmer,
            weights,
        }
    }

    /// Number of questions in the index.
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// Questions matching `query`, best first. A query without any word
    /// (empty, or punctuation only) matches nothing; callers decide whether an
    /// empty box shows everything.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut words = tokenize(query);
        // A word typed twice counts once (and a pasted wall of text stays cheap).
        let mut seen = std::collections::HashSet::new();
        words.retain(|word| seen.insert(word.term.clone()));
        // The reader is still typing the last word unless a space or
        // punctuation has closed it.
        let typing_last = query.chars().last().is_some_and(char::is_alphanumeric);

        let mut scores: HashMap<FaqId, (f32, usize)> = HashMap::new();
        let mut matched_terms: HashMap<TermId, ()> = HashMap::new();
        for (position, word) in words.iter().enumerate() {
            let is_last = position + 1 == words.len();
            let candidates = self.candidates(&word.term, is_last && typing_last);
            let mut best: HashMap<FaqId, f32> = HashMap::new();
            for &(term, weight) in &candidates {
                matched_terms.insert(term, ());
                for posting in &self.postings[term] {
                    let score = weight * self.bm25f(term, posting);
                    let entry = best.entry(posting.faq).or_insert(0.0);
                    *entry = entry.max(score);
                }
            }
            for (faq, score) in best {
                let total = scores.entry(faq).or_insert((0.0, 0));
                total.0 += score;
                total.1 += 1;
            }
        }

        let word_count = words.len().max(1) as f32;
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .map(|(faq, (score, matched_words))| {
                // Questions that match more of the query's words come first.
                let coverage = matched_words as f32 / word_count;
                let [question, answer] = &self.fields[faq];
                let ranges = |tokens: &[FieldToken]| {
                    tokens
                        .iter()
                        .filter(|t| matched_terms.contains_key(&t.term))
                        .map(|t| t.chars.clone())
                        .collect()
                };
                Hit {
                    faq,
                    score: score * coverage * coverage,
                    question: ranges(question),
                    answer: ranges(answer),
                }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.faq.cmp(&b.faq)));
        hits
    }

    /// Vocabulary terms that `word` matches, each with the weight of its
    /// kind of match; one entry per term, with the best weight.
    fn candidates(&self, word: &str, as_prefix: bool) -> Vec<(TermId, f32)> {
        let w = &self.weights;
        let mut found: HashMap<TermId, f32> = HashMap::new();
        fn offer(found: &mut HashMap<TermId, f32>, term: TermId, weight: f32) {
            let entry = found.entry(term).or_insert(0.0);
            *entry = entry.max(weight);
        }

        let exact = self.terms.binary_search_by(|t| t.as_str().cmp(word)).ok();
        if let Some(term) = exact {
            offer(&mut found, term, 1.0);
        }
        let stem = self.stemmer.stem(word);
        for &term in self.stems.get(stem.as_ref()).into_iter().flatten() {
            offer(&mut found, term, w.stem);
        }
        let has_direct_match = !found.is_empty();

        // A short word that is itself a term ("UK", "EU") means that term,
        // not every word that starts with it.
        let short_and_known = exact.is_some() && word.chars().count() <= 2;
        if as_prefix && !short_and_known {
            let start = self.terms.partition_point(|t| t.as_str() < word);
            for (offset, term) in self.terms[start..].iter().enumerate() {
                if !term.starts_with(word) {
                    break;
                }
                if term != word {
                    offer(&mut found, start + offset, w.prefix);
                }
            }
        }

        // Typos only when the word means nothing as typed.
        let length = word.chars().count();
        let max_edits = match length {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        if !has_direct_match && max_edits > 0 {
            for (term, text) in self.terms.iter().enumerate() {
                if text.chars().count().abs_diff(length) > max_edits {
                    continue;
                }
                match strsim::osa_distance(word, text) {
                    1 => offer(&mut found, term, w.one_typo),
                    2 if max_edits >= 2 => offer(&mut found, term, w.two_typos),
                    _ => {}
                }
            }
        }
        found.into_iter().collect()
    }

    /// BM25F score of one term in one question.
    fn bm25f(&self, term: TermId, posting: &Posting) -> f32 {
        let w = &self.weights;
        let boosts = [w.question_boost, 1.0];
        let mut weighted_tf = 0.0;
        for field in [QUESTION, ANSWER] {
            let length = self.fields[posting.faq][field].len() as f32;
            let norm = 1.0 - w.b + w.b * length / self.average_length[field];
            weighted_tf += boosts[field] * f32::from(posting.tf[field]) / norm;
        }
        let n = self.fields.len() as f32;
        let df = self.postings[term].len() as f32;
        let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        idf * weighted_tf * (w.k1 + 1.0) / (weighted_tf + w.k1)
    }
}

/// True when `query` holds no word at all, only spaces and punctuation.
pub fn is_blank(query: &str) -> bool {
    fold(query).trim().is_empty()
}
