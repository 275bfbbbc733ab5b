//! Text with some of its words wrapped in `<mark>`.
//!
//! The text is always rendered as text nodes, never parsed as markup, so
//! corpus or query text such as `<img onerror=…>` shows literally.

use std::ops::Range;
use yew::prelude::*;

/// `text` with the character ranges `marks` (in order, not overlapping)
/// wrapped in `<mark>`.
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

/// Splits `text` at the character ranges `marks` into (piece, is_marked).
/// Ranges out of bounds or out of order are clipped, never a panic.
pub fn segments(text: &str, marks: &[Range<usize>]) -> Vec<(String, bool)> {
    let byte_at: Vec<usize> = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()))
        .collect();
    let char_count = byte_at.len() - 1;
    let mut pieces = Vec::new();
    let mut cursor = 0;
    for mark in marks {
        let start = mark.start.clamp(cursor, char_count);
        let end = mark.end.clamp(start, char_count);
        if start == end {
            continue;
        }
        if cursor < start {
            pieces.push((text[byte_at[cursor]..byte_at[start]].to_owned(), false));
        }
        pieces.push((text[byte_at[start]..byte_at[end]].to_owned(), true));
        cursor = end;
    }
    if cursor < char_count {
        pieces.push((text[byte_at[cursor]..].to_owned(), false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::segments;

    #[test]
    fn marks_by_character_not_byte() {
        let marks = [0..7, 12..12];
        let pieces = segments("Naušėda says", &marks);
        assert_eq!(
            pieces,
            [("Naušėda".to_owned(), true), (" says".to_owned(), false)]
        );
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
