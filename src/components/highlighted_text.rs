//! Text with some of its words wrapped in `<mark>`, and an answer with its
//! paragraphs, lists, styles and links around its text.
//!
//! The text is always rendered as text nodes, never parsed as markup, so
//! corpus or query text such as `<img onerror=…>` shows literally.

use faq_core::markup::{self, Block, Markup, Piece};
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
/// paragraph as a `<p>`, or else its paragraphs and lists in a `<div>`
/// ([`faq_core::markup`]), with bold and italic text and links as
/// `<strong>`, `<em>` and `<a href>`, and the byte ranges `marks` wrapped
/// in `<mark>` wherever they fall. A link leaving the site gets
/// `rel="noopener"`; with `new_tab`, every link opens in a new tab.
pub fn answer(text: &AttrValue, marks: &[Range<usize>], markup: &Markup, new_tab: bool) -> Html {
    let inline = |range| inline(text, range, marks, markup, new_tab);
    if markup.blocks.is_empty() {
        return html! { <p class="faq-item__answer">{ inline(0..text.len()) }</p> };
    }
    let mut blocks: Vec<Html> = Vec::new();
    let mut items: Vec<Html> = Vec::new();
    let mut list = Block::Paragraph;
    let end_list = |items: &mut Vec<Html>, list: Block, blocks: &mut Vec<Html>| {
        let items = std::mem::take(items);
        match list {
            Block::Bullet => blocks.push(html! { <ul>{ for items }</ul> }),
            Block::Numbered => blocks.push(html! { <ol>{ for items }</ol> }),
            Block::Paragraph => {}
        }
    };
    for (kind, range) in markup::blocks(text, markup) {
        if kind != list {
            end_list(&mut items, list, &mut blocks);
            list = kind;
        }
        match kind {
            Block::Paragraph => blocks.push(html! { <p>{ inline(range) }</p> }),
            _ => items.push(html! { <li>{ inline(range) }</li> }),
        }
    }
    end_list(&mut items, list, &mut blocks);
    html! { <div class="faq-item__answer">{ for blocks }</div> }
}

/// The bytes `range` of `text` (one block) with its links, styles and
/// marks.
fn inline(
    text: &AttrValue,
    range: Range<usize>,
    marks: &[Range<usize>],
    markup: &Markup,
    new_tab: bool,
) -> Html {
    if markup.links.is_empty() && markup.styles.is_empty() && range == (0..text.len()) {
        return highlighted(text, marks);
    }
    // A piece of the text, with the marks inside it, bold and italic.
    let part = |piece: &Piece| {
        let range = piece.text.clone();
        let inside: Vec<Range<usize>> = marks
            .iter()
            .filter(|mark| mark.end > range.start && mark.start < range.end)
            .map(|mark| {
                mark.start.max(range.start) - range.start..mark.end.min(range.end) - range.start
            })
            .collect();
        let words = text.get(range).unwrap_or_default();
        let mut html = highlighted(&AttrValue::from(words.to_owned()), &inside);
        if piece.emphasis {
            html = html! { <em>{ html }</em> };
        }
        if piece.strong {
            html = html! { <strong>{ html }</strong> };
        }
        html
    };
    let pieces = markup::pieces(range, markup);
    let mut parts = Vec::new();
    let mut at = 0;
    while at < pieces.len() {
        let link = pieces[at].link;
        let run = pieces[at..]
            .iter()
            .take_while(|piece| piece.link == link)
            .count();
        let content: Html = pieces[at..at + run].iter().map(part).collect();
        parts.push(match link.and_then(|l| markup.links.get(l)) {
            Some(link) => {
                let rel = link.is_external().then_some("noopener");
                let target = new_tab.then_some("_blank");
                html! { <a href={link.url.clone()} {rel} {target}>{ content }</a> }
            }
            None => content,
        });
        at += run;
    }
    parts.into_iter().collect()
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
