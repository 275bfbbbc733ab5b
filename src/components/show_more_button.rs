//! "Show 100 more questions": grows a long list a page at a time, so a large
//! corpus never renders thousands of questions at once.

use crate::ui_text::UiText;
use std::rc::Rc;
use yew::prelude::*;

pub struct ShowMoreButtonProps {
    /// How many questions the next page adds.
    pub next: usize,
    pub text: Rc<UiText>,
    pub onshowmore: Callback<()>,
}

pub fn show_more_button(props: ShowMoreButtonProps) -> Html {
    let onclick = props.onshowmore.reform(|_: MouseEvent| ());
    let label = props.text.show_more(props.next);
    html! {
        <button type="button" class="faq-button faq-show-more" {onclick}>{label}</button>
    }
}
