//! HTML as the publisher writes it: the one entry to the rewriter
//! (`lol_html`, which edits elements and attributes and never the text of a
//! corpus), and the escapes of text that goes into a page.

use crate::error::{ErrorKind, PublishError, Result};
use lol_html::{rewrite_str, RewriteStrSettings};

/// Element handlers, as `lol_html` takes them.
pub type Handlers<'h> = Vec<(
    std::borrow::Cow<'static, lol_html::Selector>,
    lol_html::ElementContentHandlers<'h>,
)>;

/// `html` through the rewriter with element handlers: the one way this
/// crate edits HTML.
pub fn rewrite(html: &str, element_content_handlers: Handlers<'_>) -> Result<String> {
    rewrite_with(html, element_content_handlers, Vec::new())
}

/// [`rewrite`] with document handlers (comments, the doctype) too.
pub fn rewrite_with<'h>(
    html: &str,
    element_content_handlers: Handlers<'h>,
    document_content_handlers: Vec<lol_html::DocumentContentHandlers<'h>>,
) -> Result<String> {
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers,
            document_content_handlers,
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|error| PublishError::new(ErrorKind::Rewriter(error.to_string())))
}

/// Text for an element's content or a quoted attribute value: every
/// character stays the character it was (one escape for the pages and the
/// answers' HTML, owned by `faq_core::links`).
pub use faq_core::links::escape_html as escape;

/// Text for the inside of a `<script>` or `<style>` element: no `</script`
/// or `</style` (in any case) can end it early.
/// An attribute's value as written in the page (`lol_html` gives it
/// undecoded) as the text it stands for: `&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&apos;` and numeric references decoded, anything else kept.
pub fn attribute_text(raw: &str) -> String {
    let mut text = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&end| end <= 10);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, taken)) => {
                text.push(c);
                rest = &rest[taken..];
            }
            None => {
                text.push('&');
                rest = &rest[1..];
            }
        }
    }
    text.push_str(rest);
    text
}

pub fn inert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("</") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let closes = ["script", "style"].iter().any(|name| {
            after
                .get(..name.len())
                .is_some_and(|word| word.eq_ignore_ascii_case(name))
        });
        out.push_str(if closes { "<\\/" } else { "</" });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `value` as JSON for the inside of a `<script>` element: no `<` appears
/// raw, so nothing in it can end the element or open a comment.
pub fn script_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value)
        .expect("JSON values and strings serialize")
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_decode_to_their_text() {
        assert_eq!(
            attribute_text("Q&amp;A &lt;b&gt; &#39;x&#x27; &quot;y&quot; & &bogus; &"),
            "Q&A <b> 'x' \"y\" & &bogus; &"
        );
    }

    #[test]
    fn inert_text_cannot_close_its_element() {
        assert_eq!(
            inert("a</script>b</STYLE>c</div>"),
            "a<\\/script>b<\\/STYLE>c</div>"
        );
    }

    #[test]
    fn script_json_has_no_raw_angle_bracket() {
        let json = script_json(&"</script><!-- \u{2028}");
        assert!(!json.contains('<'));
        assert_eq!(
            serde_json::from_str::<String>(&json).unwrap(),
            "</script><!-- \u{2028}"
        );
    }

    #[test]
    fn escaped_text_keeps_every_character() {
        assert_eq!(
            escape("Tom & \"Jerry\" <b>"),
            "Tom &amp; &quot;Jerry&quot; &lt;b&gt;"
        );
    }
}
