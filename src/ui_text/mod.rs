//! The widget's own words (the search label, the status sentences, the
//! buttons), built in for several languages and settable one by one, so a
//! page in any language can have its own.
//!
//! Each text is declared once, in [`TEXTS`] (or [`FEW_AND_MANY`]): its option name, its `data-`
//! attribute and the placeholders it may hold. The
//! option parser ([`crate::options`]), the README's table and the embed
//! script's usage header all come from, or are checked against, that table.
//! [`words`] holds every language's words, English's among them, by name.
//!
//! The sentences with a number are templates: `{shown}` becomes the number
//! of questions that match, `{total}` the number of questions and `{next}`
//! how many "Show more" adds. Each has a form per plural category of the
//! language (`one`, `few`, `many`, `other`), chosen by `Intl.PluralRules` in
//! the browser (no plural data in the bundle) and by the same CLDR rules
//! natively, for the prerendered page. A form a language does not set falls
//! back to `other`.

use faq_core::text::{fill, unknown_placeholder};
#[cfg(target_arch = "wasm32")]
use faq_core::ENGINE_LANGUAGE;
use faq_core::{Language, ENGLISH_ENGINE};
use yew::AttrValue;

#[cfg(not(target_arch = "wasm32"))]
pub mod date_words;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_words;
#[cfg(not(target_arch = "wasm32"))]
pub mod site_words;
mod words;
pub use words::{built_in, Forms, Words, ENGLISH};

/// One of the widget's texts; its number is its place in [`UiText`]. Each
/// sentence with a number is followed by its `one`, `few` and `many` forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    SearchLabel,
    SearchPlaceholder,
    /// Not searching; `{total}`.
    Count,
    CountOne,
    CountFew,
    CountMany,
    /// Searching, some match; `{shown}` and `{total}`.
    Matches,
    MatchesOne,
    MatchesFew,
    MatchesMany,
    /// Searching, none match.
    NoMatch,
    ClearSearch,
    ShowAll,
    HideAll,
    /// The button under a long list; `{next}` is how many it adds.
    ShowMore,
    ShowMoreOne,
    ShowMoreFew,
    ShowMoreMany,
    /// The button that searches the story's words nearest to a query that
    /// found nothing; `{words}`.
    DidYouMean,
}

impl Text {
    /// Every text, in order: each one's number is its place here.
    pub const ALL: [Text; TEXT_COUNT] = [
        Text::SearchLabel,
        Text::SearchPlaceholder,
        Text::Count,
        Text::CountOne,
        Text::CountFew,
        Text::CountMany,
        Text::Matches,
        Text::MatchesOne,
        Text::MatchesFew,
        Text::MatchesMany,
        Text::NoMatch,
        Text::ClearSearch,
        Text::ShowAll,
        Text::HideAll,
        Text::ShowMore,
        Text::ShowMoreOne,
        Text::ShowMoreFew,
        Text::ShowMoreMany,
        Text::DidYouMean,
    ];
}

/// A plural category of CLDR, as `Intl.PluralRules` names them; `zero` and
/// `two` take the `few` form where a language has one (Arabic), else `other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

/// CLDR's plural categories, by the names `Intl.PluralRules.select` gives.
pub const CLDR_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The form a text takes for the CLDR category `name` names: the one
/// choice of forms, which the widget makes in the browser, the publisher
/// for the pages it writes, and the front page's script from its table
/// (`FORMS`, written from this by the publisher).
pub fn category(name: &str) -> Plural {
    match name {
        "one" => Plural::One,
        "few" | "two" | "zero" => Plural::Few,
        "many" => Plural::Many,
        _ => Plural::Other,
    }
}

/// A text's row of the option table.
#[derive(Debug)]
pub struct TextSpec {
    pub text: Text,
    /// The option name in `FaqWidget.mount(element, options)`.
    pub name: &'static str,
    /// The attribute on the mount or embed element.
    pub attribute: &'static str,
    /// The placeholders the text may hold.
    pub placeholders: &'static [&'static str],
    /// Whether the text may be empty (only the placeholder of the field).
    pub may_be_empty: bool,
}

const fn text(
    text: Text,
    name: &'static str,
    attribute: &'static str,
    placeholders: &'static [&'static str],
) -> TextSpec {
    TextSpec {
        text,
        name,
        attribute,
        placeholders,
        may_be_empty: false,
    }
}

