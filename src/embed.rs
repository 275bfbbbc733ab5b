//! Embedding: mounts the widget into any element of a host page, inside a
//! shadow root styled by a constructable stylesheet, so the host's CSS cannot
//! break the widget and the widget's CSS cannot leak out, and no `<style>`
//! element or `style=` attribute is needed (strict CSP).
//!
//! `faq-widget.js` (written by `scripts/post-build.mjs`) calls [`mount`] for
//! every `[data-faq-widget]` element and for `FaqWidget.mount(element,
//! options)`; options come from the element's `data-` attributes and the
//! options object.

use crate::ui_text::{UiText, TEXT_OPTIONS};
use crate::{Explainer, FaqWidget, FaqWidgetProps};
use faq_core::FaqId;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRootInit, ShadowRootMode};
use yew::AttrValue;

/// The widget's stylesheet, applied inside each shadow root.
const STYLES: &str = include_str!("../styles/faq.css");

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// Options a host may give; each invalid one warns once and keeps its default.
#[derive(Debug, PartialEq)]
struct EmbedOptions {
    heading_level: u8,
    show_summary: bool,
    open: Vec<FaqId>,
    theme: Option<&'static str>,
    exclusive: bool,
    /// Whether opening a question puts `#<namespace>:<slug>` in the URL, and
    /// such a URL opens it.
    link_in_url: bool,
    text: UiText,
}

fn warn(message: &str) {
    web_sys::console::warn_1(&format!("FAQ widget: {message}").into());
}

fn option(options: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(options, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn as_text(value: &JsValue) -> Option<String> {
    value
        .as_string()
        .or_else(|| value.as_f64().map(|n| n.to_string()))
        .or_else(|| value.as_bool().map(|b| b.to_string()))
}

/// A true/false option (`data-x` alone counts as true); warns with what
/// happens instead when the value is neither.
fn yes_or_no(options: &JsValue, name: &str, otherwise: &str) -> Option<bool> {
    let value = option(options, name)?;
    match as_text(&value).as_deref().map(str::trim) {
        Some("true" | "") => Some(true),
        Some("false") => Some(false),
        _ => {
            warn(&format!("{name} must be true or false; {otherwise}"));
            None
        }
    }
}

fn parse_options(options: &JsValue, explainer: &Explainer) -> EmbedOptions {
    let mut parsed = EmbedOptions {
        heading_level: 3,
        show_summary: true,
        open: Vec::new(),
        theme: None,
        exclusive: false,
        link_in_url: true,
        text: UiText::default(),
    };
    if let Some(value) = option(options, "headingLevel") {
        match as_text(&value)
            .and_then(|t| t.trim().parse::<u8>().ok())
            .filter(|l| (1..=6).contains(l))
        {
            Some(level) => parsed.heading_level = level,
            None => warn("headingLevel must be 1 to 6; using 3"),
        }
    }
    if let Some(show) = yes_or_no(options, "showSummary", "showing the summary") {
        parsed.show_summary = show;
    }
    if let Some(value) = option(options, "open") {
        let text = as_text(&value).unwrap_or_default();
        let by_number = text
            .trim()
            .parse::<FaqId>()
            .ok()
            .filter(|&n| n >= 1 && (n as usize) <= explainer.len())
            .map(|n| n - 1);
        match by_number.or_else(|| explainer.find_slug(text.trim())) {
            Some(id) => parsed.open.push(id),
            None => warn("open must be a question's number (from 1) or its slug; opening none"),
        }
    }
    if let Some(exclusive) = yes_or_no(options, "exclusive", "several questions may be open") {
        parsed.exclusive = exclusive;
    }
    if let Some(value) = option(options, "theme") {
        match as_text(&value).as_deref().map(str::trim) {
            Some("light") => parsed.theme = Some("light"),
            Some("dark") => parsed.theme = Some("dark"),
            Some("auto") => parsed.theme = None,
            _ => warn("theme must be light, dark or auto; following the reader's setting"),
        }
    }
    if let Some(link) = yes_or_no(options, "hash", "opening a question updates the URL") {
        parsed.link_in_url = link;
    }
    for name in TEXT_OPTIONS {
        let Some(value) = option(options, name) else {
            continue;
        };
        let outcome = match value.as_string() {
            Some(text) => parsed.text.set(name, &text),
            None => Err(format!("{name} must be text")),
        };
        if let Err(why) = outcome {
            warn(&format!("{why}; using the English default"));
        }
    }
    parsed
}

/// The namespace of a widget's links, `#<namespace>:<slug>`: the host
/// element's id when it has one, as that stays put when the page changes,
/// else the widget's number on the page.
fn link_namespace(host: &Element, number: u32) -> String {
    let id = host.id();
    if id.is_empty() {
        format!("faq-widget-{number}")
    } else {
        id
    }
}

/// Mounts a widget into `host`. Returns an error only when the element
/// cannot hold a shadow root (it already has one, or is of a kind that
/// cannot); the error says so.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount(host: Element, options: JsValue) -> Result<(), JsValue> {
    let explainer = Explainer::built_in().map_err(|e| JsValue::from_str(&e.to_string()))?;
    let options = parse_options(&options, &explainer);
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(STYLES)?;
    js_sys::Reflect::set(
        &shadow,
        &"adoptedStyleSheets".into(),
        &js_sys::Array::of1(&sheet),
    )?;
    if let Some(theme) = options.theme {
        host.set_attribute("data-theme", theme)?;
    }
    let document = gloo::utils::document();
    let container = document.create_element("div")?;
    shadow.append_child(&container)?;
    let number = MOUNTED.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let props = FaqWidgetProps {
        explainer,
        heading_level: options.heading_level,
        id_prefix: format!("faq-widget-{number}").into(),
        initially_open: options.open,
        show_summary: options.show_summary,
        exclusive: options.exclusive,
        fragment_prefix: options
            .link_in_url
            .then(|| format!("{}:", link_namespace(&host, number)).into()),
        text: Rc::new(options.text),
        pending_query: AttrValue::default(),
    };
    yew::Renderer::<FaqWidget>::with_root_and_props(container.unchecked_into(), props).render();
    Ok(())
}
