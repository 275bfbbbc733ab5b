//! The site's listing: `stories.json`, every story published into the
//! site, and `index.html`, which links to them.

use crate::engine::Engine;
use crate::error::{ErrorKind, PublishError, Result};
use crate::files::write;
use crate::html::escape;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// A published story, as `DIR/stories.json` and `DIR/index.html` list it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Listed {
    pub name: String,
    pub questions: usize,
    pub summary: String,
    /// The story's language (BCP 47); stories listed before languages are
    /// English.
    #[serde(default = "crate::engine::english")]
    pub language: String,
}

/// Records the stories of this run in `out/stories.json`, beside those
/// published before whose page is still there (a story taken down by
/// deleting its folder leaves the listing at the next run, instead of
/// staying as a dead link), and writes `out/index.html`, which links to
/// them all.
pub fn write_listing(engine: &Engine, out: &Path, listed: Vec<Listed>) -> Result<()> {
    let path = out.join("stories.json");
    let mut all: BTreeMap<String, Listed> = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str::<Vec<Listed>>(&text)
            .map_err(|e| PublishError::new(ErrorKind::Json(e)).at(&path))?
            .into_iter()
            .map(|l| (l.name.clone(), l))
            .collect(),
        Err(_) => BTreeMap::new(),
    };
    all.retain(|name, _| out.join(name).join("index.html").is_file());
    for story in listed {
        all.insert(story.name.clone(), story);
    }
    let all: Vec<Listed> = all.into_values().collect();
    write(
        &path,
        serde_json::to_string_pretty(&all).expect("a listing serializes"),
    )?;
    let stylesheet = engine
        .files
        .iter()
        .find(|name| name.starts_with("page-") && name.ends_with(".css"))
        .map(|name| format!("<link rel=stylesheet href=\"./{name}\">"))
        .unwrap_or_default();
    let items: String = all
        .iter()
        .map(|story| {
            format!(
                "<li><a href=\"./{}/\">{}</a> <span>({} questions, {})</span><p lang=\"{}\">{}</p></li>",
                escape(&story.name),
                escape(&story.name),
                story.questions,
                escape(&story.language),
                escape(&story.language),
                escape(&story.summary)
            )
        })
        .collect();
    write(
        &out.join("index.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Published explainers</title>{stylesheet}</head><body><main class=\"article\">\
             <h1 class=\"article__title\">Published explainers</h1><ul>{items}</ul></main></body></html>\n"
        ),
    )
}
