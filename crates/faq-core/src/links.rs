//! Links in an answer, written `[text](url)`, as an explainer cites its
//! sources: the one owner of that syntax.
//!
//! - A link is `[`, its text (no `[`, `]` or line break, not empty), `](`,
//!   its URL (no space, `(` or `)`, not empty) and `)`.
//! - Only `http:`, `https:`, `mailto:`, `tel:` and relative URLs are links
//!   ([`check`]); a link with any other scheme (`javascript:`, `data:`),
//!   with a backslash in its URL, or that opens `[text](` and never closes
//!   is an error the publisher reports with its line and column, and
//!   nothing of that story is written.
//! - A link leaves the site ([`Link::is_external`]) when it has a scheme
//!   or starts with `//` (another host, in the page's scheme). Browsers
//!   read a backslash in a web URL as `/`, so `\\host` and `/\host` would
//!   leave the site while looking relative: that is why a backslash is
//!   refused rather than guessed at.
//! - Any other `[` is text, as is every other character.
//!
//! The search and the page read an answer as its **shown text**, each link
//! replaced by its text ([`crate::markup::shown`]), so a link's text is
//! searched and highlighted like the rest and its URL is not; the page puts
//! each link's URL back around its text.

use std::ops::Range;

/// A link in an answer's shown text: the bytes of its text there, and its
/// URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub text: Range<usize>,
    pub url: String,
}

impl Link {
    /// Whether the link leaves the site (any scheme, or `//host`), so that
    /// a page gives it `rel="noopener"`.
    pub fn is_external(&self) -> bool {
        scheme(&self.url).is_some() || self.url.starts_with("//")
    }
}

/// Why a link cannot be published, at the 1-based character `column` of
/// its answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// A URL with a scheme other than `http`, `https`, `mailto` or `tel`
    /// (`javascript`).
    Scheme { column: usize, scheme: String },
    /// A URL with a backslash, which a browser may read as `/` and so send
    /// to another host (`\\host`, `/\host`).
    Backslash { column: usize },
    /// `[text](` with no `)` closing a URL, or an empty URL.
    Unclosed { column: usize },
}

/// The scheme of `url` (`http`, `javascript`), if it has one: letters,
/// digits, `+`, `-` or `.` before the first `:`, ahead of any `/`, `?` or
/// `#`.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find([':', '/', '?', '#'])?;
    let scheme = &url[..end];
    (url[end..].starts_with(':')
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)))
    .then_some(scheme)
}

/// One `[text](url)` at the start of `rest`: the text, the URL and the
/// bytes it takes; when `[text](` opens a link that never closes, an error
/// with the URL up to where it stops.
pub(crate) fn link_at(rest: &str) -> Option<Result<(&str, &str, usize), &str>> {
    let inner = rest.strip_prefix('[')?;
    let text_end = inner.find([']', '[', '\n'])?;
    if text_end == 0 || !inner[text_end..].starts_with("](") {
        return None;
    }
    let after = &inner[text_end + 2..];
    let end = after
        .find(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .unwrap_or(after.len());
    Some(if end > 0 && after[end..].starts_with(')') {
        Ok((
            &inner[..text_end],
            &after[..end],
            1 + text_end + 2 + end + 1,
        ))
    } else {
        Err(&after[..end])
    })
}

/// The scheme of `url` if a link may not have it (`javascript`).
pub fn refused_scheme(url: &str) -> Option<&str> {
    scheme(url).filter(|scheme| !is_allowed_scheme(scheme))
}

/// The schemes a link may have: the web's, mail and the telephone.
const SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

fn is_allowed_scheme(scheme: &str) -> bool {
    SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme))
}

/// Whether a link to `url` may be published: what [`check`] accepts.
pub(crate) fn allowed(url: &str) -> bool {
    scheme(url).is_none_or(is_allowed_scheme) && !url.contains('\\')
}

/// Text for an element's content or a quoted attribute value: every
/// character stays the character it was.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    escape_into(&mut escaped, text);
    escaped
}

