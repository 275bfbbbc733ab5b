//! The widget's own words (the search label, the status sentences, the
//! buttons), so a page in another language can translate them.
//!
//! Each text is declared once, in [`TEXTS`]: its option name, its `data-`
//! attribute, its English default and the placeholders it may hold. The
//! option parser ([`crate::options`]), the README's table and the embed
//! script's usage header all come from, or are checked against, that table.
//!
//! The status sentences are templates: `{shown}` becomes the number of
//! questions that match and `{total}` the number of questions.

use yew::AttrValue;

/// One of the widget's texts; its number is its row in [`TEXTS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    SearchLabel,
    SearchPlaceholder,
    /// Not searching; `{total}`.
    Count,
    /// Not searching, and the story has one question.
    CountOne,
    /// Searching, several match; `{shown}` and `{total}`.
    Matches,
    /// Searching, one matches; `{total}`.
    MatchesOne,
    /// Searching, none match.
    NoMatch,
    ClearSearch,
    ShowAll,
    HideAll,
    /// The button under a long list; `{next}` is how many it adds.
    ShowMore,
}

/// A text's row of the option table.
#[derive(Debug)]
pub struct TextSpec {
    pub text: Text,
    /// The option name in `FaqWidget.mount(element, options)`.
    pub name: &'static str,
    /// The attribute on the mount or embed element.
    pub attribute: &'static str,
    pub english: &'static str,
    /// The placeholders the text may hold.
    pub placeholders: &'static [&'static str],
    /// Whether the text may be empty (only the placeholder of the field).
    pub may_be_empty: bool,
}

const fn text(
    text: Text,
    name: &'static str,
    attribute: &'static str,
    english: &'static str,
    placeholders: &'static [&'static str],
) -> TextSpec {
    TextSpec {
        text,
        name,
        attribute,
        english,
        placeholders,
        may_be_empty: false,
    }
}

/// Every text the widget shows, in the order of [`Text`].
pub const TEXTS: [TextSpec; 11] = [
    text(
        Text::SearchLabel,
        "textLabel",
        "data-text-label",
        "Search the questions",
        &[],
    ),
    TextSpec {
        may_be_empty: true,
        ..text(
            Text::SearchPlaceholder,
            "textPlaceholder",
            "data-text-placeholder",
            "For example: NATO, ceasefire, Kyiv",
            &[],
        )
    },
    text(
        Text::Count,
        "textCount",
        "data-text-count",
        "{total} questions",
        &["{total}"],
    ),
    text(
        Text::CountOne,
        "textCountOne",
        "data-text-count-one",
        "1 question",
        &[],
    ),
    text(
        Text::Matches,
        "textMatches",
        "data-text-matches",
        "{shown} of {total} questions match",
        &["{shown}", "{total}"],
    ),
    text(
        Text::MatchesOne,
        "textMatchesOne",
        "data-text-matches-one",
        "1 of {total} questions matches",
        &["{total}"],
    ),
    text(
        Text::NoMatch,
        "textNoMatch",
        "data-text-no-match",
        "No questions match",
        &[],
    ),
    text(
        Text::ClearSearch,
        "textClear",
        "data-text-clear",
        "Clear search",
        &[],
    ),
    text(
        Text::ShowAll,
        "textShowAll",
        "data-text-show-all",
        "Show all answers",
        &[],
    ),
    text(
        Text::HideAll,
        "textHideAll",
        "data-text-hide-all",
        "Hide all answers",
        &[],
    ),
    text(
        Text::ShowMore,
        "textShowMore",
        "data-text-show-more",
        "Show {next} more questions",
        &["{next}"],
    ),
];

/// The widget's texts, English unless a host set them.
#[derive(Clone, Debug, PartialEq)]
pub struct UiText([AttrValue; TEXTS.len()]);

impl Default for UiText {
    fn default() -> Self {
        Self(TEXTS.map(|spec| AttrValue::Static(spec.english)))
    }
}

impl UiText {
    pub fn get(&self, text: Text) -> &AttrValue {
        &self.0[text as usize]
    }

    /// The sentence the status line shows.
    pub fn status(&self, shown: usize, total: usize, searching: bool) -> String {
        let template = match (searching, shown) {
            (false, _) if total == 1 => Text::CountOne,
            (false, _) => Text::Count,
            (true, 0) => Text::NoMatch,
            (true, 1) => Text::MatchesOne,
            (true, _) => Text::Matches,
        };
        fill(
            self.get(template),
            &[("{shown}", shown), ("{total}", total)],
        )
    }

    /// The label of "Show more", for a page of `next` questions.
    pub fn show_more(&self, next: usize) -> String {
        fill(self.get(Text::ShowMore), &[("{next}", next)])
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
        self.0[spec.text as usize] = AttrValue::from(value.to_owned());
        Ok(())
    }
}

/// `template` with each placeholder of `numbers` replaced by its number; any
/// other text, other braces included, stays as it is. (Not `str::replace`,
/// whose substring search costs the bundle more than this whole function.)
fn fill(template: &str, numbers: &[(&str, usize)]) -> String {
    let mut filled = String::with_capacity(template.len() + 8);
    let mut rest = template;
    while let Some((before, placeholder, after)) = next_placeholder(rest) {
        filled.push_str(before);
        match numbers.iter().find(|(name, _)| *name == placeholder) {
            Some((_, number)) => filled.push_str(&number.to_string()),
            None => filled.push_str(placeholder),
        }
        rest = after;
    }
    filled.push_str(rest);
    filled
}

/// The first `{…}` in `text` that is not one of `allowed`.
fn unknown_placeholder<'a>(text: &'a str, allowed: &[&str]) -> Option<&'a str> {
    let mut rest = text;
    while let Some((_, placeholder, after)) = next_placeholder(rest) {
        if !allowed.contains(&placeholder) {
            return Some(placeholder);
        }
        rest = after;
    }
    None
}

/// Splits `text` at its first placeholder: the text before it, the
/// placeholder from `{` to the next `}` (or to the end), and the text after.
/// Filling and checking a template read placeholders the same way.
fn next_placeholder(text: &str) -> Option<(&str, &str, &str)> {
    let start = text.find('{')?;
    let from_brace = &text[start..];
    let end = from_brace.find('}').map_or(from_brace.len(), |i| i + 1);
    Some((&text[..start], &from_brace[..end], &from_brace[end..]))
}

#[cfg(test)]
mod tests {
    use super::{fill, Text, UiText, TEXTS};

    fn spec(name: &str) -> &'static super::TextSpec {
        TEXTS.iter().find(|spec| spec.name == name).unwrap()
    }

    #[test]
    fn the_table_is_in_the_order_of_the_texts() {
        for (row, spec) in TEXTS.iter().enumerate() {
            assert_eq!(spec.text as usize, row, "{}", spec.name);
            for placeholder in spec.placeholders {
                assert!(spec.english.contains(placeholder), "{}", spec.name);
            }
        }
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
    fn fill_replaces_every_placeholder_it_knows_and_keeps_other_braces() {
        let numbers = [("{shown}", 3), ("{total}", 12)];
        assert_eq!(
            fill("{shown}/{total}, {total} in all {x} {", &numbers),
            "3/12, 12 in all {x} {"
        );
        assert_eq!(
            fill("Zeige {next} weitere", &[("{next}", 20)]),
            "Zeige 20 weitere"
        );
        assert_eq!(fill("", &numbers), "");
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
        for spec in &TEXTS {
            let mut text = UiText::default();
            text.set(spec, "Wort").unwrap();
            for other in &TEXTS {
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
