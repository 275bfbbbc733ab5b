//! The shared search-quality cases, run against the shipped corpus, plus
//! cases of our own for each ability the widget promises.

use faq_core::{build_index, corpus, SearchIndex, Searcher, Story};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Deserialize)]
struct CaseFile {
    items: HashMap<String, String>,
    queries: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    q: String,
    #[serde(default)]
    top: Vec<String>,
    #[serde(default)]
    none: bool,
    kind: String,
}

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/ukraine-peacekeepers.txt"
);
const CASES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/ukraine-peacekeepers.queries.json"
);

fn story() -> Story {
    corpus::parse(CORPUS, &std::fs::read(CORPUS).unwrap()).unwrap()
}

/// A searcher over `story`. The index bytes are leaked: tests are short.
fn searcher(story: &Story) -> Searcher<'static> {
    let bytes: &'static [u8] = Box::leak(build_index(story).into_boxed_slice());
    Searcher::new(SearchIndex::from_bytes(bytes).unwrap())
}

/// Every hit for `query`, best first.
fn hits(searcher: &Searcher, query: &str) -> Vec<faq_core::Hit> {
    searcher.search(query, usize::MAX).hits
}

/// The questions `query` finds, best first.
fn results(searcher: &Searcher, story: &Story, query: &str) -> Vec<String> {
    hits(searcher, query)
        .iter()
        .map(|hit| story.faqs[hit.faq as usize].question.clone())
        .collect()
}

#[test]
fn shared_query_cases_all_pass() {
    let story = story();
    let index = searcher(&story);
    let cases: CaseFile = serde_json::from_slice(&std::fs::read(CASES).unwrap()).unwrap();
    let mut failures = Vec::new();
    for case in &cases.queries {
        let found = results(&index, &story, &case.q);
        let passed = if case.none {
            found.is_empty()
        } else {
            found.first().is_some_and(|first| {
                case.top
                    .iter()
                    .any(|item| first.starts_with(cases.items[item].as_str()))
            })
        };
        if !passed {
            failures.push(format!("{:?} ({}): got {:?}", case.q, case.kind, found));
        }
    }
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}

fn first_result(query: &str) -> Option<String> {
    let story = story();
    results(&searcher(&story), &story, query).into_iter().next()
}

#[test]
fn diacritics_fold_both_ways() {
    let story = Story {
        summary: String::new(),
        faqs: vec![faq_core::Faq {
            question: "Who is Gitanas Nausėda?".into(),
            answer: "Lithuania's president.".into(),
        }],
    };
    let index = searcher(&story);
    assert_eq!(hits(&index, "Nauseda").len(), 1);
    assert_eq!(hits(&index, "NAUSĖDA").len(), 1);
}

#[test]
fn question_match_ranks_above_answer_only_match() {
    // "deployment" stands in three questions and in several answers.
    let story = story();
    let index = searcher(&story);
    let found = hits(&index, "deployment");
    let first = &found[0];
    assert!(
        !first.question.is_empty(),
        "best hit should match in its question"
    );
}

#[test]
fn last_word_is_a_prefix_only_while_typing() {
    assert_eq!(
        first_result("kreml").as_deref(),
        Some("What is Russia's position on foreign troop deployment in Ukraine?")
    );
    assert_eq!(first_result("kreml "), None);
}

#[test]
fn short_known_word_is_not_expanded_as_prefix() {
    let story = story();
    let index = searcher(&story);
    assert_eq!(hits(&index, "UK").len(), 1);
    assert!(hits(&index, "ukr").len() > 1);
}

#[test]
fn extra_spaces_and_punctuation_do_not_matter() {
    assert_eq!(first_result("  ...Kremlin!!  "), first_result("kremlin"));
}

#[test]
fn transposed_letters_are_one_edit() {
    assert_eq!(
        first_result("Kermlin").as_deref(),
        Some("What is Russia's position on foreign troop deployment in Ukraine?")
    );
}

#[test]
fn highlights_cover_stemmed_and_folded_forms_in_the_text() {
    let story = story();
    let index = searcher(&story);
    let hit = &hits(&index, "guarantee")[0];
    let answer: Vec<char> = story.faqs[hit.faq as usize].answer.chars().collect();
    let marked: Vec<String> = hit
        .answer
        .iter()
        .map(|range| answer[range.clone()].iter().collect())
        .collect();
    assert_eq!(marked, ["guarantees"]);
}

#[test]
fn answer_only_match_is_flagged() {
    let story = story();
    let index = searcher(&story);
    let hit = &hits(&index, "france")[0];
    assert!(hit.matches_answer_only());
    let hit = &hits(&index, "NATO responded")[0];
    assert!(!hit.matches_answer_only());
}

#[test]
fn empty_and_punctuation_queries_match_nothing() {
    let story = story();
    let index = searcher(&story);
    for query in ["", "   ", "((((", "’", "-"] {
        assert!(hits(&index, query).is_empty(), "{query:?}");
    }
}

#[test]
fn empty_story_searches_without_panicking() {
    let index = searcher(&Story::default());
    assert!(index.index().is_empty());
    assert!(hits(&index, "anything").is_empty());
}

#[test]
fn hostile_and_huge_queries_do_not_panic() {
    let story = story();
    let index = searcher(&story);
    let long = "peace ".repeat(20_000);
    for query in [
        "<img src=x onerror=alert(1)>",
        ".*+?[](){}|^$\\",
        "\u{200b}\u{202e}مرحبا",
        "🇺🇦🕊️",
        &long,
    ] {
        let _ = hits(&index, query);
    }
}
