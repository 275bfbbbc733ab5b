//! How many questions the list shows: a whole story when nobody searches,
//! else a page at a time.

/// How many questions the list holds at first while searching, or for a
/// corpus larger than a story, and how many each "Show more" adds.
pub const PAGE: usize = 20;

/// Corpora up to this many questions show every question when nobody
/// searches.
pub const WHOLE_STORY: usize = 500;

/// How many questions the list shows before any search: what the page
/// holds before and without JavaScript, and its JSON-LD describes.
pub fn shown_at_start(total: usize) -> usize {
    first_limit(total, false).min(total)
}

/// The list's first length: a whole story when nobody searches, else a page.
pub(crate) fn first_limit(total: usize, searching: bool) -> usize {
    if !searching && total <= WHOLE_STORY {
        total
    } else {
        PAGE
    }
}
