//! The whole widget: summary, search field, status line, "Show all" and the
//! accordion, wired to the reducer in [`crate::state`].
//!
//! It also keeps the URL fragment and the open questions in step: `#slug`
//! opens and scrolls to that question, on load and whenever the fragment
//! changes, and opening a question puts its slug in the fragment (with
//! `history.replaceState`, so Back still leaves the page). An embedded
//! widget namespaces its fragments (`#explainer:slug`), so the host page's
//! own anchors keep working.

use super::faq_list::FaqList;
use super::search_box::{search_box, SearchBoxProps};
use super::show_all_button::{show_all_button, ShowAllButtonProps};
use super::show_more_button::{show_more_button, ShowMoreButtonProps};
use super::status_line::{status_line, StatusLineProps};
use crate::contract::{self, class, STANDALONE_ID_PREFIX};
use crate::explainer::Explainer;
use crate::page_events::{self, use_search_events};
use crate::paging::PAGE;
use crate::remember::{record_text, use_keep, use_remembered};
use crate::state::{Action, WidgetState};
use crate::ui_text::UiText;
use faq_core::FaqId;
use gloo::events::EventListener;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The question the URL fragment names, if it is `#<prefix><slug>`
/// (percent-encoded or not).
fn question_in_location(explainer: &Explainer, prefix: &str) -> Option<FaqId> {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let hash = js_sys::decode_uri_component(&hash)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or(hash);
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    explainer.find_slug(fragment.strip_prefix(prefix)?)
}

/// Opens the question the URL fragment names, if any, and scrolls to it.
fn open_from_location(
    explainer: &Explainer,
    prefix: &str,
    state: &UseReducerHandle<WidgetState>,
    section: &NodeRef,
    id_prefix: &str,
) {
    if let Some(id) = question_in_location(explainer, prefix) {
        state.dispatch(Action::Open(id));
        scroll_to(section, id_prefix, id);
    }
}

/// Searches a few throwaway queries once the widget is live, so that the
/// reader's first keystroke does not pay for the browser compiling the
/// search code (wasm functions are compiled when first called): that
/// keystroke took 20-70 ms at 10,000 questions. Exact, prefix and typo
/// matching each get a turn; nothing is shown. Once per page: the widgets
/// an embedding page holds share the code.
fn warm_up_search(explainer: &Explainer) {
    static WARMED_UP: AtomicBool = AtomicBool::new(false);
    if explainer.is_empty() || WARMED_UP.swap(true, Ordering::Relaxed) {
        return;
    }
    let question = explainer.question(0);
    let start: String = question.chars().take(2).collect();
    for query in [question, &start, "qzxjv"] {
        let _ = explainer.searcher().search(query, PAGE);
    }
}

/// Scrolls a question's heading into view. It is looked up inside the
/// widget, which may sit in a shadow root the document cannot search.
fn scroll_to(section: &NodeRef, id_prefix: &str, id: FaqId) {
    let selector = format!(
        "#{}",
        contract::question_id(&contract::item_id(id_prefix, id))
    );
    let heading = section
        .cast::<Element>()
        .and_then(|section| section.query_selector(&selector).ok().flatten())
        .and_then(|button| button.parent_element());
    if let Some(heading) = heading {
        heading.scroll_into_view();
    }
}

/// Gives focus back to the element of the page with id `id` (only the
/// standalone page, outside any shadow root, passes one).
fn refocus(id: Option<&str>) {
    let element = id
        .and_then(|id| gloo::utils::document().get_element_by_id(id))
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(element).ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Puts `#<prefix><slug>` in the URL without a history entry.
fn show_in_location(explainer: &Explainer, prefix: &str, id: FaqId) {
    let fragment = format!("#{prefix}{}", explainer.slug(id));
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&fragment));
    }
}

#[derive(Clone, PartialEq, Properties)]
pub struct FaqWidgetProps {
    pub explainer: Rc<Explainer>,
    /// Level of the question headings, 1 to 6; 2 on the standalone page.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Prefix of every element id, so several widgets can share a page.
    #[prop_or(AttrValue::Static(STANDALONE_ID_PREFIX))]
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
    /// The widget follows and updates the page's URL fragment,
    /// `#<fragment_prefix><slug>`: `Some("")` on the standalone page,
    /// `Some("explainer:")` for an embedded widget, `None` to leave the URL
    /// alone.
    #[prop_or(Some(AttrValue::Static("")))]
    pub fragment_prefix: Option<AttrValue>,
    /// The widget's own words, e.g. translated by the host page.
    #[prop_or_default]
    pub text: Rc<UiText>,
    /// What the reader typed into the prerendered search field before the
    /// wasm ran: searched for as soon as the widget is live.
    #[prop_or_default]
    pub pending_query: AttrValue,
    /// The id of the element that had focus in the prerendered widget this
    /// one replaces: it gets focus again.
    #[prop_or_default]
    pub focused_id: Option<AttrValue>,
    /// Whether the reader's open answers and query are kept for the tab
    /// (`crate::remember`).
    #[prop_or(true)]
    pub remember: bool,
    /// Whether the answers' links open in a new tab.
    #[prop_or_default]
    pub new_tab: bool,
}

