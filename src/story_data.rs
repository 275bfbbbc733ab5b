//! The story a published page carries for the engine, in the element
//! [`STORY_DATA_ID`](crate::contract::STORY_DATA_ID): its one owner, which
//! writes it (the publisher) and reads it back (the engine in the browser,
//! and the publisher when it prerenders a page again).
//!
//! A page that shows its story whole carries it as its schema.org
//! `FAQPage` JSON-LD, with the summary as its `description`, so the text is
//! on the page twice (accordion and JSON-LD), not three times: gzip's 32 KB
//! window cannot share long answers. A larger story's JSON-LD describes the
//! first page only, as structured data must describe what readers see; its
//! data element then holds the whole story's lines ([`Story::to_lines`]) as
//! one JSON string, beside the JSON-LD. A story's words for the search
//! (how common its words are, readers' words for them) end its lines, or,
//! when a JSON-LD holds it whole, stand in its attribute
//! [`STORY_WORDS_ATTRIBUTE`](crate::contract::STORY_WORDS_ATTRIBUTE).

use faq_core::Story;

/// The `type` of the JSON-LD element.
pub const JSON_LD_TYPE: &str = "application/ld+json";
/// The `type` of the element that holds a larger story's lines.
pub const LINES_TYPE: &str = "application/json";

/// Fields of the JSON-LD that carry the story.
const SUMMARY: &str = "description";
const QUESTIONS: &str = "mainEntity";
const QUESTION: &str = "name";
const ANSWER: &str = "acceptedAnswer";
const ANSWER_TEXT: &str = "text";

/// What a published page carries: its JSON-LD, and, unless that holds the
/// whole story, the story's lines.
#[cfg(not(target_arch = "wasm32"))]
pub struct PageData {
    pub json_ld: serde_json::Value,
    /// The story's lines, when the JSON-LD holds only its first page.
    pub lines: Option<String>,
    /// The story's words for the search ([`Story::search_words`]: how
    /// common its words are, readers' words for them), when the JSON-LD
    /// holds the story whole and it has any, for its attribute
    /// [`STORY_WORDS_ATTRIBUTE`](crate::contract::STORY_WORDS_ATTRIBUTE).
    pub search_words: Option<String>,
}

/// The data of a page that shows `explainer`'s story, written in `tag`
/// (BCP 47, the JSON-LD's `inLanguage`), with its `search_words`
/// ([`Story::search_words`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn page_data(
    explainer: &crate::explainer::Explainer,
    search_words: &str,
    tag: &str,
) -> PageData {
    let questions: Vec<serde_json::Value> = (0..explainer.shown_at_start() as u32)
        .map(|id| {
            serde_json::json!({
                "@type": "Question",
                QUESTION: explainer.question(id),
                ANSWER: { "@type": "Answer", ANSWER_TEXT: answer_text(explainer, id) },
            })
        })
        .collect();
    let json_ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": tag,
        SUMMARY: explainer.summary(),
        QUESTIONS: questions,
    });
    // A JSON-LD whose answers hold links, styles or blocks as HTML does
    // not read back as the story wrote them: the lines carry such a story.
    let whole = explainer.shown_at_start() == explainer.len() && !explainer.has_markup();
    let lines = (!whole).then(|| {
        let mut story = Story {
            summary: explainer.corpus_summary(),
            faqs: (0..explainer.len() as u32)
                .map(|id| faq_core::Faq {
                    question: explainer.question(id).to_owned(),
                    answer: explainer.corpus_answer(id).into_owned(),
                })
                .collect(),
            ..Story::default()
        };
        story.set_search_words(search_words);
        story.to_lines()
    });
    // The lines end with the words for the search; beside the JSON-LD they
    // stand alone.
    let search_words = (whole && !search_words.is_empty()).then(|| search_words.to_owned());
    PageData {
        json_ld,
        lines,
        search_words,
    }
}

/// The JSON-LD text of an answer: the answer as shown, or, when it has
/// markup, its HTML ([`faq_core::markup::html`]).
#[cfg(not(target_arch = "wasm32"))]
fn answer_text(explainer: &crate::explainer::Explainer, id: u32) -> String {
    let markup = explainer.markup(id);
    if markup.is_empty() {
        explainer.answer(id).to_owned()
    } else {
        faq_core::markup::html(explainer.answer(id), &markup)
    }
}

