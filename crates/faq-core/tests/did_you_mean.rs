//! "Did you mean": a query that finds nothing gets the story's nearest
//! words, as the story writes them, and searching them finds questions.
//! Native only, as `did_you_mean` is until the widget shows it.

#![cfg(not(target_arch = "wasm32"))]

use faq_core::{build_index, SearchIndex, Searcher, Story};

fn story() -> Story {
    Story::from_pairs(
        "Peacekeepers for Ukraine.",
        &[
            (
                "Would NATO send peacekeepers?",
                "Not as an alliance; its members might.",
            ),
            (
                "What does the Kremlin say about a ceasefire?",
                "Moscow rejects any Western troops in Ukraine.",
            ),
            ("Who would pay for the mission?", "The coalition's members."),
        ],
    )
}

fn with_searcher(run: impl FnOnce(&Searcher)) {
    let bytes = build_index(&story());
    run(&Searcher::new(SearchIndex::from_bytes(&bytes).unwrap()));
}

#[test]
fn a_word_too_far_for_the_typo_allowance_gets_the_story_s_nearest_as_written() {
    with_searcher(|searcher| {
        for (query, meant) in [
            // Three letters: no typo is forgiven, one edit is offered.
            ("nto", "NATO"),
            // Seven letters: one edit forgiven, up to three offered.
            ("Krimlyn", "Kremlin"),
            ("seesfire", "ceasefire"),
            ("coalishun membrz", "coalition members"),
        ] {
            assert_eq!(searcher.search(query, 10).total, 0, "{query}");
            let suggestion = searcher.did_you_mean(query);
            assert_eq!(suggestion.as_deref(), Some(meant), "{query}");
            assert!(searcher.search(meant, 10).total > 0, "{meant}");
        }
    });
}

#[test]
fn words_that_find_something_stay_and_words_near_nothing_go() {
    with_searcher(|searcher| {
        // "Moscow" is the story's: kept as typed, beside the nearest word.
        assert_eq!(
            searcher.did_you_mean("moscow seesfire").as_deref(),
            Some("moscow ceasefire")
        );
        assert_eq!(
            searcher.did_you_mean("xylophone nto").as_deref(),
            Some("NATO")
        );
        for nothing_near in ["xylophone", "qzxjv", "ab", ""] {
            assert_eq!(searcher.did_you_mean(nothing_near), None, "{nothing_near}");
        }
        // Nothing to offer when every word finds something.
        assert_eq!(searcher.did_you_mean("Kremlin ceasefire"), None);
    });
}

#[test]
fn any_text_gets_an_answer_without_panicking() {
    with_searcher(|searcher| {
        for query in [
            "<script>alert(1)</script>",
            "\u{0}\u{1e}",
            "🙂🙂🙂",
            &"a".repeat(5000),
        ] {
            if let Some(suggestion) = searcher.did_you_mean(query) {
                assert!(searcher.search(&suggestion, 10).total > 0, "{query}");
            }
        }
    });
}
