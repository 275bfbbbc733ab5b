//! "Did you mean": for a query that finds nothing, the story's own words
//! nearest to the reader's, to offer as a search of their own.
//!
//! The search already forgives one edit from [`super::ONE_TYPO_FROM`]
//! letters and two from [`super::TWO_TYPOS_FROM`]; a word that still finds nothing is further off (`peacekepers`
//! is two edits from `peacekeepers`, `ceesfire` two from `ceasefire`).
//! Each such word is replaced by the story's term nearest to it, within
//! a third of its letters, rounded up (at most three edits; none for a word
//! of one or two letters), as the story writes it (`Kyiv`, not the folded
//! `kyiv`; folded on a front page whose story texts are not loaded yet);
//! words with no term that near are left out.

use super::fuzzy::terms_within;
use super::searchable::Searchable;
use super::Searcher;
use crate::index::TermId;
use crate::text::{for_each_token_in, Compounds};

/// Most edits a suggestion may be from the reader's word.
const MAX_EDITS: u32 = 3;

impl<I: Searchable> Searcher<'_, I> {
    /// The story's words nearest to `query`'s, as a query, if the query
    /// has a word that finds nothing and the story has a word near it;
    /// the query's other words stay as written. `None` otherwise, and for
    /// a query without words.
    pub fn did_you_mean(&self, query: &str) -> Option<String> {
        let words = self.query_words(query).words;
        let mut suggestion = String::new();
        let mut changed = false;
        for word in &words {
            let written = query.get(word.bytes.clone()).unwrap_or(&word.term);
            let stem = self.stem_of(&word.term, written);
            if !self.candidates(&word.term, &stem, false).is_empty() {
                push_word(&mut suggestion, written);
                continue;
            }
            let letters = word.term.chars().count() as u32;
            if letters < 3 {
                continue;
            }
            let max_edits = letters.div_ceil(3).min(MAX_EDITS);
            // The nearest; among equals, the term in most questions.
            let nearest = terms_within(&self.index, &word.term, max_edits)
                .into_iter()
                .min_by_key(|&(term, edits)| (edits, u32::MAX - self.index.doc_freq(term)));
            if let Some(written) = nearest.and_then(|(term, _)| self.as_written(term)) {
                push_word(&mut suggestion, written);
                changed = true;
            }
        }
        changed.then_some(suggestion)
    }

    /// `term` as the story first writes it, in the first question that
    /// holds it; as the index holds it (folded) where that question's text
    /// is not loaded (a site's story not fetched yet).
    fn as_written(&self, term: TermId) -> Option<&str> {
        let wanted = self.index.term(term);
        let faq = self.index.postings(term).next()?.faq;
        let Some(texts) = self.index.texts(faq) else {
            return std::str::from_utf8(wanted).ok();
        };
        let mut found = None;
        for text in texts {
            for_each_token_in(text, Compounds::Include, self.language, |token| {
                if found.is_none() && token.term.as_bytes() == wanted {
                    found = text.get(token.bytes);
                }
            });
        }
        found
    }
}

/// `word` after `words`, a space between them.
fn push_word(words: &mut String, word: &str) {
    if !words.is_empty() {
        words.push(' ');
    }
    words.push_str(word);
}
