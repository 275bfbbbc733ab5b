//! A story's name in its page's title and the page's description, from
//! its summary: without them every story of a site shares one title, in
//! tabs, history, bookmarks and search results alike.

/// The most characters of a page's title that come from its story: search
/// results and tabs show about this many.
pub const HEADLINE_CHARS: usize = 60;
/// The most characters of a page's description: search results show about
/// this many.
pub const DESCRIPTION_CHARS: usize = 160;

/// A story's name in its page's title: the summary's first sentence if it is
/// short enough and not a mere abbreviation ("U.S."), or else its start,
/// cut at a word.
pub fn headline(summary: &str) -> String {
    // The first sentence's end: its byte offset and its length in characters.
    let sentence_end = summary
        .char_indices()
        .enumerate()
        .find_map(|(before, (at, c))| {
            let (end, chars) = (at + c.len_utf8(), before + 1);
            let followed_by_space = summary[end..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            // A full stop after fewer than 20 characters is more likely an
            // abbreviation ("U.S.") than a sentence; an ideographic one is not.
            let ends = matches!(c, '。' | '！' | '？')
                || (matches!(c, '.' | '!' | '?' | '؟') && followed_by_space && chars >= 20);
            ends.then_some((end, chars))
        });
    match sentence_end {
        Some((end, chars)) if chars <= HEADLINE_CHARS => summary[..end].to_string(),
        _ => shortened(summary, HEADLINE_CHARS),
    }
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
    fn a_page_is_named_after_the_start_of_its_summary() {
        let story =
            "The potential deployment of foreign peacekeepers to Ukraine is gaining attention.";
        assert_eq!(
            headline(story),
            "The potential deployment of foreign peacekeepers to Ukraine…"
        );
        assert_eq!(headline(story).chars().count(), HEADLINE_CHARS);
        assert_eq!(
            headline("Trains run at night again. Here is what we know."),
            "Trains run at night again."
        );
        assert_eq!(
            headline("U.S. officials say the plan is ready for a vote in the spring."),
            "U.S. officials say the plan is ready for a vote in the…",
            "an abbreviation is not a sentence"
        );
        assert_eq!(
            headline("维和部队可能在停火后部署。欧洲领导人正在讨论。"),
            "维和部队可能在停火后部署。"
        );
        let unspaced = "维".repeat(100);
        assert_eq!(headline(&unspaced), format!("{}…", "维".repeat(59)));
        assert_eq!(shortened("Short.", 160), "Short.");
        let long = "word ".repeat(40);
        let description = shortened(&long, DESCRIPTION_CHARS);
        assert!(description.chars().count() <= DESCRIPTION_CHARS && description.ends_with("word…"));
    }
}
