//! A page made once per run and cut at the places a story fills: its
//! headline before the title, its description, what goes at the end of
//! `<head>` (its data, the `<noscript>` styles), and the mount element's
//! widget. Publishing a story then only joins strings: the
//! rewriter reads the engine's page once per run, not a dozen times per
//! story, and never the story's text.
//!
//! The places are marked in the page by characters from Unicode's private
//! use area, which a page template does not hold (checked) and which no
//! edit of the rewriter touches, so a template can be edited as a whole
//! (made self-contained for the offline file) and keep them.

use super::edits::mount_selector;
use crate::error::{ErrorKind, PublishError, Result};
use crate::html::{self, escape};
use lol_html::element;
use lol_html::html_content::ContentType;
use std::cell::Cell;

/// What marks a place in a template: `MARK`, the slot's number, `MARK`.
const MARK: char = '\u{F8FF}';

/// A place in the page that a story fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// Text before the template's title: the story's headline and ` · `.
    Headline,
    /// The value of the template's `<meta name="description">`.
    Description,
    /// HTML at the end of `<head>`.
    HeadEnd,
    /// The mount element's content: the prerendered widget.
    Widget,
    /// The content of the page's first `<h1>`: the story's headline.
    Heading,
    /// HTML after the page's first `<h1>`: what the story's front matter
    /// says of it (section, dates, the article it explains).
    About,
}

const SLOTS: [Slot; 6] = [
    Slot::Headline,
    Slot::Description,
    Slot::HeadEnd,
    Slot::Widget,
    Slot::Heading,
    Slot::About,
];

fn mark(slot: Slot) -> String {
    format!("{MARK}{}{MARK}", slot as usize)
}

/// The mark of each slot of a [`Template::shell`], by the name of what
/// fills it: the story's headline and description (text), its data
/// (HTML), the prerendered widget (HTML), the `<h1>`'s content (HTML) and
/// what follows the `<h1>` (HTML).
pub fn marks() -> [(&'static str, String); 6] {
    [
        ("headline", mark(Slot::Headline)),
        ("description", mark(Slot::Description)),
        ("data", mark(Slot::HeadEnd)),
        ("widget", mark(Slot::Widget)),
        ("heading", mark(Slot::Heading)),
        ("about", mark(Slot::About)),
    ]
}

/// What a story puts into a template.
pub struct Filling<'a> {
    /// Plain text: the headline, before the template's title.
    pub headline: &'a str,
    /// Plain text: the page's description.
    pub description: &'a str,
    /// HTML for the end of `<head>`: the story's data, then (after the
    /// description, if the page had none) what else the page needs there,
    /// the `<noscript>` styles.
    pub data: &'a str,
    pub head_end: &'a str,
    /// HTML: the prerendered widget.
    pub widget: &'a str,
    /// Plain text: the page's `<h1>`, the headline.
    pub heading: &'a str,
    /// HTML: what follows the page's `<h1>`.
    pub about: &'a str,
}

/// A page cut at its slots: `parts[0]`, slot, `parts[1]`, …
pub struct Template {
    parts: Vec<String>,
    slots: Vec<Slot>,
    /// Whether the page had a `<meta name="description">`; if not, the
    /// story's goes at the end of `<head>`.
    has_description: bool,
}

/// Which slots a page is cut at.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// A story's page, from the engine's: every slot.
    Story,
    /// A published page prerendered again: the mount element's only.
    Widget,
}

