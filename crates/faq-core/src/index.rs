//! The search index as bytes: built once when a story page starts, from
//! the story's text, then read in place.
//!
//! [`build_index`] analyses a [`Story`] (tokenizing, folding, stemming) and
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

use crate::corpus::Story;
use crate::language::Language;
use crate::stemmer::Stemmer;
use crate::text::{tokenize_in, unique_slugs, Compounds};
use std::collections::HashMap;
use std::fmt;

const MAGIC: &[u8; 4] = b"FAQX";
const VERSION: u32 = 4;

/// Index of a question in the story, in corpus order.
pub type FaqId = u32;
/// Index of a term in the sorted vocabulary.
pub type TermId = u32;

// ---- Writing -------------------------------------------------------------

fn push_u32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

// The writers take slices, not iterators: each generic instantiation would
// be code the page downloads, now that the browser builds the index.
fn push_string_table(out: &mut Vec<u8>, strings: &[&str]) {
    push_u32(out, to_u32(strings.len()));
    let mut offset = 0usize;
    push_u32(out, 0);
    for s in strings {
        offset += s.len();
        push_u32(out, to_u32(offset));
    }
    for s in strings {
        out.extend_from_slice(s.as_bytes());
    }
}

fn push_offsets(out: &mut Vec<u8>, lengths: &[usize]) {
    let mut offset = 0usize;
    push_u32(out, 0);
    for length in lengths {
        offset += length;
        push_u32(out, to_u32(offset));
    }
}

/// A term's postings: the questions it is in, in question order, each
/// with how often it occurs in the question and in the answer.
type TermPostings = Vec<(FaqId, [u32; 2])>;

/// Analyses `story` and writes its index, text included.
///
/// It runs in the browser when a story page starts (the story travels as
/// text), so it is written for few bytes of code: one hash map, and one
/// sort of `(text, id)` pairs for both the vocabulary and the stems.
pub fn build_index(story: &Story) -> Vec<u8> {
    build_index_in(story, Language::English)
}

/// [`build_index`] for a story in `language`, whose stemmer files each
/// term under its stem.
pub fn build_index_in(story: &Story, language: Language) -> Vec<u8> {
    let stemmer = Stemmer::new(language);
    // Each term's stem and postings.
    let mut by_term: HashMap<String, (String, TermPostings)> = HashMap::new();
    let mut lengths: Vec<[u16; 2]> = Vec::with_capacity(story.faqs.len());
    for (id, faq) in story.faqs.iter().enumerate() {
        let id = to_u32(id);
        let mut field_lengths = [0u16; 2];
        for (field, text) in [&faq.question, &faq.answer].into_iter().enumerate() {
            let tokens = tokenize_in(text, Compounds::Include, language);
            let words = tokens
                .iter()
                .map(|t| t.position as usize + 1)
                .max()
                .unwrap_or(0);
            field_lengths[field] = u16::try_from(words).unwrap_or(u16::MAX);
            for token in tokens {
                let written = text.get(token.bytes).unwrap_or_default();
                let (_, postings) = by_term.entry(token.term).or_insert_with_key(|term| {
                    (stemmer.key(written, term).into_owned(), Vec::new())
                });
                if postings.last().is_none_or(|&(last, _)| last != id) {
                    postings.push((id, [0, 0]));
                }
                if let Some((_, tf)) = postings.last_mut() {
                    tf[field] += 1;
                }
            }
        }
        lengths.push(field_lengths);
    }
    let entries: Vec<(&String, &(String, TermPostings))> = by_term.iter().collect();
    // (term, its entry), sorted by term: the vocabulary's order.
    let mut sorted: Vec<(&str, u32)> = entries
        .iter()
        .enumerate()
        .map(|(at, (term, _))| (term.as_str(), to_u32(at)))
        .collect();
    sorted.sort_unstable();
    let terms: Vec<&str> = sorted.iter().map(|&(term, _)| term).collect();
    let postings: Vec<&TermPostings> = sorted
        .iter()
        .map(|&(_, at)| &entries[at as usize].1 .1)
        .collect();

    // (stem, term id), sorted: each stem once, with its terms in order.
    let mut stems: Vec<(&str, u32)> = sorted
        .iter()
        .enumerate()
        .map(|(id, &(_, at))| (entries[at as usize].1 .0.as_str(), to_u32(id)))
        .collect();
    stems.sort_unstable();
    let mut stem_names: Vec<&str> = Vec::new();
    let mut stem_sizes: Vec<usize> = Vec::new();
    for &(stem, _) in &stems {
        if stem_names.last() != Some(&stem) {
            stem_names.push(stem);
            stem_sizes.push(0);
        }
        if let Some(size) = stem_sizes.last_mut() {
            *size += 1;
        }
    }

    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    push_u32(&mut out, VERSION);

    let mut texts = vec![story.summary.as_str()];
    for faq in &story.faqs {
        texts.push(&faq.question);
        texts.push(&faq.answer);
    }
    push_string_table(&mut out, &texts);
    push_string_table(&mut out, &terms);
    let slugs = unique_slugs(story.faqs.iter().map(|f| f.question.as_str()));
    let slugs: Vec<&str> = slugs.iter().map(String::as_str).collect();
    push_string_table(&mut out, &slugs);

    push_string_table(&mut out, &stem_names);
    push_offsets(&mut out, &stem_sizes);
    for &(_, id) in &stems {
        push_u32(&mut out, id);
    }

    let mut posting_bytes = Vec::new();
    let mut posting_lengths = Vec::with_capacity(terms.len());
    for docs in &postings {
        let before = posting_bytes.len();
        let mut previous = 0;
        for &(faq, [tf_question, tf_answer]) in docs.iter() {
            push_varint(&mut posting_bytes, faq - previous);
            push_varint(&mut posting_bytes, tf_question);
            push_varint(&mut posting_bytes, tf_answer);
            previous = faq;
        }
        posting_lengths.push(posting_bytes.len() - before);
    }
    push_offsets(&mut out, &posting_lengths);
    push_u32(&mut out, to_u32(posting_bytes.len()));
    out.extend_from_slice(&posting_bytes);
    for docs in &postings {
        push_u32(&mut out, to_u32(docs.len()));
    }

    let count = story.faqs.len().max(1) as f32;
    for field in 0..2 {
        for length in &lengths {
            out.extend_from_slice(&length[field].to_le_bytes());
        }
    }
    for field in 0..2 {
        let total: f32 = lengths.iter().map(|l| f32::from(l[field])).sum();
        out.extend_from_slice(&(total / count).max(1.0).to_le_bytes());
    }

    out
}

