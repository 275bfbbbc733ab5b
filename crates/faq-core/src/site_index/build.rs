//! Building a site's index: its stories analysed as one corpus, by the
//! analysis of a story's index ([`SiteAnalysis`]), then cut into parts that
//! a reader's browser fetches as its queries need them.
//!
//! A part holds a range of the vocabulary and nothing that depends on the
//! terms outside it (a stem names its terms by their text, not by their
//! number), so a story added after the others changes only the parts of
//! the terms it has: the rest keep their bytes, and their names.

use super::analysis::SiteAnalysis;
use super::format::{
    push_chunk_header, push_meta_header, Name, StoryName, CHUNK_MAGIC, META_MAGIC,
};
use crate::corpus::Story;
use crate::hash::{fnv, FNV_OFFSET};
use crate::index::format::{push_offsets, push_string_table, push_u32, push_varint, to_u32};
use crate::language::Language;

/// A site's index as files: its meta part, which a search loads first, and
/// its term parts (chunks), in term order.
pub struct SiteIndexFiles {
    pub meta: Vec<u8>,
    pub chunks: Vec<Vec<u8>>,
}

/// How many bytes of postings a part holds before the next term starts a
/// new one: small enough that a query fetches little, large enough that a
/// sentence does not fetch a part a word.
pub const PART_BYTES: usize = 16 * 1024;

/// Builds the index of `stories`, in this order (their questions are
/// numbered story after story), written in `language`. `story_names` are
/// the names of the files that hold each story's text for the browser
/// (content hashes), and `name` gives a part's name from its bytes;
/// `words` are the readers' words and how common each word is.
pub fn build_site_index(
    stories: &[&Story],
    story_names: &[StoryName],
    language: Language,
    part_bytes: usize,
    name: &dyn Fn(&[u8]) -> Name,
    words: &SiteWords<'_>,
) -> SiteIndexFiles {
    let mut analysis = SiteAnalysis::new(language);
    let named: Vec<(StoryName, &Story)> = story_names
        .iter()
        .copied()
        .zip(stories.iter().copied())
        .collect();
    analysis.add(&named);
    analysis.files(part_bytes, name, words)
}

/// What a site's index says of its words beyond the stories: the readers'
/// words for the site's, in its meta part, and how common each term is in
/// the language, a letter each in its term part.
pub struct SiteWords<'a> {
    /// The readers' words for the site's ([`crate::Synonyms::for_site`]).
    pub aliases: &'a str,
    /// A term's letter ([`crate::frequencies`]: how common it is).
    pub commonness: &'a dyn Fn(&str) -> u8,
}

impl SiteWords<'_> {
    /// No readers' words, every term rare: the site's stories alone.
    pub const NONE: SiteWords<'static> = SiteWords {
        aliases: "",
        commonness: &|_| crate::frequencies::RARE,
    };
}

/// Whether a part ends after `term`, whose postings take `bytes`: by a
/// hash of its text, as likely as its share of half a part, so that parts
/// hold `part_bytes` on average (half of it before any cut, half by
/// chance).
fn ends_a_part(term: &str, bytes: usize, part_bytes: usize) -> bool {
    let hash = fnv(FNV_OFFSET, term.bytes());
    let hash = hash ^ (hash >> 32);
    hash % (part_bytes as u64 / 2).max(1) < bytes as u64
}

