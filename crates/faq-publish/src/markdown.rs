//! A story written as a newsroom writes one: Markdown with front matter,
//! as Hugo, Jekyll and Eleventy take it.
//!
//! ```text
//! ---
//! title: Harbour Bridge closure: what drivers need to know
//! date: 2026-11-20
//! updated: 2026-11-28T09:30:00Z
//! section: Transport
//! tags: roads, ferries
//! lang: en
//! url: https://news.example/transport/harbour-bridge
//! ---
//! The summary: one or more paragraphs before the first question.
//!
//! ## When does the bridge close?
//!
//! An answer: paragraphs, `-` or `1.` lists, **bold**, *italic*, and links.
//! ```
//!
//! Every key is optional but `title`. Each `## ` heading is a question, and
//! its answer runs to the next. The text is read by a CommonMark parser
//! (`pulldown-cmark`) and written in the story's own form
//! ([`faq_core::markup`]); anything that form cannot carry (raw HTML,
//! images, other headings, code, tables, quotes, rules) is an error with
//! its line, column and what to write instead, and nothing of the story is
//! written. Markup-like text that CommonMark reads as text stays text.

use faq_core::corpus::question_key;
use faq_core::markup::{BLOCK, BULLET, EMPHASIS, NUMBERED, STRONG};
use faq_core::{links, Faq, Story};
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::fmt;

/// What a story's front matter says of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// The headline.
    pub title: String,
    /// First published: a date (`2026-11-20`) or a time (RFC 3339).
    pub date: Option<String>,
    /// Last updated, as `date`.
    pub updated: Option<String>,
    pub section: Option<String>,
    pub tags: Vec<String>,
    /// The story's language (BCP 47), for its run.
    pub lang: Option<String>,
    /// The article the explainer goes with.
    pub url: Option<String>,
}

/// The keys a front matter may hold.
pub const KEYS: [&str; 7] = ["title", "date", "updated", "section", "tags", "lang", "url"];

/// Why a Markdown story cannot be published: where, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for MarkdownError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for MarkdownError {}

/// Whether the story file `path` is Markdown.
pub fn is_markdown(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// Reads a Markdown story. `file` only names it in errors.
pub fn parse(file: &str, bytes: &[u8]) -> Result<(Story, Meta), MarkdownError> {
    let error = |at: usize, text: &str, message: String| {
        let (line, column) = line_column(text, at);
        MarkdownError {
            file: file.to_owned(),
            line,
            column,
            message,
        }
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            return Err(error(
                valid.len(),
                valid,
                "this is not valid UTF-8 text; save the file as UTF-8".into(),
            ));
        }
    };
    if let Some((at, c)) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Err(error(
            at,
            text,
            format!(
                "the control character U+{:04X}, which a web page cannot show; remove it",
                u32::from(c)
            ),
        ));
    }
    let (meta, body_at) = front_matter(text).map_err(|(at, m)| error(at, text, m))?;
    let story = body(&text[body_at..]).map_err(|(at, m)| error(body_at + at, text, m))?;
    Ok((story, meta))
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |n| n + 1);
    (line, before[start..].chars().count() + 1)
}

type Failure = (usize, String);

