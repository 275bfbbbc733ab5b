//! Edits of a built page, each through the HTML rewriter: only the elements
//! and attributes named are touched, never the text of the corpus.

use faq_widget::contract::{MOUNT_ID, RENDER_KEY_ATTRIBUTE, STORY_DATA_ID};
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use std::cell::RefCell;
use std::rc::Rc;

/// What went wrong with a page; the caller names the file.
pub type PageError = String;

pub(crate) type Handlers<'h> = Vec<(
    std::borrow::Cow<'static, lol_html::Selector>,
    lol_html::ElementContentHandlers<'h>,
)>;

fn rewrite(html: &str, element_content_handlers: Handlers<'_>) -> Result<String, PageError> {
    rewrite_with(html, element_content_handlers, Vec::new())
}

/// `html` through the rewriter with element and document handlers: the one
/// way this crate edits HTML.
pub(crate) fn rewrite_with<'h>(
    html: &str,
    element_content_handlers: Handlers<'h>,
    document_content_handlers: Vec<lol_html::DocumentContentHandlers<'h>>,
) -> Result<String, PageError> {
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers,
            document_content_handlers,
            ..RewriteStrSettings::new()
        },
    )
    .map_err(|error| error.to_string())
}

fn mount_selector() -> String {
    format!("[id=\"{MOUNT_ID}\"]")
}

/// An element's attributes, names and values, in order.
pub type Attributes = Vec<(String, String)>;

/// The attributes of the page's mount element (`#faq-widget`), in order,
/// or an error if the page has none, or more than one.
pub fn mount_attributes(html: &str) -> Result<Attributes, PageError> {
    let found: Rc<RefCell<Vec<Attributes>>> = Rc::default();
    let seen = found.clone();
    rewrite(
        html,
        vec![element!(mount_selector(), move |el| {
            let attributes = el
                .attributes()
                .iter()
                .map(|a| (a.name(), a.value()))
                .collect();
            seen.borrow_mut().push(attributes);
            Ok(())
        })],
    )?;
    let mut found = found.take();
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(format!(
            "no element with id=\"{MOUNT_ID}\" to render the widget into"
        )),
        n => Err(format!(
            "{n} elements with id=\"{MOUNT_ID}\"; the widget needs exactly one"
        )),
    }
}

/// The page with the mount element's attributes `set`, its content replaced
/// by `widget_html`, and the render key recorded.
pub fn fill_mount(
    html: &str,
    set: &[(String, String)],
    widget_html: &str,
    key: &str,
) -> Result<String, PageError> {
    rewrite(
        html,
        vec![element!(mount_selector(), move |el| {
            for (name, value) in set {
                el.set_attribute(name, value)?;
            }
            el.set_attribute(RENDER_KEY_ATTRIBUTE, key)?;
            el.set_inner_content(widget_html, ContentType::Html);
            Ok(())
        })],
    )
}

