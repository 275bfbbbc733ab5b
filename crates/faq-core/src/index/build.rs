//! Building an index: a story analysed (tokenized, folded, stemmed) and
//! written as one compact blob that also holds its text.

use super::format::FaqId;
use super::format::{
    push_offsets, push_string_table, push_u32, push_varint, to_u32, MAGIC, VERSION,
};
use crate::corpus::{Faq, Story};
use crate::language::Language;
use crate::stemmer::Stemmer;
use crate::text::{tokenize_in, unique_slugs, Compounds};
use std::collections::HashMap;

/// A term's postings: the questions it is in, in question order, each
/// with how often it occurs in the question and in the answer.
pub(crate) type TermPostings = Vec<(FaqId, [u32; 2])>;

/// Each term found so far, with its stem and postings.
pub(crate) type Vocabulary = HashMap<String, (String, TermPostings)>;

/// Analyses `story` and writes its index, text included.
///
/// It runs in the browser when a story page starts (the story travels as
/// text), so it is written for few bytes of code: one hash map, and one
/// sort of `(text, id)` pairs for both the vocabulary and the stems.
pub fn build_index(story: &Story) -> Vec<u8> {
    build_index_in(story, Language::English)
}

/// Analyses question `id`, `faq`, into `vocabulary`, as every index does:
/// each of its terms filed under its stem, with how often it occurs in the
/// question and in the answer. Returns the question's and the answer's
/// lengths in words.
pub(crate) fn analyse_into(
    vocabulary: &mut Vocabulary,
    stemmer: &Stemmer,
    language: Language,
    id: FaqId,
    faq: &Faq,
) -> [u16; 2] {
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
            let (_, postings) = vocabulary
                .entry(token.term)
                .or_insert_with_key(|term| (stemmer.key(written, term).into_owned(), Vec::new()));
            if postings.last().is_none_or(|&(last, _)| last != id) {
                postings.push((id, [0, 0]));
            }
            if let Some((_, tf)) = postings.last_mut() {
                tf[field] += 1;
            }
        }
    }
    field_lengths
}

/// [`build_index`] for a story in `language`, whose stemmer files each
/// term under its stem.
pub fn build_index_in(story: &Story, language: Language) -> Vec<u8> {
    let stemmer = Stemmer::new(language);
    let mut by_term = Vocabulary::new();
    let lengths: Vec<[u16; 2]> = story
        .faqs
        .iter()
        .enumerate()
        .map(|(id, faq)| analyse_into(&mut by_term, &stemmer, language, to_u32(id), faq))
        .collect();
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
