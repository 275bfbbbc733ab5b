//! The widget rendered to HTML as the page shows it before the WebAssembly
//! runs, its render key, and the schema.org `FAQPage` JSON-LD.

use faq_widget::contract::class;
use faq_widget::hydration::{key_text, render_key, Shape};
use faq_widget::options::{widget_props, Given, Mount};
use faq_widget::{Explainer, FaqWidget};
use lol_html::{doc_comments, element};
use std::cell::RefCell;
use std::rc::Rc;

/// The standalone widget, prerendered.
pub struct Prerendered {
    /// The widget's HTML, with Yew's hydration markers, as the page holds it.
    pub html: String,
    /// The key the live widget checks before hydrating it.
    pub key: String,
    /// One sentence per option of the mount element that is invalid.
    pub warnings: Vec<String>,
}

/// Renders the standalone widget with the options that the mount element's
/// `attributes` give, as the live widget will read them.
pub fn standalone_widget(explainer: Rc<Explainer>, attributes: &[(String, String)]) -> Prerendered {
    let given = |_: &str, attribute: &str| {
        attributes
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(attribute))
            .map(|(_, value)| Given::Text(value.clone()))
    };
    let mut warnings = Vec::new();
    let (props, _) = widget_props(explainer, &Mount::Standalone, &given, &mut |w| {
        warnings.push(w)
    });
    let rendered = futures::executor::block_on(
        yew::LocalServerRenderer::<FaqWidget>::with_props(props.clone())
            .hydratable(true)
            .render(),
    );
    let html = without_javascript(&rendered);
    let key = key_text(render_key(&props, &shape_of(&html)));
    Prerendered {
        html,
        key,
        warnings,
    }
}

/// The page before and without JavaScript: closed answers stay reachable by
/// find-in-page (`hidden="until-found"`), and since a page without
/// JavaScript shows every answer (`styles/noscript.css`), no question claims
/// to be collapsed. Hydration sets both anew. Attributes only: the text is
/// never touched.
fn without_javascript(html: &str) -> String {
    let panels = format!(".{}[hidden]", class::ITEM_PANEL);
    let buttons = format!(".{}[aria-expanded=\"false\"]", class::ITEM_BUTTON);
    rewrite(
        html,
        vec![
            element!(panels, |el| {
                el.set_attribute("hidden", "until-found")?;
                Ok(())
            }),
            element!(buttons, |el| {
                el.remove_attribute("aria-expanded");
                Ok(())
            }),
        ],
        vec![],
    )
}

/// The widget as a server-side include for host pages: never hydrated (the
/// embed script mounts its own), so without Yew's hydration markers.
pub fn include(widget_html: &str) -> String {
    rewrite(
        widget_html,
        vec![],
        vec![doc_comments!(|comment| {
            if is_hydration_marker(&comment.text()) {
                comment.remove();
            }
            Ok(())
        })],
    )
}

/// Yew's markers around a component or list: `<[name]>` and `</[name]>`.
fn is_hydration_marker(text: &str) -> bool {
    (text.starts_with("<[") || text.starts_with("</[")) && text.ends_with("]>")
}

/// The shape of `html` as the browser parses it and hydration walks it:
/// elements and comments, nested (see `faq_widget::hydration`).
pub fn shape_of(html: &str) -> Shape {
    let shape = Rc::new(RefCell::new(Shape::default()));
    let on_element = shape.clone();
    let on_comment = shape.clone();
    rewrite(
        html,
        vec![element!("*", move |el| {
            on_element.borrow_mut().open(&el.tag_name());
            match el.end_tag_handlers() {
                Some(handlers) => {
                    let on_end = on_element.clone();
                    let close: lol_html::EndTagHandler<'static> = Box::new(move |_| {
                        on_end.borrow_mut().close();
                        Ok(())
                    });
                    handlers.push(close);
                }
                // A void element (`<input>`) has no end tag and no children.
                None => on_element.borrow_mut().close(),
            }
            Ok(())
        })],
        vec![doc_comments!(move |comment| {
            on_comment.borrow_mut().comment(&comment.text());
            Ok(())
        })],
    );
    Rc::try_unwrap(shape)
        .map(RefCell::into_inner)
        .unwrap_or_default()
}

/// `html` rewritten by the handlers of this module, which do not fail.
fn rewrite<'h>(
    html: &str,
    element_content_handlers: crate::page::Handlers<'h>,
    document_content_handlers: Vec<lol_html::DocumentContentHandlers<'h>>,
) -> String {
    crate::page::rewrite_with(html, element_content_handlers, document_content_handlers)
        .expect("the rewriters here do not fail")
}