/// The story in the text of a page's data element, as [`page_data`] wrote
/// it: `None` if it is neither a story's lines nor its JSON-LD.
#[cfg(not(target_arch = "wasm32"))]
pub fn read(json: &str) -> Option<Story> {
    let data: serde_json::Value = serde_json::from_str(json).ok()?;
    if let Some(lines) = data.as_str() {
        return Story::from_lines(lines);
    }
    let text = |value: &serde_json::Value| value.as_str().map(str::to_owned);
    let mut story = Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: text(&data[SUMMARY])?,
        faqs: Vec::new(),
    };
    for question in data[QUESTIONS].as_array()? {
        story.faqs.push(faq_core::Faq {
            question: text(&question[QUESTION])?,
            answer: text(&question[ANSWER][ANSWER_TEXT])?,
        });
    }
    Some(story)
}

/// [`read`] in the browser, from the element's text parsed by the
/// browser's `JSON.parse`, so the bundle carries no JSON parser.
#[cfg(target_arch = "wasm32")]
pub fn read(json: &str) -> Option<Story> {
    use wasm_bindgen::{JsCast, JsValue};
    let data = js_sys::JSON::parse(json).ok()?;
    if let Some(lines) = data.as_string() {
        return Story::from_lines(&lines);
    }
    let field = |of: &JsValue, name: &str| js_sys::Reflect::get(of, &name.into()).ok();
    let text = |of: &JsValue, name: &str| field(of, name)?.as_string();
    let questions: js_sys::Array = field(&data, QUESTIONS)?.dyn_into().ok()?;
    let mut story = Story {
        summary: text(&data, SUMMARY)?,
        faqs: Vec::new(),
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
    };
    for question in questions.iter() {
        story.faqs.push(faq_core::Faq {
            question: text(&question, QUESTION)?,
            answer: text(&field(&question, ANSWER)?, ANSWER_TEXT)?,
        });
    }
    Some(story)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::explainer::Explainer;
    use crate::paging::{PAGE, WHOLE_STORY};
    use faq_core::Faq;

    fn story(questions: usize) -> Story {
        Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S </script>".into(),
            faqs: (1..=questions)
                .map(|n| Faq {
                    question: format!("Question {n}?"),
                    answer: format!("Answer {n} with </script> inside."),
                })
                .collect(),
        }
    }

    #[test]
    fn a_story_shown_whole_is_its_json_ld_and_reads_back() {
        let story = story(WHOLE_STORY);
        let data = page_data(&Explainer::from_story(&story), "", "en-GB");
        assert!(data.lines.is_none());
        assert_eq!(data.json_ld["inLanguage"], "en-GB");
        assert_eq!(read(&data.json_ld.to_string()), Some(story));
    }

    #[test]
    fn a_larger_story_describes_its_first_page_and_carries_its_lines() {
        let story = story(WHOLE_STORY + 1);
        let data = page_data(&Explainer::from_story(&story), "", "en");
        assert_eq!(data.json_ld[QUESTIONS].as_array().unwrap().len(), PAGE);
        let lines = data.lines.unwrap();
        assert_eq!(read(&serde_json::json!(lines).to_string()), Some(story));
    }

    #[test]
    fn a_storys_words_for_the_search_stand_beside_its_json_ld_or_end_its_lines() {
        let mut story = story(2);
        story.commonness = "a0ba0".into();
        story.aliases = "answer\nrepli\nrespons".into();
        let words = story.search_words();
        let data = page_data(&Explainer::from_story(&story), &words, "en");
        assert!(data.lines.is_none(), "the JSON-LD holds the story whole");
        let mut read_back = read(&data.json_ld.to_string()).unwrap();
        read_back.set_search_words(&data.search_words.expect("they stand alone"));
        assert_eq!(read_back, story);
        let mut larger = super::tests::story(WHOLE_STORY + 1);
        larger.aliases = story.aliases.clone();
        let data = page_data(
            &Explainer::from_story(&larger),
            &larger.search_words(),
            "en",
        );
        assert!(data.search_words.is_none(), "the lines carry them");
        let lines = data.lines.unwrap();
        assert_eq!(read(&serde_json::json!(lines).to_string()), Some(larger));
    }

    #[test]
    fn anything_else_is_no_story() {
        for json in [
            "",
            "{}",
            "[1]",
            "{\"description\":\"S\"}",
            "\"summary\nhalf a pair\"",
        ] {
            assert_eq!(read(json), None, "{json:?}");
        }
    }
}