const TOTAL: &[&str] = &["{total}"];
const SHOWN_TOTAL: &[&str] = &["{shown}", "{total}"];
const NEXT: &[&str] = &["{next}"];
const WORDS: &[&str] = &["{words}"];

/// Every text the widget shows with its English words, in the order of
/// [`Text`] but for the `few` and `many` forms ([`FEW_AND_MANY`]).
pub const TEXTS: [TextSpec; 13] = [
    text(Text::SearchLabel, "textLabel", "data-text-label", &[]),
    TextSpec {
        may_be_empty: true,
        ..text(
            Text::SearchPlaceholder,
            "textPlaceholder",
            "data-text-placeholder",
            &[],
        )
    },
    text(Text::Count, "textCount", "data-text-count", TOTAL),
    text(Text::CountOne, "textCountOne", "data-text-count-one", TOTAL),
    text(
        Text::Matches,
        "textMatches",
        "data-text-matches",
        SHOWN_TOTAL,
    ),
    text(
        Text::MatchesOne,
        "textMatchesOne",
        "data-text-matches-one",
        SHOWN_TOTAL,
    ),
    text(Text::NoMatch, "textNoMatch", "data-text-no-match", &[]),
    text(Text::ClearSearch, "textClear", "data-text-clear", &[]),
    text(Text::ShowAll, "textShowAll", "data-text-show-all", &[]),
    text(Text::HideAll, "textHideAll", "data-text-hide-all", &[]),
    text(Text::ShowMore, "textShowMore", "data-text-show-more", NEXT),
    text(
        Text::ShowMoreOne,
        "textShowMoreOne",
        "data-text-show-more-one",
        NEXT,
    ),
    text(
        Text::DidYouMean,
        "textDidYouMean",
        "data-text-did-you-mean",
        WORDS,
    ),
];

/// The `few` and `many` forms of the counts, which English has not: the
/// English engine leaves them out ([`texts_of_engine`]).
pub const FEW_AND_MANY: [TextSpec; 6] = [
    text(Text::CountFew, "textCountFew", "data-text-count-few", TOTAL),
    text(
        Text::CountMany,
        "textCountMany",
        "data-text-count-many",
        TOTAL,
    ),
    text(
        Text::MatchesFew,
        "textMatchesFew",
        "data-text-matches-few",
        SHOWN_TOTAL,
    ),
    text(
        Text::MatchesMany,
        "textMatchesMany",
        "data-text-matches-many",
        SHOWN_TOTAL,
    ),
    text(
        Text::ShowMoreFew,
        "textShowMoreFew",
        "data-text-show-more-few",
        NEXT,
    ),
    text(
        Text::ShowMoreMany,
        "textShowMoreMany",
        "data-text-show-more-many",
        NEXT,
    ),
];

/// Every text's row: [`TEXTS`], then [`FEW_AND_MANY`].
pub fn all_texts() -> impl Iterator<Item = &'static TextSpec> {
    TEXTS.iter().chain(&FEW_AND_MANY)
}

/// The texts a page may set on this build's widget: all of them, but in
/// the English engine none of the forms English has not, whose table
/// would only add bytes to the English bundle.
pub fn texts_of_engine() -> impl Iterator<Item = &'static TextSpec> {
    let forms: &[TextSpec] = if ENGLISH_ENGINE { &[] } else { &FEW_AND_MANY };
    TEXTS.iter().chain(forms)
}

/// How many texts there are, forms included.
const TEXT_COUNT: usize = TEXTS.len() + FEW_AND_MANY.len();
const _: () = assert!(words::COUNT == TEXT_COUNT);

impl Words {
    /// The words of `text`.
    pub const fn get(&self, text: Text) -> &'static str {
        self.in_order()[text as usize]
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The engine's language's plural rules, made once: the status line
    /// asks for them on every keystroke.
    static PLURAL_RULES: js_sys::Intl::PluralRules = js_sys::Intl::PluralRules::new(
        &js_sys::Array::of1(&ENGINE_LANGUAGE.code().into()),
        &js_sys::Object::new(),
    );
}

