//! The site's service worker, `sw.js`: it keeps, once for every story, the
//! shared files of every engine that a story of the site uses, so a reader
//! of stories in two languages keeps both engines offline; and, when they
//! are fetched, the front page's files and the parts of its search index,
//! which a story's reader never downloads.

use crate::engine::Engine;
use crate::error::Result;
use crate::files::write;
use crate::html::script_json;
use std::collections::BTreeSet;
use std::path::Path;

/// Whether a shared file is kept only once fetched, not for every story's
/// reader: the front page's, and what saving a page as one file needs.
pub fn is_front_page_file(name: &str) -> bool {
    ["faq-site-", "front-page-", "site-", "save-", "faq-offline-"]
        .iter()
        .any(|prefix| name.starts_with(prefix))
}

/// Writes `out/sw.js` for the shared files `files` (of every engine the
/// site's stories use), with `engine`'s code.
pub fn write_service_worker<'a>(
    engine: &Engine,
    out: &Path,
    files: impl IntoIterator<Item = &'a String>,
) -> Result<()> {
    let mut precached = BTreeSet::new();
    let mut kept = BTreeSet::new();
    for name in files {
        let set = if is_front_page_file(name) {
            &mut kept
        } else {
            &mut precached
        };
        set.insert(format!("./{name}"));
    }
    let precached: Vec<&String> = precached.iter().collect();
    let kept: Vec<&String> = kept.iter().collect();
    write(
        &out.join("sw.js"),
        format!(
            "const FILES = {}, FRONT = {};\n{}",
            script_json(&precached),
            script_json(&kept),
            engine.service_worker
        ),
    )
}
