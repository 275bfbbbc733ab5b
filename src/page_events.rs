//! The DOM events the widget dispatches for its page's own analytics
//! ([`crate::contract::event`]): `faq-open` when the reader opens a
//! question, `faq-search` when they pause on a query or leave the field.

use crate::contract::event;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, ShadowRoot};
use yew::prelude::*;

/// The element whose page hears the widget rooted at `section`: the host
/// of its shadow root when embedded, else its mount element.
fn host(section: &Element) -> Option<Element> {
    match section.get_root_node().dyn_into::<ShadowRoot>() {
        Ok(shadow) => Some(shadow.host()),
        Err(_) => section.parent_element(),
    }
}

/// Dispatches the event `name` with `detail` on the host of `section`.
fn dispatch(section: &NodeRef, name: &str, detail: &[(&str, JsValue)]) {
    let Some(host) = section.cast::<Element>().as_ref().and_then(host) else {
        return;
    };
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&object);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Tells the page that the reader opened the question `question`, whose
/// link is `#…slug`.
pub fn opened(section: &NodeRef, slug: &str, question: &str) {
    dispatch(
        section,
        event::OPEN,
        &[("slug", slug.into()), ("question", question.into())],
    );
}

/// A search waiting to be told, and the last one told.
#[derive(Default)]
struct Searches {
    waiting: Option<(String, usize)>,
    timer: Option<Timeout>,
    told: String,
}

/// Tells the page the waiting search, unless it was the last one told.
fn tell(searches: &RefCell<Searches>, section: &NodeRef) {
    let mut searches = searches.borrow_mut();
    searches.timer = None;
    let Some((query, results)) = searches.waiting.take() else {
        return;
    };
    if query != searches.told {
        dispatch(
            section,
            event::SEARCH,
            &[
                ("query", query.as_str().into()),
                ("results", results.into()),
            ],
        );
        searches.told = query;
    }
}

/// Tells the page each `query` the reader settles on, with its number of
/// `results`: once it has stood for [`event::PAUSE_MS`], or at once when
/// the callback this returns (the field's `blur`) runs. A query that was
/// `already_told` (restored from an earlier visit) is not told again.
#[hook]
pub fn use_search_events(
    section: NodeRef,
    query: String,
    results: usize,
    already_told: String,
) -> Callback<FocusEvent> {
    let searches = use_memo((), move |_| {
        Rc::new(RefCell::new(Searches {
            told: already_told,
            ..Searches::default()
        }))
    });
    {
        let searches = (*searches).clone();
        let section = section.clone();
        use_effect_with((query, results), move |(query, results)| {
            let query = query.trim();
            let mut waiting = searches.borrow_mut();
            if query.is_empty() {
                // Cleared: the next query counts, even if it is the last one.
                *waiting = Searches::default();
                return;
            }
            waiting.waiting = Some((query.to_owned(), *results));
            let searches = searches.clone();
            waiting.timer = Some(Timeout::new(event::PAUSE_MS, move || {
                tell(&searches, &section)
            }));
        });
    }
    let searches = (*searches).clone();
    Callback::from(move |_| tell(&searches, &section))
}
