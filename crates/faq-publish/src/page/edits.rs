//! Edits of a built page, each one pass of the HTML rewriter: only the
//! elements and attributes named are touched, never the text of the corpus.
//! The engine's build moves trunk's loader out and renames files; each run
//! of the publisher reads the mount element, sets the page's language,
//! makes the page self-contained for the offline file, and reads a
//! published page's story back.

use crate::error::{ErrorKind, Result};
use crate::html::{self, inert};
use faq_core::Language;
use faq_widget::contract::{
    HOME_ATTRIBUTE, MOUNT_ID, SAVE_ATTRIBUTE, STORY_DATA_ID, STORY_WORDS_ATTRIBUTE, WORD_ATTRIBUTE,
};
use faq_widget::story_data::{JSON_LD_TYPE, LINES_TYPE};
use lol_html::html_content::ContentType;
use lol_html::{element, text};
use std::cell::RefCell;

/// The selector of the page's mount element (`#faq-widget`).
pub fn mount_selector() -> String {
    format!("[id=\"{MOUNT_ID}\"]")
}

/// An element's attributes, names and values, in order.
pub type Attributes = Vec<(String, String)>;

/// The attributes of the page's mount element (`#faq-widget`), in order,
/// or an error if the page has none, or more than one.
pub fn mount_attributes(page: &str) -> Result<Attributes> {
    let found: RefCell<Vec<Attributes>> = RefCell::default();
    html::rewrite(
        page,
        vec![element!(mount_selector(), |el| {
            let attributes = el
                .attributes()
                .iter()
                .map(|a| (a.name(), a.value()))
                .collect();
            found.borrow_mut().push(attributes);
            Ok(())
        })],
    )?;
    let mut found = found.take();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(ErrorKind::MountElements { found: n }.into()),
    }
}

