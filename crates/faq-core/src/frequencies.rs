//! How common a story's words are in its language, for the search to weigh
//! them: a story of eight questions has almost no statistics of its own,
//! so "what", "does" and "about" may be as rare in it as "NATO".
//!
//! The publisher reads each language's word frequencies
//! (`data/frequencies/<code>.txt`, from wordfreq, CC BY-SA 4.0) and gives a
//! story its [`Story::commonness`]: a letter per term of its index's
//! vocabulary, in order. The browser, which builds the same vocabulary
//! from the same text, reads a word's letter by its term's id: none of the
//! word lists goes into the bundle.

#[cfg(not(target_arch = "wasm32"))]
use crate::{build_index_in, text::fold, Language, SearchIndex, Story};
#[cfg(not(target_arch = "wasm32"))]
use std::collections::HashMap;

/// The Zipf frequency (log10 of occurrences per billion words) at which
/// the lists start, and the step between two letters.
pub const FROM_ZIPF: f32 = 5.0;
pub const STEP: f32 = 0.5;
/// A term not in the lists (rarer, or a name).
pub const RARE: u8 = b'0';
/// The first letter: `a` is Zipf 5 to 5.5 (about once in 100,000 words),
/// `b` 5.5 to 6, … `h` 8.5 and above. Finer steps, or rarer words, did not
/// rank better on the case sets (`faq-tune`).
pub const FIRST: u8 = b'a';
pub const LETTERS: u8 = 8;

/// The Zipf frequency a story's letter stands for (the middle of its
/// step), if it is one.
pub fn zipf_of(letter: u8) -> Option<f32> {
    let step = letter.checked_sub(FIRST).filter(|&step| step < LETTERS)?;
    Some(FROM_ZIPF + (f32::from(step) + 0.5) * STEP)
}

/// A language's list, as `scripts/word-frequencies.py` wrote it.
#[cfg(not(target_arch = "wasm32"))]
fn list(language: Language) -> &'static str {
    macro_rules! lists {
        ($($code:literal),*) => {
            match language.code() {
                $($code => include_str!(concat!("../data/frequencies/", $code, ".txt")),)*
                _ => "",
            }
        };
    }
    lists!(
        "ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hu", "it", "ja", "ko",
        "lt", "nl", "no", "pl", "pt", "ro", "ru", "sv", "tr", "uk", "zh"
    )
}

/// One language's word frequencies, folded as the index folds terms.
#[cfg(not(target_arch = "wasm32"))]
pub struct WordFrequencies {
    letters: HashMap<String, u8>,
}

#[cfg(not(target_arch = "wasm32"))]
impl WordFrequencies {
    /// `language`'s frequencies (none for a language without a list).
    pub fn of(language: Language) -> Self {
        let mut letters = HashMap::new();
        for line in list(language).lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ');
            let Some(zipf) = words.next().and_then(|z| z.parse::<f32>().ok()) else {
                continue;
            };
            let step = ((zipf / 100.0 - FROM_ZIPF) / STEP).floor();
            if step < 0.0 {
                continue;
            }
            let letter = FIRST + (step as u8).min(LETTERS - 1);
            for word in words {
                // The most common of the words that fold alike, which come
                // first.
                letters.entry(fold(word)).or_insert(letter);
            }
        }
        Self { letters }
    }

    /// The letter of the folded word `term` ([`RARE`] if the list has not
    /// got it).
    pub fn letter(&self, term: &str) -> u8 {
        self.letters.get(term).copied().unwrap_or(RARE)
    }

    /// The story's [`Story::commonness`]: a letter per term of the
    /// vocabulary its index has in `language`, in order.
    pub fn commonness(&self, story: &Story, language: Language) -> String {
        if self.letters.is_empty() {
            return String::new();
        }
        let bytes = build_index_in(story, language);
        let Ok(index) = SearchIndex::from_bytes(&bytes) else {
            return String::new();
        };
        (0..index.term_count() as u32)
            .map(|term| {
                let text = std::str::from_utf8(index.term(term)).unwrap_or_default();
                char::from(self.letters.get(text).copied().unwrap_or(RARE))
            })
            .collect()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::corpus::Faq;

    #[test]
    fn common_words_get_their_letter_and_names_none() {
        let english = WordFrequencies::of(Language::English);
        let story = Story {
            summary: "S.".into(),
            faqs: vec![Faq {
                question: "What is NATO's position on Kyiv?".into(),
                answer: "The alliance said so.".into(),
            }],
            ..Story::default()
        };
        let letters = english.commonness(&story, Language::English);
        let bytes = build_index_in(&story, Language::English);
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        let of = |word: &str| {
            let term = index.find_term(word).unwrap() as usize;
            zipf_of(letters.as_bytes()[term])
        };
        assert_eq!(letters.len(), index.term_count());
        let the = of("the").unwrap();
        let what = of("what").unwrap();
        let position = of("position").unwrap();
        assert!(
            the > what && what > position && position > FROM_ZIPF,
            "{the} {what} {position}"
        );
        assert_eq!(of("nato"), None, "a name is rarer than the lists go");
        assert_eq!(of("kyiv"), None);
        assert_eq!(zipf_of(b'a'), Some(5.25));
        assert_eq!(zipf_of(RARE), None);
        assert_eq!(zipf_of(b'z'), None);
    }

    #[test]
    fn every_language_with_a_list_reads_it() {
        for &code in &crate::language::supported_codes() {
            let language = Language::parse(code).unwrap();
            let size = WordFrequencies::of(language).letters.len();
            assert!(size > 500, "{code}: {size} words");
        }
    }
}
