//! The widget's own words (the search label, the status sentences, the
//! buttons), so a page in another language can translate them.
//!
//! The status sentences are templates: `{shown}` becomes the number of
//! questions that match and `{total}` the number of questions.

use yew::AttrValue;

#[derive(Clone, Debug, PartialEq)]
pub struct UiText {
    pub search_label: AttrValue,
    pub search_placeholder: AttrValue,
    /// Not searching; `{total}`.
    pub count: AttrValue,
    /// Not searching, and the story has one question.
    pub count_one: AttrValue,
    /// Searching, several match; `{shown}` and `{total}`.
    pub matches: AttrValue,
    /// Searching, one matches; `{total}`.
    pub matches_one: AttrValue,
    /// Searching, none match.
    pub no_match: AttrValue,
    pub clear_search: AttrValue,
    pub show_all: AttrValue,
    pub hide_all: AttrValue,
    /// The button under a long list; `{next}` is how many it adds.
    pub show_more: AttrValue,
}

impl Default for UiText {
    fn default() -> Self {
        Self {
            search_label: "Search the questions".into(),
            search_placeholder: "For example: NATO, ceasefire, Kyiv".into(),
            count: "{total} questions".into(),
            count_one: "1 question".into(),
            matches: "{shown} of {total} questions match".into(),
            matches_one: "1 of {total} questions matches".into(),
            no_match: "No questions match".into(),
            clear_search: "Clear search".into(),
            show_all: "Show all answers".into(),
            hide_all: "Hide all answers".into(),
            show_more: "Show {next} more questions".into(),
        }
    }
}

/// The option names a host page uses for each text (`data-text-label` in
/// HTML), in the order of [`UiText`]'s fields.
pub const TEXT_OPTIONS: [&str; 11] = [
    "textLabel",
    "textPlaceholder",
    "textCount",
    "textCountOne",
    "textMatches",
    "textMatchesOne",
    "textNoMatch",
    "textClear",
    "textShowAll",
    "textHideAll",
    "textShowMore",
];

impl UiText {
    /// The sentence the status line shows.
    pub fn status(&self, shown: usize, total: usize, searching: bool) -> String {
        let template = match (searching, shown) {
            (false, _) if total == 1 => &self.count_one,
            (false, _) => &self.count,
            (true, 0) => &self.no_match,
            (true, 1) => &self.matches_one,
            (true, _) => &self.matches,
        };
        fill(template, &[("{shown}", shown), ("{total}", total)])
    }

    /// The label of "Show more", for a page of `next` questions.
    pub fn show_more(&self, next: usize) -> String {
        fill(&self.show_more, &[("{next}", next)])
    }

    /// Sets the text a host option names (one of [`TEXT_OPTIONS`]). Refuses,
    /// saying why, an empty text where the widget needs words, and a
    /// `{placeholder}` the text cannot fill.
    pub fn set(&mut self, option: &str, value: &str) -> Result<(), String> {
        let (slot, placeholders, may_be_empty): (&mut AttrValue, &[&str], bool) = match option {
            "textLabel" => (&mut self.search_label, &[], false),
            "textPlaceholder" => (&mut self.search_placeholder, &[], true),
            "textCount" => (&mut self.count, &["{total}"], false),
            "textCountOne" => (&mut self.count_one, &[], false),
            "textMatches" => (&mut self.matches, &["{shown}", "{total}"], false),
            "textMatchesOne" => (&mut self.matches_one, &["{total}"], false),
            "textNoMatch" => (&mut self.no_match, &[], false),
            "textClear" => (&mut self.clear_search, &[], false),
            "textShowAll" => (&mut self.show_all, &[], false),
            "textHideAll" => (&mut self.hide_all, &[], false),
            "textShowMore" => (&mut self.show_more, &["{next}"], false),
            _ => return Err(format!("{option} is not a text the widget shows")),
        };
        if !may_be_empty && value.trim().is_empty() {
            return Err(format!("{option} must not be empty"));
        }
        if let Some(unknown) = unknown_placeholder(value, placeholders) {
            let allowed = match placeholders {
                [] => "no placeholders".to_owned(),
                _ => placeholders.join(" and "),
            };
            return Err(format!("{option} may hold {allowed}, not {unknown}"));
        }
        *slot = AttrValue::from(value.to_owned());
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
    use super::{fill, UiText, TEXT_OPTIONS};

    #[test]
    fn english_counts_read_naturally() {
        let text = UiText::default();
        assert_eq!(text.status(8, 8, false), "8 questions");
        assert_eq!(text.status(3, 8, true), "3 of 8 questions match");
        assert_eq!(text.status(1, 8, true), "1 of 8 questions matches");
        assert_eq!(text.status(0, 8, true), "No questions match");
        assert_eq!(text.status(1, 1, false), "1 question");
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
        text.set("textCount", "{total} Fragen").unwrap();
        text.set("textMatches", "{shown} von {total} Fragen passen")
            .unwrap();
        text.set("textMatchesOne", "1 von {total} Fragen passt")
            .unwrap();
        text.set("textNoMatch", "Keine Frage passt").unwrap();
        assert_eq!(text.status(8, 8, false), "8 Fragen");
        assert_eq!(text.status(3, 8, true), "3 von 8 Fragen passen");
        assert_eq!(text.status(1, 8, true), "1 von 8 Fragen passt");
        assert_eq!(text.status(0, 8, true), "Keine Frage passt");
    }

    #[test]
    fn every_option_sets_its_own_field() {
        for (position, option) in TEXT_OPTIONS.iter().enumerate() {
            let mut text = UiText::default();
            text.set(option, "Wort").unwrap();
            let fields = [
                &text.search_label,
                &text.search_placeholder,
                &text.count,
                &text.count_one,
                &text.matches,
                &text.matches_one,
                &text.no_match,
                &text.clear_search,
                &text.show_all,
                &text.hide_all,
                &text.show_more,
            ];
            for (other, field) in fields.iter().enumerate() {
                assert_eq!(*field == "Wort", other == position, "{option}");
            }
        }
    }

    #[test]
    fn refusals_say_why_and_keep_the_text() {
        let mut text = UiText::default();
        assert_eq!(
            text.set("textLabel", "  "),
            Err("textLabel must not be empty".into())
        );
        assert_eq!(
            text.set("textMatches", "{count} of {total}"),
            Err("textMatches may hold {shown} and {total}, not {count}".into())
        );
        assert_eq!(
            text.set("textShowAll", "Show {total"),
            Err("textShowAll may hold no placeholders, not {total".into())
        );
        assert!(text.set("textColour", "red").is_err());
        assert_eq!(text, UiText::default());
        assert_eq!(text.set("textPlaceholder", ""), Ok(()));
        assert_eq!(text.search_placeholder, "");
    }
}
