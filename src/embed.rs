//! Embedding: mounts the widget into any element of a host page, inside a
//! shadow root styled by a constructable stylesheet, so the host's CSS cannot
//! break the widget and the widget's CSS cannot leak out, and no `<style>`
//! element or `style=` attribute is needed (strict CSP).
//!
//! The shared embed engine (`faq-embed-<hash>.js`, written by
//! `crates/faq-prerender`, runtime in `js/embed.js`) calls [`mount`] for
//! every `[data-faq-widget]` element and for `FaqWidget.mount(element,
//! options)`, with the story of the element's embed script; options come
//! from the element's `data-` attributes and the options object.

use crate::contract::{embed_id_prefix, THEME_ATTRIBUTE};
use crate::options::{widget_props, Given, Mount};
use crate::{warn, Explainer, FaqWidget};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};

/// The widget's stylesheet, applied inside each shadow root.
const STYLES: &str = include_str!("../styles/faq.css");

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
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
        indexed.push((story, explainer.clone()));
        Some(explainer)
    })
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

/// Mounts a widget into `host`. Returns an error only when the element
/// cannot hold a shadow root (it already has one, or is of a kind that
/// cannot); the error says so.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount(host: Element, options: JsValue, story: String) -> Result<(), JsValue> {
    let explainer = indexed(story).ok_or("the story's data is damaged; publish it again")?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(STYLES)?;
    js_sys::Reflect::set(
        &shadow,
        &"adoptedStyleSheets".into(),
        &js_sys::Array::of1(&sheet),
    )?;
    let document = gloo::utils::document();
    let container = document.create_element("div")?;
    shadow.append_child(&container)?;
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
    yew::Renderer::<FaqWidget>::with_root_and_props(container.unchecked_into(), props).render();
    Ok(())
}
