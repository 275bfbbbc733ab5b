//! The whole widget: summary, search field, status line, "Show all" and the
//! accordion, wired to the reducer in [`crate::state`].

use super::faq_list::FaqList;
use super::search_box::SearchBox;
use super::show_all_button::ShowAllButton;
use super::status_line::StatusLine;
use crate::state::{Action, WidgetState};
use crate::Explainer;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct FaqWidgetProps {
    pub explainer: Rc<Explainer>,
    /// Level of the question headings, 1 to 6; 2 on the standalone page.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Prefix of every element id, so several widgets can share a page.
    #[prop_or(AttrValue::Static("faq"))]
    pub id_prefix: AttrValue,
}

#[function_component(FaqWidget)]
pub fn faq_widget(props: &FaqWidgetProps) -> Html {
    let state = {
        let explainer = props.explainer.clone();
        use_reducer(move || WidgetState::new(explainer))
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
    let ontoggle = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::Toggle(id)))
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
        <section class="faq-widget" aria-label="Questions and answers">
            <p class="faq-widget__summary">{props.explainer.summary()}</p>
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
                if !state.shown.is_empty() {
                    <ShowAllButton all_open={state.all_open()} {onshowall} />
                }
            </div>
            <FaqList
                explainer={props.explainer.clone()}
                {items}
                heading_level={props.heading_level}
                id_prefix={props.id_prefix.clone()}
                {ontoggle}
            />
        </section>
    }
}