/// The plural category of `n` in the engine's language (in the browser the
/// widget's language is always the engine's, see `Explainer::language`).
#[cfg(target_arch = "wasm32")]
fn plural(_: Language, n: usize) -> Plural {
    // English needs no rules; an English engine then carries no Intl call.
    if ENGLISH_ENGINE {
        return if n == 1 { Plural::One } else { Plural::Other };
    }
    PLURAL_RULES.with(|rules| category(&String::from(rules.select(n as f64))))
}

/// The plural category of `n` in `language`, by CLDR's rules (the data
/// `Intl.PluralRules` has in the browser).
#[cfg(not(target_arch = "wasm32"))]
fn plural(language: Language, n: usize) -> Plural {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(id) = language.code().parse::<unic_langid::LanguageIdentifier>() else {
        return Plural::Other;
    };
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL);
    category(match rules.and_then(|rules| rules.select(n)) {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    })
}

/// The widget's texts in its language, as the host set them or built in.
#[derive(Clone, Debug, PartialEq)]
pub struct UiText {
    texts: [AttrValue; TEXT_COUNT],
    language: Language,
}

impl Default for UiText {
    fn default() -> Self {
        Self::for_language(Language::English)
    }
}

impl UiText {
    /// The built-in words of `language` (English's where it has none).
    pub fn for_language(language: Language) -> Self {
        let words = built_in(language).unwrap_or(&ENGLISH);
        Self {
            texts: words.in_order().map(AttrValue::Static),
            language,
        }
    }

    pub fn get(&self, text: Text) -> &AttrValue {
        &self.texts[text as usize]
    }

    /// The form of the sentence `other` (its `other` form) for `n`.
    fn form(&self, other: Text, n: usize) -> &AttrValue {
        let offset = match plural(self.language, n) {
            Plural::Other => 0,
            Plural::One => 1,
            Plural::Few => 2,
            Plural::Many => 3,
        };
        match self.texts.get(other as usize + offset) {
            Some(form) if !form.is_empty() => form,
            _ => self.get(other),
        }
    }

    /// The sentence the status line shows.
    pub fn status(&self, shown: usize, total: usize, searching: bool) -> String {
        let template = match (searching, shown) {
            (false, _) => self.form(Text::Count, total),
            (true, 0) => self.get(Text::NoMatch),
            (true, _) => self.form(Text::Matches, shown),
        };
        let (shown, total) = (shown.to_string(), total.to_string());
        fill(template, &[("{shown}", &shown), ("{total}", &total)])
    }

    /// The label of the button that searches `words`, the story's words
    /// nearest to a query that found nothing.
    pub fn did_you_mean(&self, words: &str) -> String {
        fill(self.get(Text::DidYouMean), &[("{words}", words)])
    }

    /// The label of "Show more", for a page of `next` questions.
    pub fn show_more(&self, next: usize) -> String {
        fill(
            self.form(Text::ShowMore, next),
            &[("{next}", &next.to_string())],
        )
    }

    /// The story's own placeholder for the search field
    /// ([`faq_core::Story::placeholder`]), which the page's option, if any,
    /// then overrides.
    pub fn set_placeholder(&mut self, placeholder: &str) {
        if !placeholder.is_empty() {
            self.texts[Text::SearchPlaceholder as usize] = AttrValue::from(placeholder.to_owned());
        }
    }

    /// Sets the text whose row is `spec`. Refuses, saying why, an empty text
    /// where the widget needs words, and a `{placeholder}` the text cannot
    /// fill.
    pub fn set(&mut self, spec: &TextSpec, value: &str) -> Result<(), String> {
        let option = spec.name;
        if !spec.may_be_empty && value.trim().is_empty() {
            return Err(format!("{option} must not be empty"));
        }
        if let Some(unknown) = unknown_placeholder(value, spec.placeholders) {
            let allowed = match spec.placeholders {
                [] => "no placeholders".to_owned(),
                some => some.join(" and "),
            };
            return Err(format!("{option} may hold {allowed}, not {unknown}"));
        }
        self.texts[spec.text as usize] = AttrValue::from(value.to_owned());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{all_texts, built_in, Text, UiText, ENGLISH, TEXT_COUNT};
    use faq_core::Language;

    fn spec(name: &str) -> &'static super::TextSpec {
        all_texts().find(|spec| spec.name == name).unwrap()
    }

