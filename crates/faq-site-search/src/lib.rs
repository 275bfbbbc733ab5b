//! The front page's search engine: a site's index (`faq_core::site_index`) of
//! every story in the engine's language, loaded in parts as queries need
//! them, searched with the ranking of the story pages. `js/front-page.js`
//! fetches the parts and the stories' texts it names, and shows the hits.
//!
//! Built per language, as the story engine is (`FAQ_LANG`), by the engine's
//! build (`crates/faq-publish/src/engine/tools.rs`); never part of a story
//! page's bytes.

use faq_core::site_index::{name_text, SiteIndex};
use faq_core::{Searcher, ENGINE_LANGUAGE};
use js_sys::{Array, Object, Reflect};
use std::ops::Range;
use wasm_bindgen::prelude::*;

/// Talc instead of the default dlmalloc: smaller in the bundle.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Characters of an answer shown around its first match.
const PASSAGE: usize = 180;

#[wasm_bindgen]
pub struct Site {
    searcher: Searcher<'static, SiteIndex>,
}

fn error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

fn set(object: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(object, &key.into(), value);
}

/// `text` cut into pieces, each `[text, marked]`, at `marks` (byte ranges
/// in order).
fn pieces(text: &str, marks: &[Range<usize>]) -> Array {
    let out = Array::new();
    let mut at = 0;
    let push = |piece: &str, marked: bool| {
        if !piece.is_empty() {
            out.push(&Array::of2(&piece.into(), &marked.into()));
        }
    };
    for mark in marks {
        let (start, end) = (mark.start.max(at).min(text.len()), mark.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        push(&text[at..start], false);
        push(&text[start..end], true);
        at = end;
    }
    push(&text[at..], false);
    out
}

/// A short passage of `answer` around its marks: the whole of a short
/// answer, else the passage from one of its marks ([`passage_from`]) that
/// holds the most of them, and among those the one whose marks stand
/// closest together (the first among equals), so that the reader's words
/// show together rather than a word reached through a synonym earlier on;
/// its marks moved with it.
fn passage(answer: &str, marks: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    if answer.chars().count() <= PASSAGE {
        return (answer.to_owned(), marks.to_vec());
    }
    // More marks first, then the narrower spread of them.
    let rank = |held: &[Range<usize>]| {
        let spread = match (held.first(), held.last()) {
            (Some(first), Some(last)) => last.end.saturating_sub(first.start),
            _ => usize::MAX,
        };
        (held.len(), std::cmp::Reverse(spread))
    };
    let mut best = passage_from(answer, marks.first().map_or(0, |m| m.start), marks);
    for mark in marks.iter().skip(1) {
        let from = passage_from(answer, mark.start, marks);
        if rank(&from.1) > rank(&best.1) {
            best = from;
        }
    }
    best
}

/// About [`PASSAGE`] characters of `answer` from the start of the sentence
/// that holds byte `first` (or a little before it), cut at words, with
/// ellipses; `marks` moved with it, those it holds.
fn passage_from(answer: &str, first: usize, marks: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let first = first.min(answer.len());
    let sentence = answer[..first]
        .rfind(['.', '!', '?', '。'])
        .map_or(0, |at| at + 1);
    let back: usize = answer[..first]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(at, _)| at);
    let mut start = sentence.max(back);
    if start > 0 {
        start = answer[start..]
            .find(' ')
            .map_or(start, |space| start + space + 1)
            .min(first);
    }
    let end = answer[start..]
        .char_indices()
        .nth(PASSAGE)
        .map_or(answer.len(), |(at, _)| start + at);
    let end = if end < answer.len() {
        answer[start..end]
            .rfind(' ')
            .map_or(end, |space| start + space)
    } else {
        end
    };
    let mut text = String::new();
    let lead = if start > 0 { "… " } else { "" };
    text.push_str(lead);
    text.push_str(answer[start..end].trim_end());
    if end < answer.len() {
        text.push_str(" …");
    }
    let shift = lead.len();
    let moved = marks
        .iter()
        .filter(|m| m.start >= start && m.end <= end)
        .map(|m| m.start - start + shift..m.end - start + shift)
        .collect();
    (text, moved)
}

#[wasm_bindgen]
impl Site {
    /// A site's index from its meta part, with the readers' words for the
    /// site's that it carries.
    #[wasm_bindgen(constructor)]
    pub fn new(meta: &[u8]) -> Result<Site, JsError> {
        let index = SiteIndex::from_meta(meta).map_err(error)?;
        Ok(Site {
            searcher: Searcher::of_site(index, ENGINE_LANGUAGE),
        })
    }

    /// The names (16 hex digits) of the term parts `query` needs that are
    /// not loaded, by number: `[[number, name], …]`. Load them with
    /// [`Site::add_part`] and ask again until none is left.
    #[wasm_bindgen(js_name = partsNeeded)]
    pub fn parts_needed(&self, query: &str) -> Array {
        let index = self.searcher.index();
        self.searcher
            .parts_needed(query)
            .into_iter()
            .filter_map(|part| {
                Some(Array::of2(
                    &(part as u32).into(),
                    &name_text(index.part_name(part)?).into(),
                ))
            })
            .collect()
    }

