//! Search quality, natively: the measures `benches/quality.mjs` reports,
//! computed on the same case sets, so ranking can be tuned in seconds.
//!
//! Two kinds of case set:
//! - keyword cases (`corpus/*.queries.json`, `*.own-cases.json`): items
//!   named by the first words of their question, any of `top` accepted
//!   first, `none` meaning nothing may be found;
//! - retrieval sets in the StackFAQ form (`{ "q", "relevant": [id] }`),
//!   scored with nDCG@10, MRR@10 and success@1.
//!
//! Beside our engine it runs two textbook references, Okapi BM25 over
//! question and answer joined, and BM25F with Snowball stems.

use faq_core::text::{tokenize, Compounds};
use faq_core::Story;
use rust_stemmers::{Algorithm, Stemmer};
use serde_json::Value;
use std::collections::HashMap;

/// The shared folder beside the project: corpus, case sets and StackFAQ.
pub const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");
/// The project root.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Reads and parses a corpus file; panics with the corpus error.
pub fn read_story(path: &str) -> Story {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    faq_core::corpus::parse(path, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

/// The story of `path` as the publisher gives it to the page: how common
/// its words are in English (unless `FAQ_COMMONNESS` is `0`), and the
/// aliases of its newsroom synonyms file (`NAME.synonyms.txt` beside
/// `NAME.txt`), if it has one and `FAQ_SYNONYMS` is not `0`, then of the
/// places of English (`faq_core::places`) unless `FAQ_PLACES` is `0`, and
/// the everyday neighbours (`faq_core::neighbours`) unless `FAQ_NEIGHBOURS`
/// is `0`: the readers' words the publisher adds (`faq_core::readers_words`).
///
/// `FAQ_THESAURUS=FILE` adds a thesaurus in the synonyms syntax (made by
/// `benches/thesaurus.py`) to every story; with `FAQ_SYNONYMS=thesaurus`
/// it stands alone, without the newsroom's file.
pub fn as_published(path: &str, mut story: Story) -> Story {
    let english = faq_core::Language::English;
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var("FAQ_COMMONNESS").as_deref() != Ok("0") {
        let frequencies = faq_core::frequencies::WordFrequencies::of(english);
        story.commonness = frequencies.commonness(&story, english);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let places = {
        let off = |name: &str| std::env::var(name).as_deref() == Ok("0");
        let mut built_in = faq_core::Synonyms::default();
        if !off("FAQ_PLACES") {
            built_in = built_in.and(&faq_core::places(english));
        }
        if !off("FAQ_NEIGHBOURS") {
            built_in = built_in.and(&faq_core::neighbours(english));
        }
        built_in
    };
    #[cfg(target_arch = "wasm32")]
    let places = faq_core::Synonyms::default();
    let file = format!("{}.synonyms.txt", path.trim_end_matches(".txt"));
    let mut bytes = None;
    if std::env::var("FAQ_SYNONYMS").as_deref() != Ok("0") {
        bytes = std::fs::read(&file).ok();
        if let Ok(thesaurus) = std::env::var("FAQ_THESAURUS") {
            let mut more = std::fs::read(&thesaurus).unwrap_or_else(|e| panic!("{thesaurus}: {e}"));
            more.push(b'\n');
            if std::env::var("FAQ_SYNONYMS").as_deref() != Ok("thesaurus") {
                more.extend(bytes.unwrap_or_default());
            }
            bytes = Some(more);
        }
    }
    let words = match bytes {
        Some(bytes) => faq_core::Synonyms::parse(&file, &bytes)
            .unwrap_or_else(|e| panic!("{e}"))
            .and(&places),
        None => places,
    };
    story.aliases = words.for_story(&story, english);
    story
}

/// Reads a JSON file; panics with the path.
pub fn read_json(path: &str) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One query and the ids that count as right for it; an empty list means
/// nothing may be found.
#[derive(Clone, Debug)]
pub struct Case {
    pub query: String,
    pub relevant: Vec<u32>,
}

/// The cases of a keyword case file, with items resolved to ids.
pub fn keyword_cases(story: &Story, cases: &Value) -> Vec<Case> {
    let items = &cases["items"];
    let id_of = |key: &Value| -> u32 {
        let start = items[key.as_str().unwrap_or_default()]
            .as_str()
            .unwrap_or_default();
        let found = story
            .faqs
            .iter()
            .position(|f| f.question.starts_with(start));
        found.unwrap_or_else(|| panic!("no question starts with {start:?}")) as u32
    };
    cases["queries"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|case| Case {
            query: case["q"].as_str().unwrap_or_default().to_owned(),
            relevant: case["top"]
                .as_array()
                .into_iter()
                .flatten()
                .map(id_of)
                .collect(),
        })
        .collect()
}

/// The cases of a retrieval set in the StackFAQ form.
pub fn retrieval_cases(set: &Value) -> Vec<Case> {
    set["queries"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|case| Case {
            query: case["q"].as_str().unwrap_or_default().to_owned(),
            relevant: case["relevant"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_u64)
                .map(|id| id as u32)
                .collect(),
        })
        .collect()
}

/// Measures over a case set, each from 0 to 1.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub ndcg10: f64,
    pub mrr10: f64,
    pub success1: f64,
    /// The queries whose first result is wrong.
    pub misses: Vec<String>,
}

/// Scores a ranking function (query → ids, best first) on `cases`.
pub fn score(cases: &[Case], mut rank: impl FnMut(&str) -> Vec<u32>) -> Scores {
    let mut scores = Scores::default();
    for case in cases {
        let found = rank(&case.query);
        let first_right = if case.relevant.is_empty() {
            found.is_empty().then_some(0)
        } else {
            found.iter().position(|id| case.relevant.contains(id))
        };
        match first_right {
            Some(0) => scores.success1 += 1.0,
            _ => scores.misses.push(case.query.clone()),
        }
        if let Some(at) = first_right.filter(|&at| at < 10) {
            scores.mrr10 += 1.0 / (at + 1) as f64;
        }
        // nDCG@10 with binary relevance: DCG over the relevant ids found,
        // against the ideal of all of them first.
        let dcg: f64 = if case.relevant.is_empty() {
            f64::from(u8::from(found.is_empty()))
        } else {
            found
                .iter()
                .take(10)
                .enumerate()
                .filter(|(_, id)| case.relevant.contains(id))
                .map(|(at, _)| 1.0 / (at as f64 + 2.0).log2())
                .sum::<f64>()
                / (0..case.relevant.len().min(10))
                    .map(|at| 1.0 / (at as f64 + 2.0).log2())
                    .sum::<f64>()
        };
        scores.ndcg10 += dcg;
    }
    let n = cases.len().max(1) as f64;
    scores.ndcg10 /= n;
    scores.mrr10 /= n;
    scores.success1 /= n;
    scores
}

/// A textbook BM25 family reference over a story's two fields.
pub struct Reference {
    /// Per question: term → [tf in question, tf in answer].
    docs: Vec<HashMap<String, [f64; 2]>>,
    lengths: Vec<[f64; 2]>,
    average: [f64; 2],
    doc_freq: HashMap<String, f64>,
    analyse: fn(&str) -> Vec<String>,
    /// Field weights; with `[1, 1]` and one shared length, plain BM25.
    boosts: [f64; 2],
    joined_length: bool,
}

/// Lower-case words split on anything but letters and digits.
pub fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Our folded words, Snowball-stemmed.
pub fn stemmed_words(text: &str) -> Vec<String> {
    let stemmer = Stemmer::create(Algorithm::English);
    tokenize(text, Compounds::Exclude)
        .into_iter()
        .map(|t| stemmer.stem(&t.term).into_owned())
        .collect()
}

impl Reference {
    /// Okapi BM25 over question and answer joined: lower-case words, no
    /// stemming, k1 1.2, b 0.75.
    pub fn bm25(story: &Story) -> Self {
        Self::new(story, plain_words, [1.0, 1.0], true)
    }

    /// BM25F: Snowball stems, question field weight `question_boost`,
    /// length normalisation per field.
    pub fn bm25f(story: &Story, question_boost: f64) -> Self {
        Self::new(story, stemmed_words, [question_boost, 1.0], false)
    }

    fn new(
        story: &Story,
        analyse: fn(&str) -> Vec<String>,
        boosts: [f64; 2],
        joined_length: bool,
    ) -> Self {
        let mut docs = Vec::new();
        let mut lengths = Vec::new();
        let mut doc_freq: HashMap<String, f64> = HashMap::new();
        for faq in &story.faqs {
            let mut terms: HashMap<String, [f64; 2]> = HashMap::new();
            let mut length = [0.0; 2];
            for (field, text) in [&faq.question, &faq.answer].into_iter().enumerate() {
                for word in analyse(text) {
                    terms.entry(word).or_default()[field] += 1.0;
                    length[field] += 1.0;
                }
            }
            for term in terms.keys() {
                *doc_freq.entry(term.clone()).or_default() += 1.0;
            }
            docs.push(terms);
            lengths.push(length);
        }
        let n = docs.len().max(1) as f64;
        let average = [0, 1].map(|f| lengths.iter().map(|l| l[f]).sum::<f64>() / n);
        Self {
            docs,
            lengths,
            average,
            doc_freq,
            analyse,
            boosts,
            joined_length,
        }
    }

    /// Every question with a score above 0, best first.
    pub fn search(&self, query: &str) -> Vec<u32> {
        let (k1, b) = (1.2, 0.75);
        let n = self.docs.len() as f64;
        let mut words = (self.analyse)(query);
        words.sort();
        words.dedup();
        let mut scored: Vec<(u32, f64)> = Vec::new();
        for (id, doc) in self.docs.iter().enumerate() {
            let mut total = 0.0;
            for word in &words {
                let Some(tf) = doc.get(word) else { continue };
                let df = self.doc_freq[word];
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                let weighted = if self.joined_length {
                    let length = self.lengths[id][0] + self.lengths[id][1];
                    let average = self.average[0] + self.average[1];
                    (tf[0] + tf[1]) / (1.0 - b + b * length / average)
                } else {
                    (0..2)
                        .map(|f| {
                            let norm = 1.0 - b + b * self.lengths[id][f] / self.average[f].max(1.0);
                            self.boosts[f] * tf[f] / norm
                        })
                        .sum()
                };
                total += idf * weighted * (k1 + 1.0) / (weighted + k1);
            }
            if total > 0.0 {
                scored.push((id as u32, total));
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(id, _)| id).collect()
    }
}