/// The front matter at the start of `text`, and where the body starts.
fn front_matter(text: &str) -> Result<(Meta, usize), Failure> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or_default();
    if first.trim_end() != "---" {
        return Err((
            0,
            "a Markdown story starts with its front matter: a line `---`, then `title: <the headline>` (and any of date, updated, section, tags, lang, url), then `---`".into(),
        ));
    }
    let mut meta = Meta::default();
    let mut at = first.len();
    let mut seen = Vec::new();
    for line in lines {
        let start = at;
        at += line.len();
        let content = line.trim_end();
        if content == "---" {
            if meta.title.is_empty() {
                return Err((
                    start,
                    "the front matter has no `title:`; add `title: <the story's headline>`".into(),
                ));
            }
            return Ok((meta, at));
        }
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = content.split_once(':') else {
            return Err((
                start,
                "a front-matter line is `key: value`, for example `section: Transport`".into(),
            ));
        };
        let key = key.trim();
        let value_at = start + key.len() + 1 + (value.len() - value.trim_start().len());
        let value = unquoted(value.trim());
        if !KEYS.contains(&key) {
            return Err((
                start,
                format!(
                    "unknown front-matter key `{key}`; the keys are {}",
                    KEYS.join(", ")
                ),
            ));
        }
        if seen.contains(&key) {
            return Err((start, format!("`{key}` is given twice; keep one")));
        }
        seen.push(key);
        if value.is_empty() {
            return Err((
                value_at,
                format!("`{key}:` has no value; give one or remove the line"),
            ));
        }
        let bad = |what: &str| Err((value_at, format!("`{key}: {value}` {what}")));
        match key {
            "title" => meta.title = value.to_owned(),
            "date" | "updated" => {
                if !is_date(value) {
                    return bad("is not a date; write `2026-11-20`, or a time as `2026-11-28T09:30:00Z` (RFC 3339)");
                }
                let slot = if key == "date" {
                    &mut meta.date
                } else {
                    &mut meta.updated
                };
                *slot = Some(value.to_owned());
            }
            "section" => meta.section = Some(value.to_owned()),
            "tags" => {
                let list = value.strip_prefix('[').and_then(|v| v.strip_suffix(']'));
                meta.tags = list
                    .unwrap_or(value)
                    .split(',')
                    .map(|tag| unquoted(tag.trim()).to_owned())
                    .filter(|tag| !tag.is_empty())
                    .collect();
            }
            "lang" => meta.lang = Some(value.to_owned()),
            "url" => {
                let web = value.starts_with("https://") || value.starts_with("http://");
                if !web || value.contains(char::is_whitespace) || value.contains('\\') {
                    return bad(
                        "is not a web address; write the article's full address, `https://…`",
                    );
                }
                meta.url = Some(value.to_owned());
            }
            _ => unreachable!("every key of KEYS is read"),
        }
    }
    Err((
        text.len(),
        "the front matter never ends; close it with a line `---` before the summary".into(),
    ))
}

