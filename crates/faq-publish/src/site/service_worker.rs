//! The site's service worker, `sw.js`: it keeps the shared files of every
//! engine published into the site, one per language (listed in
//! `engines.json`), so a reader of stories in two languages keeps both
//! engines offline.

use crate::engine::Engine;
use crate::error::{ErrorKind, PublishError, Result};
use crate::files::write;
use crate::html::script_json;
use std::collections::BTreeMap;
use std::path::Path;

/// Records `engine`'s shared files in `out/engines.json` beside those of
/// the other languages' engines, and writes `out/sw.js` to keep them all.
pub fn write_service_worker(engine: &Engine, out: &Path) -> Result<()> {
    let path = out.join("engines.json");
    let mut engines: BTreeMap<String, Vec<String>> = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text)
            .map_err(|e| PublishError::new(ErrorKind::Json(e)).at(&path))?,
        Err(_) => BTreeMap::new(),
    };
    engines.insert(engine.language.clone(), engine.files.clone());
    write(
        &path,
        serde_json::to_string_pretty(&engines).expect("a map of lists serializes"),
    )?;
    let mut files: Vec<String> = engines
        .values()
        .flatten()
        .map(|name| format!("./{name}"))
        .collect();
    files.sort_unstable();
    files.dedup();
    write(
        &out.join("sw.js"),
        format!(
            "const FILES = {};\n{}",
            script_json(&files),
            engine.service_worker
        ),
    )
}
