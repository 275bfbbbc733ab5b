//! The search field: a labelled `<input type="search">`. Escape clears it.

use crate::ui_text::{Text, UiText};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct SearchBoxProps {
    pub input_id: AttrValue,
    pub query: AttrValue,
    pub input_ref: NodeRef,
    pub text: Rc<UiText>,
    /// Called with the field's text on every keystroke.
    pub onsearch: Callback<String>,
    /// Called when the field loses focus.
    pub onblur: Callback<FocusEvent>,
}

pub fn search_box(props: SearchBoxProps) -> Html {
    let oninput = props
        .onsearch
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let onkeydown = {
        let onsearch = props.onsearch.clone();
        let has_query = !props.query.is_empty();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && has_query {
                event.prevent_default();
                onsearch.emit(String::new());
            }
        })
    };
    html! {
        <div class="faq-search">
            <label class="faq-search__label" for={props.input_id.clone()}>
                {props.text.get(Text::SearchLabel).clone()}
            </label>
            <input
                ref={props.input_ref.clone()}
                class="faq-search__input"
                id={props.input_id.clone()}
                type="search"
                value={props.query.clone()}
                placeholder={props.text.get(Text::SearchPlaceholder).clone()}
                autocomplete="off"
                spellcheck="false"
                {oninput}
                {onkeydown}
                onblur={props.onblur}
            />
        </div>
    }
}
