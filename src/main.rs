//! Mounts the widget into `#faq-widget`, or into `<body>` if the page has none.
//! When `#faq-widget` holds the prerendered widget (see `crates/faq-prerender`),
//! the live widget hydrates it: it takes over the very elements the reader is
//! already looking at, so nothing is rebuilt, and focus, scroll position and
//! text typed into the search field stay.
//!
//! The mount element may set `data-heading-level="1"`…`"6"` (default 2) for
//! the level of the question headings, to fit the page's outline.

use faq_core::FaqId;
use faq_widget::components::faq_list::question_of_panel;
use faq_widget::{Explainer, FaqWidget, FaqWidgetProps, STANDALONE_ID_PREFIX};
use wasm_bindgen::JsCast;

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
    // A text-fragment link or find-in-page that lands in a closed answer
    // before the wasm runs reveals it in the prerendered page (read here);
    // after hydration, the list's `beforematch` listener opens it.
    let initially_open = root.as_ref().map(revealed_answers).unwrap_or_default();
    let props = FaqWidgetProps {
        explainer,
        heading_level,
        id_prefix: STANDALONE_ID_PREFIX.into(),
        initially_open,
        show_summary: true,
        exclusive: false,
        fragment_prefix: Some("".into()),
        text: Default::default(),
        pending_query: root.as_ref().map(typed_query).unwrap_or_default().into(),
    };
    match root {
        Some(root) if root.query_selector(".faq-widget").ok().flatten().is_some() => {
            drop(yew::Renderer::<FaqWidget>::with_root_and_props(root, props).hydrate());
        }
        Some(root) => drop(yew::Renderer::<FaqWidget>::with_root_and_props(root, props).render()),
        None => drop(yew::Renderer::<FaqWidget>::with_props(props).render()),
    }
}

/// What the reader typed into the prerendered search field so far.
fn typed_query(root: &web_sys::Element) -> String {
    root.query_selector(".faq-search__input")
        .ok()
        .flatten()
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Questions whose answers the browser revealed in the prerendered widget
/// before the wasm ran (find-in-page, a text-fragment link): the live widget
/// opens them too.
fn revealed_answers(root: &web_sys::Element) -> Vec<FaqId> {
    let panel_prefix = format!("{STANDALONE_ID_PREFIX}-");
    let Ok(panels) = root.query_selector_all(".faq-item__panel:not([hidden])") else {
        return Vec::new();
    };
    (0..panels.length())
        .filter_map(|i| panels.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|panel| question_of_panel(&panel.id(), &panel_prefix))
        .collect()
}
