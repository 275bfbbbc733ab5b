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
    "/../../tests/fixtures/ukraine-peacekeepers.txt"
);
const SHARED_CASES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/ukraine-peacekeepers.queries.json"
);
const OWN_CASES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/ukraine-peacekeepers.own-cases.json"
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

/// Runs every case of a case file; returns the failures, described.
fn failing_cases(case_file: &str) -> Vec<String> {
    let story = story();
    let index = searcher(&story);
    let cases: CaseFile = serde_json::from_slice(&std::fs::read(case_file).unwrap()).unwrap();
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
    failures
}

#[test]
fn shared_query_cases_all_pass() {
    let failures = failing_cases(SHARED_CASES);
    assert!(
        failures.is_empty(),
        "failing cases:\n{}",
        failures.join("\n")
    );
}

#[test]
fn own_query_cases_all_pass() {
    let failures = failing_cases(OWN_CASES);
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
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
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

/// The words the best hit for `query` highlights in its answer, as written.
fn marked_in_best_answer(query: &str) -> Vec<String> {
    let story = story();
    let index = searcher(&story);
    let hit = &hits(&index, query)[0];
    let answer: Vec<char> = story.faqs[hit.faq as usize].answer.chars().collect();
    hit.answer
        .iter()
        .map(|range| answer[range.clone()].iter().collect())
        .collect()
}

#[test]
fn highlights_cover_stemmed_and_folded_forms_in_the_text() {
    assert_eq!(marked_in_best_answer("guarantee"), ["guarantees"]);
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

fn story_of(answers: &[&str]) -> Story {
    Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: String::new(),
        faqs: answers
            .iter()
            .enumerate()
            .map(|(i, answer)| faq_core::Faq {
                question: format!("Question {i}?"),
                answer: (*answer).to_owned(),
            })
            .collect(),
    }
}

fn ranked_ids(answers: &[&str], query: &str) -> Vec<u32> {
    let story = story_of(answers);
    let index = searcher(&story);
    hits(&index, query).iter().map(|hit| hit.faq).collect()
}

#[test]
fn at_equal_frequency_exact_outranks_stem_outranks_prefix() {
    let answers = [
        "peaces and more",       // 0: same stem as "peace"
        "peacekeepers and more", // 1: starts with "peace"
        "peace and more",        // 2: exact
    ];
    assert_eq!(ranked_ids(&answers, "peace"), [2, 0, 1]);
    // Once a space closes the word, it is no longer a prefix.
    assert_eq!(ranked_ids(&answers, "peace "), [2, 0]);
}

#[test]
fn expansions_are_discounted_not_tiers_that_outrank_relevance() {
    // Stem matches in a question and three times in its answer are more
    // relevant than one exact match deep in a long answer.
    let story = Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: String::new(),
        faqs: vec![
            faq_core::Faq {
                question: "Which guarantees exist?".into(),
                answer: "Guarantees, guarantees and more guarantees.".into(),
            },
            faq_core::Faq {
                question: "What else?".into(),
                answer: "A long answer about many things, among them one guarantee, \
                         and much more besides that nobody asked about at all."
                    .into(),
            },
        ],
    };
    let index = searcher(&story);
    let found: Vec<u32> = hits(&index, "guarantee ").iter().map(|h| h.faq).collect();
    assert_eq!(found, [0, 1]);
}

#[test]
fn typos_only_for_words_that_match_nothing() {
    let answers = ["peace", "peach peach"];
    let mut found = ranked_ids(&answers, "peacx ");
    found.sort();
    assert_eq!(found, [0, 1]);
    // "peach" is a word of its own: no typo matches for it.
    assert_eq!(ranked_ids(&answers, "peach "), [1]);
}

#[test]
fn no_typo_matches_next_to_a_real_match() {
    let answers = ["kremlin spokespersons", "kremlin spokespersns"];
    assert_eq!(ranked_ids(&answers, "kremlin spokespersons"), [0, 1]);
}

#[test]
fn possessive_forms_are_one_term() {
    let answers = ["Russia's view", "Russia’s view", "Russias view", "Prussia"];
    let mut found = ranked_ids(&answers, "russia ");
    found.sort();
    assert_eq!(found, [0, 1, 2]);
    let mut found = ranked_ids(&answers, "Russia’s ");
    found.sort();
    assert_eq!(found, [0, 1, 2]);
}

#[test]
fn words_side_by_side_rank_first() {
    let answers = [
        "agreement on many things, and peace later",
        "the peace agreement holds",
    ];
    assert_eq!(ranked_ids(&answers, "peace agreement"), [1, 0]);
}

#[test]
fn more_query_words_matched_ranks_first() {
    let answers = ["kremlin kremlin kremlin", "kremlin spokespersons"];
    assert_eq!(ranked_ids(&answers, "kremlin spokespersons"), [1, 0]);
}

#[test]
fn limit_caps_hits_but_total_counts_all() {
    let story = story();
    let index = searcher(&story);
    let results = index.search("ukraine", 3);
    assert_eq!(results.hits.len(), 3);
    assert_eq!(results.total, 8);
    assert_eq!(index.search("ukraine", 0).hits.len(), 0);
}

#[test]
fn highlights_cover_hyphenated_words_whole() {
    assert_eq!(marked_in_best_answer("longterm"), ["long-term"]);
}

#[test]
fn one_entry_corpus() {
    let answers = ["Only one answer here."];
    assert_eq!(ranked_ids(&answers, "answer"), [0]);
    assert!(ranked_ids(&answers, "nothing").is_empty());
}

#[test]
fn two_edits_only_when_nothing_is_one_edit_away() {
    let answers = ["abcdefgh", "abcdefxy"];
    assert_eq!(ranked_ids(&answers, "abcdefgx "), [0]);
    let mut found = ranked_ids(&answers, "abcdefzz ");
    found.sort();
    assert_eq!(found, [0, 1]);
    // Under 8 letters, two edits never match.
    assert!(ranked_ids(&["abcdefg"], "abcdezz ").is_empty());
}

#[test]
fn words_in_most_questions_are_matched_but_not_highlighted_beside_rarer_ones() {
    let story = story_of(&["the peace talks", "the war", "the weather"]);
    let index = searcher(&story);
    let found = hits(&index, "the peace ");
    assert_eq!(found[0].faq, 0);
    // "peace" (bytes 4 to 9) is highlighted, "the" is not.
    let marked = |hit: &faq_core::Hit| -> Vec<String> {
        let answer = index.index().answer(hit.faq);
        hit.answer
            .iter()
            .map(|r| answer[r.clone()].to_owned())
            .collect()
    };
    assert_eq!(marked(&found[0]), ["peace"]);
    // Every question matched "the", so all three are found.
    assert_eq!(found.len(), 3);
    // Alone, a common word is all there is to show.
    assert_eq!(marked(&hits(&index, "the ")[0]), ["the"]);
}
