//! The language a story is written in, found from its text (`whatlang`,
//! among the supported languages only) when neither the run (`--lang`) nor
//! its front matter (`lang:`) says; and a warning when what they say, the
//! text clearly contradicts.

use faq_core::markup;
use faq_core::{Language, Story};
use whatlang::{Detector, Lang};

/// Each supported language and whatlang's name for it: checked against
/// `faq_core::language::LANGUAGES` (the one table of languages) by a test.
const WHATLANG: [(Language, Lang); 26] = [
    (Language::Arabic, Lang::Ara),
    (Language::Czech, Lang::Ces),
    (Language::Danish, Lang::Dan),
    (Language::German, Lang::Deu),
    (Language::Greek, Lang::Ell),
    (Language::English, Lang::Eng),
    (Language::Spanish, Lang::Spa),
    (Language::Persian, Lang::Pes),
    (Language::Finnish, Lang::Fin),
    (Language::French, Lang::Fra),
    (Language::Hebrew, Lang::Heb),
    (Language::Hungarian, Lang::Hun),
    (Language::Italian, Lang::Ita),
    (Language::Japanese, Lang::Jpn),
    (Language::Korean, Lang::Kor),
    (Language::Lithuanian, Lang::Lit),
    (Language::Dutch, Lang::Nld),
    (Language::Norwegian, Lang::Nob),
    (Language::Polish, Lang::Pol),
    (Language::Portuguese, Lang::Por),
    (Language::Romanian, Lang::Ron),
    (Language::Russian, Lang::Rus),
    (Language::Swedish, Lang::Swe),
    (Language::Turkish, Lang::Tur),
    (Language::Ukrainian, Lang::Ukr),
    (Language::Chinese, Lang::Cmn),
];

/// The story's text as readers read it: summary, questions and answers.
fn text_of(story: &Story) -> String {
    let mut text = story.summary.replace(markup::BLOCK, "\n");
    for faq in &story.faqs {
        text.push('\n');
        text.push_str(&faq.question);
        text.push('\n');
        text.push_str(&markup::shown(&faq.answer).0);
    }
    text
}

/// The supported language `story` is written in, if its text says so
/// reliably.
pub fn detect(story: &Story) -> Option<Language> {
    let detector = Detector::with_allowlist(WHATLANG.iter().map(|(_, lang)| *lang).collect());
    let info = detector.detect(&text_of(story))?;
    if !info.is_reliable() {
        return None;
    }
    WHATLANG
        .iter()
        .find(|(_, lang)| *lang == info.lang())
        .map(|(language, _)| *language)
}

/// A warning if `story`, to be published in `language`, reads clearly as
/// another: naming both.
pub fn contradiction(story: &Story, language: Language) -> Option<String> {
    let found = detect(story)?;
    (found != language).then(|| {
        format!(
            "it is published as {} ({}), but its text reads as {} ({}); if that is its language, give `lang: {}` (or --lang {})",
            language.facts().autonym,
            language.code(),
            found.facts().autonym,
            found.code(),
            found.code(),
            found.code()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_language_can_be_found() {
        for language in faq_core::language::LANGUAGES.iter().map(|f| f.language) {
            assert!(
                WHATLANG.iter().any(|(l, _)| *l == language),
                "{language:?} has no whatlang name"
            );
        }
    }

    fn story(summary: &str, pairs: &[(&str, &str)]) -> Story {
        Story::from_pairs(summary, pairs)
    }

    #[test]
    fn a_spanish_story_reads_as_spanish_and_an_english_one_as_english() {
        let spanish = story(
            "La tarifa del autobús sube a dos euros a partir del lunes, y los abonos mensuales cuestan un diez por ciento más.",
            &[(
                "¿Cuánto cuesta ahora un billete sencillo?",
                "Un billete sencillo cuesta dos euros; los menores de doce años viajan **gratis**.",
            )],
        );
        assert_eq!(detect(&spanish), Some(Language::Spanish));
        let message = contradiction(&spanish, Language::English).unwrap();
        assert!(
            message.contains("English (en)") && message.contains("Español (es)"),
            "{message}"
        );
        assert_eq!(contradiction(&spanish, Language::Spanish), None);
        let english = story(
            "The Harbour Bridge closes to all traffic for six weeks from Monday while its deck is resurfaced.",
            &[("How do I get across instead?", "Ferries run every ten minutes, and the tunnel toll is waived for residents.")],
        );
        assert_eq!(detect(&english), Some(Language::English));
    }
}