/// `value` without the quotes around it, if it has a pair.
fn unquoted(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// Whether `value` is a date (`2026-11-20`) or an RFC 3339 time
/// (`2026-11-28T09:30:00Z`, `…+01:00`, seconds and their fraction
/// optional).
pub fn is_date(value: &str) -> bool {
    let number = |s: &str, min: u32, max: u32| {
        s.bytes().all(|b| b.is_ascii_digit())
            && !s.is_empty()
            && s.parse::<u32>().is_ok_and(|n| (min..=max).contains(&n))
    };
    let (day, time) = match value.find(['T', 't', ' ']) {
        Some(at) => (&value[..at], Some(&value[at + 1..])),
        None => (value, None),
    };
    let parts: Vec<&str> = day.split('-').collect();
    let [year, month, date] = parts.as_slice() else {
        return false;
    };
    if year.len() != 4 || month.len() != 2 || date.len() != 2 || !number(year, 1000, 9999) {
        return false;
    }
    let Ok(m) = month.parse::<u32>() else {
        return false;
    };
    let leap = year
        .parse::<u32>()
        .is_ok_and(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !number(month, 1, 12) || !number(date, 1, days) {
        return false;
    }
    let Some(time) = time else {
        return true;
    };
    let (clock, zone) = match time.find(['Z', 'z', '+', '-']) {
        Some(at) => time.split_at(at),
        None => return false,
    };
    let zone_ok = matches!(zone, "Z" | "z")
        || (zone.len() == 6
            && zone.as_bytes()[3] == b':'
            && number(&zone[1..3], 0, 23)
            && number(&zone[4..], 0, 59));
    let (clock, fraction) = clock.split_once('.').unwrap_or((clock, "0"));
    let fields: Vec<&str> = clock.split(':').collect();
    let clock_ok = match fields.as_slice() {
        [h, m] => number(h, 0, 23) && number(m, 0, 59),
        [h, m, s] => number(h, 0, 23) && number(m, 0, 59) && number(s, 0, 60),
        _ => false,
    };
    zone_ok && clock_ok && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// Where a story's body is being read.
enum Place {
    Summary,
    Question,
    Answer,
}

/// The summary, and each `## ` question with its answer, of `body`.
fn body(body: &str) -> Result<Story, Failure> {
    let mut summary: Vec<String> = Vec::new();
    let mut faqs: Vec<Faq> = Vec::new();
    let mut place = Place::Summary;
    // The block being written: its text in the story's form.
    let mut block = String::new();
    let mut answer: Vec<String> = Vec::new();
    // The list being read, if any: numbered or not, and its item's depth.
    let mut list: Option<bool> = None;
    let mut in_item = false;
    let mut item_paragraphs = 0;
    // The link being read: its text, and its URL.
    let mut link: Option<(String, String, usize)> = None;
    // Links written into the block so far, and where the block started.
    let mut links_in_block = 0;
    let mut block_at = 0;
    let refuse = |at: usize, what: &str| -> Result<Story, Failure> { Err((at, what.to_owned())) };
    // A heading's text is read into `block` like a paragraph's.
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        let at = range.start;
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if level != HeadingLevel::H2 {
                    return refuse(at, "only `## ` headings, each a question, are read; the headline goes in the front matter's `title:`, and an answer has no headings (write it as a paragraph or a **bold** line)");
                }
                if !block.is_empty() {
                    return refuse(at, "unfinished text before this question");
                }
                if let Place::Question = place {
                    return refuse(at, "a question inside a question");
                }
                if let Some(last) = faqs.last_mut() {
                    if answer.is_empty() {
                        return refuse(at, "the question before this one has no answer; write its answer below it");
                    }
                    last.answer = answer.join(&BLOCK.to_string());
                    answer.clear();
                } else if summary.is_empty() {
                    return refuse(at, "the summary comes first: write one or more paragraphs before the first `## ` question");
                }
                place = Place::Question;
            }
            Event::End(TagEnd::Heading(_)) => {
                let question = std::mem::take(&mut block).trim().to_owned();
                if question.is_empty() {
                    return refuse(at, "an empty question; write the question after `## `");
                }
                if let Some(first) = faqs.iter().position(|faq| question_key(&faq.question) == question_key(&question)) {
                    return Err((
                        at,
                        format!(
                            "this question repeats question {} (\"{}\"); remove one of them or reword it",
                            first + 1,
                            faqs[first].question
                        ),
                    ));
                }
                faqs.push(Faq {
                    question,
                    answer: String::new(),
                });
                place = Place::Answer;
            }
            Event::Start(Tag::Paragraph) => {
                if !in_item {
                    links_in_block = 0;
                    block_at = at;
                }
                if in_item {
                    item_paragraphs += 1;
                    if item_paragraphs > 1 {
                        return refuse(at, "a list item of more than one paragraph; keep each item to one paragraph, or write the rest after the list");
                    }
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if in_item {
                    continue;
                }
                no_link_in_text(&block, links_in_block, block_at)?;
                let paragraph = std::mem::take(&mut block).trim().to_owned();
                match place {
                    Place::Summary if faq_core::markup::has_markup(&paragraph) => {
                        return refuse(at, "the summary is plain text: no links, bold or italic (it is the story's description in search results); move them into an answer");
                    }
                    Place::Summary => summary.push(paragraph),
                    _ => answer.push(paragraph),
                }
            }
            Event::Start(Tag::List(start)) => {
                if list.is_some() {
                    return refuse(at, "a list inside a list; write it as one list, or as a paragraph and a list");
                }
                if !matches!(place, Place::Answer) {
                    return refuse(at, "a list belongs in an answer, below a `## ` question; the summary is plain paragraphs");
                }
                if start.is_some_and(|n| n != 1) {
                    return refuse(at, "a numbered list starts at 1; keep its items together, or start it with `1.`");
                }
                list = Some(start.is_some());
            }
            Event::End(TagEnd::List(_)) => list = None,
            Event::Start(Tag::Item) => {
                in_item = true;
                item_paragraphs = 0;
                links_in_block = 0;
                block_at = at;
                block.push(if list == Some(true) { NUMBERED } else { BULLET });
            }
            Event::End(TagEnd::Item) => {
                in_item = false;
                no_link_in_text(&block, links_in_block, block_at)?;
                let item = std::mem::take(&mut block);
                if item.chars().skip(1).collect::<String>().trim().is_empty() {
                    return refuse(at, "an empty list item; write its text or remove it");
                }
                let mark = item.chars().next().unwrap_or(BULLET);
                answer.push(format!("{mark}{}", item[mark.len_utf8()..].trim()));
            }
            Event::Start(Tag::Strong) => push_text(&mut block, &mut link, STRONG[0].encode_utf8(&mut [0; 4])),
            Event::End(TagEnd::Strong) => push_text(&mut block, &mut link, STRONG[1].encode_utf8(&mut [0; 4])),
            Event::Start(Tag::Emphasis) => push_text(&mut block, &mut link, EMPHASIS[0].encode_utf8(&mut [0; 4])),
            Event::End(TagEnd::Emphasis) => push_text(&mut block, &mut link, EMPHASIS[1].encode_utf8(&mut [0; 4])),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                if link.is_some() {
                    return refuse(at, "a link inside a link");
                }
                if matches!(link_type, LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut | LinkType::ReferenceUnknown | LinkType::CollapsedUnknown | LinkType::ShortcutUnknown) {
                    return refuse(at, "a reference link; write the address in place, `[text](https://…)`");
                }
                link = Some((String::new(), dest_url.to_string(), at));
            }
            Event::End(TagEnd::Link) => {
                let Some((text, url, start)) = link.take() else {
                    continue;
                };
                // Bold or italic over the whole link's text goes around the
                // link; over part of it, the page could not show it as one
                // link.
                let (before, text, after) = styles_outside(&text);
                if text.contains(|c| STRONG.contains(&c) || EMPHASIS.contains(&c)) {
                    return Err((start, "bold or italic on part of a link's text; make the whole link bold or italic, or none of it".into()));
                }
                let written = written_link(text, &url).map_err(|m| (start, m))?;
                block.push_str(&format!("{before}{written}{after}"));
                links_in_block += 1;
            }
            Event::Text(text) => push_text(&mut block, &mut link, &text),
            Event::SoftBreak | Event::HardBreak => push_text(&mut block, &mut link, &CowStr::from(" ")),
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => {
                return refuse(at, "code is not shown as code in an explainer; write it as plain text, without backticks or indentation")
            }
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => {
                return refuse(at, "raw HTML is not published; write it in Markdown (paragraphs, `-` or `1.` lists, **bold**, *italic*, [links](https://…)), or escape a `<` meant as text with `\\<`")
            }
            Event::Start(Tag::Image { .. }) => {
                return refuse(at, "images are not published in an explainer; link to the image instead, `[photo](https://…)`")
            }
            Event::Start(Tag::BlockQuote(_)) => {
                return refuse(at, "a quote block (`>`) is not published; write the quote in a paragraph, in quotation marks")
            }
            Event::Rule => {
                return refuse(at, "a rule (`---`, `***`) is not published; the front matter's `---` lines go at the very start of the file")
            }
            Event::Start(other) => {
                return Err((at, format!("{other:?} is not published in an explainer; write paragraphs, `-` or `1.` lists, **bold**, *italic* and links")));
            }
            _ => {}
        }
    }
    if let Some(last) = faqs.last_mut() {
        if answer.is_empty() {
            return Err((
                body.len(),
                "the last question has no answer; write its answer below it".into(),
            ));
        }
        last.answer = answer.join(&BLOCK.to_string());
    }
    if summary.is_empty() {
        return Err((0, "no summary; write one or more paragraphs after the front matter, before the first `## ` question".into()));
    }
    if faqs.is_empty() {
        return Err((
            body.len(),
            "no questions; write each question as a `## ` heading, with its answer below it".into(),
        ));
    }
    Ok(Story {
        summary: summary.join(&BLOCK.to_string()),
        faqs,
        ..Story::default()
    })
}

