//! Mounts the widget into `#faq-widget`, or into `<body>` if the page has none,
//! with the story the page carries in `#faq-story`.
//!
//! `#faq-widget` holds the prerendered widget (see `crates/faq-publish`),
//! which the reader reads and works (`js/accordion.js`) until the engine
//! runs. The live widget then takes its place, as the embed's does: it
//! renders itself afresh in place of it, in the same task, so nothing is
//! painted in between, and carries over what the reader did meanwhile: the
//! answers open, the text typed into the search field and which control
//! had focus. It does not hydrate: Yew's hydration cost 9.1 KB gzip of
//! wasm (benches/README.md), and a prerendered page a CMS or an extension
//! changed could not be hydrated anyway.
//!
//! The mount element takes the options of the option table
//! (`src/options.rs`) as `data-` attributes.

use faq_core::FaqId;
use faq_widget::contract::{
    self, class, MOUNT_ID, STANDALONE_ID_PREFIX, STORY_DATA_ID, STORY_WORDS_ATTRIBUTE,
};
use faq_widget::options::{widget_props, Given, Mount};
use faq_widget::{warn, Explainer, FaqWidget};
use wasm_bindgen::JsCast;
use web_sys::Element;

fn main() {
    let document = gloo::utils::document();
    let root = document.get_element_by_id(MOUNT_ID);
    let Some(explainer) = page_story(&document) else {
        // Only a page edited after publishing gets here.
        web_sys::console::error_1(
            &format!("FAQ widget: the page has no story in #{STORY_DATA_ID}").into(),
        );
        return;
    };
    let given = |_: &str, attribute: &str| {
        let value = root.as_ref()?.get_attribute(attribute)?;
        Some(Given::Text(value))
    };
    // The theme needs nothing here: the mount element's own `data-theme`
    // styles it (styles/faq.css).
    let (mut props, _) = widget_props(explainer, &Mount::Standalone, &given, &mut |w| warn(&w));
    let Some(root) = root else {
        drop(yew::Renderer::<FaqWidget>::with_props(props).render());
        return;
    };
    // The answers the reader opened in the prerendered page before the
    // wasm ran, or that find-in-page or a text-fragment link revealed.
    if root
        .query_selector(&format!(".{}", class::WIDGET))
        .ok()
        .flatten()
        .is_some()
    {
        props.initially_open = revealed_answers(&root);
    }
    props.pending_query = typed_query(&root).into();
    props.focused_id = focused_id(&root).map(Into::into);
    root.set_text_content(None);
    drop(yew::Renderer::<FaqWidget>::with_root_and_props(root, props).render());
}

/// The story the published page carries in `#faq-story` (see
/// [`faq_widget::story_data`]), indexed.
fn page_story(document: &web_sys::Document) -> Option<std::rc::Rc<Explainer>> {
    let element = document.get_element_by_id(STORY_DATA_ID)?;
    let mut story = faq_widget::story_data::read(&element.text_content()?)?;
    // A JSON-LD that holds the story carries its words for the search in
    // an attribute.
    if let Some(words) = element.get_attribute(STORY_WORDS_ATTRIBUTE) {
        story.set_search_words(&words);
    }
    Some(Explainer::from_story_in(
        &story,
        faq_widget::ENGINE_LANGUAGE,
    ))
}

/// The id of the element inside `root` that has focus, if any.
fn focused_id(root: &Element) -> Option<String> {
    let focused = gloo::utils::document().active_element()?;
    (root.contains(Some(&focused)) && !focused.id().is_empty()).then(|| focused.id())
}

/// What the reader typed into the prerendered search field so far.
fn typed_query(root: &Element) -> String {
    root.query_selector(&format!(".{}", class::SEARCH_INPUT))
        .ok()
        .flatten()
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Questions whose answers the browser revealed in the prerendered widget
/// before the wasm ran (find-in-page, a text-fragment link): the live widget
/// opens them too.
fn revealed_answers(root: &Element) -> Vec<FaqId> {
    let selector = format!(".{}:not([hidden])", class::ITEM_PANEL);
    let Ok(panels) = root.query_selector_all(&selector) else {
        return Vec::new();
    };
    (0..panels.length())
        .filter_map(|i| panels.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|panel| contract::question_of_panel(&panel.id(), STANDALONE_ID_PREFIX))
        .collect()
}
