//! The search index as bytes: built once when a story page starts, from
//! the story's text, then read in place.
//!
//! [`build_index`] analyses a [`Story`](crate::Story) (tokenizing, folding, stemming) and
//! writes one compact little-endian blob that also holds the corpus text, so
//! the text is stored once. [`SearchIndex::from_bytes`] only checks the layout
//! and keeps slices into the blob: searching does no indexing.
//! Every read is bounds-checked, so a damaged blob gives empty results, never
//! a panic.
//!
//! Layout, after the 8-byte header `FAQX` + version:
//! 1. texts: string table of the summary then question, answer, question, …
//! 2. terms: string table of folded terms, sorted by bytes; then a string
//!    table of the questions' slugs (link names), in question order
//! 3. stems: string table of stems, sorted; then `u32` offsets into a list of
//!    term ids for each stem
//! 4. postings: `u32` offsets per term into a byte list of
//!    (question-id delta, question tf, answer tf) varints; `u32` document
//!    frequency per term
//! 5. field lengths: `u16` words per question and per answer; average lengths
//!    as two `f32`
//!
//! Highlighting and the proximity bonus tokenize the few questions on show
//! again, at search time: storing every token's place would cost about a
//! third of the index (2.4 of 7.9 MB at 10,000 pairs).
//!
//! A string table is a `u32` count, `count + 1` `u32` offsets, then the bytes.

pub(crate) mod build;
pub(crate) mod format;

pub use build::{build_index, build_index_in};
pub use format::IndexError;
use format::{to_u32, Reader, StringTable, U32Array, MAGIC, VERSION};
pub use format::{FaqId, TermId};

/// One question that contains a term, with how often.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    pub faq: FaqId,
    /// Occurrences in the question and in the answer.
    pub tf: [u32; 2],
}

/// A read-only, zero-copy view of an index built by [`build_index`].
pub struct SearchIndex<'a> {
    texts: StringTable<'a>,
    terms: StringTable<'a>,
    slugs: StringTable<'a>,
    stems: StringTable<'a>,
    stem_offsets: U32Array<'a>,
    stem_terms: U32Array<'a>,
    posting_offsets: U32Array<'a>,
    postings: &'a [u8],
    doc_freq: U32Array<'a>,
    lengths: [&'a [u8]; 2],
    average_length: [f32; 2],
    size: usize,
}