/// The bodies of the page's inline module scripts (trunk's loader), in order.
pub fn inline_module_scripts(html: &str) -> Result<Vec<String>, PageError> {
    let bodies: Rc<RefCell<Vec<String>>> = Rc::default();
    let (started, collected) = (bodies.clone(), bodies.clone());
    rewrite(
        html,
        vec![
            element!("script[type=module]:not([src])", move |_| {
                started.borrow_mut().push(String::new());
                Ok(())
            }),
            text!("script[type=module]:not([src])", move |chunk| {
                if let Some(body) = collected.borrow_mut().last_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    Ok(bodies.take())
}

/// The page with its inline module scripts replaced, in order, by scripts
/// that load `files`; and without the preload of the wasm, which waits for
/// the first paint (see `js/after-first-paint.js`).
pub fn load_scripts_from_files(html: &str, files: &[String]) -> Result<String, PageError> {
    let next = RefCell::new(files.iter());
    rewrite(
        html,
        vec![
            element!("script[type=module]:not([src])", move |el| {
                let file = next
                    .borrow_mut()
                    .next()
                    .ok_or("more inline scripts than files")?;
                el.replace(
                    &format!("<script type=\"module\" src=\"./{file}\"></script>"),
                    ContentType::Html,
                );
                Ok(())
            }),
            element!("link[rel=preload][href$=\"_bg.wasm\"]", |el| {
                el.remove();
                Ok(())
            }),
        ],
    )
}

/// The page with each `href` and `src` that names a file (`./name` or
/// `name`) set to what `new` gives for its prefix (`./` or none) and name,
/// where it gives anything.
fn replace_references(
    html: &str,
    new: impl Fn(&str, &str) -> Option<String>,
) -> Result<String, PageError> {
    rewrite(
        html,
        vec![element!("[href], [src]", |el| {
            for attribute in ["href", "src"] {
                let Some(value) = el.get_attribute(attribute) else {
                    continue;
                };
                let (prefix, name) = match value.strip_prefix("./") {
                    Some(name) => ("./", name),
                    None => ("", value.as_str()),
                };
                if let Some(value) = new(prefix, name) {
                    el.set_attribute(attribute, &value)?;
                }
            }
            Ok(())
        })],
    )
}

/// The page with every `href` and `src` that names a file of `renamed`
/// (`./old` or `old`) naming its new name instead.
pub fn rename_references(html: &str, renamed: &[(String, String)]) -> Result<String, PageError> {
    replace_references(html, |prefix, name| {
        let (_, new) = renamed.iter().find(|(old, _)| old == name)?;
        Some(format!("{prefix}{new}"))
    })
}

/// The page with every `href` and `src` that names one of `files` (`./name`
/// or `name`) naming it below `base` instead (`../name` for a story page one
/// folder below the shared files).
pub fn rebase_references(html: &str, files: &[String], base: &str) -> Result<String, PageError> {
    replace_references(html, |_, name| {
        files
            .iter()
            .any(|file| file == name)
            .then(|| format!("{base}{name}"))
    })
}

/// The language (BCP 47) of a published page: its `<html lang>`.
pub fn page_language(html: &str) -> Result<Option<String>, PageError> {
    let found: Rc<RefCell<Option<String>>> = Rc::default();
    let into = found.clone();
    rewrite(
        html,
        vec![element!("html", move |el| {
            *into.borrow_mut() = el.get_attribute("lang");
            Ok(())
        })],
    )?;
    Ok(found.take())
}

/// The story a published page carries in its `#faq-story` element, its
/// JSON-LD or its lines (see `faq_widget::contract::STORY_DATA_ID`).
pub fn story_data(html: &str) -> Result<faq_core::Story, PageError> {
    let found: Rc<RefCell<Option<String>>> = Rc::default();
    let (started, collected) = (found.clone(), found.clone());
    let selector = format!("script[id=\"{STORY_DATA_ID}\"]");
    rewrite(
        html,
        vec![
            element!(selector, move |_| {
                *started.borrow_mut() = Some(String::new());
                Ok(())
            }),
            text!(selector, move |chunk| {
                if let Some(body) = collected.borrow_mut().as_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    let json = found
        .take()
        .ok_or(format!("no #{STORY_DATA_ID} element: not a published page"))?;
    let data: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| format!("#{STORY_DATA_ID}: {e}"))?;
    if let Some(lines) = data.as_str() {
        return faq_core::Story::from_lines(lines)
            .ok_or_else(|| format!("#{STORY_DATA_ID}: not a story's lines"));
    }
    let text = |value: &serde_json::Value| value.as_str().map(str::to_owned);
    let damaged = || format!("#{STORY_DATA_ID}: not a story's JSON-LD");
    let mut story = faq_core::Story {
        summary: text(&data["description"]).ok_or_else(damaged)?,
        faqs: Vec::new(),
    };
    for question in data["mainEntity"].as_array().ok_or_else(damaged)? {
        story.faqs.push(faq_core::Faq {
            question: text(&question["name"]).ok_or_else(damaged)?,
            answer: text(&question["acceptedAnswer"]["text"]).ok_or_else(damaged)?,
        });
    }
    Ok(story)
}

/// The page with its `<html>` element in the story's language `tag` (BCP
/// 47) and direction.
pub fn set_language(page: &str, tag: &str, right_to_left: bool) -> Result<String, PageError> {
    let dir = if right_to_left { "rtl" } else { "ltr" };
    rewrite(
        page,
        vec![element!("html", move |el| {
            el.set_attribute("lang", tag)?;
            el.set_attribute("dir", dir)?;
            Ok(())
        })],
    )
}

/// The page named after its story: `headline` goes before the template's
/// `<title>` text (`Headline · Explainer: …`), and `description` becomes
/// the content of its `<meta name="description">`, added if the template
/// has none. Without this every story of a site shares one title, in tabs,
/// history, bookmarks and search results alike.
pub fn describe(page: &str, headline: &str, description: &str) -> Result<String, PageError> {
    let described = Rc::new(RefCell::new(false));
    let seen = described.clone();
    let page = rewrite(
        page,
        vec![
            element!("title", move |el| {
                el.prepend(&format!("{headline} · "), ContentType::Text);
                Ok(())
            }),
            element!("meta[name=description]", move |el| {
                el.set_attribute("content", description)?;
                *seen.borrow_mut() = true;
                Ok(())
            }),
        ],
    )?;
    if *described.borrow() {
        Ok(page)
    } else {
        let meta = format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(description)
        );
        append_to_head(&page, &meta)
    }
}

/// Text for HTML content or a quoted attribute value.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page with `html` added at the end of its `<head>`: appended to the
/// `<head>` element, or, where a minifier left out its optional start tag,
/// put just before `<body>`.
pub fn append_to_head(page: &str, html: &str) -> Result<String, PageError> {
    let placed = Rc::new(RefCell::new(false));
    let (in_head, before_body) = (placed.clone(), placed.clone());
    let result = rewrite(
        page,
        vec![
            element!("head", move |el| {
                el.append(html, ContentType::Html);
                *in_head.borrow_mut() = true;
                Ok(())
            }),
            element!("body", move |el| {
                if !*before_body.borrow() {
                    el.before(html, ContentType::Html);
                    *before_body.borrow_mut() = true;
                }
                Ok(())
            }),
        ],
    )?;
    let placed = *placed.borrow();
    if placed {
        Ok(result)
    } else {
        Err("no <head> or <body> start tag to add to".into())
    }
}

/// Every inline script that is not data: a strict CSP would block it.
pub fn inline_scripts(html: &str) -> Result<usize, PageError> {
    let count = Rc::new(RefCell::new(0));
    let counted = count.clone();
    rewrite(
        html,
        vec![element!("script:not([src])", move |el| {
            let data = el.get_attribute("type").is_some_and(|kind| {
                ["application/ld+json", "application/json"]
                    .iter()
                    .any(|data| kind.eq_ignore_ascii_case(data))
            });
            if !data {
                *counted.borrow_mut() += 1;
            }
            Ok(())
        })],
    )?;
    let counted = *count.borrow();
    Ok(counted)
}

/// What the offline page takes inside it instead of a file it refers to.
pub struct Inline<'a> {
    /// A file of the built folder by the name a page refers to it
    /// (`./name`, `name`), if it is there.
    pub read: &'a dyn Fn(&str) -> Option<Vec<u8>>,
    /// The module script that replaces the loader's `<script src>`.
    pub loader: &'a str,
}

/// The standalone page as one self-contained file: its stylesheets in
/// `<style>`, its icon as a data URL, its loader inline, and no policy
/// (which would block the inline code) or preloads. Fails if any reference
/// to another file is left.
pub fn self_contained(html: &str, inline: &Inline<'_>) -> Result<String, PageError> {
    use base64::Engine as _;
    let missing = |href: &str| format!("{href}: not in the built folder");
    let page = rewrite(
        html,
        vec![
            element!("meta[http-equiv]", |el| {
                let policy = el.get_attribute("http-equiv").unwrap_or_default();
                if policy.eq_ignore_ascii_case("content-security-policy") {
                    el.remove();
                }
                Ok(())
            }),
            element!("link[rel=preload], link[rel=modulepreload]", |el| {
                el.remove();
                Ok(())
            }),
            element!("link[rel=icon][href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                let bytes = (inline.read)(&href).ok_or_else(|| missing(&href))?;
                let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
                el.set_attribute("href", &format!("data:image/svg+xml;base64,{encoded}"))?;
                Ok(())
            }),
            element!("link[rel=stylesheet][href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                let css = (inline.read)(&href).ok_or_else(|| missing(&href))?;
                let css = String::from_utf8_lossy(&css);
                let style = format!("<style>{}</style>", crate::render::inert(&css));
                el.replace(&style, ContentType::Html);
                Ok(())
            }),
            element!("script[type=module][src]", |el| {
                let script = format!("<script type=\"module\">{}</script>", inline.loader);
                el.replace(&script, ContentType::Html);
                Ok(())
            }),
        ],
    )?;
    let left = Rc::new(RefCell::new(Vec::new()));
    let found = left.clone();
    rewrite(
        &page,
        vec![element!("[src], link[href]", move |el| {
            let reference = el.get_attribute("src").or_else(|| el.get_attribute("href"));
            if let Some(reference) = reference.filter(|r| !r.starts_with("data:")) {
                found.borrow_mut().push(reference);
            }
            Ok(())
        })],
    )?;
    let left = left.take();
    if !left.is_empty() {
        return Err(format!(
            "the offline page still refers to {}",
            left.join(", ")
        ));
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><title>T</title>\
        <link rel=preload href=./app_bg.wasm as=fetch>\
        <script type=module>import init from './app.js';\nconst wasm = await init();</script>\
        </head><body><div id=\"faq-widget-2\">other</div>\
        <div id=\"faq-widget\" data-heading-level=\"3\"><div><p>Loading</p></div></div>\
        <p>after</p></body></html>";

    #[test]
    fn reads_the_mount_element_only() {
        let attributes = mount_attributes(PAGE).unwrap();
        assert_eq!(
            attributes,
            [
                ("id".to_owned(), "faq-widget".to_owned()),
                ("data-heading-level".to_owned(), "3".to_owned())
            ]
        );
        assert!(mount_attributes("<div id=faq-widget-2></div>").is_err());
        assert!(mount_attributes("<div id=faq-widget></div><p id=faq-widget></p>").is_err());
    }

    #[test]
    fn fills_the_mount_element_whole_and_nothing_else() {
        let set = [("data-heading-level".to_owned(), "4".to_owned())];
        let page = fill_mount(PAGE, &set, "<section>W</section>", "k1").unwrap();
        assert!(page.contains("<div id=\"faq-widget-2\">other</div>"));
        assert!(page.contains(
            "<div id=\"faq-widget\" data-heading-level=\"4\" data-faq-render=\"k1\"><section>W</section></div>"
        ));
        assert!(page.contains("<p>after</p>"), "{page}");
    }

    #[test]
    fn moves_the_loader_to_a_file_and_drops_the_wasm_preload() {
        let bodies = inline_module_scripts(PAGE).unwrap();
        assert_eq!(
            bodies,
            ["import init from './app.js';\nconst wasm = await init();"]
        );
        let page = load_scripts_from_files(PAGE, &["loader-1.js".to_owned()]).unwrap();
        assert!(page.contains("<script type=\"module\" src=\"./loader-1.js\"></script>"));
        assert!(!page.contains("_bg.wasm"));
        assert_eq!(inline_scripts(&page).unwrap(), 0);
        assert_eq!(inline_scripts(PAGE).unwrap(), 1);
    }

    #[test]
    fn renames_references_to_files_and_nothing_else() {
        let page = "<link href=./app-1.js rel=modulepreload><script src=app-1.js></script>\
            <a href=./app-1.js.map>x</a><p>./app-1.js</p>";
        let renamed = [("app-1.js".to_owned(), "app-2.js".to_owned())];
        assert_eq!(
            rename_references(page, &renamed).unwrap(),
            "<link href=\"./app-2.js\" rel=modulepreload><script src=\"app-2.js\"></script>\
             <a href=./app-1.js.map>x</a><p>./app-1.js</p>"
        );
    }

    #[test]
    fn names_the_page_after_its_story_and_keeps_markup_as_text() {
        let page = "<html><head><title>Explainer</title>\
            <meta name=\"description\" content=\"Any story.\"></head><body>b";
        let named = describe(page, "<b>Tom & Jerry</b>", "Cats \"and\" <mice>").unwrap();
        assert!(
            named.contains("<title>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; · Explainer</title>"),
            "{named}"
        );
        assert!(
            named.contains("content=\"Cats &quot;and&quot; <mice>\""),
            "{named}"
        );
        let bare = describe(
            "<html><head><title>T</title></head><body>b",
            "H",
            "D & \"E\"",
        )
        .unwrap();
        assert!(
            bare.contains("<meta name=\"description\" content=\"D &amp; &quot;E&quot;\"></head>"),
            "{bare}"
        );
    }

    #[test]
    fn adds_to_the_head_with_or_without_its_start_tag() {
        let full = append_to_head("<html><head><title>T</title></head><body>b", "<x-a>").unwrap();
        assert_eq!(full, "<html><head><title>T</title><x-a></head><body>b");
        let minified = append_to_head("<html><title>T</title><body>b", "<x-a>").unwrap();
        assert_eq!(minified, "<html><title>T</title><x-a><body>b");
        assert!(append_to_head("<p>fragment", "<x-a>").is_err());
    }

    #[test]
    fn the_offline_page_holds_every_file_it_needs() {
        let page = "<head><meta http-equiv=Content-Security-Policy content=x>\
            <link rel=stylesheet href=./a.css><link rel=icon href=./i.svg>\
            <script type=module src=./l.js></script></head><body>b</body>";
        let read = |name: &str| match name {
            "./a.css" => Some(b"p{}</style>".to_vec()),
            "./i.svg" => Some(b"<svg/>".to_vec()),
            _ => None,
        };
        let inline = Inline {
            read: &read,
            loader: "run()",
        };
        let offline = self_contained(page, &inline).unwrap();
        assert!(!offline.contains("Content-Security-Policy"));
        assert!(offline.contains("<style>p{}<\\/style></style>"));
        assert!(offline.contains("data:image/svg+xml;base64,"));
        assert!(offline.contains("<script type=\"module\">run()</script>"));
        let broken = "<head><link rel=stylesheet href=./gone.css></head>";
        assert!(self_contained(broken, &inline).is_err());
        let left = "<body><img src=./x.png></body>";
        assert!(self_contained(left, &inline)
            .unwrap_err()
            .contains("./x.png"));
    }
}
