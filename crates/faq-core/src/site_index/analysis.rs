//! A site's stories of one language, analysed: every term with its stem
//! and postings, and the stories in the order they were first added. A
//! publisher keeps it between runs ([`SiteAnalysis::to_bytes`]), so that
//! one more story is analysed alone, its questions numbered after the
//! others', and the parts of the index it does not touch keep their bytes,
//! and so their names.

use super::format::StoryName;
use crate::corpus::Story;
use crate::index::build::{analyse_into, Vocabulary};
use crate::index::format::{push_offsets, push_string_table, push_u32, push_varint, to_u32};
use crate::index::format::{Reader, StringTable};
use crate::index::{FaqId, VarintReader};
use crate::language::Language;
use crate::stemmer::Stemmer;

const MAGIC: &[u8; 4] = b"FAQA";
const VERSION: u32 = 1;

/// A term, its stem, and the questions it is in.
pub(crate) struct Term {
    pub(crate) text: Box<str>,
    pub(crate) stem: Box<str>,
    /// The last question it is in.
    last: FaqId,
    /// Its postings as a part holds them: for each question, the gap from
    /// the last one's number, the term's frequency in the question and in
    /// the answer, and the question's and the answer's lengths.
    pub(crate) postings: Vec<u8>,
}

impl Term {
    fn push(&mut self, faq: FaqId, tf: [u32; 2], lengths: [u16; 2]) {
        push_varint(&mut self.postings, faq - self.last);
        push_varint(&mut self.postings, tf[0]);
        push_varint(&mut self.postings, tf[1]);
        push_varint(&mut self.postings, u32::from(lengths[0]));
        push_varint(&mut self.postings, u32::from(lengths[1]));
        self.last = faq;
    }
}

/// A site's stories of one language, analysed.
pub struct SiteAnalysis {
    language: Language,
    /// Each story's name and number of questions, in question order.
    pub(crate) stories: Vec<(StoryName, u32)>,
    /// The sum of the questions' lengths in words, and of the answers'.
    pub(crate) total_lengths: [u64; 2],
    /// Sorted by text: the vocabulary's order.
    pub(crate) terms: Vec<Term>,
}

