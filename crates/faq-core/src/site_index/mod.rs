//! A site's index: every story of one language searched as one corpus, by
//! the ranking that searches one story ([`crate::search`]), from parts that
//! a reader's browser loads as its queries need them, as Pagefind does.
//!
//! The meta part comes first: how many questions there are and how long
//! they are on average, where each term part's range of terms starts, and
//! how many questions each story has. A query then needs the parts that
//! hold its words, their stems and the terms its last word starts
//! ([`Searcher::parts_needed`]); its best questions need the text of their
//! stories, for highlights and the proximity bonus
//! ([`SiteIndex::stories_needed`]). A question's number runs across the
//! site, story after story.
//!
//! Typos are found among the terms of the parts a query has loaded: a word
//! with a wrong first letters may find nothing that a story's index would.

mod analysis;
mod build;
mod format;

pub use analysis::SiteAnalysis;
pub use build::{build_site_index, SiteIndexFiles, SiteWords, PART_BYTES};
pub use format::{name_text, Name, StoryName};

use crate::index::format::{Reader, StringTable};
use crate::index::{FaqId, IndexError, Posting, TermId};
use crate::language::Language;
use crate::search::{Hit, Searchable, Searcher};
use format::{CHUNK_MAGIC, META_MAGIC, VERSION};
use std::ops::Range;

/// A stem, with the terms that have it.
type StemTerms = (Box<[u8]>, Vec<Box<[u8]>>);

/// One term part, read.
struct Part {
    first: TermId,
    terms: Vec<Box<[u8]>>,
    /// Each stem that sorts into the part, with the terms that have it.
    stems: Vec<StemTerms>,
    postings: Vec<Vec<(FaqId, [u32; 2])>>,
    /// How common each term is, a letter each ([`crate::frequencies`]).
    letters: Box<[u8]>,
}

/// A site's index with the parts and stories loaded so far.
pub struct SiteIndex {
    questions: u32,
    /// Terms of every part.
    terms: u32,
    averages: [f32; 2],
    first_terms: Vec<Box<[u8]>>,
    /// Each part's first term id, and the term count after the last part.
    first_ids: Vec<TermId>,
    part_names: Vec<Name>,
    /// Each story's first question, and the question count after the last.
    story_starts: Vec<u32>,
    story_names: Vec<StoryName>,
    parts: Vec<Option<Part>>,
    /// Question and answer lengths, from the postings of the parts loaded.
    lengths: Vec<[u16; 2]>,
    /// Each story's questions and answers, once loaded.
    texts: Vec<Option<Vec<[Box<str>; 2]>>>,
    /// The readers' words for the site's ([`crate::Synonyms::for_site`]).
    aliases: String,
}

fn strings(table: StringTable<'_>) -> Vec<Box<[u8]>> {
    (0..table.len()).map(|i| table.bytes_of(i).into()).collect()
}

fn name_at<const N: usize>(
    reader: &mut Reader<'_>,
    section: &'static str,
) -> Result<[u8; N], IndexError> {
    let bytes = reader.take(N, section)?;
    let mut name = [0u8; N];
    name.copy_from_slice(bytes);
    Ok(name)
}

fn varint(reader: &mut Reader<'_>, section: &'static str) -> Result<u32, IndexError> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = reader.take(1, section)?[0];
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(IndexError::Truncated(section))
}

fn header(reader: &mut Reader<'_>, magic: &[u8; 4]) -> Result<(), IndexError> {
    if reader.take(4, "header").ok() != Some(magic.as_slice()) {
        return Err(IndexError::NotAnIndex);
    }
    match reader.u32("header")? {
        VERSION => Ok(()),
        other => Err(IndexError::Version(other)),
    }
}

