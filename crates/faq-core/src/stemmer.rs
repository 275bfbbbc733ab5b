//! A language's stemmer: Snowball's, through `snowball_stemmers_rs` (the
//! one crate with all of Snowball's current algorithms, Ukrainian, Polish
//! and Lithuanian among them; see benches/README.md for the measured
//! choice), and English through `rust-stemmers`, as before languages.

use crate::language::{Language, ENGLISH_ENGINE};
use crate::text::{fold, stem_input};
use snowball_stemmers_rs::{Algorithm, Stemmer as Snowball};
use std::borrow::Cow;

/// A language's stemmer: Snowball's, or none.
pub struct Stemmer(Kind);

enum Kind {
    /// English as the engine has always stemmed it: `rust-stemmers`
    /// (Snowball's Porter2) on the folded word. Snowball 3's English from
    /// `snowball_stemmers_rs` cost the English bundle 0.9 KB gzip more,
    /// over its budget, and would change English results.
    English(rust_stemmers::Stemmer),
    /// Every other Snowball language, on the word as written.
    Snowball(Snowball),
    None,
}

impl Stemmer {
    pub fn new(language: Language) -> Self {
        Self(match language.algorithm() {
            Some(Algorithm::English) => Kind::English(rust_stemmers::Stemmer::create(
                rust_stemmers::Algorithm::English,
            )),
            Some(algorithm) => Kind::Snowball(Snowball::create(algorithm)),
            None => Kind::None,
        })
    }

    /// The stem under which the index files a word, `written` as the text
    /// has it and `folded` as its term. Snowball's suffixes carry
    /// diacritics (Polish `-ość`, Spanish `-ación`), so the word is stemmed
    /// in lower case with its diacritics, then folded, and a query typed
    /// without them finds it. English has none to keep.
    pub fn key<'a>(&self, written: &str, folded: &'a str) -> Cow<'a, str> {
        match &self.0 {
            Kind::English(english) => english.stem(folded),
            // The English engine makes no other kind of stemmer: saying so
            // keeps the code of the others out of its bundle.
            _ if ENGLISH_ENGINE => Cow::Borrowed(folded),
            Kind::Snowball(snowball) => Cow::Owned(fold(&snowball.stem(&stem_input(written)))),
            Kind::None => Cow::Borrowed(folded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_stemmed_in_their_language_and_folded() {
        let key = |language, word: &str| Stemmer::new(language).key(word, &fold(word)).into_owned();
        assert_eq!(key(Language::Chinese, "和平"), "和平");
        assert_eq!(key(Language::Ukrainian, "Миротворців"), "миротворц");
        assert_eq!(
            key(Language::Polish, "Państwa"),
            key(Language::Polish, "panstwo")
        );
        assert_eq!(key(Language::English, "Guarantees"), "guarante");
    }
}
