//! Mounts the widget into `#faq-widget`, or into `<body>` if the page has none,
//! with the story the page carries in `#faq-story`.
//! When `#faq-widget` holds the prerendered widget (see `crates/faq-publish`),
//! the live widget hydrates it: it takes over the very elements the reader is
//! already looking at, so nothing is rebuilt, and focus, scroll position and
//! text typed into the search field stay.
//!
//! The mount element takes the options of the option table
//! (`src/options.rs`) as `data-` attributes. If the prerendered widget is
//! not what these options render (the page was edited after the build, a
//! CMS or an extension changed it, or it is missing), the widget renders
//! itself afresh in place and says so once in the console: hydrating a page
//! that differs would end the widget.

use faq_core::FaqId;
use faq_widget::contract::{
    self, class, MOUNT_ID, RENDER_KEY_ATTRIBUTE, STANDALONE_ID_PREFIX, STORY_DATA_ID,
    STORY_WORDS_ATTRIBUTE,
};
use faq_widget::hydration::{key_matches, render_key, Shape};
use faq_widget::options::{widget_props, Given, Mount};
use faq_widget::{warn, Explainer, FaqWidget, FaqWidgetProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

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
    // A text-fragment link or find-in-page that lands in a closed answer
    // before the wasm runs reveals it in the prerendered page (read here);
    // after hydration, the list's `beforematch` listener opens it.
    for revealed in revealed_answers(&root) {
        if !props.initially_open.contains(&revealed) {
            props.initially_open.push(revealed);
        }
    }
    props.pending_query = typed_query(&root).into();
    let recorded = root.get_attribute(RENDER_KEY_ATTRIBUTE);
    if recorded
        .as_deref()
        .is_some_and(|recorded| key_matches(recorded, render_key(&props, &shape_of(&root))))
    {
        drop(yew::Renderer::<FaqWidget>::with_root_and_props(root, props).hydrate());
        return;
    }
    if root
        .query_selector(&format!(".{}", class::WIDGET))
        .ok()
        .flatten()
        .is_some()
        || recorded.is_some()
    {
        warn("the prerendered widget differs from what this page's options render; rendering it afresh");
    }
    render_afresh(root, props);
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

/// Replaces whatever `root` holds with a newly rendered widget.
fn render_afresh(root: Element, props: FaqWidgetProps) {
    root.set_text_content(None);
    drop(yew::Renderer::<FaqWidget>::with_root_and_props(root, props).render());
}

/// The shape of what `root` holds, as hydration will walk it.
fn shape_of(root: &Element) -> Shape {
    fn walk(node: &Node, shape: &mut Shape) {
        let children = node.child_nodes();
        for i in 0..children.length() {
            let Some(child) = children.item(i) else {
                continue;
            };
            match child.node_type() {
                Node::ELEMENT_NODE => {
                    shape.open(&child.node_name());
                    walk(&child, shape);
                    shape.close();
                }
                Node::COMMENT_NODE => shape.comment(&child.node_value().unwrap_or_default()),
                _ => {}
            }
        }
    }
    let mut shape = Shape::default();
    walk(root, &mut shape);
    shape
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