impl SiteIndex {
    /// A site's index from its meta part, with no term part or story yet.
    pub fn from_meta(bytes: &[u8]) -> Result<Self, IndexError> {
        let mut reader = Reader { bytes, at: 0 };
        header(&mut reader, META_MAGIC)?;
        let questions = reader.u32("header")?;
        let mut averages = [1.0f32; 2];
        for average in &mut averages {
            let b = reader.take(4, "header")?;
            *average = f32::from_le_bytes([b[0], b[1], b[2], b[3]]).max(1.0);
        }
        let terms = reader.u32("header")?;
        let first_terms = strings(reader.string_table("parts")?);
        let parts = first_terms.len();
        let first_ids = reader.u32_array(parts + 1, "parts")?;
        let first_ids: Vec<TermId> = (0..=parts).map(|i| first_ids.get(i)).collect();
        let part_names = (0..parts)
            .map(|_| name_at(&mut reader, "parts"))
            .collect::<Result<Vec<_>, _>>()?;
        let stories = reader.u32("stories")? as usize;
        let mut story_starts = vec![0u32];
        for _ in 0..stories {
            let count = varint(&mut reader, "stories")?;
            let last = *story_starts.last().unwrap_or(&0);
            story_starts.push(last.saturating_add(count));
        }
        if story_starts.last() != Some(&questions) {
            return Err(IndexError::Truncated("stories"));
        }
        let story_names = (0..stories)
            .map(|_| name_at(&mut reader, "stories"))
            .collect::<Result<Vec<_>, _>>()?;
        let aliases = reader.string_table("aliases")?.str_of(0).to_owned();
        Ok(Self {
            questions,
            terms,
            averages,
            first_terms,
            first_ids,
            part_names,
            story_starts,
            story_names,
            parts: (0..parts).map(|_| None).collect(),
            lengths: vec![[0; 2]; questions as usize],
            texts: vec![None; stories],
            aliases,
        })
    }

    /// The readers' words for the site's, as a searcher takes them
    /// ([`Searcher::with_aliases`]).
    pub fn aliases(&self) -> &str {
        &self.aliases
    }

    pub fn part_count(&self) -> usize {
        self.part_names.len()
    }

    pub fn part_name(&self, part: usize) -> Option<&Name> {
        self.part_names.get(part)
    }

    pub fn has_part(&self, part: usize) -> bool {
        self.parts.get(part).is_some_and(Option::is_some)
    }

    pub fn story_count(&self) -> usize {
        self.story_names.len()
    }

    pub fn story_name(&self, story: usize) -> Option<&StoryName> {
        self.story_names.get(story)
    }

    pub fn has_story(&self, story: usize) -> bool {
        self.texts.get(story).is_some_and(Option::is_some)
    }

    /// The story of question `faq`, and the question's place in it.
    pub fn story_of(&self, faq: FaqId) -> (usize, usize) {
        let story = self
            .story_starts
            .partition_point(|&start| start <= faq)
            .saturating_sub(1);
        (story, (faq - self.story_starts[story]) as usize)
    }

    /// Adds term part `part`, from its bytes.
    pub fn add_part(&mut self, part: usize, bytes: &[u8]) -> Result<(), IndexError> {
        let first = *self.first_ids.get(part).ok_or(IndexError::NotAnIndex)?;
        let end = *self.first_ids.get(part + 1).ok_or(IndexError::NotAnIndex)?;
        let mut reader = Reader { bytes, at: 0 };
        header(&mut reader, CHUNK_MAGIC)?;
        let terms = strings(reader.string_table("terms")?);
        // A part in another's place, or of another index, is refused.
        if terms.len() as u64 != u64::from(end.saturating_sub(first))
            || terms.first() != self.first_terms.get(part)
        {
            return Err(IndexError::NotAnIndex);
        }
        let stem_texts = strings(reader.string_table("stems")?);
        let stem_offsets = reader.u32_array(stem_texts.len() + 1, "stems")?;
        let stem_terms = reader.string_table("stems")?;
        if stem_offsets.get(stem_texts.len()) as usize != stem_terms.len() {
            return Err(IndexError::Truncated("stems"));
        }
        let stems = stem_texts
            .into_iter()
            .enumerate()
            .map(|(i, stem)| {
                let range = stem_offsets.range(i);
                (
                    stem,
                    range.map(|at| stem_terms.bytes_of(at).into()).collect(),
                )
            })
            .collect();
        let offsets = reader.u32_array(terms.len() + 1, "postings")?;
        let all = reader.take(offsets.get(terms.len()) as usize, "postings")?;
        let mut postings = Vec::with_capacity(terms.len());
        for term in 0..terms.len() {
            let mut list = Reader {
                bytes: all.get(offsets.range(term)).unwrap_or_default(),
                at: 0,
            };
            let mut faq = 0u32;
            let mut decoded = Vec::new();
            while list.at < list.bytes.len() {
                faq = faq.saturating_add(varint(&mut list, "postings")?);
                let tf = [
                    varint(&mut list, "postings")?,
                    varint(&mut list, "postings")?,
                ];
                let lengths = [
                    varint(&mut list, "postings")?,
                    varint(&mut list, "postings")?,
                ];
                if let Some(known) = self.lengths.get_mut(faq as usize) {
                    *known = lengths.map(|l| l.min(u32::from(u16::MAX)) as u16);
                }
                decoded.push((faq, tf));
            }
            postings.push(decoded);
        }
        let letters = reader.string_table("letters")?.bytes_of(0).into();
        if let Some(slot) = self.parts.get_mut(part) {
            *slot = Some(Part {
                first,
                terms,
                stems,
                postings,
                letters,
            });
        }
        Ok(())
    }

