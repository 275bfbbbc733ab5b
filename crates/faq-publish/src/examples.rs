//! The placeholder of a story's search field, made from the story's own
//! words at publish time ("For example: ferry, tunnel, toll"), so that no
//! story shows another's (the demo's "NATO, ceasefire, Kyiv" was built
//! into the English words, on every English story).
//!
//! The words are the story's most distinctive: words that are rare in its
//! language (not in its word-frequency list, so neither "what" nor
//! "does") and used more than once (or else asked about), ranked by how
//! often the story uses them, a question's use counting twice. A language
//! written without spaces, or a story with no such word, gets none, and
//! its field keeps the language's neutral placeholder.

use faq_core::frequencies::{WordFrequencies, RARE};
use faq_core::markup;
use faq_core::stemmer::Stemmer;
use faq_core::text::fold;
use faq_core::{Language, Story};
use faq_widget::ui_text::page_words::page_words;
use std::collections::HashMap;

/// How many words a placeholder gives.
const WORDS: usize = 3;

/// The placeholder for `story`'s search field in `language`, or empty.
pub fn placeholder(story: &Story, language: Language, frequencies: &WordFrequencies) -> String {
    let words = distinctive_words(story, language, frequencies);
    if words.is_empty() {
        String::new()
    } else {
        page_words(language).example(&words)
    }
}

/// A word of the story as it may be shown: letters (and inner `'`, `-`
/// or `.`), at least three characters, not a number.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')))
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().count() >= 3 && word.chars().any(char::is_alphabetic))
}

/// The stems of `text`'s words, a space apart.
fn stem_all(text: &str, stem: &impl Fn(&str) -> String) -> String {
    words_of(text).map(stem).collect::<Vec<_>>().join(" ")
}

/// Up to [`WORDS`] of the story's most distinctive words, as its questions
/// write them (lower case unless every use of the word is capitalised, as
/// a name is).
pub fn distinctive_words(
    story: &Story,
    language: Language,
    frequencies: &WordFrequencies,
) -> Vec<String> {
    if language.reads_in_pairs() {
        return Vec::new();
    }
    let stemmer = Stemmer::new(language);
    let stem = |word: &str| stemmer.key(word, &fold(word)).into_owned();
    // Every use of each stem in the story, and whether each was
    // capitalised.
    let mut uses: HashMap<String, (usize, bool)> = HashMap::new();
    let answers: Vec<String> = story
        .faqs
        .iter()
        .map(|faq| markup::shown(&faq.answer).0)
        .collect();
    let texts = std::iter::once(story.summary.as_str())
        .chain(story.faqs.iter().map(|faq| faq.question.as_str()))
        .chain(answers.iter().map(String::as_str));
    // Stems of which some form is common ("close" of "closes"), or that
    // are a common word themselves ("stop" of "stops").
    let mut common = std::collections::HashSet::new();
    for text in texts {
        for word in words_of(text) {
            let key = stem(word);
            if frequencies.letter(&fold(word)) != RARE || frequencies.letter(&key) != RARE {
                common.insert(key.clone());
            }
            let entry = uses.entry(key).or_insert((0, true));
            entry.0 += 1;
            entry.1 &= word.starts_with(char::is_uppercase);
        }
    }
    // The story's rare words, first use first, each stem once; a word of
    // a question counts once more, as readers ask in its words.
    let questions: Vec<String> = story
        .faqs
        .iter()
        .map(|faq| stem_all(&faq.question, &stem))
        .collect();
    // Each: its uses, its weight, its first use, and the word.
    let mut candidates: Vec<(usize, usize, usize, String)> = Vec::new();
    let mut seen = Vec::new();
    let texts = story
        .faqs
        .iter()
        .map(|faq| faq.question.as_str())
        .chain(std::iter::once(story.summary.as_str()))
        .chain(answers.iter().map(String::as_str));
    for (order, word) in texts.flat_map(words_of).enumerate() {
        let key = stem(word);
        if seen.contains(&key) || common.contains(&key) {
            continue;
        }
        seen.push(key.clone());
        let (count, capitalised) = uses.get(&key).copied().unwrap_or((1, false));
        let asked = questions
            .iter()
            .filter(|q| q.split(' ').any(|w| w == key))
            .count();
        let shown = if capitalised {
            word.to_owned()
        } else {
            word.to_lowercase()
        };
        candidates.push((count, count + asked, order, shown));
    }
    // A word used once is the story's only if a question asks in it and
    // too few are used more.
    let enough = candidates.iter().filter(|c| c.0 > 1).count() >= WORDS;
    candidates.retain(|c| c.0 > 1 || (!enough && c.1 > c.0));
    // Most used first; the first used first among equals.
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    candidates
        .into_iter()
        .take(WORDS)
        .map(|(_, _, _, word)| word)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_gets_its_own_rare_words_not_the_demos() {
        let path = crate::files::source_dir().join("tests/fixtures/harbour-bridge.md");
        let (story, _) = crate::markdown::parse("h.md", &std::fs::read(path).unwrap()).unwrap();
        let english = WordFrequencies::of(Language::English);
        let words = distinctive_words(&story, Language::English, &english);
        assert_eq!(words, ["bridge", "bus", "ferries"]);
        assert!(words.contains(&"bridge".to_owned()), "{words:?}");
        for common in ["what", "does", "when", "how", "who", "the"] {
            assert!(!words.contains(&common.to_owned()), "{words:?}");
        }
        let shown = placeholder(&story, Language::English, &english);
        assert!(shown.starts_with("For example: "), "{shown}");
        assert!(!shown.contains("NATO"));

        let demo = faq_core::corpus::parse(
            "demo",
            &std::fs::read(crate::files::source_dir().join("corpus/ukraine-peacekeepers.txt"))
                .unwrap(),
        )
        .unwrap();
        let demo_words = distinctive_words(&demo, Language::English, &english);
        assert!(
            demo_words
                .iter()
                .any(|w| w == "Ukraine" || w == "peacekeepers"),
            "{demo_words:?}"
        );
    }

    #[test]
    fn no_rare_word_or_an_unspaced_language_keeps_the_neutral_placeholder() {
        let english = WordFrequencies::of(Language::English);
        let plain = Story::from_pairs("What is it?", &[("What is it?", "It is what it is.")]);
        assert_eq!(placeholder(&plain, Language::English, &english), "");
        let chinese = Story::from_pairs("维和部队。", &[("维和部队什么时候部署？", "停火后。")]);
        let frequencies = WordFrequencies::of(Language::Chinese);
        assert_eq!(placeholder(&chinese, Language::Chinese, &frequencies), "");
    }
}