    #[test]
    fn every_text_has_one_row() {
        let mut rows = [0; TEXT_COUNT];
        for spec in all_texts() {
            rows[spec.text as usize] += 1;
            // English's `other` forms hold every placeholder.
            if matches!(spec.text, Text::Count | Text::Matches | Text::ShowMore) {
                for placeholder in spec.placeholders {
                    assert!(
                        ENGLISH.get(spec.text).contains(placeholder),
                        "{}",
                        spec.name
                    );
                }
            }
        }
        assert_eq!(rows, [1; TEXT_COUNT]);
        for (number, text) in Text::ALL.iter().enumerate() {
            assert_eq!(*text as usize, number, "{text:?} in its place");
        }
    }

    #[test]
    fn every_built_in_word_is_one_a_host_could_set() {
        let languages: Vec<_> = faq_core::language::LANGUAGES
            .iter()
            .map(|facts| (facts.language, built_in(facts.language)))
            .collect();
        let with_words: Vec<_> = languages
            .iter()
            .filter(|(_, words)| words.is_some())
            .collect();
        assert_eq!(with_words.len(), 22, "every language but en, fi, ro and zh");
        for &&(language, words) in &with_words {
            let words = words.unwrap();
            let mut text = UiText::default();
            for spec in all_texts() {
                let word = words.get(spec.text);
                let english = ENGLISH.get(spec.text);
                let plural_form = english.is_empty() || spec.name.ends_with("One");
                if word.is_empty() && plural_form {
                    continue;
                }
                assert_eq!(text.set(spec, word), Ok(()), "{language:?} {}", spec.name);
                let same_word = matches!((language, spec.name), (Language::French, "textCount"));
                assert!(
                    same_word || word != english,
                    "{language:?} {} is English",
                    spec.name
                );
            }
        }
    }

    #[test]
    fn counts_take_the_plural_form_of_their_language() {
        let uk = UiText::for_language(Language::Ukrainian);
        let found = |n| uk.status(n, 30, true);
        assert_eq!(found(1), "Знайдено 1 питання з 30");
        assert_eq!(found(2), "Знайдено 2 питання з 30");
        assert_eq!(found(5), "Знайдено 5 питань з 30");
        assert_eq!(found(21), "Знайдено 21 питання з 30");
        assert_eq!(found(11), "Знайдено 11 питань з 30");
        assert_eq!(uk.status(0, 8, false), "8 питань");
        assert_eq!(uk.status(0, 22, false), "22 питання");
        let pl = UiText::for_language(Language::Polish);
        let found = |n| pl.status(n, 30, true);
        assert_eq!(found(1), "Pasuje 1 pytanie z 30");
        assert_eq!(found(2), "Pasują 2 pytania z 30");
        assert_eq!(found(5), "Pasuje 5 pytań z 30");
        assert_eq!(found(21), "Pasuje 21 pytań z 30");
        assert_eq!(found(22), "Pasują 22 pytania z 30");
        assert_eq!(pl.show_more(12), "Pokaż jeszcze 12 pytań");
        let lt = UiText::for_language(Language::Lithuanian);
        assert_eq!(lt.status(0, 21, false), "21 klausimas");
        assert_eq!(lt.status(0, 12, false), "12 klausimų");
        assert_eq!(lt.status(0, 3, false), "3 klausimai");
        let ar = UiText::for_language(Language::Arabic);
        assert_eq!(ar.status(0, 1, false), "سؤال واحد");
        assert_eq!(ar.status(0, 5, false), "5 أسئلة");
        assert_eq!(ar.status(0, 12, false), "12 سؤالًا");
        let fr = UiText::for_language(Language::French);
        assert_eq!(fr.status(1, 8, true), "1 question sur 8 correspond");
        let ru = UiText::for_language(Language::Russian);
        let found = |n| ru.status(n, 30, true);
        assert_eq!(found(1), "Найден 1 вопрос из 30");
        assert_eq!(found(3), "Найдено 3 вопроса из 30");
        assert_eq!(found(11), "Найдено 11 вопросов из 30");
        assert_eq!(found(21), "Найден 21 вопрос из 30");
        assert_eq!(ru.status(0, 25, false), "25 вопросов");
        assert_eq!(ru.show_more(2), "Показать ещё 2 вопроса");
        let pt = UiText::for_language(Language::Portuguese);
        assert_eq!(pt.status(1, 8, true), "1 de 8 perguntas corresponde");
        assert_eq!(pt.status(3, 8, true), "3 de 8 perguntas correspondem");
        let it = UiText::for_language(Language::Italian);
        assert_eq!(it.status(0, 1, false), "1 domanda");
        assert_eq!(it.show_more(4), "Mostra altre 4 domande");
        let cs = UiText::for_language(Language::Czech);
        assert_eq!(cs.status(0, 3, false), "3 otázky");
        assert_eq!(cs.status(0, 8, false), "8 otázek");
        assert_eq!(cs.show_more(1), "Zobrazit další 1 otázku");
        let he = UiText::for_language(Language::Hebrew);
        assert_eq!(he.status(1, 8, true), "שאלה אחת מתוך 8 תואמת");
        assert_eq!(
            he.status(2, 8, true),
            "2 מתוך 8 שאלות תואמות",
            "`two` falls back to `other`"
        );
        let ja = UiText::for_language(Language::Japanese);
        assert_eq!(
            ja.status(1, 8, true),
            "8 件中 1 件の質問が一致",
            "one form for every number"
        );
        // A language without built-in words speaks English.
        assert_eq!(
            UiText::for_language(Language::Finnish),
            UiText {
                language: Language::Finnish,
                ..UiText::default()
            }
        );
    }

