//! A newsroom's own templates, given at publish time (`scripts/publish
//! --template DIR`), so that branding a site needs no engine rebuild:
//!
//! ```text
//! DIR/story.html   a story's page: a whole page with the built-in page's marks
//! DIR/front.html   the front page: a whole page with the built-in front page's marks
//! DIR/*            the files they link (stylesheets, images), copied to the site's folder
//! ```
//!
//! Either page may be left out, and the built-in one
//! (`templates/story.html`, `templates/front.html`) serves. The marks are the built-in pages' (their
//! comments list them): a story page needs `<title>` and the mount
//! element `<div id="faq-widget">`; it may have an `<h1>` (the headline
//! goes in it, what the story's front matter says after it), a
//! `<meta name="description">`, a save button (`data-faq-save`), a link
//! to the front page (`data-faq-home`) and elements whose text the
//! publisher writes in the story's language (`data-faq-word`). The front
//! page needs `<div id="faq-site">` with its words as `data-text-*`. The
//! publisher adds the engine's stylesheet, icon and scripts to each
//! page's head; a template's own files are linked relative to the site's
//! folder (`brand.css`), and a story page's links to them are rebased.
//! A template's CSP must allow the engine: `script-src 'self'
//! 'wasm-unsafe-eval'`.
//!
//! The front page is made again by every run, from every story's record:
//! a site keeps the front template it was given
//! (`.faq-publish/front.html`) for the runs after.

use crate::error::{io_at, PublishError, Result};
use crate::files::{read_text, write};
use crate::html;
use lol_html::element;
use lol_html::html_content::ContentType;
use std::cell::RefCell;
use std::path::{Path, PathBuf};

/// The folder of the built-in templates, in the project's folder; a
/// template folder's story page and front page, by name.
pub const BUILT_IN: &str = "templates";
pub const STORY_PAGE: &str = "story.html";
pub const FRONT_PAGE: &str = "front.html";

/// Where a site keeps the front page's template it was given.
pub const KEPT_FRONT: &str = ".faq-publish/front.html";

/// A newsroom's templates, read.
pub struct Templates {
    pub dir: PathBuf,
    /// `story.html`, if the folder has one.
    pub story: Option<String>,
    /// `front.html`, if the folder has one.
    pub front: Option<String>,
    /// The other files of the folder, by name: what the pages link.
    pub files: Vec<String>,
}

impl Templates {
    /// The templates in `dir`; at least one of `story.html` and
    /// `front.html` must be there.
    pub fn read(dir: &Path) -> Result<Templates> {
        let entries = std::fs::read_dir(dir).map_err(io_at(dir))?;
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io_at(dir))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && ![STORY_PAGE, FRONT_PAGE].contains(&name.as_str()) {
                files.push(name);
            }
        }
        files.sort();
        let page = |name: &str| {
            let path = dir.join(name);
            path.is_file().then(|| read_text(&path)).transpose()
        };
        let templates = Templates {
            dir: dir.to_path_buf(),
            story: page(STORY_PAGE)?,
            front: page(FRONT_PAGE)?,
            files,
        };
        if templates.story.is_none() && templates.front.is_none() {
            return Err(PublishError::new(crate::error::ErrorKind::Usage(
                "a template folder holds story.html, front.html or both (and the files they link)"
                    .into(),
            ))
            .at(dir));
        }
        Ok(templates)
    }

    /// Copies the templates' own files into the site `out`, and keeps its
    /// front page's template there for later runs.
    pub fn install(&self, out: &Path) -> Result<()> {
        for name in &self.files {
            let from = self.dir.join(name);
            std::fs::copy(&from, out.join(name)).map_err(io_at(&from))?;
        }
        if let Some(front) = &self.front {
            let kept = out.join(KEPT_FRONT);
            std::fs::create_dir_all(kept.parent().unwrap_or(out)).map_err(io_at(out))?;
            write(&kept, front)?;
        }
        Ok(())
    }
}