impl<'a> SearchIndex<'a> {
    /// Reads an index in place. Checks the header and that every section is
    /// there; touches nothing else.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, IndexError> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(4, "header").ok() != Some(MAGIC.as_slice()) {
            return Err(IndexError::NotAnIndex);
        }
        let version = reader.u32("header")?;
        if version != VERSION {
            return Err(IndexError::Version(version));
        }
        let texts = reader.string_table("texts")?;
        let terms = reader.string_table("terms")?;
        let slugs = reader.string_table("slugs")?;
        let stems = reader.string_table("stems")?;
        let stem_offsets = reader.u32_array(stems.len() + 1, "stems")?;
        let stem_terms = reader.u32_array(stem_offsets.get(stems.len()) as usize, "stems")?;
        let posting_offsets = reader.u32_array(terms.len() + 1, "postings")?;
        let posting_length = reader.u32("postings")? as usize;
        let postings = reader.take(posting_length, "postings")?;
        let doc_freq = reader.u32_array(terms.len(), "postings")?;
        let faqs = texts.len().saturating_sub(1) / 2;
        let lengths = [
            reader.take(faqs * 2, "lengths")?,
            reader.take(faqs * 2, "lengths")?,
        ];
        let mut average_length = [1.0f32; 2];
        for average in &mut average_length {
            let b = reader.take(4, "lengths")?;
            *average = f32::from_le_bytes([b[0], b[1], b[2], b[3]]).max(1.0);
        }
        Ok(Self {
            texts,
            terms,
            slugs,
            stems,
            stem_offsets,
            stem_terms,
            posting_offsets,
            postings,
            doc_freq,
            lengths,
            average_length,
            size: bytes.len(),
        })
    }

    /// Bytes of the whole index, text included.
    pub fn size_in_bytes(&self) -> usize {
        self.size
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.texts.len().saturating_sub(1) / 2
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn summary(&self) -> &'a str {
        self.texts.str_of(0)
    }

    /// The question `faq`, or `""` past the end.
    pub fn question(&self, faq: FaqId) -> &'a str {
        self.texts.str_of(1 + 2 * faq as usize)
    }

    /// The answer to question `faq`, or `""` past the end.
    pub fn answer(&self, faq: FaqId) -> &'a str {
        self.texts.str_of(2 + 2 * faq as usize)
    }

    /// The link name of question `faq`, unique in the story, or `""`.
    pub fn slug(&self, faq: FaqId) -> &'a str {
        self.slugs.str_of(faq as usize)
    }

    /// The question whose slug is `slug`.
    pub fn find_slug(&self, slug: &str) -> Option<FaqId> {
        (0..self.slugs.len())
            .find(|&i| self.slugs.bytes_of(i) == slug.as_bytes())
            .map(to_u32)
    }

    /// Number of distinct terms.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    pub(crate) fn term(&self, term: TermId) -> &'a [u8] {
        self.terms.bytes_of(term as usize)
    }

    pub(crate) fn find_term(&self, term: &str) -> Option<TermId> {
        self.terms.find(term.as_bytes()).map(to_u32)
    }

    /// Terms that start with `prefix`, as a range of ids.
    pub(crate) fn prefix_range(&self, prefix: &str) -> std::ops::Range<TermId> {
        let key = prefix.as_bytes();
        let start = self.terms.lower_bound(key);
        let end = self
            .terms
            .partition_point(|s| s < key || s.starts_with(key));
        to_u32(start)..to_u32(end)
    }

    /// Terms whose stem is `stem`.
    pub(crate) fn terms_with_stem(&self, stem: &str) -> impl Iterator<Item = TermId> + '_ {
        let range = match self.stems.find(stem.as_bytes()) {
            Some(found) => self.stem_offsets.range(found),
            None => 0..0,
        };
        // Within the table even if the offsets are damaged: a wild offset
        // would otherwise walk billions of ids.
        let count = self.stem_terms.len();
        (range.start.min(count)..range.end.min(count)).map(move |i| self.stem_terms.get(i))
    }

    /// The stems that start with `prefix`, in order, at most `limit`.
    pub(crate) fn stems_starting(&self, prefix: &str, limit: usize) -> Vec<&'a [u8]> {
        let key = prefix.as_bytes();
        (self.stems.lower_bound(key)..self.stems.len())
            .map(|i| self.stems.bytes_of(i))
            .take_while(|stem| stem.starts_with(key))
            .take(limit)
            .collect()
    }

    /// Number of questions that hold `term`.
    pub(crate) fn doc_freq(&self, term: TermId) -> u32 {
        self.doc_freq.get(term as usize)
    }

    /// The questions that hold `term`, in id order.
    pub(crate) fn postings(&self, term: TermId) -> Postings<'a> {
        let bytes = self
            .postings
            .get(self.posting_offsets.range(term as usize))
            .unwrap_or_default();
        Postings {
            bytes: VarintReader(bytes),
            faq: 0,
            first: true,
        }
    }

    /// Words in the question (`field` 0) or answer (`field` 1) of `faq`.
    pub(crate) fn field_length(&self, faq: FaqId, field: usize) -> f32 {
        let at = faq as usize * 2;
        match self.lengths[field].get(at..at + 2) {
            Some(b) => f32::from(u16::from_le_bytes([b[0], b[1]])),
            None => 0.0,
        }
    }

    pub(crate) fn average_length(&self, field: usize) -> f32 {
        self.average_length[field]
    }

    /// The first term from `from` on that does not start with `prefix`, where
    /// `from` does: gallops, then bisects, so a short run costs little.
    pub(crate) fn end_of_run(&self, from: TermId, prefix: &[u8]) -> TermId {
        let count = self.terms.len();
        let starts = |i: usize| self.terms.bytes_of(i).starts_with(prefix);
        let mut low = from as usize;
        let mut step = 1;
        let mut high = low + step;
        while high < count && starts(high) {
            low = high;
            step *= 2;
            high = low + step;
        }
        let mut high = high.min(count);
        while high - low > 1 {
            let middle = (low + high) / 2;
            if starts(middle) {
                low = middle;
            } else {
                high = middle;
            }
        }
        to_u32(high)
    }
}