impl SiteAnalysis {
    /// The index of the stories analysed, as files, with `words`.
    pub fn files(
        &self,
        part_bytes: usize,
        name: &dyn Fn(&[u8]) -> Name,
        words: &SiteWords<'_>,
    ) -> SiteIndexFiles {
        let terms = &self.terms;
        let postings: Vec<&[u8]> = terms.iter().map(|term| &term.postings[..]).collect();

        // Cut the vocabulary after terms its own text picks, not where a
        // count of bytes runs out: a term added before a cut then moves no
        // cut after it, and the parts after it keep their bytes.
        let mut cuts: Vec<usize> = vec![0];
        let mut postings_in_part = 0;
        for (at, bytes) in postings.iter().enumerate() {
            if postings_in_part > 0 && postings_in_part + bytes.len() > part_bytes * 4 {
                cuts.push(at);
                postings_in_part = 0;
            }
            postings_in_part += bytes.len();
            if postings_in_part >= part_bytes / 2
                && ends_a_part(&terms[at].text, bytes.len(), part_bytes)
            {
                cuts.push(at + 1);
                postings_in_part = 0;
            }
        }
        if cuts.last() == Some(&terms.len()) && !terms.is_empty() {
            cuts.pop();
        }
        cuts.push(terms.len());
        let parts = cuts.len() - 1;

        // Each stem goes to the part whose range of terms it sorts into,
        // with every term that has it, wherever that term is.
        let first_terms: Vec<&str> = cuts[..parts].iter().map(|&at| &*terms[at].text).collect();
        let mut by_stem: Vec<(&str, &str)> = terms.iter().map(|t| (&*t.stem, &*t.text)).collect();
        by_stem.sort_unstable();
        let mut stems: Vec<Vec<(&str, Vec<&str>)>> = vec![Vec::new(); parts];
        for (stem, term) in by_stem {
            let part = first_terms
                .partition_point(|first| *first <= stem)
                .saturating_sub(1);
            let Some(stems) = stems.get_mut(part) else {
                continue;
            };
            match stems.last_mut() {
                Some((last, terms)) if *last == stem => terms.push(term),
                _ => stems.push((stem, vec![term])),
            }
        }

        let mut chunks = Vec::with_capacity(parts);
        for (part, stems) in stems.iter().enumerate() {
            let range = cuts[part]..cuts[part + 1];
            let mut chunk = Vec::new();
            push_chunk_header(&mut chunk, CHUNK_MAGIC);
            let texts: Vec<&str> = terms[range.clone()].iter().map(|t| &*t.text).collect();
            push_string_table(&mut chunk, &texts);
            let stem_texts: Vec<&str> = stems.iter().map(|(stem, _)| *stem).collect();
            push_string_table(&mut chunk, &stem_texts);
            push_offsets(
                &mut chunk,
                &stems.iter().map(|(_, t)| t.len()).collect::<Vec<_>>(),
            );
            let stem_terms: Vec<&str> = stems.iter().flat_map(|(_, t)| t.iter().copied()).collect();
            push_string_table(&mut chunk, &stem_terms);
            push_offsets(
                &mut chunk,
                &postings[range.clone()]
                    .iter()
                    .map(|p| p.len())
                    .collect::<Vec<_>>(),
            );
            for bytes in &postings[range.clone()] {
                chunk.extend_from_slice(bytes);
            }
            let letters: String = terms[range]
                .iter()
                .map(|t| match (words.commonness)(&t.text) {
                    letter if letter.is_ascii() => char::from(letter),
                    _ => char::from(crate::frequencies::RARE),
                })
                .collect();
            push_string_table(&mut chunk, &[&letters]);
            chunks.push(chunk);
        }

        let mut meta = Vec::new();
        push_meta_header(
            &mut meta,
            META_MAGIC,
            to_u32(self.len()),
            [self.average_length(0), self.average_length(1)],
            to_u32(terms.len()),
        );
        push_string_table(&mut meta, &first_terms);
        for &cut in &cuts {
            push_u32(&mut meta, to_u32(cut));
        }
        for chunk in &chunks {
            meta.extend_from_slice(&name(chunk));
        }
        push_u32(&mut meta, to_u32(self.stories.len()));
        for &(_, questions) in &self.stories {
            push_varint(&mut meta, questions);
        }
        for (story_name, _) in &self.stories {
            meta.extend_from_slice(story_name);
        }
        push_string_table(&mut meta, &[words.aliases]);
        SiteIndexFiles { meta, chunks }
    }

    /// The average length of a question (`field` 0) or an answer, as a
    /// story's index has it.
    fn average_length(&self, field: usize) -> f32 {
        let count = self.len().max(1) as f32;
        (self.total_lengths[field] as f32 / count).max(1.0)
    }
}
