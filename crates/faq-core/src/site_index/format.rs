//! The byte layout of a site's index parts, little-endian, over the string
//! tables and `u32` arrays of a story's index (`crate::index::format`).
//!
//! Meta part, loaded before the first search:
//! 1. `FAQM`, version; question count; the average question and answer
//!    lengths (`f32`); term count;
//! 2. parts: a string table of each part's first term; `u32` first term
//!    id of each part, and the term count after the last; each part's
//!    name (8 bytes);
//! 3. stories: their count; each one's question count (varints); each
//!    one's name (6 bytes), the file of its text for the browser.
//!
//! Term part: `FAQP`, version; its terms (string table); the stems that
//! sort into its range (string table) and, for each, every term that has
//! it (offsets, then a string table of the terms); the postings of each
//! term (offsets, then varints: question gap, question tf, answer tf,
//! question length, answer length). Nothing in a part depends on the
//! terms of another: a term's number is its part's first (from the meta
//! part) and its place in the part.

/// A part's name: the first 8 bytes of a hash of its content, 16 hex
/// digits in its file name.
pub type Name = [u8; 8];

/// A story text's name: the first 6 bytes of a hash of its content, 12
/// hex digits in its file name. The meta part holds one for every story,
/// and random bytes do not compress: 6 bytes, not 8, are 20 KB less to
/// download for 10,000 stories, and one chance in 10⁷ that two of them
/// share a name.
pub type StoryName = [u8; 6];

pub(crate) const META_MAGIC: &[u8; 4] = b"FAQM";
pub(crate) const CHUNK_MAGIC: &[u8; 4] = b"FAQP";
pub(crate) const VERSION: u32 = 3;

/// A name as the hex digits of a file name.
pub fn name_text(name: &[u8]) -> String {
    name.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn push_meta_header(
    out: &mut Vec<u8>,
    magic: &[u8; 4],
    questions: u32,
    averages: [f32; 2],
    terms: u32,
) {
    out.extend_from_slice(magic);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&questions.to_le_bytes());
    for average in averages {
        out.extend_from_slice(&average.to_le_bytes());
    }
    out.extend_from_slice(&terms.to_le_bytes());
}

pub(crate) fn push_chunk_header(out: &mut Vec<u8>, magic: &[u8; 4]) {
    out.extend_from_slice(magic);
    out.extend_from_slice(&VERSION.to_le_bytes());
}