#[function_component(FaqWidget)]
pub fn faq_widget(props: &FaqWidgetProps) -> Html {
    // What an earlier visit of this tab kept wins over the options' and the
    // prerendered page's open answers; a query typed before the engine ran
    // wins over the kept one.
    let remembered = use_remembered(&props.explainer, &props.id_prefix, props.remember);
    let pending_query = match &remembered.record {
        Some(record) if props.pending_query.is_empty() => AttrValue::from(record.query.clone()),
        _ => props.pending_query.clone(),
    };
    let state = {
        let explainer = props.explainer.clone();
        let open = remembered.record.as_ref().map_or_else(
            || props.initially_open.clone(),
            |record| record.open.clone(),
        );
        let exclusive = props.exclusive;
        use_reducer(move || WidgetState::new(explainer, &open, exclusive))
    };
    use_keep(
        remembered.clone(),
        record_text(&props.explainer, &state.query, state.opened()),
    );
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
    let onsuggest = {
        let state = state.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |()| {
            if let Some(words) = state.suggestion.clone() {
                state.dispatch(Action::Search(words));
            }
            // The button goes with the search that found nothing.
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
        let fragment_prefix = props.fragment_prefix.clone();
        let id_prefix = props.id_prefix.clone();
        let pending_query = pending_query.clone();
        let focused_id = props.focused_id.clone();
        use_effect_with((), move |_| {
            // Tells pages and tests that the widget is live.
            if let Some(section) = section_ref.cast::<Element>() {
                let _ = section.set_attribute(contract::READY_ATTRIBUTE, "");
            }
            refocus(focused_id.as_deref());
            if !pending_query.is_empty() {
                state.dispatch(Action::Search(pending_query.to_string()));
            }
            // In a task of its own, after the start-up work.
            let warm = explainer.clone();
            gloo::timers::callback::Timeout::new(0, move || warm_up_search(&warm)).forget();
            let Some(prefix) = fragment_prefix else {
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            };
            if let Some(&first) = initially_open.first() {
                scroll_to(&section_ref, &id_prefix, first);
            }
            open_from_location(&explainer, &prefix, &state, &section_ref, &id_prefix);
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                open_from_location(&explainer, &prefix, &state, &section_ref, &id_prefix)
            });
            Box::new(move || drop(listener)) as Box<dyn FnOnce()>
        });
    }
    let onsearchleft = use_search_events(
        section_ref.clone(),
        state.query.clone(),
        state.matching,
        remembered
            .record
            .as_ref()
            .map(|record| record.query.clone())
            .unwrap_or_default(),
    );
    let ontoggle = {
        let state = state.clone();
        let explainer = props.explainer.clone();
        let fragment_prefix = props.fragment_prefix.clone();
        let section_ref = section_ref.clone();
        Callback::from(move |id| {
            let opening = state
                .shown
                .iter()
                .any(|faq| faq.id == id && !state.is_open(faq));
            state.dispatch(Action::Toggle(id));
            if !opening {
                return;
            }
            page_events::opened(&section_ref, explainer.slug(id), explainer.question(id));
            if let Some(prefix) = &fragment_prefix {
                show_in_location(&explainer, prefix, id);
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

    // "Show more" moves focus to the first question it added, so keyboard
    // and screen-reader users land on the new page rather than stay behind.
    let focus_from = use_mut_ref(|| None::<usize>);
    let onshowmore = {
        let state = state.clone();
        let focus_from = focus_from.clone();
        Callback::from(move |()| {
            *focus_from.borrow_mut() = Some(state.shown.len());
            state.dispatch(Action::ShowMore);
        })
    };
    {
        let section_ref = section_ref.clone();
        use_effect_with(state.shown.len(), move |_| {
            let Some(position) = focus_from.borrow_mut().take() else {
                return;
            };
            let button = section_ref
                .cast::<Element>()
                .and_then(|section| {
                    section
                        .query_selector_all(&format!(".{}", class::ITEM_BUTTON))
                        .ok()
                })
                .and_then(|buttons| buttons.item(position as u32))
                .and_then(|button| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(button).ok());
            if let Some(button) = button {
                let _ = button.focus();
            }
        });
    }

    let items: Vec<_> = state
        .shown
        .iter()
        .map(|faq| (faq.clone(), state.is_open(faq)))
        .collect();
    // On the standalone page each question carries its slug as its id, so
    // `page#slug` scrolls to it even before the wasm runs.
    let slug_ids = props.fragment_prefix.as_deref() == Some("");
    // The story's language and direction, which the host page's may not be.
    let language = props.explainer.language();
    let dir = if language.is_right_to_left() {
        "rtl"
    } else {
        "ltr"
    };
    html! {
        <section ref={section_ref} class="faq-widget" lang={language.code()} {dir}>
            if props.show_summary {
                <p class="faq-widget__summary">{props.explainer.shown_summary()}</p>
            }
            { search_box(SearchBoxProps {
                input_id: contract::search_input_id(&props.id_prefix).into(),
                query: AttrValue::from(state.query.clone()),
                input_ref,
                text: props.text.clone(),
                onsearch,
                onblur: onsearchleft,
            }) }
            <div class="faq-widget__toolbar">
                { status_line(StatusLineProps {
                    shown: state.matching,
                    total: state.total(),
                    searching: state.is_searching(),
                    text: props.text.clone(),
                    suggestion: state.suggestion.clone(),
                    onsuggest,
                    onclear,
                }) }
                if !state.shown.is_empty() && !state.is_exclusive() {
                    { show_all_button(ShowAllButtonProps {
                        all_open: state.all_open(),
                        text: props.text.clone(),
                        onshowall,
                    }) }
                }
            </div>
            <FaqList
                explainer={props.explainer.clone()}
                {items}
                heading_level={props.heading_level}
                id_prefix={props.id_prefix.clone()}
                link_ids={slug_ids}
                new_tab={props.new_tab}
                {ontoggle}
                {onopen}
            />
            if state.not_shown() > 0 {
                { show_more_button(ShowMoreButtonProps {
                    next: state.not_shown().min(PAGE),
                    text: props.text.clone(),
                    onshowmore,
                }) }
            }
        </section>
    }
}
