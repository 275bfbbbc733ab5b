//! A story's language: the BCP 47 code that names it, which Snowball
//! algorithm stems it, which way it is written and whether its text is read
//! in pairs of characters, all from one table ([`LANGUAGES`], declared with the enum).
//!
//! Stemming is Snowball's ([`crate::stemmer`]). A language without a
//! Snowball stemmer (Hebrew, Chinese, Japanese, Korean) searches by whole
//! words, prefixes and typos, and Chinese and Japanese text by pairs of
//! characters ([`crate::text`]).
//!
//! The browser engine is built for one language (`FAQ_LANG`,
//! [`ENGINE_LANGUAGE`]): the widget passes it as a constant, so LLVM keeps
//! that language's stemmer alone (as long as the wasm is linked as one
//! crate type: `crates/faq-publish/src/engine/tools.rs`). The functions here
//! are `const`, reading a constant table, so that constant reaches every
//! use.

use snowball_stemmers_rs::Algorithm;

/// How a language is written: the direction of its lines, and whether it
/// writes words without spaces (its characters are then also read in
/// pairs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    LeftToRight,
    RightToLeft,
    /// Left to right, words without spaces: Chinese and Japanese.
    Unspaced,
}

/// What is known of one language.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    pub language: Language,
    /// ISO 639-1, as `lang` attributes carry it.
    pub code: &'static str,
    /// The language's name in itself, as a reader looks for it in a list.
    pub autonym: &'static str,
    algorithm: Option<Algorithm>,
    script: Script,
}

/// Declares [`Language`] and [`LANGUAGES`], its table, from one list: each
/// language's name, code, Snowball algorithm (or none) and script. The
/// table is in the order of the enum, so a language's facts are at its
/// own index; the list is sorted by code. Each row: name, code, the
/// language's name in itself, Snowball algorithm, script.
macro_rules! languages {
    ($($(#[$attribute:meta])* $name:ident = $code:literal, $autonym:literal, $algorithm:expr, $script:ident;)*) => {
        /// A language a story can be written in.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Language {
            $($(#[$attribute])* $name,)*
        }

        /// Every supported language's facts, in the order of [`Language`],
        /// sorted by code.
        pub const LANGUAGES: &[Facts] = &[
            $(Facts {
                language: Language::$name,
                code: $code,
                autonym: $autonym,
                algorithm: $algorithm,
                script: Script::$script,
            },)*
        ];
    };
}

languages! {
    Arabic = "ar", "العربية", Some(Algorithm::Arabic), RightToLeft;
    Czech = "cs", "Čeština", Some(Algorithm::Czech), LeftToRight;
    Danish = "da", "Dansk", Some(Algorithm::Danish), LeftToRight;
    German = "de", "Deutsch", Some(Algorithm::German), LeftToRight;
    Greek = "el", "Ελληνικά", Some(Algorithm::Greek), LeftToRight;
    #[default]
    English = "en", "English", Some(Algorithm::English), LeftToRight;
    Spanish = "es", "Español", Some(Algorithm::Spanish), LeftToRight;
    Persian = "fa", "فارسی", Some(Algorithm::Persian), RightToLeft;
    Finnish = "fi", "Suomi", Some(Algorithm::Finnish), LeftToRight;
    French = "fr", "Français", Some(Algorithm::French), LeftToRight;
    Hebrew = "he", "עברית", None, RightToLeft;
    Hungarian = "hu", "Magyar", Some(Algorithm::Hungarian), LeftToRight;
    Italian = "it", "Italiano", Some(Algorithm::Italian), LeftToRight;
    Japanese = "ja", "日本語", None, Unspaced;
    Korean = "ko", "한국어", None, LeftToRight;
    Lithuanian = "lt", "Lietuvių", Some(Algorithm::Lithuanian), LeftToRight;
    Dutch = "nl", "Nederlands", Some(Algorithm::Dutch), LeftToRight;
    Norwegian = "no", "Norsk", Some(Algorithm::Norwegian), LeftToRight;
    Polish = "pl", "Polski", Some(Algorithm::Polish), LeftToRight;
    Portuguese = "pt", "Português", Some(Algorithm::Portuguese), LeftToRight;
    Romanian = "ro", "Română", Some(Algorithm::Romanian), LeftToRight;
    Russian = "ru", "Русский", Some(Algorithm::Russian), LeftToRight;
    Swedish = "sv", "Svenska", Some(Algorithm::Swedish), LeftToRight;
    Turkish = "tr", "Türkçe", Some(Algorithm::Turkish), LeftToRight;
    Ukrainian = "uk", "Українська", Some(Algorithm::Ukrainian), LeftToRight;
    Chinese = "zh", "中文", None, Unspaced;
}

/// The language the browser engine is built for: `FAQ_LANG` at build time
/// (a BCP 47 code, default `en`). A constant, so the bundle carries this
/// language's stemmer and words alone; the publisher gives each language
/// its own engine. An unsupported code fails the build.
pub const ENGINE_LANGUAGE: Language = match option_env!("FAQ_LANG") {
    None => Language::English,
    Some(tag) => match Language::from_tag(tag) {
        Some(language) => language,
        None => {
            panic!("FAQ_LANG names no supported language; `faq-publish language <code>` lists them")
        }
    },
};

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
            if same_code(LANGUAGES[at].code.as_bytes(), primary) {
                return Some(LANGUAGES[at].language);
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

    /// The language's row of [`LANGUAGES`].
    pub const fn facts(self) -> &'static Facts {
        &LANGUAGES[self as usize]
    }

    /// The language's code (ISO 639-1), as `lang` attributes carry it.
    pub const fn code(self) -> &'static str {
        self.facts().code
    }

    /// Whether the language is written right to left.
    pub const fn is_right_to_left(self) -> bool {
        matches!(self.facts().script, Script::RightToLeft)
    }

    /// The Snowball algorithm for the language, if Snowball has one.
    pub(crate) const fn algorithm(self) -> Option<Algorithm> {
        self.facts().algorithm
    }

    /// Whether the language writes words without spaces, so text is also
    /// read in pairs of characters ([`crate::text`]).
    pub const fn reads_in_pairs(self) -> bool {
        matches!(self.facts().script, Script::Unspaced)
    }

    /// Whether Snowball stems the language.
    pub const fn has_stemmer(self) -> bool {
        self.algorithm().is_some()
    }

    /// Whether a word's stem may stand a letter or two from another form
    /// of the same word: the Slavic and Baltic languages, whose case
    /// endings and vowel alternations Snowball leaves apart (Ukrainian
    /// `кремлем` → `крем` beside `кремль` → `кремл`, Polish `tysiącami` →
    /// `tysiac` beside `tysięcy` → `tysiec`). Their searches also match
    /// related stems ([`crate::search`]).
    pub const fn relates_stems(self) -> bool {
        matches!(
            self,
            Self::Czech | Self::Lithuanian | Self::Polish | Self::Russian | Self::Ukrainian
        )
    }
}

// The table is in the order of the enum, so `facts` finds each language at
// its own index.
const _: () = {
    let mut at = 0;
    while at < LANGUAGES.len() {
        assert!(LANGUAGES[at].language as usize == at);
        at += 1;
    }
};

/// Every supported code, aliases included, sorted.
pub fn supported_codes() -> Vec<&'static str> {
    let mut codes: Vec<&str> = LANGUAGES.iter().map(|facts| facts.code).collect();
    codes.extend(ALIASES.iter().map(|(code, _)| *code));
    codes.sort_unstable();
    codes
}

