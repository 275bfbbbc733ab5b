//! An answer's structure, as its story carries it: the one owner of the
//! written form of paragraphs, lists, bold, italic and links.
//!
//! An answer is one line of its story's lines ([`crate::Story::to_lines`]).
//! Its written form is its text, with:
//! - links written `[text](url)`, as a `.txt` corpus writes them
//!   ([`crate::links`] owns that syntax and its rule of schemes);
//! - and, from a Markdown story, control characters that no corpus line
//!   holds (the corpus refuses them, [`crate::corpus::parse`]):
//!   [`BLOCK`] starts a new block, which is a paragraph unless its first
//!   character is [`BULLET`] (an item of a bulleted list) or [`NUMBERED`]
//!   (of a numbered list, counted from 1); [`STRONG`] and [`EMPHASIS`]
//!   open and close bold and italic text.
//!
//! The search and the page read an answer as its **shown text**
//! ([`shown`]): links replaced by their text, styles dropped, and blocks
//! apart by a line break; a [`Markup`] beside it holds the rest, as byte
//! ranges of that text. So every word of every paragraph and list item is
//! searched and highlighted, and no URL is.

use crate::links::{self, Link};
use std::ops::Range;

/// Starts a new block of an answer.
pub const BLOCK: char = '\u{1d}';
/// First in a block: the block is an item of a bulleted list.
pub const BULLET: char = '\u{11}';
/// First in a block: the block is an item of a numbered list.
pub const NUMBERED: char = '\u{12}';
/// Open and close bold text.
pub const STRONG: [char; 2] = ['\u{2}', '\u{3}'];
/// Open and close italic text.
pub const EMPHASIS: [char; 2] = ['\u{e}', '\u{f}'];

/// What a block of an answer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph,
    /// An item of a bulleted list; items in a row make one list.
    Bullet,
    /// An item of a numbered list; items in a row make one list.
    Numbered,
}

/// A style over a range of the shown text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Strong,
    Emphasis,
}

/// A styled range of the shown text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Styled {
    pub text: Range<usize>,
    pub style: Style,
}

/// What an answer holds beyond its shown text: its links, its styles and
/// its blocks. Empty for an answer of one plain paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup {
    /// In order of their text.
    pub links: Vec<Link>,
    /// In the order they close.
    pub styles: Vec<Styled>,
    /// One per line of the shown text; empty when it is one paragraph.
    pub blocks: Vec<Block>,
}

impl Markup {
    pub fn is_empty(&self) -> bool {
        self.links.is_empty() && self.styles.is_empty() && self.blocks.is_empty()
    }
}

/// Whether `written` holds anything but plain text: a link or a
/// character of the written form.
pub fn has_markup(written: &str) -> bool {
    written.contains("](") || written.contains(is_mark)
}

fn is_mark(c: char) -> bool {
    c == BLOCK || c == BULLET || c == NUMBERED || STRONG.contains(&c) || EMPHASIS.contains(&c)
}

/// The answer `written` as the page shows it, and its [`Markup`]. What the
/// publisher refuses ([`links::check`]) is left as text; a style never
/// closed runs to the end.
pub fn shown(written: &str) -> (String, Markup) {
    let mut reader = Reader {
        text: String::with_capacity(written.len()),
        markup: Markup::default(),
        blocks: vec![Block::Paragraph],
        open: [None, None],
    };
    let mut rest = written;
    while let Some(c) = rest.chars().next() {
        if c == '[' {
            if let Some(Ok((shown, url, taken))) = links::link_at(rest) {
                if links::allowed(url) {
                    let start = reader.text.len();
                    shown.chars().for_each(|c| reader.take(c, false));
                    reader.markup.links.push(Link {
                        text: start..reader.text.len(),
                        url: url.to_owned(),
                    });
                    rest = &rest[taken..];
                    continue;
                }
            }
        }
        reader.take(c, true);
        rest = &rest[c.len_utf8()..];
    }
    reader.finish()
}

/// What [`shown`] has read so far.
struct Reader {
    text: String,
    markup: Markup,
    blocks: Vec<Block>,
    /// Where each open style started, by [`Style`].
    open: [Option<usize>; 2],
}