impl SiteAnalysis {
    pub fn new(language: Language) -> Self {
        Self {
            language,
            stories: Vec::new(),
            total_lengths: [0; 2],
            terms: Vec::new(),
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The stories' names, in question order.
    pub fn story_names(&self) -> impl Iterator<Item = &StoryName> + '_ {
        self.stories.iter().map(|(name, _)| name)
    }

    /// The stems of the site's words, sorted, each once.
    pub fn stems(&self) -> Vec<&str> {
        let mut stems: Vec<&str> = self.terms.iter().map(|term| &*term.stem).collect();
        stems.sort_unstable();
        stems.dedup();
        stems
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.stories.iter().map(|&(_, q)| q as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Analyses `stories` and numbers their questions after those already
    /// here, in this order.
    pub fn add(&mut self, stories: &[(StoryName, &Story)]) {
        let stemmer = Stemmer::new(self.language);
        let mut vocabulary = Vocabulary::new();
        let mut lengths = Vec::new();
        let first = to_u32(self.len());
        for (name, story) in stories {
            for faq in &story.faqs {
                let id = first + to_u32(lengths.len());
                lengths.push(analyse_into(
                    &mut vocabulary,
                    &stemmer,
                    self.language,
                    id,
                    faq,
                ));
            }
            self.stories.push((*name, to_u32(story.faqs.len())));
        }
        for length in &lengths {
            for (total, field) in self.total_lengths.iter_mut().zip(length) {
                *total += u64::from(*field);
            }
        }
        let mut added: Vec<_> = vocabulary.into_iter().collect();
        added.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // One pass over both sorted lists: a term already here takes the
        // new questions after its own (their numbers are higher), and
        // keeps the stem it was first filed under, as one analysis of
        // every story in this order would.
        let mut merged = Vec::with_capacity(self.terms.len() + added.len());
        let mut old = std::mem::take(&mut self.terms).into_iter().peekable();
        for (text, (stem, postings)) in added {
            while let Some(term) = old.next_if(|term| *term.text < *text) {
                merged.push(term);
            }
            let mut term = old
                .next_if(|term| *term.text == *text)
                .unwrap_or_else(|| Term {
                    text: text.into(),
                    stem: stem.into(),
                    last: 0,
                    postings: Vec::new(),
                });
            for (faq, tf) in postings {
                let length = lengths[(faq - first) as usize];
                term.push(faq, tf, length);
            }
            merged.push(term);
        }
        merged.extend(old);
        self.terms = merged;
    }

    /// Keeps only the stories that `keep` accepts; the questions after a
    /// story taken out move up.
    pub fn retain(&mut self, keep: impl Fn(&StoryName) -> bool) {
        if self.stories.iter().all(|(name, _)| keep(name)) {
            return;
        }
        // Each question's new number, or none if its story goes.
        let mut renumbered: Vec<Option<FaqId>> = Vec::new();
        let mut next = 0;
        for &(name, count) in &self.stories {
            let kept = keep(&name);
            for _ in 0..count {
                renumbered.push(kept.then(|| {
                    next += 1;
                    next - 1
                }));
            }
        }
        self.stories.retain(|(name, _)| keep(name));
        let mut total_lengths = [0u64; 2];
        let mut counted = vec![false; next as usize];
        self.terms.retain_mut(|term| {
            let old = std::mem::take(&mut term.postings);
            term.last = 0;
            let mut values = VarintReader(&old);
            let mut faq: FaqId = 0;
            while let (Some(gap), Some(question), Some(answer), Some(q_length), Some(a_length)) = (
                values.next(),
                values.next(),
                values.next(),
                values.next(),
                values.next(),
            ) {
                faq = faq.saturating_add(gap);
                let Some(new) = renumbered.get(faq as usize).copied().flatten() else {
                    continue;
                };
                let lengths = [q_length, a_length].map(|l| l.min(u32::from(u16::MAX)) as u16);
                if !std::mem::replace(&mut counted[new as usize], true) {
                    total_lengths[0] += u64::from(lengths[0]);
                    total_lengths[1] += u64::from(lengths[1]);
                }
                term.push(new, [question, answer], lengths);
            }
            !term.postings.is_empty()
        });
        // A question with no term at all has length 0 in both fields.
        self.total_lengths = total_lengths;
    }

    /// The analysis as bytes, for [`SiteAnalysis::from_bytes`]; `key`
    /// names what made it (a publisher's build), so that an analysis made
    /// by other code is not trusted.
    pub fn to_bytes(&self, key: &str) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        push_u32(&mut out, VERSION);
        push_string_table(&mut out, &[key, self.language.code()]);
        push_u32(&mut out, to_u32(self.stories.len()));
        for (name, questions) in &self.stories {
            out.extend_from_slice(name);
            push_u32(&mut out, *questions);
        }
        for total in self.total_lengths {
            out.extend_from_slice(&total.to_le_bytes());
        }
        let texts: Vec<&str> = self.terms.iter().map(|t| &*t.text).collect();
        push_string_table(&mut out, &texts);
        // A stem that is its term is written empty.
        let stems: Vec<&str> = self
            .terms
            .iter()
            .map(|t| if t.stem == t.text { "" } else { &*t.stem })
            .collect();
        push_string_table(&mut out, &stems);
        for term in &self.terms {
            push_u32(&mut out, term.last);
        }
        let lengths: Vec<usize> = self.terms.iter().map(|t| t.postings.len()).collect();
        push_offsets(&mut out, &lengths);
        for term in &self.terms {
            out.extend_from_slice(&term.postings);
        }
        out
    }

    /// An analysis from [`SiteAnalysis::to_bytes`], if it is whole, was
    /// made by `key` and is of `language`'s stories.
    pub fn from_bytes(bytes: &[u8], key: &str, language: Language) -> Option<Self> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(4, "header").ok()? != MAGIC || reader.u32("header").ok()? != VERSION {
            return None;
        }
        let made = reader.string_table("header").ok()?;
        if made.len() != 2
            || made.bytes_of(0) != key.as_bytes()
            || made.bytes_of(1) != language.code().as_bytes()
        {
            return None;
        }
        let count = reader.u32("stories").ok()? as usize;
        let mut stories = Vec::with_capacity(count.min(bytes.len() / 10));
        for _ in 0..count {
            let name: StoryName = reader.take(6, "stories").ok()?.try_into().ok()?;
            stories.push((name, reader.u32("stories").ok()?));
        }
        let mut total_lengths = [0u64; 2];
        for total in &mut total_lengths {
            *total = u64::from_le_bytes(reader.take(8, "lengths").ok()?.try_into().ok()?);
        }
        let texts = reader.string_table("terms").ok()?;
        let stems = reader.string_table("terms").ok()?;
        let lasts = reader.u32_array(texts.len(), "terms").ok()?;
        let offsets = reader.u32_array(texts.len() + 1, "postings").ok()?;
        let all = reader
            .take(offsets.get(texts.len()) as usize, "postings")
            .ok()?;
        if stems.len() != texts.len() || reader.at != bytes.len() {
            return None;
        }
        let terms = (0..texts.len())
            .map(|at| {
                let text = str_at(texts, at)?;
                let stem = match str_at(stems, at)? {
                    "" => text,
                    stem => stem,
                };
                Some(Term {
                    text: text.into(),
                    stem: stem.into(),
                    last: lasts.get(at),
                    postings: all.get(offsets.range(at))?.to_vec(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Self {
            language,
            stories,
            total_lengths,
            terms,
        })
    }
}

fn str_at(table: StringTable<'_>, at: usize) -> Option<&str> {
    std::str::from_utf8(table.bytes_of(at)).ok()
}