/// An error if `block` (in the story's form, with `links` links written)
/// holds text the page would read as a further link: `\[x\](y)` in
/// Markdown is text, but `[x](y)` in the story's form is a link.
fn no_link_in_text(block: &str, links: usize, at: usize) -> Result<(), Failure> {
    if faq_core::markup::shown(block).1.links.len() > links {
        return Err((at, "text here would read as a link `[text](address)` on the page; write it as a Markdown link, or put a space between `]` and `(`".into()));
    }
    Ok(())
}

/// Adds text in the story's form (a style's mark included) to the
/// link's text, if one is being read, or to the block.
fn push_text(block: &mut String, link: &mut Option<(String, String, usize)>, text: &str) {
    match link {
        Some((link_text, _, _)) => link_text.push_str(text),
        None => block.push_str(text),
    }
}

/// A link's text (in the story's form) without the styles that wrap all of
/// it: those that open before it, the text, and those that close after.
fn styles_outside(text: &str) -> (String, &str, String) {
    let (mut before, mut after) = (String::new(), String::new());
    let mut inner = text;
    for [open, close] in [STRONG, EMPHASIS, STRONG] {
        if let Some(rest) = inner.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            before.push(open);
            after.insert(0, close);
            inner = rest;
        }
    }
    (before, inner, after)
}