impl Reader {
    /// Takes one character of the written form; `blocks` whether it may
    /// start a block (not inside a link's text).
    fn take(&mut self, c: char, blocks: bool) {
        let style = match c {
            _ if STRONG.contains(&c) => Some((Style::Strong, c == STRONG[0])),
            _ if EMPHASIS.contains(&c) => Some((Style::Emphasis, c == EMPHASIS[0])),
            _ => None,
        };
        let block_start = self.text.is_empty() || self.text.ends_with('\n');
        if let Some((style, opens)) = style {
            let at = self.text.len();
            match (opens, self.open[style as usize].take()) {
                (true, _) => self.open[style as usize] = Some(at),
                (false, Some(start)) => self.close(style, start),
                (false, None) => {}
            }
        } else if c == BLOCK && blocks {
            self.text.push('\n');
            self.blocks.push(Block::Paragraph);
        } else if (c == BULLET || c == NUMBERED) && blocks && block_start {
            if let Some(last) = self.blocks.last_mut() {
                *last = if c == BULLET {
                    Block::Bullet
                } else {
                    Block::Numbered
                };
            }
        } else if !is_mark(c) {
            self.text.push(c);
        }
    }

    fn close(&mut self, style: Style, start: usize) {
        if start < self.text.len() {
            self.markup.styles.push(Styled {
                text: start..self.text.len(),
                style,
            });
        }
    }

    fn finish(mut self) -> (String, Markup) {
        for style in [Style::Strong, Style::Emphasis] {
            if let Some(start) = self.open[style as usize].take() {
                self.close(style, start);
            }
        }
        if self.blocks != [Block::Paragraph] {
            self.markup.blocks = self.blocks;
        }
        (self.text, self.markup)
    }
}

/// The blocks of a shown `text`: each one's kind and its bytes, in order.
pub fn blocks<'a>(
    text: &'a str,
    markup: &'a Markup,
) -> impl Iterator<Item = (Block, Range<usize>)> + 'a {
    let mut at = 0;
    text.split('\n').enumerate().map(move |(n, line)| {
        let range = at..at + line.len();
        at = range.end + 1;
        let kind = markup.blocks.get(n).copied().unwrap_or(Block::Paragraph);
        (kind, range)
    })
}

/// A piece of shown text inside one block: its bytes, the link it is the
/// text of (an index into [`Markup::links`]), and whether it is bold and
/// italic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: Range<usize>,
    pub link: Option<usize>,
    pub strong: bool,
    pub emphasis: bool,
}

/// The bytes `range` (one block) of a shown text cut where a link or a
/// style starts or ends: pieces that cover it exactly once, in order. The
/// one walk that the page's elements and the answer's HTML are made by.
pub fn pieces(range: Range<usize>, markup: &Markup) -> Vec<Piece> {
    // Where a link or a style starts or ends. (A walk to the next such
    // place, not a sorted list of them: a sort would add its code to the
    // bundle for a handful of places.)
    let edges = || {
        markup
            .links
            .iter()
            .map(|l| &l.text)
            .chain(markup.styles.iter().map(|s| &s.text))
            .flat_map(|r| [r.start, r.end])
    };
    let covers =
        |r: &Range<usize>, piece: &Range<usize>| r.start <= piece.start && piece.end <= r.end;
    let mut pieces = Vec::new();
    let mut at = range.start;
    while at < range.end {
        let next = edges()
            .filter(|&edge| edge > at)
            .min()
            .unwrap_or(range.end)
            .min(range.end);
        let piece = at..next;
        let styled = |style| {
            markup
                .styles
                .iter()
                .any(|s| s.style == style && covers(&s.text, &piece))
        };
        pieces.push(Piece {
            link: markup.links.iter().position(|l| covers(&l.text, &piece)),
            strong: styled(Style::Strong),
            emphasis: styled(Style::Emphasis),
            text: piece,
        });
        at = next;
    }
    pieces
}

/// The answer written back as its story carries it: the inverse of
/// [`shown`] for what the publisher writes.
pub fn written(text: &str, markup: &Markup) -> String {
    let mut answer = String::with_capacity(text.len() + 16);
    for (n, (kind, range)) in blocks(text, markup).enumerate() {
        if n > 0 {
            answer.push(BLOCK);
        }
        match kind {
            Block::Paragraph => {}
            Block::Bullet => answer.push(BULLET),
            Block::Numbered => answer.push(NUMBERED),
        }
        let mut previous = Piece {
            text: 0..0,
            link: None,
            strong: false,
            emphasis: false,
        };
        let close = |answer: &mut String, previous: &Piece, next: &Piece| {
            if previous.link.is_some() && previous.link != next.link {
                let url = &markup.links[previous.link.unwrap_or_default()].url;
                answer.push_str("](");
                answer.push_str(url);
                answer.push(')');
            }
            if previous.emphasis && !next.emphasis {
                answer.push(EMPHASIS[1]);
            }
            if previous.strong && !next.strong {
                answer.push(STRONG[1]);
            }
        };
        for piece in pieces(range.clone(), markup) {
            close(&mut answer, &previous, &piece);
            if piece.strong && !previous.strong {
                answer.push(STRONG[0]);
            }
            if piece.emphasis && !previous.emphasis {
                answer.push(EMPHASIS[0]);
            }
            if piece.link.is_some() && piece.link != previous.link {
                answer.push('[');
            }
            answer.push_str(&text[piece.text.clone()]);
            previous = piece;
        }
        let end = Piece {
            text: range.end..range.end,
            link: None,
            strong: false,
            emphasis: false,
        };
        close(&mut answer, &previous, &end);
    }
    answer
}