/// The story page of the engine, `engine_page` (trunk's page, its files
/// named `./<file>`), made from the newsroom's `template`: the template
/// whole, with the engine's elements of its head that are not the built-in
/// page's own look (its stylesheets but the built-in page's `page-*.css`,
/// its icon unless the template has one, its scripts and preloads) added
/// at the end of its `<head>`.
pub fn story_page(engine_page: &str, template: &str) -> Result<String> {
    let has_icon = RefCell::new(false);
    html::rewrite(
        template,
        vec![element!("link[rel~=icon]", |_| {
            *has_icon.borrow_mut() = true;
            Ok(())
        })],
    )?;
    let skip_icon = has_icon.take();
    let head = RefCell::new(String::new());
    html::rewrite(
        engine_page,
        // Not `head link`: a minified page leaves out the optional `<head>`
        // tag, and the rewriter sees only the tags written.
        vec![element!("link[href], script[src]", |el| {
            let url = el
                .get_attribute("href")
                .or_else(|| el.get_attribute("src"))
                .unwrap_or_default();
            let name = url.strip_prefix("./").unwrap_or(&url);
            let built_in_look = name.starts_with("page-") && name.ends_with(".css");
            let icon = el
                .get_attribute("rel")
                .is_some_and(|rel| rel.split_whitespace().any(|r| r == "icon"));
            if built_in_look || (icon && skip_icon) {
                return Ok(());
            }
            let mut tag = format!("<{}", el.tag_name());
            for attribute in el.attributes() {
                tag.push_str(&format!(
                    " {}=\"{}\"",
                    attribute.name(),
                    html::escape(&html::attribute_text(&attribute.value()))
                ));
            }
            tag.push('>');
            if el.tag_name() == "script" {
                tag.push_str("</script>");
            }
            head.borrow_mut().push_str(&tag);
            Ok(())
        })],
    )?;
    let head = head.take();
    let added = RefCell::new(false);
    let page = html::rewrite(
        template,
        vec![element!("head", |el| {
            el.append(&head, ContentType::Html);
            *added.borrow_mut() = true;
            Ok(())
        })],
    )?;
    if added.take() {
        Ok(page)
    } else {
        Err(crate::error::ErrorKind::NoHead.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As trunk's minifier writes a page: no optional `<head>` or `<body>` tag.
    const ENGINE_PAGE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Built</title>\
        <link href=\"./page-1.css\" rel=stylesheet><link href=\"./faq-2.css\" rel=stylesheet>\
        <link href=\"./favicon-3.svg\" rel=icon><script type=\"module\" src=\"./loader-4.js\"></script>\
        <link crossorigin href=\"./faq-widget-5.js\" rel=modulepreload>\
        <h1>Your questions</h1><div id=\"faq-widget\"></div></html>";

    #[test]
    fn the_newsrooms_page_gets_the_engines_head_but_not_the_built_in_look() {
        let template = "<!doctype html><html lang=en><head><title>Gazette</title>\
            <link rel=stylesheet href=\"brand.css\"></head><body><header>The Gazette</header>\
            <h1>Q&amp;A</h1><div id=\"faq-widget\"></div></body></html>";
        let page = story_page(ENGINE_PAGE, template).unwrap();
        assert!(page.contains("<header>The Gazette</header>"), "{page}");
        assert!(page.contains("href=\"brand.css\""));
        assert!(
            page.contains("href=\"./faq-2.css\""),
            "the widget's styles: {page}"
        );
        assert!(page.contains("src=\"./loader-4.js\"></script>"), "{page}");
        assert!(page.contains("rel=\"modulepreload\""), "{page}");
        assert!(page.contains("href=\"./favicon-3.svg\""), "{page}");
        assert!(
            !page.contains("page-1.css"),
            "not the built-in page's look: {page}"
        );
        // A template with its own icon keeps it alone.
        let with_icon = template.replace("</head>", "<link rel=icon href=\"mark.png\"></head>");
        let page = story_page(ENGINE_PAGE, &with_icon).unwrap();
        assert!(
            !page.contains("favicon-3.svg") && page.contains("mark.png"),
            "{page}"
        );
    }

    #[test]
    fn a_template_folder_needs_a_page_and_keeps_its_front_page() {
        let dir = std::env::temp_dir().join(format!("faq-templates-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert!(Templates::read(&dir).is_err(), "an empty folder");
        std::fs::write(
            dir.join(FRONT_PAGE),
            "<html><head><title>F</title></head><body><div id=\"faq-site\"></div></body></html>",
        )
        .unwrap();
        std::fs::write(dir.join("brand.css"), "body{}").unwrap();
        let templates = Templates::read(&dir).unwrap();
        assert!(templates.story.is_none() && templates.front.is_some());
        assert_eq!(templates.files, ["brand.css"]);
        let out = dir.join("site");
        std::fs::create_dir_all(&out).unwrap();
        templates.install(&out).unwrap();
        assert!(out.join("brand.css").is_file());
        assert!(out.join(KEPT_FRONT).is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
