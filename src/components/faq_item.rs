//! One question of the accordion, following the WAI-ARIA APG pattern: a
//! heading whose only child is a `<button aria-expanded aria-controls>`, and
//! an answer panel labelled by that button. The panel is a `group`, not a
//! `region`: eight or more regions, and the same ones again in a second
//! widget on the page, would crowd the landmarks (the APG warns of this).
//!
//! A closed answer is `hidden="until-found"`, as on GOV.UK's accordion: the
//! browser's find-in-page and text-fragment links still search it, and reveal
//! it with a `beforematch` event, which the list turns into opening the
//! question.

use super::highlighted_text::{answer, highlighted};
use crate::contract;
use faq_core::markup::Markup;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Where the arrow, Home and End keys move focus among question buttons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusMove {
    Next,
    Previous,
    First,
    Last,
}

impl FocusMove {
    /// The move a key asks for, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "ArrowDown" => Some(Self::Next),
            "ArrowUp" => Some(Self::Previous),
            "Home" => Some(Self::First),
            "End" => Some(Self::Last),
            _ => None,
        }
    }

    /// The position focus moves to from `from`, among `count` buttons,
    /// wrapping at both ends as the APG pattern suggests.
    pub fn target(self, from: usize, count: usize) -> usize {
        let last = count.saturating_sub(1);
        match self {
            Self::Next if from >= last => 0,
            Self::Next => from + 1,
            Self::Previous if from == 0 => last,
            Self::Previous => from - 1,
            Self::First => 0,
            Self::Last => last,
        }
    }
}

/// An answer's markup, which is the same when it is the same value: a
/// story's answers never change, and comparing by address keeps a
/// comparison of every link and style out of the bundle.
#[derive(Clone, Default)]
pub struct SameMarkup(pub Rc<Markup>);

impl PartialEq for SameMarkup {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(PartialEq, Properties)]
pub struct FaqItemProps {
    pub question: AttrValue,
    pub answer: AttrValue,
    #[prop_or_default]
    pub question_marks: Vec<Range<usize>>,
    #[prop_or_default]
    pub answer_marks: Vec<Range<usize>>,
    /// The answer's links, styles and blocks, in its text.
    #[prop_or_default]
    pub markup: SameMarkup,
    /// Whether the answer's links open in a new tab.
    #[prop_or_default]
    pub new_tab: bool,
    pub open: bool,
    /// 1 to 6: the level of the heading that holds the button.
    pub heading_level: u8,
    /// Unique on the page; the button and panel ids derive from it.
    pub item_id: AttrValue,
    /// The question's link name, set as the id of the item so `page#slug`
    /// scrolls to it even before the widget runs.
    #[prop_or_default]
    pub anchor_id: Option<AttrValue>,
    pub button_ref: NodeRef,
    pub ontoggle: Callback<()>,
    pub onfocusmove: Callback<FocusMove>,
}

#[function_component(FaqItem)]
pub fn faq_item(props: &FaqItemProps) -> Html {
    let button_id = contract::question_id(&props.item_id);
    let panel_id = contract::answer_id(&props.item_id);
    let heading = format!("h{}", props.heading_level.clamp(1, 6));
    let onclick = props.ontoggle.reform(|_: MouseEvent| ());
    let onkeydown = {
        let onfocusmove = props.onfocusmove.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(step) = FocusMove::from_key(&event.key()) {
                event.prevent_default();
                onfocusmove.emit(step);
            }
        })
    };
    let panel_ref = use_node_ref();
    {
        // html! knows `hidden` only as a boolean, so `until-found` is set by
        // hand once the panel is in the page (the list listens for the
        // `beforematch` event that find-in-page fires on reveal). The
        // attribute is checked after every render, whatever changed, so no
        // order of updates can leave a closed answer plainly `hidden`.
        let panel_ref = panel_ref.clone();
        let open = props.open;
        // An open panel that held `hidden` (set by hand, out of Yew's
        // sight) loses it here.
        use_effect(move || {
            let Some(panel) = panel_ref.cast::<web_sys::Element>() else {
                return;
            };
            let hidden = panel.get_attribute("hidden");
            if open && hidden.is_some() {
                let _ = panel.remove_attribute("hidden");
            } else if !open && hidden.as_deref() != Some("until-found") {
                let _ = panel.set_attribute("hidden", "until-found");
            }
        });
    }
    html! {
        // A string, not `classes!`: Yew's class set is an ordered hash set,
        // whose code the widget would carry for this one attribute.
        <div
            class={if props.open { "faq-item faq-item--open" } else { "faq-item" }}
            id={props.anchor_id.clone()}
        >
            <@{heading} class="faq-item__heading">
                <button
                    ref={props.button_ref.clone()}
                    type="button"
                    id={button_id.clone()}
                    class="faq-item__button"
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id.clone()}
                    {onclick}
                    {onkeydown}
                >
                    <span class="faq-item__question">
                        { highlighted(&props.question, &props.question_marks) }
                    </span>
                    <span class="faq-item__icon" aria-hidden="true"></span>
                </button>
            </@>
            <div
                ref={panel_ref}
                id={panel_id}
                class="faq-item__panel"
                role="group"
                aria-labelledby={button_id}
                hidden={!props.open}
            >
                // A closed answer's marks would not be seen, and a long one
                // has hundreds to redraw on every keystroke: they are drawn
                // when it opens. Find-in-page reads the text.
                { answer(
                    &props.answer,
                    if props.open { &props.answer_marks } else { &[] },
                    &props.markup.0,
                    props.new_tab,
                ) }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::FocusMove;

    #[test]
    fn arrows_wrap_home_and_end_jump() {
        assert_eq!(FocusMove::Next.target(2, 3), 0);
        assert_eq!(FocusMove::Next.target(0, 3), 1);
        assert_eq!(FocusMove::Previous.target(0, 3), 2);
        assert_eq!(FocusMove::First.target(2, 3), 0);
        assert_eq!(FocusMove::Last.target(0, 3), 2);
        assert_eq!(FocusMove::from_key("Tab"), None);
    }
}