/// How [`html_with`] shows the reader's words and the links: the byte
/// ranges `marks` (in order, as the search gives them) in `<mark
/// class="…">` of `mark_class`, and every link in a new tab or not.
#[derive(Default)]
pub struct Highlight<'a> {
    pub marks: &'a [Range<usize>],
    pub mark_class: &'a str,
    pub new_tab: bool,
}

/// The answer as HTML, as a page's JSON-LD carries it (schema.org's
/// `Answer.text` allows HTML): paragraphs, lists, `<strong>`, `<em>` and
/// `<a href>` (with `rel="noopener"` for a link that leaves the site), its
/// text escaped; an answer of one paragraph is its content alone.
pub fn html(text: &str, markup: &Markup) -> String {
    html_with(text, markup, &Highlight::default())
}

/// The answer's HTML as [`html`] makes it, with the reader's words marked
/// as `how` says: what the widget shows, so that an answer's structure is
/// written once for the page and its JSON-LD.
pub fn html_with(text: &str, markup: &Markup, how: &Highlight<'_>) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut list: Option<&str> = None;
    for (kind, range) in blocks(text, markup) {
        let tag = match kind {
            Block::Paragraph => None,
            Block::Bullet => Some("ul"),
            Block::Numbered => Some("ol"),
        };
        if list != tag {
            if let Some(open) = list {
                close(&mut out, open);
            }
            if let Some(tag) = tag {
                open(&mut out, tag);
            }
            list = tag;
        }
        let block = match (markup.blocks.is_empty(), tag) {
            (true, _) => None,
            (false, None) => Some("p"),
            (false, Some(_)) => Some("li"),
        };
        if let Some(block) = block {
            open(&mut out, block);
        }
        inline_html(&mut out, text, range, markup, how);
        if let Some(block) = block {
            close(&mut out, block);
        }
    }
    if let Some(open) = list {
        close(&mut out, open);
    }
    out
}

fn open(out: &mut String, tag: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
}

