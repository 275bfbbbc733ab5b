//! Mounts the widget into `#faq-widget`, or into `<body>` if the page has none.
//!
//! The mount element may set `data-heading-level="1"`…`"6"` (default 2) for
//! the level of the question headings, to fit the page's outline.

use faq_widget::{Explainer, FaqWidget, FaqWidgetProps};

const DEFAULT_HEADING_LEVEL: u8 = 2;

fn main() {
    let document = gloo::utils::document();
    let root = document.get_element_by_id("faq-widget");
    let heading_level = root
        .as_ref()
        .and_then(|root| root.get_attribute("data-heading-level"))
        .and_then(|level| level.trim().parse::<u8>().ok())
        .filter(|level| (1..=6).contains(level))
        .unwrap_or(DEFAULT_HEADING_LEVEL);
    let explainer = match Explainer::built_in() {
        Ok(explainer) => explainer,
        Err(error) => {
            // Only a bundle built from mismatched sources gets here.
            web_sys::console::error_1(&format!("FAQ widget: {error}").into());
            return;
        }
    };
    let props = FaqWidgetProps {
        explainer,
        heading_level,
        id_prefix: "faq".into(),
    };
    let renderer = match root {
        Some(root) => {
            // Replace the loading message the page shows until the widget runs.
            root.set_inner_html("");
            yew::Renderer::<FaqWidget>::with_root_and_props(root, props)
        }
        None => yew::Renderer::<FaqWidget>::with_props(props),
    };
    renderer.render();
}