    /// Adds the questions and answers of story `story`, in order.
    pub fn add_story(&mut self, story: usize, pairs: Vec<[String; 2]>) -> Result<(), IndexError> {
        let count = self
            .story_starts
            .get(story + 1)
            .map(|end| end - self.story_starts[story]);
        if count != Some(pairs.len() as u32) {
            return Err(IndexError::NotAnIndex);
        }
        self.texts[story] = Some(pairs.into_iter().map(|p| p.map(Into::into)).collect());
        Ok(())
    }

    /// The stories of `faqs` whose text is not loaded yet, each once.
    pub fn stories_needed(&self, faqs: impl IntoIterator<Item = FaqId>) -> Vec<usize> {
        let mut needed: Vec<usize> = Vec::new();
        for faq in faqs {
            let (story, _) = self.story_of(faq);
            if !self.has_story(story) && !needed.contains(&story) {
                needed.push(story);
            }
        }
        needed
    }

    /// The part whose range of terms holds `key`.
    fn part_of_text(&self, key: &[u8]) -> usize {
        self.first_terms
            .partition_point(|first| **first <= *key)
            .saturating_sub(1)
    }

    fn part_of_id(&self, term: TermId) -> usize {
        self.first_ids
            .partition_point(|&first| first <= term)
            .saturating_sub(1)
    }

    /// The terms that have `stem`, as its part names them (none if that
    /// part is not loaded).
    fn stem_terms(&self, stem: &str) -> &[Box<[u8]>] {
        self.loaded(self.part_of_text(stem.as_bytes()))
            .and_then(|part| {
                let at = part
                    .stems
                    .binary_search_by(|(s, _)| (**s).cmp(stem.as_bytes()))
                    .ok()?;
                Some(&part.stems[at].1[..])
            })
            .unwrap_or_default()
    }

    fn loaded(&self, part: usize) -> Option<&Part> {
        self.parts.get(part)?.as_ref()
    }

    fn part_of(&self, term: TermId) -> Option<(&Part, usize)> {
        let part = self.loaded(self.part_of_id(term))?;
        let at = term.checked_sub(part.first)? as usize;
        (at < part.terms.len()).then_some((part, at))
    }
}

impl Searchable for SiteIndex {
    fn len(&self) -> usize {
        self.questions as usize
    }

    fn term_ranges(&self) -> Vec<Range<TermId>> {
        self.parts
            .iter()
            .flatten()
            .map(|part| part.first..part.first + part.terms.len() as TermId)
            .collect()
    }

    fn term(&self, term: TermId) -> &[u8] {
        self.part_of(term).map_or(&[], |(part, at)| &part.terms[at])
    }

    fn find_term(&self, term: &str) -> Option<TermId> {
        let part = self.loaded(self.part_of_text(term.as_bytes()))?;
        let at = part
            .terms
            .binary_search_by(|t| (**t).cmp(term.as_bytes()))
            .ok()?;
        Some(part.first + at as TermId)
    }