impl Template {
    /// `page` cut at its slots, after setting `set` on its mount element.
    /// The page must have one mount element, and for [`Cut::Story`] a
    /// `<title>` and a `<head>` or `<body>` start tag.
    pub fn new(page: &str, cut: Cut, set: &[(String, String)]) -> Result<Template> {
        if page.contains(MARK) {
            return Err(PublishError::new(ErrorKind::Rewriter(format!(
                "the page holds the character U+{:04X}, which marks a template's slots",
                MARK as u32
            ))));
        }
        let mounts = Cell::new(0);
        let described = Cell::new(false);
        let head_end = Cell::new(false);
        let headed = Cell::new(false);
        let story = cut == Cut::Story;
        let mut handlers = vec![element!(mount_selector(), |el| {
            for (name, value) in set {
                el.set_attribute(name, value)?;
            }
            el.set_inner_content(&mark(Slot::Widget), ContentType::Html);
            mounts.set(mounts.get() + 1);
            Ok(())
        })];
        if story {
            handlers.extend([
                element!("title", |el| {
                    el.prepend(&format!("{} · ", mark(Slot::Headline)), ContentType::Html);
                    Ok(())
                }),
                element!("h1", |el| {
                    if !headed.get() {
                        // The headline is in the story's language, the
                        // page's (`<html lang dir>`), not the template's.
                        el.remove_attribute("lang");
                        el.remove_attribute("dir");
                        el.set_inner_content(&mark(Slot::Heading), ContentType::Html);
                        el.after(&mark(Slot::About), ContentType::Html);
                        headed.set(true);
                    }
                    Ok(())
                }),
                element!("meta[name=description]", |el| {
                    el.set_attribute("content", &mark(Slot::Description))?;
                    described.set(true);
                    Ok(())
                }),
                // The end of `<head>`, or, where a minifier left out its
                // optional start tag, just before `<body>`.
                element!("head", |el| {
                    el.append(&mark(Slot::HeadEnd), ContentType::Html);
                    head_end.set(true);
                    Ok(())
                }),
                element!("body", |el| {
                    if !head_end.get() {
                        el.before(&mark(Slot::HeadEnd), ContentType::Html);
                        head_end.set(true);
                    }
                    Ok(())
                }),
            ]);
        }
        let marked = html::rewrite(page, handlers)?;
        if mounts.get() != 1 {
            return Err(ErrorKind::MountElements {
                found: mounts.get(),
            }
            .into());
        }
        if story && !head_end.get() {
            return Err(ErrorKind::NoHead.into());
        }
        let template = Self::cut(&marked, described.get())?;
        if story && !template.slots.contains(&Slot::Headline) {
            return Err(PublishError::new(ErrorKind::Rewriter(
                "the page has no <title> to name after its story".into(),
            )));
        }
        Ok(template)
    }

    /// `marked` cut at its marks.
    fn cut(marked: &str, has_description: bool) -> Result<Template> {
        let mut pieces = marked.split(MARK);
        let mut parts = vec![pieces.next().unwrap_or_default().to_owned()];
        let mut slots = Vec::new();
        while let (Some(number), Some(part)) = (pieces.next(), pieces.next()) {
            let slot = number
                .parse::<usize>()
                .ok()
                .and_then(|n| SLOTS.get(n).copied())
                .ok_or_else(|| {
                    PublishError::new(ErrorKind::Rewriter("a template's mark was damaged".into()))
                })?;
            slots.push(slot);
            parts.push(part.to_owned());
        }
        Ok(Template {
            parts,
            slots,
            has_description,
        })
    }

    /// The template after `edit` of its whole page, which must keep the
    /// slots' marks (an edit of other elements and attributes does).
    pub fn edited(&self, edit: impl FnOnce(&str) -> Result<String>) -> Result<Template> {
        let mut marked = self.parts[0].clone();
        for (slot, part) in self.slots.iter().zip(&self.parts[1..]) {
            marked.push_str(&mark(*slot));
            marked.push_str(part);
        }
        let edited = edit(&marked)?;
        let template = Self::cut(&edited, self.has_description)?;
        if template.slots == self.slots {
            Ok(template)
        } else {
            Err(PublishError::new(ErrorKind::Rewriter(
                "an edit of the template lost a slot".into(),
            )))
        }
    }

    /// A page cut at its widget alone ([`Cut::Widget`]) with the widget
    /// `html` in it.
    pub fn fill_widget(&self, html: &str) -> String {
        self.fill(&Filling {
            headline: "",
            description: "",
            data: "",
            head_end: "",
            widget: html,
            heading: "",
            about: "",
        })
    }

    /// The page with every slot kept as its mark but `head_end`, filled:
    /// a shell that a browser fills with a story's parts by their marks
    /// ([`marks`]), as [`Template::fill`] does.
    pub fn shell(&self, head_end: &str) -> String {
        let marks = SLOTS.map(mark);
        self.fill(&Filling {
            headline: &marks[Slot::Headline as usize],
            description: &marks[Slot::Description as usize],
            data: &marks[Slot::HeadEnd as usize],
            head_end,
            widget: &marks[Slot::Widget as usize],
            heading: &marks[Slot::Heading as usize],
            about: &marks[Slot::About as usize],
        })
    }

