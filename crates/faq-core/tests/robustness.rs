//! Arbitrary input never breaks the tokenizer, the index or search: any
//! Unicode, long strings, emoji, right-to-left text, zero-width characters,
//! regex metacharacters and 100,000-character queries.
#![cfg(not(target_arch = "wasm32"))]

use faq_core::text::{tokenize, Compounds};
use faq_core::{build_index, corpus, Faq, SearchIndex, Searcher, Story};
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// Far above any real query's time even in a debug build: only a runaway
/// (quadratic or worse) search would reach it.
const QUERY_TIME_BOUND: Duration = Duration::from_secs(2);

fn shipped_searcher() -> Searcher<'static> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/ukraine-peacekeepers.txt"
    );
    let story = corpus::parse(path, &std::fs::read(path).unwrap()).unwrap();
    let bytes: &'static [u8] = Box::leak(build_index(&story).into_boxed_slice());
    Searcher::new(SearchIndex::from_bytes(bytes).unwrap())
}

/// Text mixing the awkward kinds of characters with ordinary words.
fn awkward_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(String::from),
        Just("peace ".to_owned()),
        Just("Nausėda".to_owned()),
        Just("Russia’s".to_owned()),
        Just("long-term".to_owned()),
        Just("\u{200b}\u{200d}\u{feff}".to_owned()),
        Just("\u{202e}مرحبا שלום".to_owned()),
        Just("🇺🇦👩‍👩‍👧🕊️".to_owned()),
        Just(".*+?[](){}|^$\\".to_owned()),
        Just("e\u{301}\u{301}\u{301}".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn tokens_are_non_empty_and_inside_the_text(text in awkward_text()) {
        for compounds in [Compounds::Include, Compounds::Exclude] {
            for token in tokenize(&text, compounds) {
                prop_assert!(!token.term.is_empty());
                prop_assert!(token.bytes.start < token.bytes.end);
                prop_assert!(text.get(token.bytes.clone()).is_some(), "on character boundaries");
            }
        }
    }

    #[test]
    fn search_never_panics_and_highlights_stay_in_bounds(query in awkward_text()) {
        let searcher = shipped_searcher();
        let results = searcher.search(&query, usize::MAX);
        prop_assert_eq!(results.total, results.hits.len());
        for hit in &results.hits {
            let index = searcher.index();
            // Byte ranges, in order, on character boundaries.
            for (text, ranges) in [
                (index.question(hit.faq), &hit.question),
                (index.answer(hit.faq), &hit.answer),
            ] {
                prop_assert!(ranges.iter().all(|r| r.start < r.end && text.get(r.clone()).is_some()));
                prop_assert!(ranges.windows(2).all(|pair| pair[0].end <= pair[1].start));
            }
        }
    }

    #[test]
    fn any_story_indexes_and_searches(
        answers in prop::collection::vec(awkward_text(), 0..6),
        query in awkward_text(),
    ) {
        let story = Story { aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S".into(),
            faqs: answers
                .iter()
                .enumerate()
                .map(|(i, answer)| Faq { question: format!("{answer} {i}?"), answer: answer.clone() })
                .collect(),
        };
        let bytes = build_index(&story);
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        prop_assert_eq!(index.len(), story.faqs.len());
        for (i, faq) in story.faqs.iter().enumerate() {
            prop_assert_eq!(index.answer(i as u32), faq.answer.as_str());
        }
        let searcher = Searcher::new(index);
        let _ = searcher.search(&query, 10);
    }

    #[test]
    fn damaged_index_bytes_never_panic(cut in 0usize..20_000, flip in any::<u8>(), at in any::<usize>()) {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/ukraine-peacekeepers.txt");
        let story = corpus::parse(path, &std::fs::read(path).unwrap()).unwrap();
        let mut bytes = build_index(&story);
        let position = at % bytes.len();
        bytes[position] ^= flip;
        bytes.truncate(cut.max(8));
        if let Ok(index) = SearchIndex::from_bytes(&bytes) {
            let searcher = Searcher::new(index);
            for query in ["peace", "ukr", "Belgum", "nato officials"] {
                let _ = searcher.search(query, 10);
            }
        }
    }
}

fn assert_bounded(searcher: &Searcher, query: &str) {
    let started = Instant::now();
    let _ = searcher.search(query, 10);
    let elapsed = started.elapsed();
    assert!(
        elapsed < QUERY_TIME_BOUND,
        "{} chars took {elapsed:?}",
        query.chars().count()
    );
}

#[test]
fn hundred_thousand_character_queries_finish_in_bounded_time() {
    let searcher = shipped_searcher();
    let words = "peace Ukraine’s long-term Belgum sovereinty ".repeat(2_300);
    let one_word = "a".repeat(100_000);
    let emoji = "🕊️".repeat(50_000);
    let marks = format!("e{}", "\u{301}".repeat(99_999));
    let mixed: String = (0..100_000u32)
        .map(|i| char::from_u32(0x400 + (i * 7919) % 0x2000).unwrap_or('x'))
        .collect();
    // Every word different: 16,000 of them.
    let distinct: String = (0..16_000).map(|i| format!("w{i} ")).collect();
    for query in [&words, &one_word, &emoji, &marks, &mixed, &distinct] {
        assert_bounded(&searcher, query);
    }
}

#[test]
fn empty_and_one_entry_corpora() {
    for faqs in [
        vec![],
        vec![Faq {
            question: "Why?".into(),
            answer: "Because.".into(),
        }],
    ] {
        let story = Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: String::new(),
            faqs,
        };
        let bytes = build_index(&story);
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
        let found = searcher.search("because", 10).total;
        assert_eq!(found, story.faqs.len());
        assert_eq!(searcher.search("", 10).total, 0);
    }
}

/// Every byte of the shipped index damaged in turn (a found case: a stem
/// offset made wild sent the stem lookup over billions of term ids): each
/// search still finishes in bounded time.
#[test]
fn every_damaged_byte_leaves_search_bounded() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/ukraine-peacekeepers.txt"
    );
    let story = corpus::parse(path, &std::fs::read(path).unwrap()).unwrap();
    let clean = build_index(&story);
    for position in 0..clean.len() {
        let mut bytes = clean.clone();
        bytes[position] ^= 0x18;
        if let Ok(index) = SearchIndex::from_bytes(&bytes) {
            assert_bounded(&Searcher::new(index), "nato officials");
        }
    }
}
