//! Text analysis: folding and tokenizing, shared by indexing and querying so
//! both sides see the same terms.
//!
//! - Words are found by the rules of Unicode word segmentation (UAX #29)
//!   that matter for search: letters and digits run together; an apostrophe,
//!   a period or a colon joins letters (`don't`, `U.S`), a period or a comma
//!   joins digits (`3.5`, `1,000`), a `"` joins Hebrew letters; combining
//!   marks and invisible format characters stay in their word; each Chinese
//!   character or hiragana is a word of its own, and katakana run only with
//!   katakana; in Chinese and Japanese text two such characters side by
//!   side also give their pair. `tests/segmentation.rs` checks these against the
//!   `unicode-segmentation` crate, which is not shipped: its tables and state
//!   machine cost 8.7 KB of gzip in the bundle.
//! - Folding removes diacritics and letter case (`Nausėda` → `nauseda`),
//!   through a table that `build.rs` derives from NFKD with combining marks
//!   removed, and folds the letters NFKD keeps whole as readers type them
//!   (`Straße` → `strasse`, `Łódź` → `lodz`, `sø` → `so`); combining marks
//!   on their own fold to nothing.
//! - Apostrophes normalise: the possessive `'s` is dropped (`Russia’s` →
//!   `russia`) and inner apostrophes vanish (`don't` → `dont`); other inner
//!   punctuation goes too (`U.S.` → `us`).
//! - Hyphenated words give their parts (`long`, `term`) and, for the index,
//!   the whole word as well (`longterm`).
//!
//! Each token keeps its byte offsets in the original text, so matches can
//! be highlighted where the reader sees them. Stemming belongs to the
//! index, not here.

mod fill;
mod fold;
mod scan;
mod segment;
mod slug;

pub use fill::{fill, unknown_placeholder};
pub use fold::{fold, fold_char, stem_input};
pub use scan::{hashed_tokens, term_hash, HashedToken};
pub use segment::{
    for_each_token, for_each_token_in, tokenize, tokenize_in, Compounds, Token, TokenRef,
};
pub use slug::{slug, unique_slugs};

#[cfg(test)]
mod tests {
    use super::segment::is_one_hyphen;
    use super::slug::MAX_SLUG_BYTES;
    use super::*;

    #[test]
    fn one_hyphen_is_any_of_the_three_hyphens_alone() {
        for hyphen in ['-', '\u{2010}', '\u{2011}'] {
            assert!(is_one_hyphen(hyphen.to_string().as_bytes()), "{hyphen:?}");
            assert!(!is_one_hyphen(format!("{hyphen}{hyphen}").as_bytes()));
        }
        for other in ["", " ", "\u{2012}", "\u{2013}", "- ", "\u{2212}"] {
            assert!(!is_one_hyphen(other.as_bytes()), "{other:?}");
        }
    }

    fn terms(text: &str) -> Vec<String> {
        tokenize(text, Compounds::Include)
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Nausėda ÉCOLE Łódź"), "nauseda ecole lodz");
        assert_eq!(fold("Straße Sø Œuvre"), "strasse so oeuvre");
    }

    #[test]
    fn folds_ligatures_and_fullwidth() {
        assert_eq!(fold("ﬁnance ＵＮ"), "finance un");
    }

    #[test]
    fn decomposed_marks_fold_away() {
        assert_eq!(terms("Nause\u{307}da"), ["nauseda"]);
    }

    #[test]
    fn splits_on_punctuation_and_spaces() {
        assert_eq!(terms("  peace,   (agreement)!"), ["peace", "agreement"]);
    }

    #[test]
    fn possessive_is_dropped_with_either_apostrophe() {
        assert_eq!(terms("Russia's Russia’s"), ["russia", "russia"]);
    }

    #[test]
    fn inner_apostrophe_joins_the_word() {
        assert_eq!(terms("don't"), ["dont"]);
    }

    #[test]
    fn dotted_acronym_is_one_word() {
        assert_eq!(terms("the U.S. view"), ["the", "us", "view"]);
    }

    #[test]
    fn hyphenated_words_give_whole_then_parts_in_text_order() {
        assert_eq!(
            terms("long-term peace"),
            ["longterm", "long", "term", "peace"]
        );
        let tokens = tokenize("Kyiv's long-term, well-known plan", Compounds::Include);
        let places: Vec<(usize, usize, u32)> = tokens
            .iter()
            .map(|t| (t.bytes.start, t.bytes.end, t.position))
            .collect();
        assert_eq!(
            places,
            [
                (0, 4, 0),
                (7, 16, 1),
                (7, 11, 1),
                (12, 16, 2),
                (18, 28, 3),
                (18, 22, 3),
                (23, 28, 4),
                (29, 33, 5)
            ]
        );
        let query: Vec<String> = tokenize("long-term", Compounds::Exclude)
            .into_iter()
            .map(|t| t.term)
            .collect();
        assert_eq!(query, ["long", "term"]);
    }

    #[test]
    fn hyphenated_whole_covers_the_whole_word() {
        let tokens = tokenize("a decision-making right", Compounds::Include);
        let whole = tokens.iter().find(|t| t.term == "decisionmaking").unwrap();
        assert_eq!(whole.bytes, 2..17);
        assert_eq!(whole.position, 1);
    }

    #[test]
    fn dash_between_spaced_words_is_not_a_compound() {
        assert_eq!(terms("peace - now"), ["peace", "now"]);
    }

    #[test]
    fn offsets_are_bytes_in_the_original_text() {
        let text = "Ė Nausėda’s";
        let tokens = tokenize(text, Compounds::Include);
        assert_eq!(tokens[1].bytes, 3..11);
        assert_eq!(&text[tokens[1].bytes.clone()], "Nausėda");
        assert_eq!(tokens[1].term, "nauseda");
    }

    #[test]
    fn positions_count_words() {
        let positions: Vec<u32> = tokenize("one, two; three", Compounds::Include)
            .iter()
            .map(|t| t.position)
            .collect();
        assert_eq!(positions, [0, 1, 2]);
    }

    #[test]
    fn punctuation_only_has_no_tokens() {
        assert!(tokenize("(((( ’ -- !! .*+?[](){}|^$", Compounds::Include).is_empty());
    }

    #[test]
    fn emoji_and_zero_width_characters_are_not_words() {
        assert_eq!(terms("🇺🇦 peace\u{200b} 🕊️"), ["peace"]);
    }

    #[test]
    fn right_to_left_words_are_words() {
        assert_eq!(terms("سلام שלום"), ["سلام", "שלום"]);
    }

    #[test]
    fn slugs_are_folded_words_joined_by_hyphens() {
        assert_eq!(
            slug("What is Russia's position on Nausėda?"),
            "what-is-russia-position-on-nauseda"
        );
        assert_eq!(slug("¿?"), "");
        let long = slug(&"word ".repeat(40));
        assert!(long.len() <= MAX_SLUG_BYTES && long.ends_with("word"));
    }

    #[test]
    fn slugs_are_made_unique() {
        assert_eq!(
            unique_slugs(["Why?", "why!", "??", "Why"]),
            ["why", "why-2", "question-3", "why-3"]
        );
    }

    #[test]
    fn trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(terms("the countries' plans"), ["the", "countries", "plans"]);
    }
}