    #[test]
    fn a_form_the_host_leaves_out_falls_back_to_other() {
        let mut text = UiText::default();
        text.set(spec("textCount"), "{total} питань").unwrap();
        text.language = Language::Ukrainian;
        assert_eq!(
            text.status(0, 2, false),
            "{total} питань".replace("{total}", "2")
        );
    }

    #[test]
    fn english_counts_read_naturally() {
        let text = UiText::default();
        assert_eq!(text.status(8, 8, false), "8 questions");
        assert_eq!(text.status(3, 8, true), "3 of 8 questions match");
        assert_eq!(text.status(1, 8, true), "1 of 8 questions matches");
        assert_eq!(text.status(0, 8, true), "No questions match");
        assert_eq!(text.status(1, 1, false), "1 question");
        assert_eq!(text.show_more(20), "Show 20 more questions");
    }

    #[test]
    fn translated_templates_fill_in_the_numbers() {
        let mut text = UiText::default();
        text.set(spec("textCount"), "{total} Fragen").unwrap();
        text.set(spec("textMatches"), "{shown} von {total} Fragen passen")
            .unwrap();
        text.set(spec("textMatchesOne"), "1 von {total} Fragen passt")
            .unwrap();
        text.set(spec("textNoMatch"), "Keine Frage passt").unwrap();
        assert_eq!(text.status(8, 8, false), "8 Fragen");
        assert_eq!(text.status(3, 8, true), "3 von 8 Fragen passen");
        assert_eq!(text.status(1, 8, true), "1 von 8 Fragen passt");
        assert_eq!(text.status(0, 8, true), "Keine Frage passt");
    }

    #[test]
    fn every_option_sets_its_own_text() {
        for spec in all_texts() {
            let mut text = UiText::default();
            text.set(spec, "Wort").unwrap();
            for other in all_texts() {
                let is_set = text.get(other.text) == "Wort";
                assert_eq!(is_set, other.text == spec.text, "{}", spec.name);
            }
        }
    }

    #[test]
    fn refusals_say_why_and_keep_the_text() {
        let mut text = UiText::default();
        assert_eq!(
            text.set(spec("textLabel"), "  "),
            Err("textLabel must not be empty".into())
        );
        assert_eq!(
            text.set(spec("textMatches"), "{count} of {total}"),
            Err("textMatches may hold {shown} and {total}, not {count}".into())
        );
        assert_eq!(
            text.set(spec("textShowAll"), "Show {total"),
            Err("textShowAll may hold no placeholders, not {total".into())
        );
        assert_eq!(text, UiText::default());
        assert_eq!(text.set(spec("textPlaceholder"), ""), Ok(()));
        assert_eq!(text.get(Text::SearchPlaceholder), "");
    }
}
