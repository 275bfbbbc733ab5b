//! The terms a query word reaches in the index: itself, its stem, related
//! stems (Slavic and Baltic inflections), the story's aliases (a reader's
//! word for the story's own), prefixes while typing and typos, each with
//! how it matched, which the ranking discounts.

use super::fuzzy::{terms_within, typo_edits};
use super::searchable::Searchable;
use super::{keep_best, MatchKind, Searcher, MAX_ANALYSED_WORD};
use crate::index::TermId;
use crate::language::RELATED_STEMS_POSSIBLE;
use crate::synonyms::MAX_PHRASE_WORDS;

/// Letters a related stem shares with the word's own at least, and letters
/// past what they share that either may have at most.
const RELATED_SHARED: usize = 4;
const RELATED_APART: usize = 2;
/// Most stems looked at for related ones: a long run of stems that share
/// four letters is a large site's, and its nearest are enough.
const MAX_RELATED_LOOKED_AT: usize = 64;

/// Whether `a` and `b` are related stems: they share at least
/// [`RELATED_SHARED`] letters, and neither has more than [`RELATED_APART`]
/// after them.
pub(super) fn related(a: &[u8], b: &[u8]) -> bool {
    let (Ok(a), Ok(b)) = (std::str::from_utf8(a), std::str::from_utf8(b)) else {
        return false;
    };
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let longer = a.chars().count().max(b.chars().count());
    a != b && shared >= RELATED_SHARED && longer - shared <= RELATED_APART
}

impl<I: Searchable> Searcher<'_, I> {
    /// Calls `found` with each of the story's words (their stems, a space
    /// between) that its aliases lead to from the last of `stems` (a query
    /// word's and those before it): the word alone, or as the end of a
    /// phrase of up to [`MAX_PHRASE_WORDS`].
    pub(crate) fn alias_targets<'a>(&'a self, stems: &[String], mut found: impl FnMut(&'a str)) {
        if self.aliases.is_empty() {
            return;
        }
        let mut phrase = String::new();
        for words in 1..=MAX_PHRASE_WORDS.min(stems.len()) {
            // The phrase of the last `words` stems.
            phrase.clear();
            for stem in &stems[stems.len() - words..] {
                if !phrase.is_empty() {
                    phrase.push(' ');
                }
                phrase.push_str(stem);
            }
            // Each block: the story's words, then readers' words, a line
            // each; an empty line ends it.
            let mut story: Option<&str> = None;
            for line in self.aliases.split('\n') {
                match story {
                    None => story = Some(line),
                    Some(_) if line.is_empty() => story = None,
                    Some(words) if line == phrase => found(words),
                    Some(_) => {}
                }
            }
        }
    }

    /// Adds to `found` the terms of the story's words that its aliases lead
    /// to from the last of `stems` ([`Searcher::alias_targets`]).
    pub(super) fn add_aliases(&self, stems: &[String], found: &mut Vec<(TermId, MatchKind)>) {
        self.alias_targets(stems, |words| {
            for stem in words.split(' ') {
                for term in self.index.terms_with_stem(stem) {
                    if !found.iter().any(|(f, _)| *f == term) {
                        found.push((term, MatchKind::Synonym));
                    }
                }
            }
        });
    }

    /// The stems at hand related to `stem` (see the module's
    /// documentation), in a language that relates them; none in another.
    pub(crate) fn related_stems(&self, stem: &str) -> Vec<&[u8]> {
        if !RELATED_STEMS_POSSIBLE || !self.language.relates_stems() {
            return Vec::new();
        }
        // Where its first letters end (a stem of just so many has no letter
        // after them).
        let ends = stem.char_indices().map(|(at, _)| at).chain([stem.len()]);
        let Some(shared) = ends.into_iter().nth(RELATED_SHARED) else {
            return Vec::new();
        };
        let mut stems = self
            .index
            .stems_starting(&stem[..shared], MAX_RELATED_LOOKED_AT);
        stems.retain(|other| related(stem.as_bytes(), other));
        stems
    }

    /// Vocabulary terms that `word` (folded; its stem `stem`, from
    /// [`Searcher::stem_of`]) matches, each once, with its best kind.
    pub(super) fn candidates(
        &self,
        word: &str,
        stem: &str,
        as_prefix: bool,
    ) -> Vec<(TermId, MatchKind)> {
        let mut found: Vec<(TermId, MatchKind)> = Vec::new();
        let exact = self.index.find_term(word);
        if let Some(term) = exact {
            found.push((term, MatchKind::Exact));
        }
        let length = word.chars().count();
        if length > MAX_ANALYSED_WORD {
            return found;
        }
        for term in self.index.terms_with_stem(stem) {
            if Some(term) != exact {
                found.push((term, MatchKind::Stem));
            }
        }
        for related in self.related_stems(stem) {
            let Ok(related) = std::str::from_utf8(related) else {
                continue;
            };
            for term in self.index.terms_with_stem(related) {
                if !found.iter().any(|(f, _)| *f == term) {
                    found.push((term, MatchKind::Related));
                }
            }
        }

        // A short word that is itself a term ("UK", "EU") means that term,
        // not every word that starts with it.
        let short_and_known = exact.is_some() && length <= 2;
        if as_prefix && !short_and_known {
            let mut longer: Vec<TermId> = self
                .index
                .prefix_range(word)
                .filter(|term| !found.iter().any(|(f, _)| f == term))
                .collect();
            if longer.len() > self.weights.max_prefix_terms {
                // The most frequent, as the vocabulary orders them among
                // equals.
                let mut frequent: Vec<(u32, TermId)> = Vec::new();
                let more_frequent = |a: &(u32, TermId), b: &(u32, TermId)| b.0.cmp(&a.0);
                for term in longer {
                    let item = (self.index.doc_freq(term), term);
                    keep_best(
                        &mut frequent,
                        item,
                        self.weights.max_prefix_terms,
                        more_frequent,
                    );
                }
                longer = frequent.into_iter().map(|(_, term)| term).collect();
            }
            found.extend(longer.into_iter().map(|term| (term, MatchKind::Prefix)));
        }

        // Typos only for a word that means nothing as typed.
        let max_edits = typo_edits(length);
        // The nearest typos win: two edits are tried only when no term is
        // one edit away, which also keeps the costlier walk rare.
        for edits in 1..=max_edits {
            if !found.is_empty() {
                break;
            }
            found.extend(
                terms_within(&self.index, word, edits)
                    .into_iter()
                    .map(|(term, edits)| (term, MatchKind::Typo { edits })),
            );
        }
        found
    }
}
