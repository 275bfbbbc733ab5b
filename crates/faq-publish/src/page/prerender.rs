//! The widget rendered to HTML as the page shows it before the WebAssembly
//! runs (Yew's server-side renderer). The live widget renders itself afresh
//! in its place (`src/main.rs`), so it carries no hydration markers, and the
//! same HTML serves as the server-side include for host pages.

use crate::html;
use faq_widget::contract::class;
use faq_widget::options::{widget_props, Given, Mount};
use faq_widget::{Explainer, FaqWidget};
use lol_html::element;
use std::rc::Rc;

/// The standalone widget, prerendered.
pub struct Prerendered {
    /// The widget's HTML, as the page holds it.
    pub html: String,
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
        yew::LocalServerRenderer::<FaqWidget>::with_props(props)
            .hydratable(false)
            .render(),
    );
    Prerendered {
        html: without_javascript(&rendered),
        warnings,
    }
}

/// An embedded widget with its defaults, prerendered: what a story's embed
/// script shows in each element when its engine cannot start (a host CSP
/// without `'wasm-unsafe-eval'`), worked by `js/accordion.js`. It is made
/// here, by the live widget's own components, so that no fact of its
/// markup is written again in JavaScript. Its ids are those of a host
/// page's first widget; each element's shadow root holds its own.
pub fn embedded_widget(explainer: Rc<Explainer>) -> String {
    let mount = Mount::Embedded {
        number: 1,
        link_namespace: String::new(),
    };
    let (props, _) = widget_props(explainer, &mount, &|_, _| None, &mut |_| ());
    let rendered = futures::executor::block_on(
        yew::LocalServerRenderer::<FaqWidget>::with_props(props)
            .hydratable(false)
            .render(),
    );
    without_javascript(&rendered)
}

/// The page before and without JavaScript: closed answers stay reachable by
/// find-in-page (`hidden="until-found"`), and since a page without
/// JavaScript shows every answer (`styles/noscript.css`), no question claims
/// to be collapsed; `js/accordion.js` claims it once it runs. Attributes
/// only: the text is never touched.
fn without_javascript(html: &str) -> String {
    let panels = format!(".{}[hidden]", class::ITEM_PANEL);
    let buttons = format!(".{}[aria-expanded=\"false\"]", class::ITEM_BUTTON);
    let handlers = vec![
        element!(panels, |el| {
            el.set_attribute("hidden", "until-found")?;
            Ok(())
        }),
        element!(buttons, |el| {
            el.remove_attribute("aria-expanded");
            Ok(())
        }),
    ];
    html::rewrite_with(html, handlers, vec![]).expect("the rewriters here do not fail")
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
            placeholder: String::new(),
            summary: "S".into(),
            faqs,
        })
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
    fn an_invalid_option_keeps_its_default_and_says_so() {
        let level = |l: &str| [("data-heading-level".to_owned(), l.to_owned())];
        let two = standalone_widget(explainer(3, "A"), &level("2"));
        let invalid = standalone_widget(explainer(3, "A"), &level("9"));
        assert_eq!(invalid.html, two.html);
        assert_eq!(
            invalid.warnings,
            ["headingLevel must be 1 to 6; keeping the default"]
        );
    }

    #[test]
    fn the_embedded_widget_has_an_embedded_widgets_defaults_and_stays_closed() {
        let html = embedded_widget(explainer(3, "A <b>{n}</b>"));
        let heading = format!("<h3 class=\"{}\"", class::ITEM_HEADING);
        assert_eq!(html.matches(&heading).count(), 3, "{html}");
        assert!(html.contains("id=\"faq-widget-1-2-question\""), "{html}");
        assert_eq!(html.matches("hidden=\"until-found\"").count(), 3);
        assert_eq!(html.matches("A &lt;b&gt;2&lt;/b&gt;").count(), 1);
        assert!(!html.contains("<!--"));
    }

    #[test]
    fn the_widget_carries_no_hydration_markers() {
        let widget = standalone_widget(explainer(3, "A <!-- B -->"), &[]);
        assert!(!widget.html.contains("<!--"), "{}", widget.html);
        assert_eq!(widget.html.matches("A &lt;!-- B --&gt;").count(), 3);
    }
}