    fn prefix_range(&self, prefix: &str) -> Range<TermId> {
        let key = prefix.as_bytes();
        let mut part_number = self.part_of_text(key);
        let Some(part) = self.loaded(part_number) else {
            return 0..0;
        };
        let start = part.first + part.terms.partition_point(|t| **t < *key) as TermId;
        let mut end;
        let mut part = part;
        loop {
            let within = part
                .terms
                .partition_point(|t| **t < *key || t.starts_with(key));
            end = part.first + within as TermId;
            // The run may go on in the next part, if it is loaded.
            part_number += 1;
            match self.loaded(part_number) {
                Some(next)
                    if within == part.terms.len()
                        && next.terms.first().is_some_and(|t| t.starts_with(key)) =>
                {
                    part = next;
                }
                _ => break,
            }
        }
        start..end.max(start)
    }

    fn terms_with_stem(&self, stem: &str) -> impl Iterator<Item = TermId> + '_ {
        self.stem_terms(stem)
            .iter()
            .filter_map(|term| self.find_term(std::str::from_utf8(term).ok()?))
    }

    fn stems_starting(&self, prefix: &str, limit: usize) -> Vec<&[u8]> {
        let key = prefix.as_bytes();
        let mut found = Vec::new();
        let mut part_number = self.part_of_text(key);
        // A part files the stems whose text falls in its range of terms;
        // the run may go on in the next parts, if they are loaded.
        while let Some(part) = self.loaded(part_number) {
            let start = part.stems.partition_point(|(stem, _)| **stem < *key);
            let run = part.stems[start..]
                .iter()
                .take_while(|(stem, _)| stem.starts_with(key));
            let before = found.len();
            found.extend(run.map(|(stem, _)| &stem[..]));
            let ran_to_end = start + (found.len() - before) == part.stems.len();
            if found.len() >= limit || !ran_to_end {
                break;
            }
            part_number += 1;
        }
        found.truncate(limit);
        found
    }

    fn doc_freq(&self, term: TermId) -> u32 {
        self.part_of(term)
            .map_or(0, |(part, at)| part.postings[at].len() as u32)
    }

    fn postings(&self, term: TermId) -> impl Iterator<Item = Posting> + '_ {
        let list: &[(FaqId, [u32; 2])] = self
            .part_of(term)
            .map_or(&[], |(part, at)| &part.postings[at]);
        list.iter().map(|&(faq, tf)| Posting { faq, tf })
    }

    fn field_length(&self, faq: FaqId, field: usize) -> f32 {
        self.lengths
            .get(faq as usize)
            .map_or(0.0, |lengths| f32::from(lengths[field]))
    }

    fn average_length(&self, field: usize) -> f32 {
        self.averages[field]
    }

    fn end_of_run(&self, from: TermId, prefix: &[u8]) -> TermId {
        let Some((part, at)) = self.part_of(from) else {
            return from + 1;
        };
        let run = part.terms[at..].partition_point(|t| t.starts_with(prefix));
        from + run.max(1) as TermId
    }

    fn texts(&self, faq: FaqId) -> Option<[&str; 2]> {
        let (story, at) = self.story_of(faq);
        let pair = self.texts.get(story)?.as_ref()?.get(at)?;
        Some([&*pair[0], &*pair[1]])
    }
}

