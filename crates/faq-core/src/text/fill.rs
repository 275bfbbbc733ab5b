//! Words with numbers in them: `{name}` placeholders filled, the one rule
//! the widget's words (`Showing {shown} of {total}`) and the publisher's
//! (`{count} questions`) share.

/// `template` with each placeholder of `values` (its name in braces,
/// `("{total}", "12")`) replaced by its value; any other text, other braces
/// included, stays as it is. (Not `str::replace`, whose substring search
/// costs the widget's bundle more than this whole function.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut filled = String::with_capacity(template.len() + 8);
    let mut rest = template;
    while let Some((before, placeholder, after)) = next_placeholder(rest) {
        filled.push_str(before);
        match values.iter().find(|(name, _)| *name == placeholder) {
            Some((_, value)) => filled.push_str(value),
            None => filled.push_str(placeholder),
        }
        rest = after;
    }
    filled.push_str(rest);
    filled
}

/// The first `{…}` in `text` that is not one of `allowed`: what a
/// newsroom's words may not hold, as [`fill`] reads placeholders.
pub fn unknown_placeholder<'a>(text: &'a str, allowed: &[&str]) -> Option<&'a str> {
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
    use super::{fill, unknown_placeholder};

    #[test]
    fn fill_replaces_every_placeholder_it_knows_and_keeps_other_braces() {
        let numbers = [("{shown}", "3"), ("{total}", "12")];
        assert_eq!(
            fill("{shown}/{total}, {total} in all {x} {", &numbers),
            "3/12, 12 in all {x} {"
        );
        assert_eq!(
            fill("Zeige {next} weitere", &[("{next}", "20")]),
            "Zeige 20 weitere"
        );
        assert_eq!(fill("{count} Fragen", &[("{count}", "1")]), "1 Fragen");
        assert_eq!(fill("", &numbers), "");
        assert_eq!(
            fill("Keep them: {size}", &[("{size}", "2.1 MB")]),
            "Keep them: 2.1 MB"
        );
    }

    #[test]
    fn a_placeholder_outside_the_allowed_is_named() {
        assert_eq!(
            unknown_placeholder("{count} of {all}", &["{count}"]),
            Some("{all}")
        );
        assert_eq!(unknown_placeholder("{count} {count}", &["{count}"]), None);
        assert_eq!(unknown_placeholder("an open { brace", &[]), Some("{ brace"));
    }
}
