//! How many questions match, announced politely to screen readers, with a
//! way out when nothing does.

use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct StatusLineProps {
    pub shown: usize,
    pub total: usize,
    pub searching: bool,
    /// Called when the reader asks to clear a search that found nothing.
    pub onclear: Callback<()>,
}

/// The sentence the status line shows.
pub fn status_text(shown: usize, total: usize, searching: bool) -> String {
    let noun = if total == 1 { "question" } else { "questions" };
    match (searching, shown) {
        (false, _) => format!("{total} {noun}"),
        (true, 0) => "No questions match".to_owned(),
        (true, 1) => format!("1 of {total} {noun} matches"),
        (true, _) => format!("{shown} of {total} {noun} match"),
    }
}

#[function_component(StatusLine)]
pub fn status_line(props: &StatusLineProps) -> Html {
    let text = status_text(props.shown, props.total, props.searching);
    let nothing_found = props.searching && props.shown == 0;
    let onclick = props.onclear.reform(|_: MouseEvent| ());
    html! {
        <div class="faq-status">
            <p class="faq-status__text" role="status">{text}</p>
            if nothing_found {
                <button type="button" class="faq-button faq-status__clear" {onclick}>
                    {"Clear search"}
                </button>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::status_text;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(status_text(8, 8, false), "8 questions");
        assert_eq!(status_text(3, 8, true), "3 of 8 questions match");
        assert_eq!(status_text(1, 8, true), "1 of 8 questions matches");
        assert_eq!(status_text(0, 8, true), "No questions match");
        assert_eq!(status_text(1, 1, false), "1 question");
    }
}
