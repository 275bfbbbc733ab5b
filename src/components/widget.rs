//! The whole widget: summary, search field, status line, "Show all" and the
//! accordion, wired to the reducer in [`crate::state`].
//!
//! It also keeps the URL fragment and the open questions in step: `#slug`
//! opens and scrolls to that question, on load and whenever the fragment
//! changes, and opening a question puts its slug in the fragment (with
//! `history.replaceState`, so Back still leaves the page).

use super::faq_list::FaqList;
use super::search_box::SearchBox;
use super::show_all_button::ShowAllButton;
use super::status_line::StatusLine;
use crate::state::{Action, WidgetState};
use crate::Explainer;
use faq_core::FaqId;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Opens the question the URL fragment names, if any, and scrolls to it.
fn open_from_location(explainer: &Explainer, state: &UseReducerHandle<WidgetState>) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if let Some(id) = explainer.find_slug(&hash) {
        state.dispatch(Action::Open(id));
        scroll_to(explainer, id);
    }
}

fn scroll_to(explainer: &Explainer, id: FaqId) {
    if let Some(item) = gloo::utils::document().get_element_by_id(explainer.slug(id)) {
        item.scroll_into_view();
    }
}

/// Puts a question's slug in the URL fragment without a history entry.
fn show_in_location(explainer: &Explainer, id: FaqId) {
    let fragment = format!("#{}", explainer.slug(id));
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&fragment));
    }
}

#[derive(PartialEq, Properties)]
pub struct FaqWidgetProps {
    pub explainer: Rc<Explainer>,
    /// Level of the question headings, 1 to 6; 2 on the standalone page.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Prefix of every element id, so several widgets can share a page.
    #[prop_or(AttrValue::Static("faq"))]
    pub id_prefix: AttrValue,
    /// Questions open from the start, e.g. those find-in-page revealed in the
    /// prerendered page before the widget ran.
    #[prop_or_default]
    pub initially_open: Vec<FaqId>,
    /// Whether the story's summary shows above the questions.
    #[prop_or(true)]
    pub show_summary: bool,
    /// A single-open accordion: opening a question closes the others (and
    /// there is no "Show all").
    #[prop_or_default]
    pub exclusive: bool,
    /// Whether the widget follows and updates the page's URL fragment
    /// (`#slug`); off for an embedded widget, whose host owns the URL.
    #[prop_or(true)]
    pub use_location: bool,
}

#[function_component(FaqWidget)]
pub fn faq_widget(props: &FaqWidgetProps) -> Html {
    let state = {
        let explainer = props.explainer.clone();
        let open = props.initially_open.clone();
        let exclusive = props.exclusive;
        use_reducer(move || WidgetState::new(explainer, &open, exclusive))
    };
    let input_ref = use_node_ref();

    let onsearch = {
        let state = state.clone();
        Callback::from(move |query: String| state.dispatch(Action::Search(query)))
    };
    let onclear = {
        let state = state.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |()| {
            state.dispatch(Action::Search(String::new()));
            if let Some(input) = input_ref.cast::<HtmlElement>() {
                let _ = input.focus();
            }
        })
    };
    let section_ref = use_node_ref();
    {
        let state = state.clone();
        let explainer = props.explainer.clone();
        let section_ref = section_ref.clone();
        let initially_open = props.initially_open.clone();
        let use_location = props.use_location;
        use_effect_with((), move |_| {
            // Tells pages and tests that the live widget has replaced the
            // prerendered one.
            if let Some(section) = section_ref.cast::<web_sys::Element>() {
                let _ = section.set_attribute("data-ready", "");
            }
            if !use_location {
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            }
            if let Some(&first) = initially_open.first() {
                scroll_to(&explainer, first);
            }
            open_from_location(&explainer, &state);
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                open_from_location(&explainer, &state)
            });
            Box::new(move || drop(listener)) as Box<dyn FnOnce()>
        });
    }
    let ontoggle = {
        let state = state.clone();
        let explainer = props.explainer.clone();
        let use_location = props.use_location;
        Callback::from(move |id| {
            let opening = state
                .shown
                .iter()
                .any(|faq| faq.id == id && !state.is_open(faq));
            state.dispatch(Action::Toggle(id));
            if opening && use_location {
                show_in_location(&explainer, id);
            }
        })
    };
    let onopen = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Open(id)))
    };
    let onshowall = {
        let state = state.clone();
        Callback::from(move |show: bool| {
            state.dispatch(if show {
                Action::ShowAll
            } else {
                Action::HideAll
            })
        })
    };

    let items: Vec<_> = state
        .shown
        .iter()
        .map(|faq| (faq.clone(), state.is_open(faq)))
        .collect();
    html! {
        <section ref={section_ref} class="faq-widget">
            if props.show_summary {
                <p class="faq-widget__summary">{props.explainer.summary()}</p>
            }
            <SearchBox
                input_id={format!("{}-search", props.id_prefix)}
                query={AttrValue::from(state.query.clone())}
                input_ref={input_ref}
                {onsearch}
            />
            <div class="faq-widget__toolbar">
                <StatusLine
                    shown={state.shown.len()}
                    total={state.total()}
                    searching={state.is_searching()}
                    {onclear}
                />
                if !state.shown.is_empty() && !state.is_exclusive() {
                    <ShowAllButton all_open={state.all_open()} {onshowall} />
                }
            </div>
            <FaqList
                explainer={props.explainer.clone()}
                {items}
                heading_level={props.heading_level}
                id_prefix={props.id_prefix.clone()}
                link_ids={props.use_location}
                {ontoggle}
                {onopen}
            />
        </section>
    }
}
