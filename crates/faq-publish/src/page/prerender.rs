//! The widget rendered to HTML as the page shows it before the WebAssembly
//! runs (Yew's server-side renderer), and its render key.

use crate::html;
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
    let (html, shape) = without_javascript(&rendered);
    let key = key_text(render_key(&props, &shape));
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
/// never touched, nor the shape, which comes with it (one pass).
fn without_javascript(html: &str) -> (String, Shape) {
    let panels = format!(".{}[hidden]", class::ITEM_PANEL);
    let buttons = format!(".{}[aria-expanded=\"false\"]", class::ITEM_BUTTON);
    let shape = Rc::new(RefCell::new(Shape::default()));
    let mut handlers = vec![
        element!(panels, |el| {
            el.set_attribute("hidden", "until-found")?;
            Ok(())
        }),
        element!(buttons, |el| {
            el.remove_attribute("aria-expanded");
            Ok(())
        }),
    ];
    let (elements, comments) = shape_handlers(&shape);
    handlers.push(elements);
    let edited = rewrite(html, handlers, vec![comments]);
    (edited, shape.take())
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

/// The handlers that record the shape of what they read into `shape`, as
/// the browser parses it and hydration walks it: elements and comments,
/// nested (see `faq_widget::hydration`).
fn shape_handlers(
    shape: &Rc<RefCell<Shape>>,
) -> (
    (
        std::borrow::Cow<'static, lol_html::Selector>,
        lol_html::ElementContentHandlers<'static>,
    ),
    lol_html::DocumentContentHandlers<'static>,
) {
    let on_element = shape.clone();
    let on_comment = shape.clone();
    (
        element!("*", move |el| {
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
        }),
        doc_comments!(move |comment| {
            on_comment.borrow_mut().comment(&comment.text());
            Ok(())
        }),
    )
}

/// The shape of `html` (see [`shape_handlers`]).
#[cfg(test)]
fn shape_of(html: &str) -> Shape {
    let shape = Rc::new(RefCell::new(Shape::default()));
    let (elements, comments) = shape_handlers(&shape);
    rewrite(html, vec![elements], vec![comments]);
    shape.take()
}

/// `html` rewritten by the handlers of this module, which do not fail.
fn rewrite<'h>(
    html: &str,
    element_content_handlers: html::Handlers<'h>,
    document_content_handlers: Vec<lol_html::DocumentContentHandlers<'h>>,
) -> String {
    html::rewrite_with(html, element_content_handlers, document_content_handlers)
        .expect("the rewriters here do not fail")
}

#[cfg(test)]
mod tests {
    use super::*;
    use faq_core::{Faq, Story};

    fn explainer(questions: usize, answer: &str) -> Rc<Explainer> {
        let faqs = (1..=questions)
            .map(|n| Faq {
                question: format!("Question {n}?"),
                answer: answer.replace("{n}", &n.to_string()),
            })
            .collect();
        Explainer::from_story(&Story {
            aliases: String::new(),
            commonness: String::new(),
            summary: "S".into(),
            faqs,
        })
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
}
