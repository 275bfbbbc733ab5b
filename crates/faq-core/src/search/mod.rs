//! Search: a query in, ranked hits with highlight ranges out.
//!
//! Ranking is BM25F over the question and the answer (each field normalised
//! by its own length, the question weighted more), and one rule serves a
//! keyword and a whole sentence alike:
//!
//! - Each query word stands for a small set of vocabulary terms: itself,
//!   the terms with its stem in the story's language (`guarantee` →
//!   `guarantees`, `миротворців` → `миротворці`), the terms
//!   it starts (the last word, while the reader is still typing) and, for a
//!   word that matches nothing as typed, the terms within one or two edits
//!   (`Belgum` → `Belgium`). In the Slavic and Baltic languages a word
//!   also stands for the terms of related stems: stems that share at least
//!   four letters with its own and differ from it in at most the last two
//!   (`кремлем` → `крем` finds `кремль` → `кремл`; `tysiącami` → `tysiac`
//!   finds `tysięcy` → `tysiec`), which Snowball's endings and vowel
//!   alternations leave apart. Each kind is a discounted expansion: its term
//!   frequency counts at a weight below 1 inside BM25F, so a stem or a typo
//!   ranks below the word itself but never outranks relevance.
//! - A reader's word or phrase that the newsroom's synonyms lead to the
//!   story's words ([`crate::synonyms`]) also stands for those, at a
//!   discount, and the story's word is what gets highlighted.
//! - Common words are weighed by IDF alone, with no stop list, so `US`,
//!   `UK` and `who` stay searchable and `how`, `to` and `my` count little.
//!   In a story of few questions, which has little statistics of its own,
//!   a word's IDF also goes down with how common it is in the language
//!   ([`crate::frequencies`]).
//! - Coverage is BM25's own: each query word a question matches adds its
//!   IDF-weighted share, so matching more of the rarer words ranks higher,
//!   softly. Proximity multiplies the score: the IDF-weighted share of
//!   neighbouring query words that also stand side by side.
//!
//! The best few are read again to place highlights and find neighbours.
//! Words found in most questions are matched but not highlighted when the
//! query has rarer ones: a sentence's `the` and `to` would only add noise.
//!
//! This module has no browser imports; the widget, the tests and the
//! benchmarks share it.

use crate::frequencies::zipf_of;
use crate::index::{FaqId, SearchIndex, TermId};
use crate::language::{Language, PAIRS_POSSIBLE};
use crate::stemmer::Stemmer;
use crate::text::{tokenize_in, Compounds, Token};
use highlight::{read_again, Highlights, Matched};
use reread::ReadCache;
use std::ops::Range;

mod candidates;
mod did_you_mean;
mod fuzzy;
mod highlight;
mod reread;
mod searchable;
mod weights;
pub use fuzzy::{ONE_TYPO_FROM, TWO_TYPOS_FROM};
pub use searchable::Searchable;
pub use weights::RankingWeights;

/// Query words past this many are ignored: a pasted page stays fast.
const MAX_QUERY_WORDS: usize = 16;
/// Words longer than this match only exactly: no stemming, prefix or typos.
const MAX_ANALYSED_WORD: usize = 40;
/// How a query word matched a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MatchKind {
    Exact,
    Stem,
    /// A related stem's (see the module's documentation).
    Related,
    /// Reached through the story's aliases: a reader's word for its own.
    Synonym,
    Prefix,
    Typo {
        edits: u32,
    },
}

/// One question that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub faq: FaqId,
    /// Byte ranges of matched words in the question, in text order.
    pub question: Vec<Range<usize>>,
    /// Byte ranges of matched words in the answer, in text order.
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