/// `text` escaped as [`escape_html`] does, onto `out`: how an answer's
/// HTML is written ([`crate::markup::html_with`]).
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Whether every link of `answer` may be published.
pub fn check(answer: &str) -> Result<(), LinkError> {
    let column = |at: usize| answer[..at].chars().count() + 1;
    for (at, _) in answer.match_indices('[') {
        let (url, closed) = match link_at(&answer[at..]) {
            None => continue,
            Some(Ok((_, url, _))) => (url, true),
            Some(Err(url)) => (url, false),
        };
        if let Some(scheme) = scheme(url).filter(|scheme| !is_allowed_scheme(scheme)) {
            return Err(LinkError::Scheme {
                column: column(at),
                scheme: scheme.to_owned(),
            });
        }
        if url.contains('\\') {
            return Err(LinkError::Backslash { column: column(at) });
        }
        if !closed {
            return Err(LinkError::Unclosed { column: column(at) });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::{self, Markup};

    fn shown(answer: &str) -> (String, Vec<Link>) {
        let (text, markup) = markup::shown(answer);
        (text, markup.links)
    }

    fn with(links: &[Link]) -> Markup {
        Markup {
            links: links.to_vec(),
            ..Markup::default()
        }
    }

    fn written(text: &str, links: &[Link]) -> String {
        markup::written(text, &with(links))
    }

    fn html(text: &str, links: &[Link]) -> String {
        markup::html(text, &with(links))
    }

    fn link(text: Range<usize>, url: &str) -> Link {
        Link {
            text,
            url: url.into(),
        }
    }

    #[test]
    fn links_become_their_text_and_come_back() {
        let answer =
            "Per [NATO](https://nato.int/a?b=1#c) and [our story](../x/), [not a link] (x) [a]b.";
        assert_eq!(check(answer), Ok(()));
        let (text, links) = shown(answer);
        assert_eq!(text, "Per NATO and our story, [not a link] (x) [a]b.");
        assert_eq!(
            links,
            [
                link(4..8, "https://nato.int/a?b=1#c"),
                link(13..22, "../x/")
            ]
        );
        assert!(links[0].is_external());
        assert!(!links[1].is_external());
        assert_eq!(written(&text, &links), answer);
        assert_eq!(
            html(&text, &links),
            "Per <a href=\"https://nato.int/a?b=1#c\" rel=\"noopener\">NATO</a> and <a href=\"../x/\">our story</a>, [not a link] (x) [a]b."
        );
        assert_eq!(
            html("a<b & \"c\"", &[link(0..1, "?x=\"1\"&y")]),
            "<a href=\"?x=&quot;1&quot;&amp;y\">a</a>&lt;b &amp; &quot;c&quot;"
        );
    }

    #[test]
    fn other_schemes_and_unclosed_links_are_refused_with_their_column() {
        assert_eq!(
            check("Ä [click](javascript:alert(1))"),
            Err(LinkError::Scheme {
                column: 3,
                scheme: "javascript".into()
            })
        );
        assert_eq!(
            check("Ä [click](JavaScript:alert`1`)"),
            Err(LinkError::Scheme {
                column: 3,
                scheme: "JavaScript".into()
            })
        );
        assert!(matches!(
            check("[x](data:text/html,hi)"),
            Err(LinkError::Scheme { .. })
        ));
        assert_eq!(
            check("see [x](https://a.b no"),
            Err(LinkError::Unclosed { column: 5 })
        );
        assert_eq!(check("see [x]()"), Err(LinkError::Unclosed { column: 5 }));
        assert_eq!(check("[x](HTTPS://A.B) [y](/a:b) [z](?q=a:b)"), Ok(()));
        // What is refused stays text, if it ever reaches a page.
        assert_eq!(shown("[x](javascript:y)").0, "[x](javascript:y)");
    }

    #[test]
    fn mail_and_telephone_links_are_allowed_and_external() {
        let answer = "[Write to the desk](mailto:desk@news.example?subject=Bridge) or [call](tel:+44-20-7946-0000).";
        assert_eq!(check(answer), Ok(()));
        let (text, links) = shown(answer);
        assert_eq!(text, "Write to the desk or call.");
        assert!(links.iter().all(Link::is_external));
        assert_eq!(written(&text, &links), answer);
        assert_eq!(check("[x](MAILTO:a@b.c)"), Ok(()));
        assert!(matches!(
            check("[x](sms:+4420)"),
            Err(LinkError::Scheme { .. })
        ));
    }

    #[test]
    fn links_a_browser_sends_to_another_host_are_external_or_refused() {
        // `//host` is another host in the page's scheme: external.
        assert_eq!(check("[x](//other.example/path)"), Ok(()));
        let (_, links) = shown("[x](//other.example/path)");
        assert!(links[0].is_external());
        // A browser reads `\\` as `/` in a web URL: refused, with its column.
        for url in [
            "\\\\evil.example\\path",
            "/\\evil.example",
            "\\/evil.example",
            "../a\\b",
        ] {
            let answer = format!("Ä [x]({url})");
            assert_eq!(
                check(&answer),
                Err(LinkError::Backslash { column: 3 }),
                "{url}"
            );
            assert!(shown(&answer).1.is_empty(), "{url}");
        }
        // Truly relative links stay on the site.
        for url in ["/a/b", "../x/", "?q=1", "#slug", "x//y"] {
            let (_, links) = shown(&format!("[x]({url})"));
            assert!(!links[0].is_external(), "{url}");
        }
    }

    #[test]
    fn brackets_that_start_no_link_stay_text() {
        for answer in ["[", "[]", "[](x)", "[[a](b)", "a]](b)", "[x]", "]("] {
            let (text, _) = shown(answer);
            if check(answer).is_ok() {
                assert_eq!(written(&text, &shown(answer).1), answer, "{answer:?}");
            }
        }
        assert_eq!(shown("[[a](b)").0, "[a");
        assert_eq!(shown("[]").0, "[]");
    }
}
