//! The tokenizer's word segmentation against the `unicode-segmentation`
//! crate (UAX #29), which the bundle does not ship: on text mixing words of
//! many scripts with digits, punctuation, marks, joiners and emoji, both find
//! the same words at the same places.
#![cfg(not(target_arch = "wasm32"))]

use faq_core::text::{tokenize, Compounds};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// What a word folds to, as the tokenizer does, for the crate's words.
fn reference(text: &str) -> Vec<(usize, String)> {
    let mut words = Vec::new();
    for (start, word) in text.unicode_word_indices() {
        let folded = tokenize(word, Compounds::Exclude);
        if let [only] = folded.as_slice() {
            words.push((start + only.bytes.start, only.term.clone()));
        }
    }
    words
}

fn ours(text: &str) -> Vec<(usize, String)> {
    tokenize(text, Compounds::Exclude)
        .into_iter()
        .map(|token| (token.bytes.start, token.term))
        .collect()
}

fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("peace"),
        Just("Nausėda"),
        Just("Nause\u{307}da"),
        Just("Україна"),
        Just("Ελλάδα"),
        Just("سلام"),
        Just("שלום"),
        Just("צה\"ל"),
        Just("ג'"),
        Just("東京"),
        Just("ひらがな"),
        Just("カタカナ"),
        Just("서울"),
        Just("हिन्दी"),
        Just("2026"),
        Just("3.5"),
        Just("1,000"),
        Just("U.S."),
        Just("don't"),
        Just("Russia’s"),
        Just("foo_bar"),
        Just("a:b"),
        Just(" "),
        Just("  "),
        Just("."),
        Just(","),
        Just(";"),
        Just(":"),
        Just("'"),
        Just("’"),
        Just("!"),
        Just("?"),
        Just("("),
        Just(")"),
        Just("\""),
        Just("/"),
        Just("–"),
        Just("\u{AD}"),
        Just("\u{200D}"),
        Just("\u{200B}"),
        Just("\u{301}"),
        Just("🕊️"),
        Just("🇺🇦"),
        Just("#"),
        Just("%"),
        Just("\n"),
    ];
    prop::collection::vec(pieces, 0..24).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn words_match_unicode_segmentation(text in mixed_text()) {
        prop_assert_eq!(ours(&text), reference(&text), "{:?}", text);
    }
}

#[test]
fn news_text_segments_as_unicode_segmentation_does() {
    let story = include_str!("../../../corpus/ukraine-peacekeepers.txt");
    assert_eq!(ours(story), reference(story));
}
