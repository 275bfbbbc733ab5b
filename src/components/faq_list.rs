//! The accordion: the questions on show, in the order given, keyboard
//! movement between their buttons, and opening a question whose closed
//! answer find-in-page reveals.

use super::faq_item::{FaqItem, FocusMove, SameMarkup};
use crate::contract;
use crate::explainer::Explainer;
use crate::state::ShownFaq;
use faq_core::FaqId;
use gloo::events::EventListener;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct FaqListProps {
    pub explainer: Rc<Explainer>,
    /// The questions on show, each with whether it is open.
    pub items: Vec<(ShownFaq, bool)>,
    pub heading_level: u8,
    pub id_prefix: AttrValue,
    /// Whether each question carries its slug as its id, for `#slug` links.
    pub link_ids: bool,
    /// Whether the answers' links open in a new tab.
    pub new_tab: bool,
    pub ontoggle: Callback<FaqId>,
    /// Called with a question that a link or find-in-page asks to open.
    pub onopen: Callback<FaqId>,
}

#[function_component(FaqList)]
pub fn faq_list(props: &FaqListProps) -> Html {
    let total = props.explainer.len();
    // One button reference per question of the corpus, indexed by its id.
    // (Not `vec![NodeRef::default(); total]`: clones of a NodeRef share one slot.)
    let button_refs = use_memo(total, |&total| {
        (0..total).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    let shown_ids: Rc<Vec<FaqId>> = Rc::new(props.items.iter().map(|(faq, _)| faq.id).collect());

    // One `beforematch` listener for the whole list (the event bubbles from
    // the revealed panel, `<prefix>-<n>-answer`), rather than one per item:
    // a long list re-renders faster without a closure per question.
    let list_ref = use_node_ref();
    {
        let list_ref = list_ref.clone();
        let onopen = props.onopen.clone();
        let id_prefix = props.id_prefix.clone();
        use_effect_with((), move |_| {
            let listener = list_ref.get().map(|list| {
                EventListener::new(&list, "beforematch", move |event| {
                    let revealed = event
                        .target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                        .and_then(|panel| contract::question_of_panel(&panel.id(), &id_prefix));
                    if let Some(id) = revealed {
                        onopen.emit(id);
                    }
                })
            });
            move || drop(listener)
        });
    }

    let items = props
        .items
        .iter()
        .enumerate()
        .map(|(position, (faq, open))| {
            let id = faq.id;
            let onfocusmove = {
                let button_refs = button_refs.clone();
                let shown_ids = shown_ids.clone();
                Callback::from(move |step: FocusMove| {
                    let target = step.target(position, shown_ids.len());
                    if let Some(button) = shown_ids
                        .get(target)
                        .and_then(|&id| button_refs.get(id as usize))
                        .and_then(NodeRef::cast::<HtmlElement>)
                    {
                        let _ = button.focus();
                    }
                })
            };
            html! {
                <FaqItem
                    key={position}
                    question={props.explainer.shown_question(id)}
                    answer={props.explainer.shown_answer(id)}
                    markup={SameMarkup(props.explainer.markup(id))}
                    new_tab={props.new_tab}
                    question_marks={faq.question_marks.clone()}
                    answer_marks={faq.answer_marks.clone()}
                    open={*open}
                    heading_level={props.heading_level}
                    item_id={contract::item_id(&props.id_prefix, id)}
                    button_ref={button_refs.get(id as usize).cloned().unwrap_or_default()}
                    anchor_id={props.link_ids.then(|| props.explainer.shown_slug(id))}
                    ontoggle={props.ontoggle.reform(move |()| id)}
                    {onfocusmove}
                />
            }
        });
    html! { <div ref={list_ref} class="faq-list">{ for items }</div> }
}