fn close(out: &mut String, tag: &str) {
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// The block `range` of `text`: each piece in its link, bold and italic,
/// the marks inside it.
fn inline_html(
    out: &mut String,
    text: &str,
    range: Range<usize>,
    markup: &Markup,
    how: &Highlight<'_>,
) {
    for piece in pieces(range, markup) {
        // A link is one piece: a story never styles part of a link's text.
        let link = piece.link.and_then(|l| markup.links.get(l));
        if let Some(link) = link {
            out.push_str("<a href=\"");
            links::escape_into(out, &link.url);
            out.push('"');
            if link.is_external() {
                out.push_str(" rel=\"noopener\"");
            }
            if how.new_tab {
                out.push_str(" target=\"_blank\"");
            }
            out.push('>');
        }
        if piece.strong {
            open(out, "strong");
        }
        if piece.emphasis {
            open(out, "em");
        }
        let end = piece.text.end;
        let mut at = piece.text.start;
        for mark in how.marks {
            let (from, to) = (mark.start.max(at), mark.end.min(end));
            if from >= to {
                continue;
            }
            links::escape_into(out, text.get(at..from).unwrap_or_default());
            out.push_str("<mark class=\"");
            out.push_str(how.mark_class);
            out.push_str("\">");
            links::escape_into(out, text.get(from..to).unwrap_or_default());
            close(out, "mark");
            at = to;
        }
        links::escape_into(out, text.get(at..end).unwrap_or_default());
        if piece.emphasis {
            close(out, "em");
        }
        if piece.strong {
            close(out, "strong");
        }
        if link.is_some() {
            close(out, "a");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> String {
        text.replace('¶', &BLOCK.to_string())
            .replace('•', &BULLET.to_string())
            .replace('#', &NUMBERED.to_string())
            .replace('{', &STRONG[0].to_string())
            .replace('}', &STRONG[1].to_string())
            .replace('<', &EMPHASIS[0].to_string())
            .replace('>', &EMPHASIS[1].to_string())
    }

    #[test]
    fn a_plain_answer_has_no_markup() {
        let (text, markup) = shown("Plain [ text ] (x).");
        assert_eq!(text, "Plain [ text ] (x).");
        assert!(markup.is_empty());
        assert!(!has_markup("Plain [ text ] (x)."));
    }

    #[test]
    fn paragraphs_lists_styles_and_links_read_and_write_back() {
        let written_form =
            md("First {bold} and <it>.¶•One [link](https://a.b/c) item¶•Two¶#Step¶Last {[x](mailto:d@e.f)}");
        assert!(has_markup(&written_form));
        let (text, markup) = shown(&written_form);
        assert_eq!(text, "First bold and it.\nOne link item\nTwo\nStep\nLast x");
        assert_eq!(
            markup.blocks,
            [
                Block::Paragraph,
                Block::Bullet,
                Block::Bullet,
                Block::Numbered,
                Block::Paragraph
            ]
        );
        assert_eq!(markup.links.len(), 2);
        assert_eq!(&text[markup.links[0].text.clone()], "link");
        assert_eq!(
            markup.styles,
            [
                Styled {
                    text: 6..10,
                    style: Style::Strong
                },
                Styled {
                    text: 15..17,
                    style: Style::Emphasis
                },
                Styled {
                    text: 47..48,
                    style: Style::Strong
                },
            ]
        );
        assert_eq!(written(&text, &markup), written_form);
        assert_eq!(
            html(&text, &markup),
            "<p>First <strong>bold</strong> and <em>it</em>.</p><ul><li>One <a href=\"https://a.b/c\" rel=\"noopener\">link</a> item</li><li>Two</li></ul><ol><li>Step</li></ol><p>Last <a href=\"mailto:d@e.f\" rel=\"noopener\"><strong>x</strong></a></p>"
        );
    }

    #[test]
    fn the_pieces_of_a_block_cover_it_once() {
        let (text, markup) = shown(&md("a{b[c<d](u)e>}f¶g"));
        assert_eq!(text, "abcdef\ng");
        let cut = pieces(0..6, &markup);
        let joined: String = cut.iter().map(|p| &text[p.text.clone()]).collect();
        assert_eq!(joined, "abcdef");
        let link: Vec<&str> = cut
            .iter()
            .filter(|p| p.link.is_some())
            .map(|p| &text[p.text.clone()])
            .collect();
        assert_eq!(link, ["c", "d"]);
        assert!(cut
            .iter()
            .any(|p| p.strong && p.emphasis && &text[p.text.clone()] == "d"));
        let (again, markup_again) = shown(&written(&text, &markup));
        assert_eq!((again, markup_again), (text, markup));
    }

    #[test]
    fn odd_written_forms_are_text_or_nothing_never_a_panic() {
        for odd in [
            "{",
            "}",
            "¶",
            "•",
            "¶¶",
            "{}",
            "a•b",
            "[x](javascript:y)",
            "<a",
            "#",
        ] {
            let (text, markup) = shown(&md(odd));
            for (_, range) in blocks(&text, &markup) {
                let joined: String = pieces(range.clone(), &markup)
                    .iter()
                    .map(|p| &text[p.text.clone()])
                    .collect();
                assert_eq!(joined, text[range].to_owned(), "{odd}");
            }
            let _ = html(&text, &markup);
        }
        // A bullet mark inside a block is no item: dropped, never shown.
        assert_eq!(shown(&md("a•b")).0, "ab");
    }
}

#[cfg(test)]
mod highlight_tests {
    use super::*;

    #[test]
    fn marks_fall_inside_links_styles_and_list_items_and_text_stays_text() {
        let (text, markup) = shown("\u{11}a <b> [link text](/x) c\u{1d}\u{11}\u{2}bold\u{3} end");
        let how = Highlight {
            marks: &[2..5, 6..10, 18..23],
            mark_class: "m",
            new_tab: true,
        };
        assert_eq!(
            html_with(&text, &markup, &how),
            "<ul><li>a <mark class=\"m\">&lt;b&gt;</mark> <a href=\"/x\" target=\"_blank\"><mark class=\"m\">link</mark> text</a> c</li><li><strong><mark class=\"m\">bold</mark></strong><mark class=\"m\"> </mark>end</li></ul>"
        );
    }
}
