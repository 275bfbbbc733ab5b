//! Slugs: a question's link name from its folded words.

use super::segment::{tokenize, Compounds};

/// Longest slug, in bytes; longer questions are cut at a word.
pub(super) const MAX_SLUG_BYTES: usize = 60;

/// A link-friendly name for a question: its folded words joined by `-`,
/// cut at a word to at most 60 bytes (`What is Russia's position?` →
/// `what-is-russia-position`). Empty when the text has no word.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for token in tokenize(text, Compounds::Exclude) {
        let extra = token.term.len() + usize::from(!slug.is_empty());
        if !slug.is_empty() && slug.len() + extra > MAX_SLUG_BYTES {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug += &token.term;
    }
    slug
}

/// Slugs for `texts`, made unique by a `-2`, `-3`… suffix; a text without
/// words gets `question-N` (its 1-based number).
pub fn unique_slugs<'t>(texts: impl IntoIterator<Item = &'t str>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut slugs = Vec::new();
    for (number, text) in texts.into_iter().enumerate() {
        let mut base = slug(text);
        if base.is_empty() {
            base = format!("question-{}", number + 1);
        }
        let mut candidate = base.clone();
        let mut suffix = 2;
        while !seen.insert(candidate.clone()) {
            candidate = format!("{base}-{suffix}");
            suffix += 1;
        }
        slugs.push(candidate);
    }
    slugs
}
