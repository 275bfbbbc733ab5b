//! A story's language: how its words are stemmed, which way it is written,
//! and the BCP 47 code that names it.
//!
//! Stemming is Snowball's: through `snowball_stemmers_rs` (the one crate
//! with all of Snowball's current algorithms, Ukrainian, Polish and
//! Lithuanian among them; see benches/README.md for the measured choice),
//! and English through `rust-stemmers`, as before languages. A language
//! without a Snowball stemmer (Hebrew, Chinese, Japanese, Korean) searches
//! by whole words, prefixes and typos, and Chinese and Japanese text by
//! pairs of characters (`text.rs`).
//!
//! The browser engine is built for one language (`FAQ_LANG`,
//! [`ENGINE_LANGUAGE`]): the widget passes it as a constant, so LLVM keeps
//! that language's stemmer alone (as long as the wasm is linked as one
//! crate type: `crates/faq-prerender/src/engine.rs`). The functions here
//! are `const` or plain `match`es so that constant reaches every use.

use crate::text::{fold, stem_input};
use snowball_stemmers_rs::{Algorithm, Stemmer as Snowball};
use std::borrow::Cow;

/// A language a story can be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    Arabic,
    Chinese,
    Czech,
    Danish,
    Dutch,
    #[default]
    English,
    Finnish,
    French,
    German,
    Greek,
    Hebrew,
    Hungarian,
    Italian,
    Japanese,
    Korean,
    Lithuanian,
    Norwegian,
    Persian,
    Polish,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Turkish,
    Ukrainian,
}

/// The language the browser engine is built for: `FAQ_LANG` at build time
/// (a BCP 47 code, default `en`). A constant, so the bundle carries this
/// language's stemmer and words alone; the publisher gives each language
/// its own engine. An unsupported code fails the build.
pub const ENGINE_LANGUAGE: Language = match option_env!("FAQ_LANG") {
    None => Language::English,
    Some(tag) => match Language::from_tag(tag) {
        Some(language) => language,
        None => panic!("{}", UNSUPPORTED_FAQ_LANG),
    },
};

/// The build error of an unsupported `FAQ_LANG` (a constant, as a
/// compile-time panic needs); a test keeps its list whole.
const UNSUPPORTED_FAQ_LANG: &str = "FAQ_LANG names no supported language; supported: \
    ar, cs, da, de, el, en, es, fa, fi, fr, he, hu, it, ja, ko, lt, nb, nl, nn, no, pl, pt, ro, ru, sv, tr, uk, zh";

/// Every supported language, by code (each one's code is [`Language::code`]'s).
pub const LANGUAGES: [Language; 26] = [
    Language::Arabic,
    Language::Czech,
    Language::Danish,
    Language::German,
    Language::Greek,
    Language::English,
    Language::Spanish,
    Language::Persian,
    Language::Finnish,
    Language::French,
    Language::Hebrew,
    Language::Hungarian,
    Language::Italian,
    Language::Japanese,
    Language::Korean,
    Language::Lithuanian,
    Language::Dutch,
    Language::Norwegian,
    Language::Polish,
    Language::Portuguese,
    Language::Romanian,
    Language::Russian,
    Language::Swedish,
    Language::Turkish,
    Language::Ukrainian,
    Language::Chinese,
];

/// Codes that name a supported language under another code.
const ALIASES: [(&str, Language); 2] = [("nb", Language::Norwegian), ("nn", Language::Norwegian)];

/// Whether `a` and `b` are equal, ASCII case aside (`const`, unlike the
/// slice's `eq_ignore_ascii_case`).
const fn same_code(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if !a[at].eq_ignore_ascii_case(&b[at]) {
            return false;
        }
        at += 1;
    }
    true
}

/// The primary subtag of a BCP 47 tag (`pt` of `pt-BR`), if the tag is
/// made of letters, digits and hyphens only.
const fn primary_subtag(tag: &[u8]) -> Option<&[u8]> {
    let mut at = 0;
    let mut end = tag.len();
    while at < tag.len() {
        let b = tag[at];
        if b == b'-' || b == b'_' {
            if end == tag.len() {
                end = at;
            }
        } else if !b.is_ascii_alphanumeric() {
            return None;
        }
        at += 1;
    }
    if end == 0 {
        return None;
    }
    Some(tag.split_at(end).0)
}

impl Language {
    /// The language of a BCP 47 tag (`uk`, `de-CH`, `pt-BR`, `zh-Hant`),
    /// by its primary subtag; `None` for a language not supported.
    pub const fn from_tag(tag: &str) -> Option<Language> {
        let Some(primary) = primary_subtag(tag.as_bytes()) else {
            return None;
        };
        let mut at = 0;
        while at < LANGUAGES.len() {
            if same_code(LANGUAGES[at].code().as_bytes(), primary) {
                return Some(LANGUAGES[at]);
            }
            at += 1;
        }
        let mut at = 0;
        while at < ALIASES.len() {
            if same_code(ALIASES[at].0.as_bytes(), primary) {
                return Some(ALIASES[at].1);
            }
            at += 1;
        }
        None
    }

    /// [`Language::from_tag`], or an error that names every supported code.
    pub fn parse(tag: &str) -> Result<Language, String> {
        Self::from_tag(tag).ok_or_else(|| {
            format!(
                "unknown language {tag:?}; supported: {}",
                supported_codes().join(", ")
            )
        })
    }

