//! "Show all answers" / "Hide all answers", as on GOV.UK's accordion.

use crate::ui_text::{Text, UiText};
use std::rc::Rc;
use yew::prelude::*;

pub struct ShowAllButtonProps {
    pub all_open: bool,
    pub text: Rc<UiText>,
    /// Called with `true` to open every question on show, `false` to close.
    pub onshowall: Callback<bool>,
}

pub fn show_all_button(props: ShowAllButtonProps) -> Html {
    let show = !props.all_open;
    let onclick = props.onshowall.reform(move |_: MouseEvent| show);
    html! {
        <button
            type="button"
            class="faq-button faq-show-all"
            aria-expanded={props.all_open.to_string()}
            {onclick}
        >
            { props.text.get(if show { Text::ShowAll } else { Text::HideAll }).clone() }
        </button>
    }
}