    /// The page with `filling` in its slots.
    pub fn fill(&self, filling: &Filling<'_>) -> String {
        let widget_len = filling.widget.len() + filling.data.len() + filling.head_end.len();
        let mut page = String::with_capacity(
            self.parts.iter().map(String::len).sum::<usize>() + widget_len + 512,
        );
        page.push_str(&self.parts[0]);
        for (slot, part) in self.slots.iter().zip(&self.parts[1..]) {
            match slot {
                Slot::Headline => page.push_str(&escape(filling.headline)),
                Slot::Heading => page.push_str(&escape(filling.heading)),
                Slot::About => page.push_str(filling.about),
                Slot::Description => page.push_str(&escape(filling.description)),
                Slot::HeadEnd => {
                    page.push_str(filling.data);
                    if !self.has_description {
                        page.push_str(&format!(
                            "<meta name=\"description\" content=\"{}\">",
                            escape(filling.description)
                        ));
                    }
                    page.push_str(filling.head_end);
                }
                Slot::Widget => page.push_str(filling.widget),
            }
            page.push_str(part);
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><html><head><title>Explainer</title>\
        <meta name=\"description\" content=\"Any story.\"></head><body>\
        <div id=\"faq-widget-2\">other</div>\
        <div id=\"faq-widget\" data-heading-level=\"3\"><p>Loading</p></div><p>after</p></body></html>";

    fn filling<'a>(headline: &'a str, description: &'a str) -> Filling<'a> {
        Filling {
            headline,
            description,
            data: "<x-data>",
            head_end: "<x-end>",
            widget: "<section>W</section>",
            heading: headline,
            about: "<p>about</p>",
        }
    }

    #[test]
    fn a_story_fills_its_page_and_its_text_stays_text() {
        let template = Template::new(PAGE, Cut::Story, &[]).unwrap();
        let page = template.fill(&filling("<b>Tom & Jerry</b>", "Cats \"and\" <mice>"));
        assert!(
            page.contains("<title>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; · Explainer</title>"),
            "{page}"
        );
        assert!(
            page.contains("content=\"Cats &quot;and&quot; &lt;mice&gt;\""),
            "{page}"
        );
        assert!(page.contains("<x-data><x-end></head>"), "{page}");
        assert!(page.contains("<div id=\"faq-widget-2\">other</div>"));
        assert!(page.contains(
            "<div id=\"faq-widget\" data-heading-level=\"3\"><section>W</section></div><p>after</p>"
        ), "{page}");
    }

    #[test]
    fn a_page_without_a_description_gets_one_and_a_minified_head_is_found() {
        let bare = "<html><title>T</title><body><div id=faq-widget></div>";
        let page = Template::new(bare, Cut::Story, &[])
            .unwrap()
            .fill(&filling("H", "D & \"E\""));
        assert_eq!(
            page,
            "<html><title>H · T</title><x-data><meta name=\"description\" content=\"D &amp; &quot;E&quot;\"><x-end>\
             <body><div id=faq-widget><section>W</section></div>"
        );
    }

    #[test]
    fn a_page_prerendered_again_keeps_all_but_its_widget() {
        let set = [("data-heading-level".to_owned(), "4".to_owned())];
        let template = Template::new(PAGE, Cut::Widget, &set).unwrap();
        let page = template.fill_widget("<section>W</section>");
        assert!(page.contains("<title>Explainer</title>"));
        assert!(page.contains(
            "<div id=\"faq-widget\" data-heading-level=\"4\"><section>W</section></div>"
        ));
    }

    #[test]
    fn a_page_without_its_parts_or_with_the_mark_is_refused() {
        let no_mount = Template::new("<title>T</title><body>", Cut::Story, &[]);
        assert!(matches!(
            no_mount.err().map(|e| e.kind),
            Some(ErrorKind::MountElements { found: 0 })
        ));
        let no_head = Template::new("<div id=faq-widget></div>", Cut::Story, &[]);
        assert!(matches!(
            no_head.err().map(|e| e.kind),
            Some(ErrorKind::NoHead)
        ));
        let marked = format!("<title>{MARK}0{MARK}</title><body><div id=faq-widget>");
        assert!(Template::new(&marked, Cut::Story, &[]).is_err());
    }

    #[test]
    fn an_edit_keeps_the_slots() {
        let template = Template::new(PAGE, Cut::Story, &[]).unwrap();
        let edited = template
            .edited(|page| Ok(page.replace("after", "later")))
            .unwrap();
        let page = edited.fill(&filling("H", "D"));
        assert!(page.contains("<p>later</p>") && page.contains("<title>H · Explainer</title>"));
        let lost = template.edited(|page| Ok(page.replace(MARK, "")));
        assert!(lost.is_err());
    }
}
