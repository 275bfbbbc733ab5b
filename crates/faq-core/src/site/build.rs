//! Building a site's index: every story of a language analysed as one
//! corpus, by the same analysis as a story's index (`build_index_in`), then
//! cut into parts that a reader's browser fetches as its queries need them.

use super::format::{push_chunk_header, push_meta_header, Name, CHUNK_MAGIC, META_MAGIC, VERSION};
use crate::corpus::{Faq, Story};
use crate::index::format::{push_offsets, push_string_table, push_u32, push_varint, to_u32};
use crate::index::{build_index_in, SearchIndex, TermId};
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
/// (content hashes), and `name` gives a part's name from its bytes.
pub fn build_site_index(
    stories: &[&Story],
    story_names: &[Name],
    language: Language,
    part_bytes: usize,
    name: &dyn Fn(&[u8]) -> Name,
) -> SiteIndexFiles {
    let mut doc_offsets = vec![0u32];
    let mut all = Story {
        summary: String::new(),
        faqs: Vec::new(),
    };
    for story in stories {
        all.faqs.extend(story.faqs.iter().map(|faq| Faq {
            question: faq.question.clone(),
            answer: faq.answer.clone(),
        }));
        doc_offsets.push(to_u32(all.faqs.len()));
    }
    let bytes = build_index_in(&all, language);
    let Ok(index) = SearchIndex::from_bytes(&bytes) else {
        unreachable!("an index just built reads back");
    };

    // Cut the vocabulary where a part has enough postings.
    let term_count = index.term_count();
    let mut cuts: Vec<usize> = vec![0];
    let mut postings_in_part = 0;
    for term in 0..term_count {
        let postings = posting_bytes(&index, term as TermId);
        if postings_in_part > 0 && postings_in_part + postings.len() > part_bytes {
            cuts.push(term);
            postings_in_part = 0;
        }
        postings_in_part += postings.len();
    }
    cuts.push(term_count);
    let parts = cuts.len() - 1;

    // Each stem goes to the part whose range of terms it sorts into, with
    // every term that has it, wherever that term is.
    let first_terms: Vec<&[u8]> = cuts[..parts]
        .iter()
        .map(|&at| index.term(at as TermId))
        .collect();
    let mut stems: Vec<Vec<(&[u8], Vec<TermId>)>> = vec![Vec::new(); parts];
    for (stem, terms) in index.stems() {
        let part = first_terms
            .partition_point(|first| *first <= stem)
            .saturating_sub(1);
        stems[part].push((stem, terms));
    }

    let mut chunks = Vec::with_capacity(parts);
    for (part, stems) in stems.iter().enumerate() {
        let (start, end) = (cuts[part], cuts[part + 1]);
        let mut chunk = Vec::new();
        push_chunk_header(&mut chunk, CHUNK_MAGIC, to_u32(start));
        let terms: Vec<&str> = (start..end)
            .map(|t| std::str::from_utf8(index.term(t as TermId)).unwrap_or_default())
            .collect();
        push_string_table(&mut chunk, &terms);
        let stem_texts: Vec<&str> = stems
            .iter()
            .map(|(stem, _)| std::str::from_utf8(stem).unwrap_or_default())
            .collect();
        push_string_table(&mut chunk, &stem_texts);
        push_offsets(
            &mut chunk,
            &stems.iter().map(|(_, t)| t.len()).collect::<Vec<_>>(),
        );
        for (_, terms) in stems {
            for &term in terms {
                push_u32(&mut chunk, term);
            }
        }
        let postings: Vec<Vec<u8>> = (start..end)
            .map(|t| posting_bytes(&index, t as TermId))
            .collect();
        push_offsets(
            &mut chunk,
            &postings.iter().map(Vec::len).collect::<Vec<_>>(),
        );
        for bytes in &postings {
            chunk.extend_from_slice(bytes);
        }
        for term in start..end {
            push_u32(&mut chunk, index.doc_freq(term as TermId));
        }
        chunks.push(chunk);
    }

    let mut meta = Vec::new();
    push_meta_header(
        &mut meta,
        META_MAGIC,
        to_u32(index.len()),
        [index.average_length(0), index.average_length(1)],
        to_u32(term_count),
    );
    let first_texts: Vec<&str> = first_terms
        .iter()
        .map(|t| std::str::from_utf8(t).unwrap_or_default())
        .collect();
    push_string_table(&mut meta, &first_texts);
    for &cut in &cuts {
        push_u32(&mut meta, to_u32(cut));
    }
    for chunk in &chunks {
        meta.extend_from_slice(&name(chunk));
    }
    push_u32(&mut meta, to_u32(stories.len()));
    for pair in doc_offsets.windows(2) {
        push_varint(&mut meta, pair[1] - pair[0]);
    }
    for story_name in story_names {
        meta.extend_from_slice(story_name);
    }
    let _ = VERSION;
    SiteIndexFiles { meta, chunks }
}

/// A term's postings as a part holds them: for each question, the gap
/// from the last one's number, the term's frequency in the question and
/// in the answer, and the question's and the answer's lengths (which a
/// story's index keeps in a table of its own).
fn posting_bytes(index: &SearchIndex<'_>, term: TermId) -> Vec<u8> {
    let mut out = Vec::new();
    let mut last = 0;
    for posting in index.postings(term) {
        push_varint(&mut out, posting.faq - last);
        last = posting.faq;
        push_varint(&mut out, posting.tf[0]);
        push_varint(&mut out, posting.tf[1]);
        for field in 0..2 {
            push_varint(&mut out, index.field_length(posting.faq, field) as u32);
        }
    }
    out
}
