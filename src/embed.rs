//! Embedding: mounts the widget into an element that a story's embed script
//! made inside a host element's shadow root (`js/embed-story.js`, which also
//! styles that shadow root and shows the story without search if this
//! engine cannot start).
//!
//! The shared embed engine (`faq-embed-<hash>.js`, written by
//! `crates/faq-publish`, runtime in `js/embed.js`) hands [`mount`] to the
//! story scripts, which call it for every `[data-faq-widget]` element and
//! for `FaqWidget.mount(element, options)`, with the element's story;
//! options come from the element's `data-` attributes and the options
//! object. [`unmount`] releases a widget whose element left the page (a
//! single-page app's route change) or that `FaqWidget.unmount(element)`
//! names: its Yew app with every listener and timer its hooks hold, and
//! its story's index once no widget shows that story.

use crate::components::widget::FaqWidget;
use crate::console::warn;
use crate::contract::{embed_id_prefix, THEME_ATTRIBUTE};
use crate::explainer::Explainer;
use crate::options::{widget_props, Given, Mount};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};
use yew::AppHandle;

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
    /// The widgets live on the page, by number.
    static LIVE: RefCell<Vec<(u32, AppHandle<FaqWidget>)>> = const { RefCell::new(Vec::new()) };
    /// Each story indexed so far on this page, by its lines: two widgets of
    /// one story share one index.
    static INDEXED: RefCell<Vec<(String, Rc<Explainer>)>> = const { RefCell::new(Vec::new()) };
}

/// The explainer of `story` (its lines, as its embed script carries them),
/// indexed once per page.
fn indexed(story: String) -> Option<Rc<Explainer>> {
    INDEXED.with_borrow_mut(|indexed| {
        if let Some((_, explainer)) = indexed.iter().find(|(lines, _)| *lines == story) {
            return Some(explainer.clone());
        }
        let explainer = Explainer::from_lines(&story)?;
        forget_unshown(indexed);
        indexed.push((story, explainer.clone()));
        Some(explainer)
    })
}

/// Forgets the indexes no widget holds any more: only this table does.
/// (A widget's app is destroyed in a microtask after [`unmount`], so the
/// next story indexed collects what that one left.)
fn forget_unshown(indexed: &mut Vec<(String, Rc<Explainer>)>) {
    indexed.retain(|(_, explainer)| Rc::strong_count(explainer) > 1);
}

/// The option `name` of the options object (the element's `data-`
/// attributes merged with `mount()`'s options, by `faq-widget.js`).
fn option(options: &JsValue, name: &str) -> Option<Given> {
    let value = js_sys::Reflect::get(options, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())?;
    Some(if let Some(text) = value.as_string() {
        Given::Text(text)
    } else if let Some(number) = value.as_f64() {
        Given::Scalar(number.to_string())
    } else if let Some(yes) = value.as_bool() {
        Given::Scalar(yes.to_string())
    } else {
        Given::Other
    })
}

/// The namespace of a widget's links, `#<namespace>:<slug>`: the host
/// element's id when it has one, as that stays put when the page changes,
/// else the widget's number on the page.
fn link_namespace(host: &Element, number: u32) -> String {
    let id = host.id();
    if id.is_empty() {
        embed_id_prefix(number)
    } else {
        id
    }
}

/// Mounts a widget into `container`, an element inside the shadow root of
/// the host element (whose id names the widget's links and which takes the
/// `theme` option). Returns the widget's number, which [`unmount`] takes;
/// an error only when the story's data is damaged.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount(container: Element, options: JsValue, story: String) -> Result<u32, JsValue> {
    let explainer = indexed(story).ok_or("the story's data is damaged; publish it again")?;
    let host = container
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .map(|shadow| shadow.host())
        .unwrap_or_else(|_| container.clone());
    let number = MOUNTED.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let mount = Mount::Embedded {
        number,
        link_namespace: link_namespace(&host, number),
    };
    let given = |name: &str, _: &str| option(&options, name);
    let (props, theme) = widget_props(explainer, &mount, &given, &mut |w| warn(&w));
    if let Some(theme) = theme {
        host.set_attribute(THEME_ATTRIBUTE, theme.as_str())?;
    }
    let app = yew::Renderer::<FaqWidget>::with_root_and_props(container, props).render();
    LIVE.with_borrow_mut(|live| live.push((number, app)));
    Ok(number)
}

/// Destroys widget `number` (its hooks' listeners and timers go with it)
/// and forgets the index of every story no widget shows any more. Nothing
/// happens for a number that is not live.
#[wasm_bindgen(js_name = unmountWidget)]
pub fn unmount(number: u32) {
    let app = LIVE.with_borrow_mut(|live| {
        let at = live.iter().position(|(n, _)| *n == number)?;
        Some(live.swap_remove(at).1)
    });
    if let Some(app) = app {
        app.destroy();
    }
    INDEXED.with_borrow_mut(forget_unshown);
}
