//! A stylesheet made to stand alone: each `url(...)` that names a file
//! beside it (a newsroom template's logo, background or font) becomes a
//! `data:` URL, so the saved one-file copy looks like the page offline.
//! Read with `cssparser` (Servo's tokenizer, already here for lol_html's
//! selectors), so a `url(` inside a string or comment is left alone.

use base64::Engine as _;
use cssparser::{ParseError, Parser, ParserInput, Token};

/// `css`, read from `href` (as the page names it), with each relative
/// `url(...)` that `read` finds (by the name the page would use:
/// `href`'s folder joined to it) as a `data:` URL. Absolute, root-relative,
/// fragment and `data:` URLs stay, as does a file `read` does not have.
pub fn with_data_urls(css: &str, href: &str, read: impl Fn(&str) -> Option<Vec<u8>>) -> String {
    let mut urls = Vec::new();
    let mut input = ParserInput::new(css);
    collect_urls(&mut Parser::new(&mut input), &mut urls);
    let folder = href.rfind('/').map_or("", |at| &href[..=at]);
    let mut out = String::with_capacity(css.len());
    let mut from = 0;
    for (start, end, url) in urls {
        let Some(bytes) = local(&url).and_then(|path| read(&joined(folder, path))) else {
            continue;
        };
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        out.push_str(&css[from..start]);
        out.push_str(&format!(
            "url(\"data:{};base64,{encoded}\")",
            media_type(&url)
        ));
        from = end;
    }
    out.push_str(&css[from..]);
    out
}

/// Each `url(...)` of the stylesheet, nested blocks included: its byte
/// range and the URL it holds.
fn collect_urls(parser: &mut Parser<'_, '_>, urls: &mut Vec<(usize, usize, String)>) {
    loop {
        let start = parser.position().byte_index();
        let Ok(token) = parser.next_including_whitespace_and_comments() else {
            return;
        };
        match token.clone() {
            Token::UnquotedUrl(url) => {
                urls.push((start, parser.position().byte_index(), url.to_string()));
            }
            Token::Function(name) if name.eq_ignore_ascii_case("url") => {
                let url = parser.parse_nested_block(|p| {
                    let url = p.expect_string()?.to_string();
                    p.expect_exhausted()?;
                    Ok::<_, ParseError<'_, ()>>(url)
                });
                if let Ok(url) = url {
                    urls.push((start, parser.position().byte_index(), url));
                }
            }
            Token::Function(_)
            | Token::ParenthesisBlock
            | Token::SquareBracketBlock
            | Token::CurlyBracketBlock => {
                let _ = parser.parse_nested_block(|p| {
                    collect_urls(p, urls);
                    Ok::<_, ParseError<'_, ()>>(())
                });
            }
            _ => {}
        }
    }
}

/// The path of a URL that names a file beside the stylesheet, without its
/// query or fragment; `None` for one with a scheme, from the root, or a
/// fragment alone.
fn local(url: &str) -> Option<&str> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let scheme = path
        .find(':')
        .is_some_and(|colon| !path[..colon].contains('/'));
    (!path.is_empty() && !scheme && !path.starts_with('/')).then_some(path)
}

/// `path` from `folder` (each ending in `/`, or empty), with `.` and `..`
/// steps taken where they can be.
fn joined(folder: &str, path: &str) -> String {
    let whole = format!("{folder}{path}");
    let mut steps: Vec<&str> = Vec::new();
    for step in whole.split('/') {
        match step {
            "." => {}
            ".." if steps.last().is_some_and(|last| *last != "..") => {
                steps.pop();
            }
            step => steps.push(step),
        }
    }
    steps.join("/")
}

/// The media type of a file by its name's ending.
fn media_type(url: &str) -> &'static str {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let ending = path.rsplit('.').next().unwrap_or_default();
    match ending.to_ascii_lowercase().as_str() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(name: &str) -> Option<Vec<u8>> {
        match name {
            "../logo.svg" => Some(b"<svg/>".to_vec()),
            "../fonts/serif.woff2" => Some(b"wOF2".to_vec()),
            _ => None,
        }
    }

    #[test]
    fn each_file_beside_the_stylesheet_becomes_data_and_the_rest_stays() {
        let css = "/* url(logo.svg) in a comment */\n\
            .masthead { background: url(logo.svg) no-repeat; content: \"url(logo.svg)\" }\n\
            @font-face { font-family: S; src: url('fonts/serif.woff2?v=2') format('woff2'), url(https://cdn.example/s.woff) }\n\
            @media print { .x { background-image: URL( \"./logo.svg#top\" ) } }\n\
            .y { background: url(missing.png), url(/root.png), url(data:image/png;base64,AA==), url(#f) }";
        let out = with_data_urls(css, "../gazette.css", files);
        let svg = "url(\"data:image/svg+xml;base64,PHN2Zy8+\")";
        assert!(out.starts_with("/* url(logo.svg) in a comment */"), "{out}");
        assert!(
            out.contains(&format!("background: {svg} no-repeat")),
            "{out}"
        );
        assert!(
            out.contains("content: \"url(logo.svg)\""),
            "a string stays: {out}"
        );
        assert!(out.contains("src: url(\"data:font/woff2;base64,d09GMg==\") format('woff2'), url(https://cdn.example/s.woff)"), "{out}");
        assert!(
            out.contains(&format!("background-image: {svg} }}")),
            "{out}"
        );
        assert!(
            out.ends_with(
                "url(missing.png), url(/root.png), url(data:image/png;base64,AA==), url(#f) }"
            ),
            "{out}"
        );
    }

    #[test]
    fn paths_join_from_the_stylesheets_folder() {
        assert_eq!(joined("css/", "../img/a.png"), "img/a.png");
        assert_eq!(joined("../css/", "../img/a.png"), "../img/a.png");
        assert_eq!(joined("", "./a.png"), "a.png");
        assert_eq!(local("https://x/a.png"), None);
        assert_eq!(local("a:b/c.png"), None);
        assert_eq!(local("img/a:b.png"), Some("img/a:b.png"));
    }
}