/// A Markdown link in the story's form, `[text](url)`, or why it cannot be
/// one.
fn written_link(text: &str, url: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("a link with no text; write the words readers click, `[the council's notice](https://…)`".into());
    }
    if text.contains(['[', ']']) {
        return Err("a link's text holds `[` or `]`; reword it without brackets".into());
    }
    if let Some(scheme) = links::refused_scheme(url) {
        return Err(format!(
            "a link to a `{scheme}:` address is not allowed, only http, https, mailto, tel or relative ones"
        ));
    }
    if url.is_empty() || url.contains(|c: char| c.is_whitespace() || c == '(' || c == ')') {
        return Err("a link's address is empty or holds a space or parenthesis; write it with `%20`, `%28` and `%29` instead".into());
    }
    let written = format!("[{text}]({url})");
    match links::check(&written) {
        Ok(()) => Ok(written),
        Err(links::LinkError::Scheme { scheme, .. }) => Err(format!(
            "a link to a `{scheme}:` address is not allowed, only http, https, mailto, tel or relative ones"
        )),
        Err(links::LinkError::Backslash { .. }) => Err(
            "a link whose address holds a backslash `\\`, which browsers read as `/`; write it with `/`, or `%5C`"
                .into(),
        ),
        Err(links::LinkError::Unclosed { .. }) => {
            Err("a link's address cannot be read; write it as `[text](https://…)`".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use faq_core::markup::{self, Block};

    fn fixture(name: &str) -> (String, Vec<u8>) {
        let path = crate::files::source_dir().join("tests/fixtures").join(name);
        (path.display().to_string(), std::fs::read(&path).unwrap())
    }

    #[test]
    fn a_newsroom_explainer_reads_with_its_front_matter_paragraphs_and_lists() {
        let (file, bytes) = fixture("harbour-bridge.md");
        let (story, meta) = parse(&file, &bytes).unwrap();
        assert_eq!(
            meta.title,
            "Harbour Bridge closure: what drivers need to know"
        );
        assert_eq!(meta.date.as_deref(), Some("2026-11-20"));
        assert_eq!(meta.updated.as_deref(), Some("2026-11-28T09:30:00Z"));
        assert_eq!(meta.section.as_deref(), Some("Transport"));
        assert_eq!(meta.tags, ["roads", "ferries"]);
        assert_eq!(meta.lang.as_deref(), Some("en"));
        assert_eq!(
            meta.url.as_deref(),
            Some("https://news.example/transport/harbour-bridge")
        );
        assert_eq!(story.summary.split(BLOCK).count(), 2, "two paragraphs");
        let questions: Vec<&str> = story.faqs.iter().map(|f| f.question.as_str()).collect();
        assert_eq!(
            questions,
            [
                "When does the bridge close?",
                "How do I get across instead?",
                "What do I do if my bus pass stops working?",
                "Who do I contact with a question?"
            ]
        );
        let (text, first) = markup::shown(&story.faqs[0].answer);
        assert_eq!(first.blocks, [Block::Paragraph, Block::Paragraph]);
        assert_eq!(
            &text[first.styles[0].text.clone()],
            "10pm on Sunday 30 November"
        );
        let (text, second) = markup::shown(&story.faqs[1].answer);
        assert_eq!(
            second.blocks,
            [
                Block::Paragraph,
                Block::Bullet,
                Block::Bullet,
                Block::Bullet,
                Block::Paragraph
            ]
        );
        assert!(text.contains("\nthe harbour tunnel, toll-free for residents;\n"));
        assert_eq!(second.links[0].url, "https://council.example/bridge");
        let (_, third) = markup::shown(&story.faqs[2].answer);
        assert_eq!(third.blocks, [Block::Numbered; 3]);
        let (text, fourth) = markup::shown(&story.faqs[3].answer);
        let urls: Vec<&str> = fourth.links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "mailto:desk@news.example?subject=Bridge",
                "tel:+44-20-7946-0000"
            ]
        );
        assert!(
            text.ends_with("such as 3 < 4 > 2, 5 * 6 and [brackets] stays text."),
            "{text}"
        );
        // What the story carries reads back as it was written.
        assert_eq!(Story::from_lines(&story.to_lines()), Some(story));
    }

    #[test]
    fn each_thing_an_explainer_cannot_hold_is_an_error_at_its_place() {
        let cases = [
            ("raw-html.md", 8, "raw HTML"),
            ("image.md", 8, "images"),
            ("other-heading.md", 10, "only `## ` headings"),
            ("code-block.md", 8, "code"),
            ("table.md", 8, "Table"),
            ("unknown-key.md", 3, "unknown front-matter key `author`"),
            ("bad-date.md", 3, "is not a date"),
            ("no-title.md", 3, "no `title:`"),
            ("no-answer.md", 8, "has no answer"),
            ("reference-link.md", 8, "reference link"),
            ("script-link.md", 8, "`javascript:`"),
            ("nested-list.md", 9, "a list inside a list"),
        ];
        for (name, line, says) in cases {
            let (file, bytes) = fixture(&format!("markdown-errors/{name}"));
            let error = parse(&file, &bytes).expect_err(name);
            assert_eq!(error.line, line, "{name}: {error}");
            assert!(error.message.contains(says), "{name}: {error}");
            assert!(
                error.to_string().starts_with(&format!("{file}:{line}:")),
                "{error}"
            );
        }
    }

    #[test]
    fn front_matter_and_body_faults_say_what_to_write() {
        let error = |text: &str| parse("s.md", text.as_bytes()).unwrap_err().to_string();
        assert!(error("Summary.\n\n## Q?\n\nA.\n").contains("starts with its front matter"));
        assert!(error("---\ntitle: T\n").contains("never ends"));
        assert!(error("---\ntitle: T\nSummary.\n---\n").contains("`key: value`"));
        assert!(error("---\ntitle: T\n---\n## Q?\n\nA.\n").contains("the summary comes first"));
        assert!(error("---\ntitle: T\n---\nS.\n").contains("no questions"));
        assert!(
            error("---\ntitle: T\nurl: news.example/x\n---\nS.\n\n## Q?\n\nA.\n")
                .contains("not a web address")
        );
        assert!(error("---\ntitle: T\n---\nS **bold**.\n\n## Q?\n\nA.\n")
            .contains("the summary is plain text"));
        assert!(
            error("---\ntitle: T\n---\nS.\n\n## Q?\n\nA \\[x\\](https://y.example).\n")
                .contains("would read as a link")
        );
        assert!(
            error("---\ntitle: T\n---\nS.\n\n## Q?\n\nA.\n\n## q?\n\nB.\n")
                .contains("repeats question 1")
        );
        assert!(error("---\ntitle: T\n---\nS.\n\n## Q?\n\n3. three\n").contains("starts at 1"));
        assert!(error("---\ntitle: T\n---\nS\u{7}.\n\n## Q?\n\nA.\n").contains("U+0007"));
        assert!(
            error("---\ntitle: T\n---\nS.\n\n## Q?\n\n[a **b**](https://x.example).\n")
                .contains("part of a link's text")
        );
        // A whole link in bold and italic: the styles go around the link.
        let (story, _) = parse(
            "s.md",
            "---\ntitle: T\n---\nS.\n\n## Q?\n\n***[a b](https://x.example)***.\n".as_bytes(),
        )
        .unwrap();
        let (text, markup) = faq_core::markup::shown(&story.faqs[0].answer);
        assert_eq!(text, "a b.");
        assert_eq!(markup.links[0].text, 0..3);
        assert_eq!(markup.styles.len(), 2);
        assert!(markup.styles.iter().all(|s| s.text == (0..3)));
        let (story, _) = parse(
            "s.md",
            "---\ntitle: T\n---\nS.\n\n## Q?\n\n[**a b**](https://x.example).\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(
            story.faqs[0].answer,
            format!("{}[a b](https://x.example){}.", STRONG[0], STRONG[1])
        );
    }

    #[test]
    fn dates_are_calendar_dates_and_rfc_3339_times() {
        for good in [
            "2026-11-20",
            "2024-02-29",
            "2026-11-28T09:30:00Z",
            "2026-11-28T09:30Z",
            "2026-11-28T09:30:00.5+01:00",
        ] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "26-11-20",
            "2026-11-28T25:00Z",
            "2026-11-28T09:30",
            "20 Nov 2026",
            "2026-11-28T09:30:00+1",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn quotes_lists_of_tags_and_comments_in_front_matter() {
        let text = "---\n# the desk's notes\ntitle: \"Fares: what changes\"\ntags: [buses, 'fares']\n---\nS.\n\n## Q?\n\nA.\n";
        let (_, meta) = parse("s.md", text.as_bytes()).unwrap();
        assert_eq!(meta.title, "Fares: what changes");
        assert_eq!(meta.tags, ["buses", "fares"]);
    }
}
