//! The index's byte layout, which building and reading share: its header,
//! the writers of its numbers and string tables, and the readers that take
//! them back in place, bounds-checked.

use std::fmt;

pub(crate) const MAGIC: &[u8; 4] = b"FAQX";
pub(crate) const VERSION: u32 = 4;

/// Index of a question in the story, in corpus order.
pub type FaqId = u32;
/// Index of a term in the sorted vocabulary.
pub type TermId = u32;

pub(crate) fn push_u32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

pub(crate) fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

pub(crate) fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

// The writers take slices, not iterators: each generic instantiation would
// be code the page downloads, now that the browser builds the index.
pub(crate) fn push_string_table(out: &mut Vec<u8>, strings: &[&str]) {
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

pub(crate) fn push_offsets(out: &mut Vec<u8>, lengths: &[usize]) {
    let mut offset = 0usize;
    push_u32(out, 0);
    for length in lengths {
        offset += length;
        push_u32(out, to_u32(offset));
    }
}

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

pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn take(
        &mut self,
        length: usize,
        section: &'static str,
    ) -> Result<&'a [u8], IndexError> {
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

    pub(crate) fn u32(&mut self, section: &'static str) -> Result<u32, IndexError> {
        let bytes = self.take(4, section)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    pub(crate) fn u32_array(
        &mut self,
        count: usize,
        section: &'static str,
    ) -> Result<U32Array<'a>, IndexError> {
        let length = count.checked_mul(4).ok_or(IndexError::Truncated(section))?;
        Ok(U32Array(self.take(length, section)?))
    }

    pub(crate) fn string_table(
        &mut self,
        section: &'static str,
    ) -> Result<StringTable<'a>, IndexError> {
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
pub(crate) struct U32Array<'a>(pub(crate) &'a [u8]);

impl U32Array<'_> {
    pub(crate) fn len(self) -> usize {
        self.0.len() / 4
    }

    /// The value at `index`, or 0 past the end.
    pub(crate) fn get(self, index: usize) -> u32 {
        match self.0.get(index * 4..index * 4 + 4) {
            Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            None => 0,
        }
    }

    /// The range `[index]..[index + 1]`, as offsets into a section.
    pub(crate) fn range(self, index: usize) -> std::ops::Range<usize> {
        let start = self.get(index) as usize;
        start..(self.get(index + 1) as usize).max(start)
    }
}

#[derive(Clone, Copy)]
pub(crate) struct StringTable<'a> {
    pub(crate) offsets: U32Array<'a>,
    pub(crate) bytes: &'a [u8],
}

impl<'a> StringTable<'a> {
    pub(crate) fn len(self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub(crate) fn bytes_of(self, index: usize) -> &'a [u8] {
        self.bytes
            .get(self.offsets.range(index))
            .unwrap_or_default()
    }

    pub(crate) fn str_of(self, index: usize) -> &'a str {
        std::str::from_utf8(self.bytes_of(index)).unwrap_or_default()
    }

    /// Binary search for `key` by bytes (the order the builder sorted in).
    pub(crate) fn find(self, key: &[u8]) -> Option<usize> {
        let position = self.lower_bound(key);
        (position < self.len() && self.bytes_of(position) == key).then_some(position)
    }

    /// The first index whose string is not less than `key`.
    pub(crate) fn lower_bound(self, key: &[u8]) -> usize {
        self.partition_point(|s| s < key)
    }

    /// The first index where `is_before` turns false; it must be true for a
    /// prefix of the table and false after.
    pub(crate) fn partition_point(self, is_before: impl Fn(&[u8]) -> bool) -> usize {
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