// ---- Reading -------------------------------------------------------------

/// Why bytes are not a usable index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexError {
    /// The bytes do not start with the index header.
    NotAnIndex,
    /// Written by another version of this crate; rebuild the bundle.
    Version(u32),
    /// The bytes end before the section named.
    Truncated(&'static str),
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAnIndex => f.write_str("not a FAQ search index (bad header)"),
            Self::Version(v) => write!(f, "index version {v}, expected {VERSION}; rebuild it"),
            Self::Truncated(section) => write!(f, "index truncated in its {section}"),
        }
    }
}

impl std::error::Error for IndexError {}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, length: usize, section: &'static str) -> Result<&'a [u8], IndexError> {
        let end = self
            .at
            .checked_add(length)
            .ok_or(IndexError::Truncated(section))?;
        let slice = self
            .bytes
            .get(self.at..end)
            .ok_or(IndexError::Truncated(section))?;
        self.at = end;
        Ok(slice)
    }

    fn u32(&mut self, section: &'static str) -> Result<u32, IndexError> {
        let bytes = self.take(4, section)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn u32_array(
        &mut self,
        count: usize,
        section: &'static str,
    ) -> Result<U32Array<'a>, IndexError> {
        let length = count.checked_mul(4).ok_or(IndexError::Truncated(section))?;
        Ok(U32Array(self.take(length, section)?))
    }

    fn string_table(&mut self, section: &'static str) -> Result<StringTable<'a>, IndexError> {
        let count = self.u32(section)? as usize;
        let offsets = self.u32_array(count.saturating_add(1), section)?;
        let length = offsets.get(count) as usize;
        Ok(StringTable {
            offsets,
            bytes: self.take(length, section)?,
        })
    }
}

/// A little-endian `u32` array read in place.
#[derive(Clone, Copy)]
struct U32Array<'a>(&'a [u8]);

impl U32Array<'_> {
    fn len(self) -> usize {
        self.0.len() / 4
    }

    /// The value at `index`, or 0 past the end.
    fn get(self, index: usize) -> u32 {
        match self.0.get(index * 4..index * 4 + 4) {
            Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            None => 0,
        }
    }

    /// The range `[index]..[index + 1]`, as offsets into a section.
    fn range(self, index: usize) -> std::ops::Range<usize> {
        let start = self.get(index) as usize;
        start..(self.get(index + 1) as usize).max(start)
    }
}

#[derive(Clone, Copy)]
struct StringTable<'a> {
    offsets: U32Array<'a>,
    bytes: &'a [u8],
}

impl<'a> StringTable<'a> {
    fn len(self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    fn bytes_of(self, index: usize) -> &'a [u8] {
        self.bytes
            .get(self.offsets.range(index))
            .unwrap_or_default()
    }

    fn str_of(self, index: usize) -> &'a str {
        std::str::from_utf8(self.bytes_of(index)).unwrap_or_default()
    }

    /// Binary search for `key` by bytes (the order the builder sorted in).
    fn find(self, key: &[u8]) -> Option<usize> {
        let position = self.lower_bound(key);
        (position < self.len() && self.bytes_of(position) == key).then_some(position)
    }

    /// The first index whose string is not less than `key`.
    fn lower_bound(self, key: &[u8]) -> usize {
        self.partition_point(|s| s < key)
    }

    /// The first index where `is_before` turns false; it must be true for a
    /// prefix of the table and false after.
    fn partition_point(self, is_before: impl Fn(&[u8]) -> bool) -> usize {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let middle = (low + high) / 2;
            if is_before(self.bytes_of(middle)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }
}

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
struct VarintReader<'a>(&'a [u8]);

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
    use crate::corpus::Faq;

    fn story() -> Story {
        Story {
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