/// Reads `u32` varints one after another.
pub(crate) struct VarintReader<'a>(pub(crate) &'a [u8]);

impl Iterator for VarintReader<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            value |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    }
}

/// Iterator over a term's postings, decoding varints as it goes.
pub(crate) struct Postings<'a> {
    bytes: VarintReader<'a>,
    faq: FaqId,
    first: bool,
}

impl Iterator for Postings<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        let delta = self.bytes.next()?;
        let tf_question = self.bytes.next()?;
        let tf_answer = self.bytes.next()?;
        self.faq = if self.first {
            delta
        } else {
            self.faq.saturating_add(delta)
        };
        self.first = false;
        Some(Posting {
            faq: self.faq,
            tf: [tf_question, tf_answer],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Faq, Story};

    fn story() -> Story {
        Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "Sum".into(),
            faqs: vec![
                Faq {
                    question: "Who guarantees peace?".into(),
                    answer: "Guarantees come from peace talks.".into(),
                },
                Faq {
                    question: "Is Kyiv safe?".into(),
                    answer: "Kyiv is calm, says the long-term plan.".into(),
                },
            ],
        }
    }

    #[test]
    fn round_trips_text_terms_and_postings() {
        let bytes = build_index(&story());
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        assert_eq!(index.len(), 2);
        assert_eq!(index.summary(), "Sum");
        assert_eq!(index.question(1), "Is Kyiv safe?");
        assert_eq!(index.slug(1), "is-kyiv-safe");
        assert_eq!(index.find_slug("who-guarantees-peace"), Some(0));
        assert_eq!(index.find_slug("nope"), None);
        assert_eq!(index.answer(0), "Guarantees come from peace talks.");
        let peace = index.find_term("peace").unwrap();
        let postings: Vec<Posting> = index.postings(peace).collect();
        assert_eq!(postings, [Posting { faq: 0, tf: [1, 1] }]);
        let kyiv = index.find_term("kyiv").unwrap();
        assert_eq!(index.postings(kyiv).next().unwrap().faq, 1);
        assert_eq!(index.doc_freq(kyiv), 1);
        assert!(index.find_term("longterm").is_some());
        let guarantee: Vec<&[u8]> = index
            .terms_with_stem("guarante")
            .map(|t| index.term(t))
            .collect();
        assert_eq!(guarantee, [b"guarantees".as_slice()]);
        assert_eq!(index.field_length(1, 0), 3.0);
    }

    #[test]
    fn end_of_run_finds_where_a_prefix_stops() {
        let bytes = build_index(&story());
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        let first = index.prefix_range("p");
        assert_eq!(index.end_of_run(first.start, b"p"), first.end);
        assert_eq!(index.end_of_run(first.start, b"pe"), first.start + 1);
    }

    #[test]
    fn prefix_range_covers_exactly_the_terms_with_the_prefix() {
        let bytes = build_index(&story());
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        let terms: Vec<&[u8]> = index.prefix_range("p").map(|t| index.term(t)).collect();
        assert_eq!(terms, [b"peace".as_slice(), b"plan"]);
        assert!(index.prefix_range("zz").is_empty());
        assert_eq!(index.prefix_range("").len(), index.term_count());
    }

    #[test]
    fn past_the_end_reads_are_empty() {
        let bytes = build_index(&story());
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        assert_eq!(index.question(99), "");
        assert_eq!(index.postings(9999).count(), 0);
    }

    #[test]
    fn rejects_other_bytes_without_panicking() {
        assert_eq!(
            SearchIndex::from_bytes(b"").err(),
            Some(IndexError::NotAnIndex)
        );
        assert_eq!(
            SearchIndex::from_bytes(b"FAQX\x09\0\0\0").err(),
            Some(IndexError::Version(9))
        );
        let bytes = build_index(&story());
        for cut in 0..bytes.len() {
            assert!(
                SearchIndex::from_bytes(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn empty_story_has_an_empty_index() {
        let bytes = build_index(&Story::default());
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        assert!(index.is_empty());
        assert_eq!(index.term_count(), 0);
    }
}