/// The words of a query without the single Chinese or Japanese characters
/// that a pair of them holds: `和平` means the pair, not `和` or `平`
/// anywhere. A character on its own stays (its terms then include the
/// pairs it starts, as any last word's prefix does).
fn without_paired_characters(mut words: Vec<Token>) -> Vec<Token> {
    // A pair comes right after its second character (`text.rs`): where
    // each paired character starts, in text order.
    let mut paired: Vec<usize> = Vec::new();
    for at in 1..words.len() {
        let (second, pair) = (&words[at - 1], &words[at]);
        if pair.bytes.end == second.bytes.end && pair.bytes.start < second.bytes.start {
            paired.extend([pair.bytes.start, second.bytes.start]);
        }
    }
    // In text order, so sorted already.
    if !paired.is_empty() {
        words.retain(|w| {
            w.term.chars().count() != 1 || paired.binary_search(&w.bytes.start).is_err()
        });
    }
    words
}

/// The words a query looks up, and whether its last one is still being
/// typed (so it also stands for the words it starts).
pub struct QueryWords {
    pub words: Vec<Token>,
    pub typing_last: bool,
}

/// Searches one [`SearchIndex`], or any other [`Searchable`] index.
pub struct Searcher<'a, I: Searchable = SearchIndex<'a>> {
    index: I,
    _index_bytes: std::marker::PhantomData<&'a ()>,
    stemmer: Stemmer,
    language: Language,
    weights: RankingWeights,
    /// The question weight and the saturation for this corpus's answers.
    question_boost: f32,
    k1: f32,
    /// The questions and answers read last, tokenized.
    read_cache: ReadCache,
    /// The readers' words for the story's own ([`crate::synonyms`]).
    aliases: String,
    /// How common each term is in the story's language
    /// ([`crate::frequencies`]).
    pub(crate) commonness: String,
    /// How far a common word's IDF goes down: the weight's own, for a
    /// story of few questions, down to none for one of many.
    common_strength: f32,
}