    /// Every file of the index but the meta part: its term parts
    /// (`p-<name>.bin`) and its stories (`s-<name>.json`), to fetch them
    /// all for searching offline.
    #[wasm_bindgen(js_name = allFiles)]
    pub fn all_files(&self) -> Array {
        let index = self.searcher.index();
        let parts = (0..index.part_count()).filter_map(|p| index.part_name(p));
        let stories = (0..index.story_count()).filter_map(|s| index.story_name(s));
        parts
            .map(|name| JsValue::from(format!("p-{}.bin", name_text(name))))
            .chain(stories.map(|name| JsValue::from(format!("s-{}.json", name_text(name)))))
            .collect()
    }

    #[wasm_bindgen(js_name = addPart)]
    pub fn add_part(&mut self, part: u32, bytes: &[u8]) -> Result<(), JsError> {
        self.searcher.add_part(part as usize, bytes).map_err(error)
    }

    /// Adds a story's questions and answers (`[question, answer, …]`).
    #[wasm_bindgen(js_name = addStory)]
    pub fn add_story(&mut self, story: u32, texts: Array) -> Result<(), JsError> {
        let texts: Vec<String> = texts.iter().filter_map(|t| t.as_string()).collect();
        let pairs = texts
            .chunks(2)
            .map(|pair| [pair[0].clone(), pair.get(1).cloned().unwrap_or_default()])
            .collect();
        self.searcher
            .index_mut()
            .add_story(story as usize, pairs)
            .map_err(error)
    }

    /// Searches: `{ total, needs: [[story, name], …], hits: [{ story, at,
    /// question: pieces, passage: pieces }], suggestion? }`. `needs` names
    /// the stories of the best questions whose texts are not loaded: load
    /// them with [`Site::add_story`] and search again. `hits` holds the
    /// best questions whose stories are loaded, so that a page offline
    /// shows what it has and names what it could not reach. A query that
    /// finds nothing gets the site's words nearest to it as `suggestion`,
    /// if it has some near enough (`Searcher::did_you_mean`).
    pub fn search(&self, query: &str, limit: u32) -> Object {
        let results = self.searcher.search(query, limit as usize);
        let index = self.searcher.index();
        let result = Object::new();
        set(&result, "total", &(results.total as u32).into());
        if results.total == 0 {
            if let Some(words) = self.searcher.did_you_mean(query) {
                set(&result, "suggestion", &words.into());
            }
        }
        let needs: Array = index
            .stories_needed(results.hits.iter().map(|hit| hit.faq))
            .into_iter()
            .filter_map(|story| {
                Some(Array::of2(
                    &(story as u32).into(),
                    &name_text(index.story_name(story)?).into(),
                ))
            })
            .collect();
        let hits = Array::new();
        for hit in &results.hits {
            let (story, at) = index.story_of(hit.faq);
            let Some([question, answer]) = faq_core::Searchable::texts(index, hit.faq) else {
                continue;
            };
            let (text, marks) = passage(answer, &hit.answer);
            let shown = Object::new();
            set(&shown, "story", &(story as u32).into());
            set(&shown, "at", &(at as u32).into());
            set(&shown, "question", &pieces(question, &hit.question));
            set(&shown, "passage", &pieces(&text, &marks));
            hits.push(&shown);
        }
        set(&result, "needs", &needs);
        set(&result, "hits", &hits);
        result
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::passage;

    #[test]
    fn a_passage_holds_its_first_mark_and_cuts_at_words() {
        let answer = format!(
            "{} The Kremlin said no. {}",
            "Words before. ".repeat(20),
            "And after. ".repeat(30)
        );
        let at = answer.find("Kremlin").unwrap();
        let (text, marks) = passage(&answer, &[at..at + 7]);
        assert!(text.starts_with("… ") && text.ends_with(" …"), "{text}");
        assert_eq!(&text[marks[0].clone()], "Kremlin");
        assert!(text.chars().count() <= super::PASSAGE + 4);
        let short = "A short answer.";
        assert_eq!(passage(short, &[2..7]), (short.to_owned(), vec![2..7]));
    }

    #[test]
    fn a_passage_holds_the_most_marks_it_can() {
        // "road" also marks "Street" early on, through a synonym.
        let answer = format!(
            "The ferry from Quay Street, every ten minutes. {} The number 12 bus goes round by the ring road.",
            "And more words in between. ".repeat(8)
        );
        // Two marks either way, "ring" the last a window from the start
        // holds: the one whose marks stand together wins.
        let tied = format!(
            "The ferry from Quay Street, every ten minutes; {}the number 12 bus goes \
             roundabouts all by the ring road. Check the travel page before you leave, and again later.",
            "the tunnel is free; ".repeat(4)
        );
        let at_in = |word: &str| {
            let start = tied.find(word).unwrap();
            start..start + word.len()
        };
        let marks = [at_in("Street"), at_in("ring"), at_in("road")];
        let (text, held) = passage(&tied, &marks);
        assert!(text.contains("ring road"), "{text}");
        assert_eq!(held.len(), 2, "{text}");
        let at = |word: &str| {
            let start = answer.find(word).unwrap();
            start..start + word.len()
        };
        let (text, marks) = passage(&answer, &[at("Street"), at("ring"), at("road.")]);
        assert!(text.contains("ring road"), "{text}");
        assert_eq!(marks.len(), 2, "{text}");
    }
}