impl Searcher<'_, SiteIndex> {
    /// The searcher of a site's `index`, in `language`, with the readers'
    /// words for the site's that its meta part carries; how common each
    /// term is comes with its part ([`Searcher::add_part`]).
    pub fn of_site(index: SiteIndex, language: Language) -> Self {
        let aliases = index.aliases().to_owned();
        let rare = char::from(crate::frequencies::RARE);
        let commonness = std::iter::repeat_n(rare, index.terms as usize).collect();
        Searcher::in_language(index, language)
            .with_aliases(aliases)
            .with_commonness(commonness)
    }

    /// Loads every term part `query` needs, as the front page does,
    /// `bytes` giving a part's bytes by its number, until none is left
    /// ([`Searcher::parts_needed`]); how many it loaded.
    pub fn load_parts_for(
        &mut self,
        query: &str,
        mut bytes: impl FnMut(usize) -> Vec<u8>,
    ) -> Result<usize, IndexError> {
        let mut loaded = 0;
        loop {
            let needed = self.parts_needed(query);
            if needed.is_empty() {
                return Ok(loaded);
            }
            for part in needed {
                self.add_part(part, &bytes(part))?;
                loaded += 1;
            }
        }
    }

    /// Loads the texts of the stories `hits` need to be read again, as the
    /// front page does after its first search (the index's
    /// `stories_needed`), `pairs` giving a story's question and answer pairs
    /// by its number; how many it loaded.
    pub fn load_stories_for(
        &mut self,
        hits: &[Hit],
        mut pairs: impl FnMut(usize) -> Vec<[String; 2]>,
    ) -> Result<usize, IndexError> {
        let needed = self.index().stories_needed(hits.iter().map(|hit| hit.faq));
        for &story in &needed {
            self.index_mut().add_story(story, pairs(story))?;
        }
        Ok(needed.len())
    }

    /// Adds term part `part` (its bytes, as fetched) to the index, and how
    /// common its terms are to the search.
    pub fn add_part(&mut self, part: usize, bytes: &[u8]) -> Result<(), IndexError> {
        self.index_mut().add_part(part, bytes)?;
        let Some(Some(loaded)) = self.index().parts.get(part) else {
            return Ok(());
        };
        let first = loaded.first as usize;
        let letters = match std::str::from_utf8(&loaded.letters) {
            Ok(letters) if letters.is_ascii() => letters.to_owned(),
            _ => return Ok(()),
        };
        // The part's own range, in place: the site's other letters (one a
        // term, 150 KB at 10,000 stories) are neither copied nor checked.
        let range = first..first + letters.len();
        if self.commonness.get(range.clone()).is_some() {
            self.commonness.replace_range(range, &letters);
        }
        Ok(())
    }

    /// The term parts `query` needs that are not loaded yet: those that
    /// hold each of its words, its stem and the terms that have it, and,
    /// while the last word is typed, the terms it starts. Load them and
    /// ask again until none is needed (a stem's terms are known once its
    /// part is loaded), then search.
    pub fn parts_needed(&self, query: &str) -> Vec<usize> {
        let index = self.index();
        let words = self.query_words(query);
        let mut needed: Vec<usize> = Vec::new();
        let mut need = |part: usize| {
            if !index.has_part(part) && part < index.part_count() && !needed.contains(&part) {
                needed.push(part);
            }
        };
        let mut stems: Vec<String> = Vec::new();
        for (number, word) in words.words.iter().enumerate() {
            let written = query.get(word.bytes.clone()).unwrap_or(&word.term);
            let own = index.part_of_text(word.term.as_bytes());
            need(own);
            let stem = self.stem_of(&word.term, written);
            need(index.part_of_text(stem.as_bytes()));
            for term in index.stem_terms(&stem) {
                need(index.part_of_text(term));
            }
            // The site's words its aliases lead to, as the stem's own.
            stems.push(stem.clone());
            self.alias_targets(&stems, |target| {
                for stem in target.split(' ') {
                    need(index.part_of_text(stem.as_bytes()));
                    for term in index.stem_terms(stem) {
                        need(index.part_of_text(term));
                    }
                }
            });
            // Related stems are filed near its own, and their terms
            // wherever they fall.
            for related in self.related_stems(&stem) {
                let related = std::str::from_utf8(related).unwrap_or_default();
                for term in index.stem_terms(related) {
                    need(index.part_of_text(term));
                }
            }
            let as_prefix = number + 1 == words.words.len() && words.typing_last;
            if as_prefix {
                // The run of terms it starts may go on in the next part.
                let next = own + 1;
                if index
                    .first_terms
                    .get(next)
                    .is_some_and(|first| first.starts_with(word.term.as_bytes()))
                {
                    need(next);
                }
            }
        }
        needed
    }
}
