//! What the ranking reads of an index, so that one ranking serves one
//! story's index ([`SearchIndex`], a blob read in place) and a whole site's
//! (`crate::site_index::SiteIndex`, loaded in parts as a query needs them).

use crate::index::{FaqId, Posting, SearchIndex, TermId};
use std::ops::Range;

/// An index the ranking can read: a sorted vocabulary of terms (by id),
/// their stems and postings, and each question's field lengths and texts.
pub trait Searchable {
    /// Number of questions.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The ranges of term ids whose terms are at hand, for the walk that
    /// finds typos: the whole vocabulary of a story's index, the loaded
    /// parts of a site's.
    fn term_ranges(&self) -> Vec<Range<TermId>>;
    /// A term's bytes (empty if it is not at hand).
    fn term(&self, term: TermId) -> &[u8];
    fn find_term(&self, term: &str) -> Option<TermId>;
    /// Terms that start with `prefix`, as a range of ids.
    fn prefix_range(&self, prefix: &str) -> Range<TermId>;
    /// Terms whose stem is `stem`.
    fn terms_with_stem(&self, stem: &str) -> impl Iterator<Item = TermId> + '_;
    /// The stems at hand that start with `prefix`, in order, at most
    /// `limit` of them.
    fn stems_starting(&self, prefix: &str, limit: usize) -> Vec<&[u8]>;
    /// Number of questions that hold `term`.
    fn doc_freq(&self, term: TermId) -> u32;
    /// The questions that hold `term`, in id order.
    fn postings(&self, term: TermId) -> impl Iterator<Item = Posting> + '_;
    /// Words in the question (`field` 0) or answer (`field` 1) of `faq`.
    fn field_length(&self, faq: FaqId, field: usize) -> f32;
    fn average_length(&self, field: usize) -> f32;
    /// The first term from `from` on that does not start with `prefix`,
    /// where `from` does.
    fn end_of_run(&self, from: TermId, prefix: &[u8]) -> TermId;
    /// A question's text and its answer's, if at hand.
    fn texts(&self, faq: FaqId) -> Option<[&str; 2]>;
}

impl Searchable for SearchIndex<'_> {
    fn len(&self) -> usize {
        SearchIndex::len(self)
    }

    fn term_ranges(&self) -> Vec<Range<TermId>> {
        // One range: the whole vocabulary.
        #[allow(clippy::single_range_in_vec_init)]
        let all = vec![0..self.term_count() as TermId];
        all
    }

    fn term(&self, term: TermId) -> &[u8] {
        SearchIndex::term(self, term)
    }

    fn find_term(&self, term: &str) -> Option<TermId> {
        SearchIndex::find_term(self, term)
    }

    fn prefix_range(&self, prefix: &str) -> Range<TermId> {
        SearchIndex::prefix_range(self, prefix)
    }

    fn terms_with_stem(&self, stem: &str) -> impl Iterator<Item = TermId> + '_ {
        SearchIndex::terms_with_stem(self, stem)
    }

    fn stems_starting(&self, prefix: &str, limit: usize) -> Vec<&[u8]> {
        SearchIndex::stems_starting(self, prefix, limit)
    }

    fn doc_freq(&self, term: TermId) -> u32 {
        SearchIndex::doc_freq(self, term)
    }

    fn postings(&self, term: TermId) -> impl Iterator<Item = Posting> + '_ {
        SearchIndex::postings(self, term)
    }

    fn field_length(&self, faq: FaqId, field: usize) -> f32 {
        SearchIndex::field_length(self, faq, field)
    }

    fn average_length(&self, field: usize) -> f32 {
        SearchIndex::average_length(self, field)
    }

    fn end_of_run(&self, from: TermId, prefix: &[u8]) -> TermId {
        SearchIndex::end_of_run(self, from, prefix)
    }

    fn texts(&self, faq: FaqId) -> Option<[&str; 2]> {
        Some([self.question(faq), self.answer(faq)])
    }
}