/// The bodies of the page's inline module scripts (trunk's loader), in order.
pub fn inline_module_scripts(page: &str) -> Result<Vec<String>> {
    let bodies: RefCell<Vec<String>> = RefCell::default();
    html::rewrite(
        page,
        vec![
            element!("script[type=module]:not([src])", |_| {
                bodies.borrow_mut().push(String::new());
                Ok(())
            }),
            text!("script[type=module]:not([src])", |chunk| {
                if let Some(body) = bodies.borrow_mut().last_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    Ok(bodies.take())
}

/// The page with its inline module scripts replaced, in order, by scripts
/// that load `files`; without the preload of the wasm, which waits for
/// the first paint (see `js/after-first-paint.js`); and without the
/// `data-integrity="none"` that trunk leaves on stylesheets (`templates/story.html`
/// says why they have no SRI).
pub fn load_scripts_from_files(page: &str, files: &[String]) -> Result<String> {
    let next = RefCell::new(files.iter());
    html::rewrite(
        page,
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
            element!("link[data-integrity]", |el| {
                el.remove_attribute("data-integrity");
                Ok(())
            }),
        ],
    )
}

/// The page with each `href` and `src` that names a file (`./name` or
/// `name`) set to what `new` gives for its prefix (`./` or none) and name,
/// where it gives anything.
fn replace_references(page: &str, new: impl Fn(&str, &str) -> Option<String>) -> Result<String> {
    html::rewrite(
        page,
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
pub fn rename_references(page: &str, renamed: &[(String, String)]) -> Result<String> {
    replace_references(page, |prefix, name| {
        let (_, new) = renamed.iter().find(|(old, _)| old == name)?;
        Some(format!("{prefix}{new}"))
    })
}

/// The page with every `href` and `src` that names one of `files` (`./name`
/// or `name`) naming it below `base` instead (`../name` for a story page one
/// folder below the shared files), and its `<html>` element in the story's
/// language `tag` (BCP 47) and direction.
pub fn rebase_and_set_language(
    page: &str,
    files: &[String],
    base: &str,
    tag: &str,
    right_to_left: bool,
) -> Result<String> {
    let rebased = replace_references(page, |_, name| {
        files
            .iter()
            .any(|file| file == name)
            .then(|| format!("{base}{name}"))
    })?;
    let dir = if right_to_left { "rtl" } else { "ltr" };
    html::rewrite(
        &rebased,
        vec![element!("html", move |el| {
            el.set_attribute("lang", tag)?;
            el.set_attribute("dir", dir)?;
            Ok(())
        })],
    )
}

/// The page with its save button (`[data-faq-save]`, [`SAVE_ATTRIBUTE`]) pointing at `shell`,
/// the offline shell its script fills with the story.
pub fn point_save_button(page: &str, shell: &str) -> Result<String> {
    html::rewrite(
        page,
        vec![element!(format!("[{SAVE_ATTRIBUTE}]"), |el| {
            el.set_attribute(SAVE_ATTRIBUTE, shell)?;
            Ok(())
        })],
    )
}

/// `page` with the text of each element that names a page word
/// ([`WORD_ATTRIBUTE`]) in `language`, which the page (`<html lang dir>`)
/// is in: the element loses its own `lang` and `dir`. An element naming no
/// known word keeps its text.
pub fn write_page_words(page: &str, language: Language) -> Result<String> {
    let words = faq_widget::ui_text::page_words::page_words(language);
    write_words(page, |name| words.get(name))
}

/// `page` with the text of each element that names a word
/// ([`WORD_ATTRIBUTE`]) that `word` knows, in the page's language: the
/// element loses its own `lang` and `dir`, and a `<meta>` gets the word as
/// its `content`. An element naming no known word keeps its text.
pub fn write_words<'w>(page: &str, word: impl Fn(&str) -> Option<&'w str>) -> Result<String> {
    html::rewrite(
        page,
        vec![element!(format!("[{WORD_ATTRIBUTE}]"), |el| {
            let name = el.get_attribute(WORD_ATTRIBUTE).unwrap_or_default();
            if let Some(word) = word(&name) {
                if el.tag_name() == "meta" {
                    el.set_attribute("content", word)?;
                } else {
                    el.set_inner_content(word, ContentType::Text);
                }
                el.remove_attribute("lang");
                el.remove_attribute("dir");
            }
            Ok(())
        })],
    )
}

/// `page` with its link to the site's front page (the element of
/// [`HOME_ATTRIBUTE`]) pointing at `front_page`.
pub fn point_home_link(page: &str, front_page: &str) -> Result<String> {
    html::rewrite(
        page,
        vec![element!(format!("[{HOME_ATTRIBUTE}]"), |el| {
            el.set_attribute("href", front_page)?;
            Ok(())
        })],
    )
}

/// A published page's language (its `<html lang>`, BCP 47) and story (its
/// `#faq-story` element, see `faq_widget::story_data`).
pub fn published_story(page: &str) -> Result<(Option<String>, faq_core::Story)> {
    let language: RefCell<Option<String>> = RefCell::default();
    let data: RefCell<Option<String>> = RefCell::default();
    let words: RefCell<Option<String>> = RefCell::default();
    let selector = format!("script[id=\"{STORY_DATA_ID}\"]");
    html::rewrite(
        page,
        vec![
            element!("html", |el| {
                *language.borrow_mut() = el.get_attribute("lang");
                Ok(())
            }),
            element!(selector, |el| {
                *data.borrow_mut() = Some(String::new());
                *words.borrow_mut() = el.get_attribute(STORY_WORDS_ATTRIBUTE);
                Ok(())
            }),
            text!(selector, |chunk| {
                if let Some(body) = data.borrow_mut().as_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    let data = data.take().ok_or(ErrorKind::NotPublishedPage)?;
    let mut story = faq_widget::story_data::read(&data).ok_or(ErrorKind::DamagedStoryData)?;
    if let Some(words) = words.take() {
        story.set_search_words(&words);
    }
    Ok((language.take(), story))
}

/// How many inline scripts the page has that are not data: a strict CSP
/// would block each.
pub fn inline_scripts(page: &str) -> Result<usize> {
    let count = RefCell::new(0);
    html::rewrite(
        page,
        vec![element!("script:not([src])", |el| {
            let data = el.get_attribute("type").is_some_and(|kind| {
                [JSON_LD_TYPE, LINES_TYPE]
                    .iter()
                    .any(|data| kind.eq_ignore_ascii_case(data))
            });
            if !data {
                *count.borrow_mut() += 1;
            }
            Ok(())
        })],
    )?;
    Ok(count.take())
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
pub fn self_contained(page: &str, inline: &Inline<'_>) -> Result<String> {
    use base64::Engine as _;
    // A file the page refers to that is not there, and a reference that
    // stays.
    let missing: RefCell<Option<String>> = RefCell::default();
    let left: RefCell<Vec<String>> = RefCell::default();
    let read = |href: &str| {
        let bytes = (inline.read)(href);
        if bytes.is_none() {
            missing.borrow_mut().get_or_insert_with(|| href.to_owned());
        }
        bytes
    };
    let page = html::rewrite(
        page,
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
                let Some(bytes) = read(&href) else {
                    return Ok(());
                };
                let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
                el.set_attribute("href", &format!("data:image/svg+xml;base64,{encoded}"))?;
                Ok(())
            }),
            element!("link[rel=stylesheet][href]", |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                let Some(css) = read(&href) else {
                    return Ok(());
                };
                // The files its url()s name come along, as data.
                let css =
                    crate::css::with_data_urls(&String::from_utf8_lossy(&css), &href, |name| {
                        (inline.read)(name)
                    });
                let style = format!("<style>{}</style>", inert(&css));
                el.replace(&style, ContentType::Html);
                Ok(())
            }),
            // A newsroom template's image, into the file as data.
            element!("img[src]", |el| {
                let src = el.get_attribute("src").unwrap_or_default();
                // Not `read`: an image the engine has not got is left, an
                // error below.
                let Some(bytes) = (inline.read)(&src) else {
                    return Ok(());
                };
                let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
                let kind = match src.rsplit('.').next().unwrap_or_default() {
                    "svg" => "svg+xml",
                    "jpg" | "jpeg" => "jpeg",
                    other => other,
                };
                el.set_attribute("src", &format!("data:image/{kind};base64,{encoded}"))?;
                Ok(())
            }),
            element!("script[type=module][src]", |el| {
                let script = format!("<script type=\"module\">{}</script>", inline.loader);
                el.replace(&script, ContentType::Html);
                Ok(())
            }),
            // Whatever else refers to a file is left, and an error.
            element!("[src], link[href]", |el| {
                let handled = el.removed()
                    || el
                        .get_attribute("href")
                        .or_else(|| el.get_attribute("src"))
                        .is_some_and(|h| h.starts_with("data:"));
                let reference = el.get_attribute("src").or_else(|| el.get_attribute("href"));
                if let Some(reference) = reference.filter(|_| !handled) {
                    left.borrow_mut().push(reference);
                }
                Ok(())
            }),
        ],
    )?;
    if let Some(href) = missing.take() {
        return Err(ErrorKind::MissingFile(href).into());
    }
    let left = left.take();
    if left.is_empty() {
        Ok(page)
    } else {
        Err(ErrorKind::ReferencesLeft(left).into())
    }
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
        for (page, found) in [
            ("<div id=faq-widget-2></div>", 0),
            ("<div id=faq-widget></div><p id=faq-widget></p>", 2),
        ] {
            let error = mount_attributes(page).unwrap_err();
            assert!(
                matches!(error.kind, ErrorKind::MountElements { found: f } if f == found),
                "{error}"
            );
        }
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
        let error = self_contained(broken, &inline).unwrap_err();
        assert!(matches!(&error.kind, ErrorKind::MissingFile(f) if f == "./gone.css"));
        let left = "<body><img src=./x.png></body>";
        let error = self_contained(left, &inline).unwrap_err();
        assert!(matches!(&error.kind, ErrorKind::ReferencesLeft(l) if l == &["./x.png"]));
    }
}
