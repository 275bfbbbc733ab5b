//! Text analysis: folding and tokenizing, shared by indexing and querying so
//! both sides see the same terms.
//!
//! Folding removes diacritics and letter case (`Nausėda` → `nauseda`).
//! Tokenizing splits on anything that is not a letter or digit, keeps
//! apostrophes inside words (`don't` → `dont`), drops the possessive `'s`
//! (`Russia’s` → `russia`) and splits hyphenated words into their parts.
//! Each token keeps its character offsets in the original text, so matches can
//! be highlighted where the reader sees them.
//!
//! Stemming lives in [`crate::index`]; this module knows nothing of the index.

use std::ops::Range;

include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));

/// Appends `c` with its diacritics removed and in lower case.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match FOLD_TABLE.binary_search_by_key(&c, |&(from, _)| from) {
        Ok(found) => out.push_str(FOLD_TABLE[found].1),
        Err(_) => out.extend(c.to_lowercase()),
    }
}

/// `text` with its diacritics removed and in lower case.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// One word of a text, folded, with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded word, e.g. `russia` for `Russia’s`.
    pub term: String,
    /// Character offsets (not bytes) of the word in the original text,
    /// without a dropped possessive.
    pub chars: Range<usize>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text` into folded words.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !is_word_char(chars[at]) {
            at += 1;
            continue;
        }
        let start = at;
        let mut term = String::new();
        let mut end = at;
        while at < chars.len() {
            let c = chars[at];
            if is_word_char(c) {
                fold_char(c, &mut term);
                at += 1;
                end = at;
            } else if is_apostrophe(c) && chars.get(at + 1).is_some_and(|&n| is_word_char(n)) {
                let after = chars.get(at + 2).copied();
                let possessive =
                    matches!(chars[at + 1], 's' | 'S') && !after.is_some_and(is_word_char);
                if possessive {
                    at += 2;
                    break;
                }
                at += 1;
            } else {
                break;
            }
        }
        // Folding can turn a mark-only character into nothing.
        if !term.is_empty() {
            tokens.push(Token {
                term,
                chars: start..end,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Nausėda ÉCOLE Łódź"), "nauseda ecole łodz");
    }

    #[test]
    fn folds_ligatures_and_fullwidth() {
        assert_eq!(fold("ﬁnance ＵＮ"), "finance un");
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
    fn hyphenated_words_split_into_parts() {
        assert_eq!(terms("long-term"), ["long", "term"]);
    }

    #[test]
    fn offsets_are_characters_in_the_original_text() {
        let tokens = tokenize("Ė Nausėda’s");
        assert_eq!(tokens[1].chars, 2..9);
        assert_eq!(tokens[1].term, "nauseda");
    }

    #[test]
    fn punctuation_only_has_no_tokens() {
        assert!(tokenize("(((( ’ -- !!").is_empty());
    }

    #[test]
    fn trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(terms("the countries' plans"), ["the", "countries", "plans"]);
    }
}