    /// The language's code (ISO 639-1), as `lang` attributes carry it: the
    /// one place codes are written. A `match`, so the engine's constant
    /// language turns into its code with no table in the bundle.
    pub const fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::Czech => "cs",
            Language::Danish => "da",
            Language::German => "de",
            Language::Greek => "el",
            Language::English => "en",
            Language::Spanish => "es",
            Language::Persian => "fa",
            Language::Finnish => "fi",
            Language::French => "fr",
            Language::Hebrew => "he",
            Language::Hungarian => "hu",
            Language::Italian => "it",
            Language::Japanese => "ja",
            Language::Korean => "ko",
            Language::Lithuanian => "lt",
            Language::Dutch => "nl",
            Language::Norwegian => "no",
            Language::Polish => "pl",
            Language::Portuguese => "pt",
            Language::Romanian => "ro",
            Language::Russian => "ru",
            Language::Swedish => "sv",
            Language::Turkish => "tr",
            Language::Ukrainian => "uk",
            Language::Chinese => "zh",
        }
    }

    /// Whether the language is written right to left.
    pub const fn is_right_to_left(self) -> bool {
        matches!(
            self,
            Language::Arabic | Language::Hebrew | Language::Persian
        )
    }

    /// The Snowball algorithm for the language, if Snowball has one.
    const fn algorithm(self) -> Option<Algorithm> {
        Some(match self {
            Language::Arabic => Algorithm::Arabic,
            Language::Czech => Algorithm::Czech,
            Language::Danish => Algorithm::Danish,
            Language::Dutch => Algorithm::Dutch,
            Language::English => Algorithm::English,
            Language::Finnish => Algorithm::Finnish,
            Language::French => Algorithm::French,
            Language::German => Algorithm::German,
            Language::Greek => Algorithm::Greek,
            Language::Hungarian => Algorithm::Hungarian,
            Language::Italian => Algorithm::Italian,
            Language::Lithuanian => Algorithm::Lithuanian,
            Language::Norwegian => Algorithm::Norwegian,
            Language::Persian => Algorithm::Persian,
            Language::Polish => Algorithm::Polish,
            Language::Portuguese => Algorithm::Portuguese,
            Language::Romanian => Algorithm::Romanian,
            Language::Russian => Algorithm::Russian,
            Language::Spanish => Algorithm::Spanish,
            Language::Swedish => Algorithm::Swedish,
            Language::Turkish => Algorithm::Turkish,
            Language::Ukrainian => Algorithm::Ukrainian,
            Language::Chinese | Language::Hebrew | Language::Japanese | Language::Korean => {
                return None
            }
        })
    }

    /// Whether the language writes words without spaces, so text is also
    /// read in pairs of characters (`text.rs`).
    pub const fn reads_in_pairs(self) -> bool {
        matches!(self, Language::Chinese | Language::Japanese)
    }

    /// Whether Snowball stems the language.
    pub const fn has_stemmer(self) -> bool {
        self.algorithm().is_some()
    }
}

/// Every supported code, aliases included, sorted.
pub fn supported_codes() -> Vec<&'static str> {
    let mut codes: Vec<&str> = LANGUAGES.iter().map(|language| language.code()).collect();
    codes.extend(ALIASES.iter().map(|(code, _)| *code));
    codes.sort_unstable();
    codes
}

/// Whether this build may read text in pairs of characters: natively
/// always; in the browser only in a Chinese or Japanese engine.
pub(crate) const PAIRS_POSSIBLE: bool =
    !cfg!(target_arch = "wasm32") || ENGINE_LANGUAGE.reads_in_pairs();

/// Whether this is the browser engine built for English: what English has
/// not (its stemmer's other kinds, the `few` and `many` forms of the
/// widget's words) can then be left out of the bundle.
pub const ENGLISH_ENGINE: bool =
    cfg!(target_arch = "wasm32") && matches!(ENGINE_LANGUAGE, Language::English);

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
    fn tags_name_languages_by_their_primary_subtag() {
        assert_eq!(Language::from_tag("uk"), Some(Language::Ukrainian));
        assert_eq!(Language::from_tag("de-CH"), Some(Language::German));
        assert_eq!(Language::from_tag("PT-br"), Some(Language::Portuguese));
        assert_eq!(Language::from_tag("zh-Hant-TW"), Some(Language::Chinese));
        assert_eq!(Language::from_tag("nb"), Some(Language::Norwegian));
        for bad in ["", "-en", "xx", "english", "en us", "e\u{301}n"] {
            assert_eq!(Language::from_tag(bad), None, "{bad:?}");
        }
        let error = Language::parse("xx").unwrap_err();
        assert!(error.contains("\"xx\"") && error.contains("uk") && error.contains("ar"));
    }

    #[test]
    fn the_build_error_names_every_supported_code() {
        let listed = UNSUPPORTED_FAQ_LANG.split("supported: ").nth(1).unwrap();
        assert_eq!(listed, supported_codes().join(", "));
    }

    #[test]
    fn every_language_has_its_own_code_and_the_listed_stemmers() {
        for language in LANGUAGES {
            assert_eq!(Language::from_tag(language.code()), Some(language));
        }
        let mut codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), LANGUAGES.len(), "one code each, in order");
        assert!(codes.is_sorted());
        let stemmed = "en de fr es it pt nl sv da no fi ru uk pl lt tr el hu ro ar";
        for code in stemmed.split(' ') {
            let language = Language::from_tag(code).unwrap();
            assert!(language.has_stemmer(), "{code}");
        }
        let key = |language, word: &str| {
            Stemmer::new(language)
                .key(word, &crate::text::fold(word))
                .into_owned()
        };
        assert_eq!(key(Language::Chinese, "和平"), "和平");
        assert_eq!(key(Language::Ukrainian, "Миротворців"), "миротворц");
        assert_eq!(
            key(Language::Polish, "Państwa"),
            key(Language::Polish, "panstwo")
        );
        assert_eq!(key(Language::English, "Guarantees"), "guarante");
        assert!(Language::Arabic.is_right_to_left() && !Language::English.is_right_to_left());
    }
}
