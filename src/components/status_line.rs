//! How many questions match, announced politely to screen readers, with a
//! way out when nothing does.

use crate::ui_text::{Text, UiText};
use std::rc::Rc;
use yew::prelude::*;

pub struct StatusLineProps {
    pub shown: usize,
    pub total: usize,
    pub searching: bool,
    pub text: Rc<UiText>,
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
            if nothing_found {
                <button type="button" class="faq-button faq-status__clear" {onclick}>
                    {props.text.get(Text::ClearSearch).clone()}
                </button>
            }
        </div>
    }
}
