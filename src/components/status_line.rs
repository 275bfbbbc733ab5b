//! How many questions match, announced politely to screen readers, with a
//! way out when nothing does: the story's nearest words, if it has some,
//! and clearing the search.

use crate::ui_text::{Text, UiText};
use std::rc::Rc;
use yew::prelude::*;

pub struct StatusLineProps {
    pub shown: usize,
    pub total: usize,
    pub searching: bool,
    pub text: Rc<UiText>,
    /// The story's words nearest to a query that found nothing.
    pub suggestion: Option<String>,
    /// Called when the reader asks to search the suggestion.
    pub onsuggest: Callback<()>,
    /// Called when the reader asks to clear a search that found nothing.
    pub onclear: Callback<()>,
}

pub fn status_line(props: StatusLineProps) -> Html {
    let sentence = props.text.status(props.shown, props.total, props.searching);
    let nothing_found = props.searching && props.shown == 0;
    let onclick = props.onclear.reform(|_: MouseEvent| ());
    html! {
        <div class="faq-status">
            <p class="faq-status__text" role="status">{sentence}</p>
            if let Some(words) = props.suggestion.filter(|_| nothing_found) {
                <button
                    type="button"
                    class="faq-button faq-status__suggestion"
                    onclick={props.onsuggest.reform(|_: MouseEvent| ())}
                >
                    {props.text.did_you_mean(&words)}
                </button>
            }
            if nothing_found {
                <button type="button" class="faq-button faq-status__clear" {onclick}>
                    {props.text.get(Text::ClearSearch).clone()}
                </button>
            }
        </div>
    }
}
