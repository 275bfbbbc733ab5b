//! Text with some of its words wrapped in `<mark>`, and an answer with its
//! paragraphs, lists, styles and links around its text.
//!
//! The text is always rendered as text nodes, never parsed as markup, so
//! corpus or query text such as `<img onerror=…>` shows literally.

use crate::contract::class;
use faq_core::markup::{self, Highlight, Markup};
use std::ops::Range;
use yew::prelude::*;

/// `text` with the byte ranges `marks` (in order, not overlapping), as the
/// search gives them, wrapped in `<mark>`.
///
/// A plain function, not a component: each question shows two of these, and
/// a long result list swaps questions on every keystroke, where a component
/// apiece would add its own lifecycle to create and tear down.
pub fn highlighted(text: &AttrValue, marks: &[Range<usize>]) -> Html {
    if marks.is_empty() {
        return html! { {text.clone()} };
    }
    segments(text, marks)
        .into_iter()
        .map(|(segment, marked)| {
            if marked {
                html! { <mark class="faq-mark">{segment}</mark> }
            } else {
                html! { {segment} }
            }
        })
        .collect()
}

/// The answer `text` as its element (`.faq-item__answer`): one plain
/// paragraph as a `<p>` of text with the byte ranges `marks` in `<mark>`;
/// an answer with links or styles, or of paragraphs and lists, as the HTML
/// [`faq_core::markup::html_with`] writes of it (its text escaped there),
/// the very HTML of the page's JSON-LD with the reader's words marked: in
/// a `<p>` if it is one paragraph, a `<div>` if not. A link leaving the
/// site gets `rel="noopener"`; with `new_tab`, every link opens in a new
/// tab.
pub fn answer(text: &AttrValue, marks: &[Range<usize>], markup: &Markup, new_tab: bool) -> Html {
    if markup.is_empty() {
        return html! { <p class="faq-item__answer">{ highlighted(text, marks) }</p> };
    }
    let how = Highlight {
        marks,
        mark_class: class::MARK,
        new_tab,
    };
    let inner = Html::from_html_unchecked(markup::html_with(text, markup, &how).into());
    if markup.blocks.is_empty() {
        html! { <p class="faq-item__answer">{ inner }</p> }
    } else {
        html! { <div class="faq-item__answer">{ inner }</div> }
    }
}

/// Splits `text` at the byte ranges `marks` into (piece, is_marked).
/// Ranges out of bounds, out of order or inside a character are clipped,
/// never a panic.
pub fn segments(text: &str, marks: &[Range<usize>]) -> Vec<(String, bool)> {
    // The nearest character boundary at or before `at`.
    let boundary = |at: usize| {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let mut pieces = Vec::new();
    let mut cursor = 0;
    for mark in marks {
        let start = boundary(mark.start.max(cursor));
        let end = boundary(mark.end).max(start);
        if start == end {
            continue;
        }
        if cursor < start {
            pieces.push((text[cursor..start].to_owned(), false));
        }
        pieces.push((text[start..end].to_owned(), true));
        cursor = end;
    }
    if cursor < text.len() {
        pieces.push((text[cursor..].to_owned(), false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn marks_by_byte_on_character_boundaries() {
        // "Naušėda" is 9 bytes; a range ending inside "ė" stops before it.
        let marks = [0..9, 14..14];
        let pieces = segments("Naušėda says", &marks);
        assert_eq!(
            pieces,
            [("Naušėda".to_owned(), true), (" says".to_owned(), false)]
        );
        let inside_e = [0..6, 9..9];
        let pieces = segments("Naušėda says", &inside_e);
        assert_eq!(pieces[0], ("Nauš".to_owned(), true));
    }

    #[test]
    fn overlapping_and_out_of_range_marks_are_clipped() {
        let pieces = segments("abcdef", &[1..3, 2..4, 5..99]);
        let marked: Vec<&str> = pieces
            .iter()
            .filter(|(_, m)| *m)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(marked, ["bc", "d", "f"]);
    }
}