/// A question's standing while a query is scored.
#[derive(Clone, Copy, Default)]
struct Standing {
    /// BM25F summed over the query words.
    relevance: f32,
    /// Which fields hold a matched term: bit 0 the question, bit 1 the
    /// answer. Only those are read again.
    fields: u8,
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

/// Higher score first, then corpus order.
fn better(a: &(FaqId, f32), b: &(FaqId, f32)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

impl<'a, I: Searchable> Searcher<'a, I> {
    /// A searcher for an English index.
    pub fn new(index: I) -> Self {
        Self::in_language(index, Language::English)
    }

    /// A searcher for an index built in `language` (by
    /// [`crate::build_index_in`]).
    pub fn in_language(index: I, language: Language) -> Self {
        Self::with_weights_in(index, RankingWeights::default(), language)
    }

    pub fn with_weights(index: I, weights: RankingWeights) -> Self {
        Self::with_weights_in(index, weights, Language::English)
    }

    pub fn with_weights_in(index: I, weights: RankingWeights, language: Language) -> Self {
        // How long this corpus's answers are, from short (0) to long (1).
        let span = (weights.long_answers - weights.short_answers).max(1.0);
        let long = ((index.average_length(1) - weights.short_answers) / span).clamp(0.0, 1.0);
        // How few questions the story has, from few (1) to many (0): a
        // story's own statistics weigh more the more questions it has.
        let questions = index.len() as f32;
        let few = ((weights.common_questions - questions) / (weights.common_questions - 8.0))
            .clamp(0.0, 1.0);
        let common_strength = few * weights.common_word_weight;
        let blend = |short: f32, long_value: f32| short + long * (long_value - short);
        Self {
            question_boost: blend(weights.question_boost_short, weights.question_boost),
            k1: blend(weights.k1_short, weights.k1),
            index,
            _index_bytes: std::marker::PhantomData,
            stemmer: Stemmer::new(language),
            language,
            weights,
            read_cache: ReadCache::default(),
            aliases: String::new(),
            commonness: String::new(),
            common_strength,
        }
    }

    /// The searcher, with `aliases`: readers' words that lead to the
    /// story's own (a story's [`crate::Story::aliases`]).
    pub fn with_aliases(mut self, aliases: String) -> Self {
        self.aliases = aliases;
        self
    }

    /// The searcher, with how common each of the story's terms is in its
    /// language (a story's [`crate::Story::commonness`]).
    pub fn with_commonness(mut self, commonness: String) -> Self {
        self.commonness = commonness;
        self
    }

    /// The factor of a word's IDF for how common its term `term` is in
    /// the language: 1 for a rare word or a name, down to
    /// `1 - common_word_weight` for the commonest, in a story of few
    /// questions.
    fn commonness_factor(&self, term: TermId) -> f32 {
        let w = &self.weights;
        let letter = self.commonness.as_bytes().get(term as usize).copied();
        let Some(zipf) = letter.and_then(zipf_of) else {
            return 1.0;
        };
        let common = ((zipf - w.common_from) / (w.common_top - w.common_from)).clamp(0.0, 1.0);
        1.0 - self.common_strength * common
    }

    pub fn index(&self) -> &I {
        &self.index
    }

    /// The index, to change it (a site's takes more parts as queries need
    /// them).
    pub fn index_mut(&mut self) -> &mut I {
        &mut self.index
    }

    /// The language of the story it searches.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The `limit` best questions for `query`, best first, with highlights,
    /// and the number that matched. A query without any word (empty, or
    /// punctuation only) matches nothing.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let QueryWords { words, typing_last } = self.query_words(query);
        if words.is_empty() || self.index.is_empty() {
            return SearchResults::default();
        }

        let w = &self.weights;
        let faq_count = self.index.len();
        let mut standings = vec![Standing::default(); faq_count];
        // Per question, the current word's weighted term frequencies in the
        // question and the answer, summed over the terms it stands for.
        let mut frequencies: Vec<[f32; 2]> = vec![[0.0; 2]; faq_count];
        let mut touched: Vec<FaqId> = Vec::new();
        let mut matched = Matched {
            terms: Vec::new(),
            highlighted: 0,
            idf: Vec::with_capacity(words.len()),
            filter: [0; 16],
        };
        let mut common = 0u32;

        // Each word's stem so far, for the aliases that lead from it and
        // the words before it.
        let mut stems: Vec<String> = Vec::with_capacity(words.len());
        for (number, word) in words.iter().enumerate() {
            let is_last = number + 1 == words.len();
            let mut in_field = [0usize; 2];
            let written = query.get(word.bytes.clone()).unwrap_or(&word.term);
            stems.push(self.stem_of(&word.term, written));
            let mut candidates =
                self.candidates(&word.term, &stems[number], is_last && typing_last);
            // How common the word is: its own term's, or its stem's.
            let commonness = match candidates.first() {
                Some(&(term, MatchKind::Exact | MatchKind::Stem)) => self.commonness_factor(term),
                _ => 1.0,
            };
            self.add_aliases(&stems[..=number], &mut candidates);
            for (term, kind) in candidates {
                matched.add(self.index.term(term), number);
                let weight = match kind {
                    MatchKind::Exact => 1.0,
                    MatchKind::Stem => w.stem_weight,
                    MatchKind::Related => w.related_weight,
                    MatchKind::Synonym => w.synonym_weight,
                    MatchKind::Prefix => w.prefix_weight,
                    MatchKind::Typo { edits } => w.typo_weight.powi(edits as i32),
                };
                for posting in self.index.postings(term) {
                    let faq = posting.faq as usize;
                    let (Some(frequency), Some(standing)) =
                        (frequencies.get_mut(faq), standings.get_mut(faq))
                    else {
                        continue;
                    };
                    if *frequency == [0.0; 2] {
                        touched.push(posting.faq);
                    }

                    // The questions, and the answers, that hold the word.
                    in_field[0] += usize::from(frequency[0] == 0.0 && posting.tf[0] > 0);
                    in_field[1] += usize::from(frequency[1] == 0.0 && posting.tf[1] > 0);
                    frequency[0] += weight * posting.tf[0] as f32;
                    frequency[1] += weight * posting.tf[1] as f32;
                    standing.fields |=
                        u8::from(posting.tf[0] > 0) | u8::from(posting.tf[1] > 0) << 1;
                }
            }
            // The word's IDF counts the questions any of its terms is in, as
            // BM25 over stems does; each field's, the fields that hold one.
            let idf = self.idf(touched.len()) * commonness;
            let field_idf =
                in_field.map(|count| idf + w.field_idf * (self.idf(count) * commonness - idf));
            matched.idf.push(idf);
            if touched.len() * 2 > faq_count {
                common |= 1 << number;
            }
            for &faq in &touched {
                let frequency = std::mem::take(&mut frequencies[faq as usize]);
                let standing = &mut standings[faq as usize];
                standing.relevance += self.relevance(faq, frequency, field_idf);
            }
            touched.clear();
        }
        let all_words = (1u32 << words.len()) - 1;
        matched.highlighted = if common == all_words {
            all_words
        } else {
            all_words & !common
        };
        // The best few, kept in order while scanning: cheaper than sorting
        // every match, and one small routine instead of the standard
        // library's sorts, which cost kilobytes of wasm apiece.
        let mut total = 0;
        let mut ranked: Vec<(FaqId, f32)> = Vec::new();
        for (faq, standing) in standings.iter().enumerate() {
            if standing.fields != 0 {
                total += 1;
                keep_best(
                    &mut ranked,
                    (faq as FaqId, standing.relevance),
                    limit,
                    better,
                );
            }
        }

        // IDF-weighted pairs of neighbouring query words.
        let pair_weight = |pair: usize| matched.idf[pair].min(matched.idf[pair + 1]);
        let all_pairs: f32 = (0..words.len().saturating_sub(1)).map(pair_weight).sum();
        // Only the page is read again: proximity re-orders it. (Reading ten
        // more, to let one move up into it, changed no case of any set.)
        let mut read: Vec<((FaqId, f32), Highlights)> = Vec::new();
        for (faq, mut score) in ranked {
            let fields = standings[faq as usize].fields;
            let highlights = read_again(
                &self.index,
                &self.read_cache,
                self.language,
                faq,
                fields,
                &matched,
            );
            if all_pairs > 0.0 {
                let together: f32 = (0..words.len() - 1)
                    .filter(|&pair| highlights.neighbour_pairs & (1 << pair) != 0)
                    .map(pair_weight)
                    .sum();
                score *= 1.0 + w.proximity_bonus * together / all_pairs;
            }
            keep_best(&mut read, ((faq, score), highlights), limit, |a, b| {
                better(&a.0, &b.0)
            });
        }
        SearchResults {
            total,
            hits: read
                .into_iter()
                .map(|((faq, _), highlights)| {
                    let [question, answer] = highlights.ranges;
                    Hit {
                        faq,
                        question,
                        answer,
                    }
                })
                .collect(),
        }
    }

    /// The words of `query` that a search looks up: the first few distinct
    /// ones (checking each against at most [`MAX_QUERY_WORDS`] kept ones
    /// keeps a pasted page linear), without the single characters a pair
    /// of Chinese or Japanese ones holds.
    pub fn query_words(&self, query: &str) -> QueryWords {
        let mut words: Vec<Token> = Vec::new();
        let mut tokens = tokenize_in(query, Compounds::Exclude, self.language);
        if PAIRS_POSSIBLE && self.language.reads_in_pairs() {
            tokens = without_paired_characters(tokens);
        }
        for word in tokens {
            if words.len() == MAX_QUERY_WORDS {
                break;
            }
            if !words.iter().any(|kept| kept.term == word.term) {
                words.push(word);
            }
        }
        QueryWords {
            words,
            // The last word is still being typed unless a space or
            // punctuation closed it.
            typing_last: query.chars().last().is_some_and(char::is_alphanumeric),
        }
    }

    /// The stem under which the index files `word` (folded; `written` as
    /// the reader typed it).
    pub fn stem_of(&self, word: &str, written: &str) -> String {
        self.stemmer.key(written, word).into_owned()
    }

    /// BM25's inverse document frequency of a word found in `questions`.
    fn idf(&self, questions: usize) -> f32 {
        let n = self.index.len() as f32;
        let df = questions as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// BM25F relevance of one query word to `faq`, from its weighted term
    /// frequency in each field: the frequencies are length-normalised,
    /// weighted by field and saturated together; the IDF is each field's,
    /// in the share that field gives.
    fn relevance(&self, faq: FaqId, tf: [f32; 2], idf: [f32; 2]) -> f32 {
        let w = &self.weights;
        let boosts = [self.question_boost, 1.0];
        let b = [w.b_question, w.b_answer];
        let mut weighted = [0.0f32; 2];
        for field in 0..2 {
            let length = self.index.field_length(faq, field);
            let norm = 1.0 - b[field] + b[field] * length / self.index.average_length(field);
            weighted[field] = boosts[field] * tf[field] / norm;
        }
        let both = weighted[0] + weighted[1];
        if both <= 0.0 {
            return 0.0;
        }
        let idf = (weighted[0] * idf[0] + weighted[1] * idf[1]) / both;
        idf * both * (self.k1 + 1.0) / (both + self.k1)
    }
}

#[cfg(test)]
mod tests {
    use super::candidates::related;
    use super::{keep_best, RankingWeights, Searcher};
    use crate::{build_index, build_index_in, Faq, Language, SearchIndex, Story};

    /// A searcher over two questions whose answers are `words` words long.
    fn with_answers_of(words: usize, run: impl FnOnce(&Searcher)) {
        let answer = vec!["word"; words].join(" ");
        let faqs = ["One?", "Two?"]
            .iter()
            .map(|q| Faq {
                question: q.to_string(),
                answer: answer.clone(),
            })
            .collect();
        let bytes = build_index(&Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S".into(),
            faqs,
        });
        run(&Searcher::new(SearchIndex::from_bytes(&bytes).unwrap()));
    }

    #[test]
    fn saturation_and_question_weight_follow_the_length_of_the_answers() {
        let w = RankingWeights::default();
        with_answers_of(40, |s| {
            assert_eq!(
                (s.k1, s.question_boost),
                (w.k1_short, w.question_boost_short)
            )
        });
        with_answers_of(400, |s| {
            assert_eq!((s.k1, s.question_boost), (w.k1, w.question_boost))
        });
        with_answers_of(180, |s| {
            assert!(w.k1_short < s.k1 && s.k1 < w.k1, "{}", s.k1);
            assert!(
                w.question_boost_short < s.question_boost && s.question_boost < w.question_boost
            );
        });
    }

    #[test]
    fn related_stems_share_four_letters_and_differ_in_two_at_most() {
        for (a, b) in [
            ("крем", "кремл"),
            ("tysiac", "tysiec"),
            ("bezpecnost", "bezpecnostn"),
        ] {
            assert!(related(a.as_bytes(), b.as_bytes()), "{a} {b}");
            assert!(related(b.as_bytes(), a.as_bytes()), "{b} {a}");
        }
        for (a, b) in [
            ("sil", "sila"),           // three letters shared
            ("wojsk", "wojn"),         // three letters shared
            ("bezpek", "bezposeredn"), // far apart after four
            ("угод", "угод"),          // the same stem is no relative
        ] {
            assert!(!related(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    #[test]
    fn a_related_stem_finds_the_other_form_below_the_word_itself() {
        let story = Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S.".into(),
            faqs: [
                "Що сказали перед кремлем?",
                "Що думає Кремль?",
                "Хто платить?",
            ]
            .iter()
            .map(|q| Faq {
                question: q.to_string(),
                answer: "Відповідь.".into(),
            })
            .collect(),
        };
        let found = |language| {
            let bytes = build_index_in(&story, language);
            let index = SearchIndex::from_bytes(&bytes).unwrap();
            let hits = Searcher::in_language(index, language)
                .search("кремлем ", 10)
                .hits;
            hits.iter().map(|hit| hit.faq).collect::<Vec<_>>()
        };
        // `кремлем` stems to `крем`, `Кремль` to `кремл`: related, so both
        // are found, the word as written first.
        assert_eq!(found(Language::Ukrainian), [0, 1]);
        // A language that does not relate stems finds the word alone.
        assert_eq!(found(Language::English), [0]);
    }

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
