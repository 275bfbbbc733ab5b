//! A `.txt` story's headline and a page's description, from its summary:
//! without them every story of a site shares one title, in tabs, history,
//! bookmarks and search results alike.

/// The most characters of a page's description: search results show about
/// this many.
pub const DESCRIPTION_CHARS: usize = 160;

/// A `.txt` story's headline (a Markdown story's is its front matter's
/// `title`): its summary's first whole sentence, a full stop after fewer
/// than 20 characters being an abbreviation ("U.S.") rather than a
/// sentence's end; the whole summary if it has no such end.
pub fn headline(summary: &str) -> String {
    let sentence_end = summary
        .char_indices()
        .enumerate()
        .find_map(|(before, (at, c))| {
            let end = at + c.len_utf8();
            let followed_by_space = summary[end..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            // An ideographic full stop ends a sentence wherever it is.
            let ends = matches!(c, '。' | '！' | '？')
                || (matches!(c, '.' | '!' | '?' | '؟') && followed_by_space && before + 1 >= 20);
            ends.then_some(end)
        });
    summary[..sentence_end.unwrap_or(summary.len())].to_string()
}

/// `text` whole if it has at most `max` characters; otherwise its start, cut
/// after the last whole word that fits (or mid-word, for a script written
/// without spaces), with an ellipsis, `max` characters in all.
pub fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let limit = text
        .char_indices()
        .nth(max - 1)
        .map_or(text.len(), |(at, _)| at);
    let start = &text[..limit];
    let cut = if text[limit..].starts_with(char::is_whitespace) {
        start.trim_end()
    } else {
        match start.rfind(char::is_whitespace) {
            Some(space) if space > 0 => start[..space].trim_end(),
            _ => start,
        }
    };
    format!("{cut}…")
}

/// The page's description: the summary's start.
pub fn description(summary: &str) -> String {
    shortened(summary, DESCRIPTION_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_txt_story_is_named_after_its_summarys_first_whole_sentence() {
        let story =
            "The potential deployment of foreign peacekeepers to Ukraine is gaining attention. More.";
        assert_eq!(
            headline(story),
            "The potential deployment of foreign peacekeepers to Ukraine is gaining attention."
        );
        assert_eq!(
            headline("Trains run at night again. Here is what we know."),
            "Trains run at night again."
        );
        assert_eq!(
            headline("U.S. officials say the plan is ready. A vote follows."),
            "U.S. officials say the plan is ready.",
            "an abbreviation is not a sentence"
        );
        assert_eq!(
            headline("维和部队可能在停火后部署。欧洲领导人正在讨论。"),
            "维和部队可能在停火后部署。"
        );
        let unspaced = "维".repeat(100);
        assert_eq!(
            headline(&unspaced),
            unspaced,
            "no sentence end: the whole summary"
        );
        assert_eq!(shortened("Short.", 160), "Short.");
        let long = "word ".repeat(40);
        let description = shortened(&long, DESCRIPTION_CHARS);
        assert!(description.chars().count() <= DESCRIPTION_CHARS && description.ends_with("word…"));
    }
}