/// schema.org `FAQPage` of the questions the page shows (a whole story;
/// the first page of a larger corpus, as structured data must describe
/// what readers see), with the summary as its `description`, safe inside a
/// `<script>` element. For a whole story it is also the story's data (see
/// `faq_widget::contract::STORY_DATA_ID`). `language` is the story's BCP 47
/// tag, its `inLanguage`.
pub fn json_ld(explainer: &Explainer, language: &str) -> String {
    let questions: Vec<serde_json::Value> = (0..explainer.shown_at_start() as u32)
        .map(|id| {
            serde_json::json!({
                "@type": "Question",
                "name": explainer.question(id),
                "acceptedAnswer": { "@type": "Answer", "text": explainer.answer(id) },
            })
        })
        .collect();
    let page = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": language,
        "description": explainer.summary(),
        "mainEntity": questions,
    });
    // `<` never appears raw, so no `</script>` can end the element early.
    page.to_string().replace('<', "\\u003c")
}

/// Text for the inside of a `<script>` or `<style>` element: no `</script`
/// or `</style` (in any case) can end it early.
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

#[cfg(test)]
mod tests {
    use super::*;
    use faq_core::{Faq, Story};
    use faq_widget::state::{PAGE, WHOLE_STORY};

    fn explainer(questions: usize, answer: &str) -> Rc<Explainer> {
        let faqs = (1..=questions)
            .map(|n| Faq {
                question: format!("Question {n}?"),
                answer: answer.replace("{n}", &n.to_string()),
            })
            .collect();
        Explainer::from_story(&Story {
            summary: "S".into(),
            faqs,
        })
    }

    fn names(questions: usize) -> Vec<String> {
        let json = json_ld(
            &explainer(questions, "Answer {n} with </script> inside."),
            "en",
        );
        assert!(
            !json.contains("</script>"),
            "no raw < inside the script element"
        );
        let page: serde_json::Value = serde_json::from_str(&json).unwrap();
        page["mainEntity"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["name"].as_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn json_ld_describes_the_questions_the_page_shows() {
        assert_eq!(names(WHOLE_STORY).len(), WHOLE_STORY, "a story, whole");
        let large = names(WHOLE_STORY + 1);
        assert_eq!(large.len(), PAGE, "a larger corpus: its first page");
        assert_eq!(large[0], "Question 1?");
    }

    #[test]
    fn the_shape_nests_elements_and_keeps_comments_and_void_elements() {
        let shape = shape_of("<!--<[A]>--><section><p>t<mark>x</mark></p><input id=q></section>");
        let mut expected = Shape::default();
        expected.comment("<[A]>");
        expected.open("SECTION");
        expected.open("p");
        expected.open("mark");
        expected.close();
        expected.close();
        expected.open("input");
        expected.close();
        expected.close();
        assert_eq!(shape, expected);
    }

    #[test]
    fn prerendering_changes_attributes_never_text() {
        let hostile = "hidden=\"hidden\" aria-expanded=\"false\" aria-controls=\"x-answer\" </div> <!-- id=\"faq-widget-2\"";
        let widget = standalone_widget(explainer(2, hostile), &[]);
        assert!(widget.warnings.is_empty());
        // Every panel is closed and reachable by find-in-page; the text is
        // escaped and whole.
        assert_eq!(widget.html.matches("hidden=\"until-found\"").count(), 2);
        // Two in the answers' text, one on "Show all": none on a question.
        assert_eq!(widget.html.matches("aria-expanded=\"false\"").count(), 3);
        let escaped = hostile
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert_eq!(widget.html.matches(&escaped).count(), 2, "{}", widget.html);
    }

    #[test]
    fn the_heading_level_of_the_mount_element_is_prerendered() {
        for level in 1..=6 {
            let attributes = [("data-heading-level".to_owned(), level.to_string())];
            let widget = standalone_widget(explainer(3, "A"), &attributes);
            let heading = format!("<h{level} class=\"{}\"", class::ITEM_HEADING);
            assert_eq!(widget.html.matches(&heading).count(), 3, "level {level}");
        }
    }

    #[test]
    fn the_key_follows_the_options_and_the_shape() {
        let story = explainer(3, "A");
        let level = |l: &str| [("data-heading-level".to_owned(), l.to_owned())];
        let two = standalone_widget(story.clone(), &level("2"));
        let again = standalone_widget(story.clone(), &level("2"));
        let three = standalone_widget(story.clone(), &level("3"));
        assert_eq!(two.key, again.key);
        assert_ne!(two.key, three.key);
        let invalid = standalone_widget(story, &level("9"));
        assert_eq!(invalid.key, two.key, "an invalid level keeps the default");
        assert_eq!(
            invalid.warnings,
            ["headingLevel must be 1 to 6; keeping the default"]
        );
    }

    #[test]
    fn the_include_has_no_hydration_markers_but_keeps_other_comments() {
        let include = include("<!--<[W]>--><p>a</p><!-- note --><!--</[W]>-->");
        assert_eq!(include, "<p>a</p><!-- note -->");
    }

    #[test]
    fn inert_text_cannot_close_its_element() {
        assert_eq!(
            inert("a</script>b</STYLE>c</div>"),
            "a<\\/script>b<\\/STYLE>c</div>"
        );
    }
}
