//! Sweeps the question boost over the search-quality case sets and prints
//! success@1 and mean reciprocal rank for each value, and the share of
//! one-word queries (every word of every question) whose hits with the word
//! in the question all rank above hits with it only in the answer: the rule
//! the boost exists for. Shows how the default in `RankingWeights` was chosen.
//! Run: `cargo run --release -p faq-bench --bin faq-tune`

use faq_core::{build_index, corpus, RankingWeights, SearchIndex, Searcher};
use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const BOOSTS: [f32; 7] = [1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 10.0];

/// (success@1, MRR) of `searcher` on one case file.
fn score(searcher: &Searcher, questions: &[String], cases: &Value) -> (f64, f64) {
    let items = &cases["items"];
    let queries = cases["queries"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let (mut success, mut reciprocal) = (0.0, 0.0);
    for case in queries {
        let query = case["q"].as_str().unwrap_or_default();
        let found: Vec<u32> = searcher
            .search(query, 100)
            .hits
            .iter()
            .map(|h| h.faq)
            .collect();
        let rank = if case["none"].as_bool().unwrap_or(false) {
            usize::from(found.is_empty())
        } else {
            let wanted: Vec<&str> = case["top"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|key| items[key.as_str().unwrap_or_default()].as_str())
                .collect();
            found
                .iter()
                .position(|&id| wanted.iter().any(|w| questions[id as usize].starts_with(w)))
                .map_or(0, |p| p + 1)
        };
        if rank == 1 {
            success += 1.0;
        }
        if rank > 0 {
            reciprocal += 1.0 / rank as f64;
        }
    }
    let n = queries.len().max(1) as f64;
    (success / n, reciprocal / n)
}

/// Share of the questions' words for which question matches come first.
fn question_first_share(searcher: &Searcher, questions: &[String]) -> f64 {
    let mut words: Vec<String> = questions
        .iter()
        .flat_map(|q| faq_core::text::tokenize(q, faq_core::text::Compounds::Exclude))
        .map(|t| t.term)
        .collect();
    words.sort();
    words.dedup();
    let ordered = words
        .iter()
        .filter(|word| {
            let hits = searcher.search(&format!("{word} "), 100).hits;
            let first_answer_only = hits.iter().position(|h| h.question.is_empty());
            first_answer_only.is_none_or(|at| hits[at..].iter().all(|h| h.question.is_empty()))
        })
        .count();
    ordered as f64 / words.len().max(1) as f64
}

fn main() {
    let path = format!("{ROOT}/corpus/ukraine-peacekeepers.txt");
    let story = corpus::parse(&path, &std::fs::read(&path).expect("corpus")).expect("valid corpus");
    let questions: Vec<String> = story.faqs.iter().map(|f| f.question.clone()).collect();
    let bytes = build_index(&story);
    let sets: Vec<(&str, Value)> = ["queries", "own-cases"]
        .iter()
        .map(|name| {
            let file = format!("{ROOT}/corpus/ukraine-peacekeepers.{name}.json");
            (
                *name,
                serde_json::from_slice(&std::fs::read(file).expect("cases")).expect("json"),
            )
        })
        .collect();
    println!("question boost   shared s@1 / MRR    own s@1 / MRR     question matches first");
    for boost in BOOSTS {
        let weights = RankingWeights {
            question_boost: boost,
            ..RankingWeights::default()
        };
        let searcher =
            Searcher::with_weights(SearchIndex::from_bytes(&bytes).expect("index"), weights);
        let cells: Vec<String> = sets
            .iter()
            .map(|(_, cases)| {
                let (s, m) = score(&searcher, &questions, cases);
                format!("{s:.3} / {m:.3}")
            })
            .collect();
        let first = question_first_share(&searcher, &questions);
        println!("{boost:>14}   {}      {first:.3}", cells.join("      "));
    }
}
