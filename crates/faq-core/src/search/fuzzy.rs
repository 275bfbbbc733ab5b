//! Typo tolerance: the vocabulary terms within a small optimal-string-
//! alignment distance of a word (Levenshtein plus adjacent transpositions,
//! so `Kermlin` is one edit from `Kremlin`).
//!
//! The vocabulary is sorted, so it is walked like a trie: terms that share a
//! prefix share the rows of the distance table computed for it, and as soon
//! as a prefix can no longer come within the bound, every term that starts
//! with it is skipped at once. Crates such as `fst` do this with an automaton,
//! but cost about 32 KB gzipped in the bundle; this walk needs no extra index.

use super::searchable::Searchable;
use crate::index::TermId;

/// Letters from which a word that finds nothing may be one edit off, and
/// from which two.
pub const ONE_TYPO_FROM: usize = 4;
pub const TWO_TYPOS_FROM: usize = 8;

/// Edits a word of `letters` letters may be from the term it means.
pub(super) fn typo_edits(letters: usize) -> u32 {
    match letters {
        n if n >= TWO_TYPOS_FROM => 2,
        n if n >= ONE_TYPO_FROM => 1,
        _ => 0,
    }
}

/// Finds every term within `max_edits` of `word`, with its distance.
pub(crate) fn terms_within(
    index: &impl Searchable,
    word: &str,
    max_edits: u32,
) -> Vec<(TermId, u32)> {
    let word: Vec<char> = word.chars().collect();
    let width = word.len() + 1;
    // rows[d * width + j]: distance between the first d characters of the
    // current term and the first j characters of `word`.
    let mut rows: Vec<u32> = (0..width as u32).collect();
    let mut row_minimum: Vec<u32> = vec![0];
    // The characters of the term being walked; they change only after the
    // prefix it shares with the term before.
    let mut term_chars: Vec<char> = Vec::new();
    let mut previous: &[u8] = &[];
    let mut found = Vec::new();

    for range in index.term_ranges() {
        let mut id: TermId = range.start;
        while id < range.end {
            let term = index.term(id);
            let mut shared_bytes = previous
                .iter()
                .zip(term)
                .take_while(|(a, b)| a == b)
                .count();
            while shared_bytes > 0 && term.get(shared_bytes).is_some_and(|&b| b & 0xC0 == 0x80) {
                shared_bytes -= 1; // back to a character boundary
            }
            let shared_chars = term[..shared_bytes]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count();
            term_chars.truncate(shared_chars);
            term_chars.extend(
                std::str::from_utf8(&term[shared_bytes..])
                    .unwrap_or_default()
                    .chars(),
            );
            previous = term;
            let common = shared_chars.min(row_minimum.len() - 1);
            rows.truncate((common + 1) * width);
            row_minimum.truncate(common + 1);

            let mut pruned_at = None;
            for depth in common + 1..=term_chars.len() {
                let minimum = push_row(&mut rows, &word, &term_chars, depth, width, max_edits);
                row_minimum.push(minimum);
                // No longer prefix can come back within the bound: a later row is
                // at least this row's minimum, or the one before plus one.
                if minimum > max_edits && row_minimum[depth - 1] >= max_edits {
                    pruned_at = Some(depth);
                    break;
                }
            }
            match pruned_at {
                Some(depth) => {
                    let term = index.term(id);
                    let prefix_bytes: usize =
                        term_chars[..depth].iter().map(|c| c.len_utf8()).sum();
                    id = index.end_of_run(id, &term[..prefix_bytes.min(term.len())]);
                }
                None => {
                    let distance = rows[term_chars.len() * width + word.len()];
                    if distance <= max_edits {
                        found.push((id, distance));
                    }
                    id += 1;
                }
            }
        }
    }
    found
}

/// Appends the row for `depth` characters of `term`; returns its minimum.
///
/// Only the diagonal band `depth ± max_edits` can hold a distance within the
/// bound, so only it is computed; every other cell holds `max_edits + 1`,
/// which stands for "too far" and keeps the decisions exact.
fn push_row(
    rows: &mut Vec<u32>,
    word: &[char],
    term: &[char],
    depth: usize,
    width: usize,
    max_edits: u32,
) -> u32 {
    let too_far = max_edits + 1;
    let above = (depth - 1) * width;
    let here = rows.len();
    rows.resize(here + width, too_far);
    rows[here] = (depth as u32).min(too_far);
    let letter = term[depth - 1];
    let band = max_edits as usize;
    let first = depth.saturating_sub(band).max(1);
    let last = (depth + band).min(width - 1);
    let mut minimum = rows[here];
    for j in first..=last {
        let substitution = rows[above + j - 1] + u32::from(letter != word[j - 1]);
        let deletion = rows[above + j] + 1;
        let insertion = rows[here + j - 1] + 1;
        let mut best = substitution.min(deletion).min(insertion);
        if depth > 1 && j > 1 && letter == word[j - 2] && term[depth - 2] == word[j - 1] {
            best = best.min(rows[above - width + j - 2] + 1);
        }
        let best = best.min(too_far);
        rows[here + j] = best;
        minimum = minimum.min(best);
    }
    minimum
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Faq, Story};
    use crate::index::{build_index, SearchIndex};

    fn index_of(words: &str) -> Vec<u8> {
        build_index(&Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: String::new(),
            faqs: vec![Faq {
                question: String::new(),
                answer: words.into(),
            }],
        })
    }

    fn matches(words: &str, word: &str, max_edits: u32) -> Vec<(String, u32)> {
        let bytes = index_of(words);
        let index = SearchIndex::from_bytes(&bytes).unwrap();
        terms_within(&index, word, max_edits)
            .into_iter()
            .map(|(id, d)| (String::from_utf8(index.term(id).to_vec()).unwrap(), d))
            .collect()
    }

    /// Plain optimal-string-alignment distance, to check the walk against.
    fn reference(a: &str, b: &str) -> u32 {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0u32; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i as u32;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j as u32;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = u32::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn deletion_insertion_substitution_and_transposition_are_one_edit() {
        let words = "belgium estonia kremlin sovereignty";
        assert_eq!(matches(words, "belgum", 1), [("belgium".into(), 1)]);
        assert_eq!(matches(words, "estonnia", 1), [("estonia".into(), 1)]);
        assert_eq!(matches(words, "kremlim", 1), [("kremlin".into(), 1)]);
        assert_eq!(matches(words, "kermlin", 1), [("kremlin".into(), 1)]);
    }

    #[test]
    fn two_edits_only_when_allowed() {
        let words = "sovereignty";
        assert!(matches(words, "soverinty", 1).is_empty());
        assert_eq!(matches(words, "soverinty", 2), [("sovereignty".into(), 2)]);
    }

    #[test]
    fn agrees_with_the_plain_table_on_every_term() {
        let words =
            "peace peacekeepers peacekeeping place pace space police policy ukraine ukrainian \
                     kyiv kiev nato nation nations national treaty treat threat three";
        for word in [
            "peaec", "plcae", "nato", "natino", "ukriane", "kyvi", "thret", "p", "",
        ] {
            for max_edits in 0..=2 {
                let mut expected: Vec<(String, u32)> = words
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(|w| (w.to_owned(), reference(w, word)))
                    .filter(|&(_, d)| d <= max_edits)
                    .collect();
                expected.sort();
                expected.dedup();
                assert_eq!(
                    matches(words, word, max_edits),
                    expected,
                    "{word} within {max_edits}"
                );
            }
        }
    }
}