/// Whether this build may read text in pairs of characters: natively
/// always; in the browser only in a Chinese or Japanese engine.
pub(crate) const PAIRS_POSSIBLE: bool =
    !cfg!(target_arch = "wasm32") || ENGINE_LANGUAGE.reads_in_pairs();

/// Whether this build may match related stems: natively always; in the
/// browser only in an engine for a language that relates them.
pub(crate) const RELATED_STEMS_POSSIBLE: bool =
    !cfg!(target_arch = "wasm32") || ENGINE_LANGUAGE.relates_stems();

/// Whether this is the browser engine built for English: what English has
/// not (its stemmer's other kinds, the `few` and `many` forms of the
/// widget's words) can then be left out of the bundle.
pub const ENGLISH_ENGINE: bool =
    cfg!(target_arch = "wasm32") && matches!(ENGINE_LANGUAGE, Language::English);

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
    fn every_language_has_its_own_code_and_the_listed_stemmers() {
        for facts in LANGUAGES {
            assert_eq!(Language::from_tag(facts.code), Some(facts.language));
            assert_eq!(facts.language.code(), facts.code);
        }
        let mut codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), LANGUAGES.len(), "one code each, in order");
        assert!(codes.is_sorted());
        let stemmed = "en de fr es it pt nl sv da no fi ru uk pl lt tr el hu ro ar";
        for code in stemmed.split(' ') {
            let language = Language::from_tag(code).unwrap();
            assert!(language.has_stemmer(), "{code}");
        }
        assert!(Language::Arabic.is_right_to_left() && !Language::English.is_right_to_left());
    }
}
