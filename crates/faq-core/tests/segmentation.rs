//! The tokenizer's word segmentation against the `unicode-segmentation`
//! crate (UAX #29), which the bundle does not ship: on text mixing words of
//! many scripts with digits, punctuation, marks, joiners and emoji, both find
//! the same words at the same places.
#![cfg(not(target_arch = "wasm32"))]

use faq_core::text::{tokenize, tokenize_in, Compounds};
use faq_core::Language;
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

#[test]
fn chinese_and_japanese_characters_side_by_side_also_give_their_pairs() {
    let terms = |text: &str| -> Vec<(String, std::ops::Range<usize>, u32)> {
        tokenize_in(text, Compounds::Exclude, Language::Chinese)
            .into_iter()
            .map(|t| (t.term, t.bytes, t.position))
            .collect()
    };
    let owned = |items: &[(&str, std::ops::Range<usize>, u32)]| -> Vec<_> {
        items
            .iter()
            .map(|(t, b, p)| (t.to_string(), b.clone(), *p))
            .collect()
    };
    assert_eq!(
        terms("维和部队"),
        owned(&[
            ("维", 0..3, 0),
            ("和", 3..6, 1),
            ("维和", 0..6, 0),
            ("部", 6..9, 2),
            ("和部", 3..9, 1),
            ("队", 9..12, 3),
            ("部队", 6..12, 2),
        ])
    );
    // Apart, or beside other scripts, they pair with nothing.
    assert_eq!(
        terms("和 平 peace 和"),
        owned(&[
            ("和", 0..3, 0),
            ("平", 4..7, 1),
            ("peace", 8..13, 2),
            ("和", 14..17, 3)
        ])
    );
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
    let story = include_str!("../../../tests/fixtures/ukraine-peacekeepers.txt");
    assert_eq!(ours(story), reference(story));
}

/// The quick scanner that reads a page of results again gives exactly the
/// tokens of the full one, wherever it reads a text at all.
mod hashed_scanner {
    use faq_core::text::{for_each_token, hashed_tokens, term_hash, Compounds, HashedToken};
    use proptest::prelude::*;

    fn full(text: &str) -> Vec<HashedToken> {
        let mut tokens = Vec::new();
        for_each_token(text, Compounds::Include, |token| {
            tokens.push(HashedToken {
                hash: term_hash(token.term.as_bytes()),
                bytes: token.bytes,
                position: token.position,
                parts: token.parts,
            });
        });
        tokens
    }

    fn quick(text: &str) -> Option<Vec<HashedToken>> {
        let mut tokens = Vec::new();
        hashed_tokens(text, &mut |token| tokens.push(token)).then_some(tokens)
    }

    #[test]
    fn agrees_on_the_hard_cases_it_reads() {
        for text in [
            "Russia's long-term peace-keeping plan",
            "Russia’s and the U.S.' view: don't, won’t; 3.5, 1,000 and 2;3 a:b a.1 1.a",
            "rock'n'roll's long-term-plan - a - b -- c x-'s",
            "_under_score __ a_b _1 a__",
            "box ═══ drawing — dashes… “quotes” → arrows ⌘",
            "end-",
            "-start",
            "a-b-",
            "it's",
            "'s",
            "a's-b",
            "a‐b‑c",
            "ends with a joiner. and, a quote'",
        ] {
            assert_eq!(quick(text).as_ref(), Some(&full(text)), "{text}");
        }
    }

    #[test]
    fn leaves_to_the_full_scanner_what_it_cannot_read() {
        for text in ["Nausėda", "é", "caf\u{301}e", "中文", "a\u{200d}b", "ʼs"] {
            assert_eq!(quick(text), None, "{text}");
        }
    }

    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a", "B", "s", "S", "z", "0", "7", " ", " ", "-", "'", ".", ",", ";", ":", "_", "\"",
            "’", "‘", "═", "—", "‐", "‑", "…", "é", "\u{301}", "\n", "ab", "12",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn agrees_with_the_full_scanner(text in text()) {
            if let Some(tokens) = quick(&text) {
                prop_assert_eq!(tokens, full(&text));
            }
        }

        #[test]
        fn reads_every_text_of_ascii_and_dashes(text in "[a-zA-Z0-9 .,;:'_\"-]{0,60}") {
            prop_assert_eq!(quick(&text), Some(full(&text)));
        }
    }
}
