//! The site's search index: for each language, its stories' texts built
//! into one index (`faq_core::site`) and cut into parts named by their
//! content, in `search/<code>/`: the meta part (`meta-<hash>.bin`), the
//! term parts (`p-<hash>.bin`), both gzipped, and the stories' texts
//! (`s-<hash>.json`, which the stories wrote). A part already there is not written again.
//! Parts no index refers to any more are removed once they are an hour old
//! (`FAQ_SITE_GRACE_SECONDS`), so a page loaded before a run can still
//! fetch what it names.

use super::records::Published;
use crate::error::{io_at, ErrorKind, PublishError, Result};
use crate::files::{read_text, short_hash, write};
use faq_core::site::{build_site_index, name_text, Name, PART_BYTES};
use faq_core::{Faq, Language, Story};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A language's index, as the front page names it.
pub struct LanguageIndex {
    pub language: Language,
    /// Its meta part, below the site folder.
    pub meta: String,
    pub stories: usize,
}

/// A part's name: the start of the SHA-256 of its bytes.
fn name_of(bytes: &[u8]) -> Name {
    let hex = short_hash(bytes);
    let mut name = [0u8; 8];
    for (at, byte) in name.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[at * 2..at * 2 + 2], 16).unwrap_or(0);
    }
    name
}

/// `bytes` gzipped, as the parts are stored: the front page inflates them
/// (`DecompressionStream`), so they travel compressed from any server, as
/// Pagefind's do.
fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bytes)
        .and_then(|()| gzip.try_finish())
        .expect("gzip into memory does not fail");
    gzip.finish().expect("gzip into memory does not fail")
}

/// The story text file `text` (`search/<code>/s-<hex>.json`) as a story
/// and the name its file has.
fn story_text(out: &Path, text: &str) -> Result<(Story, Name)> {
    let path = out.join(text);
    let json = read_text(&path)?;
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| PublishError::new(ErrorKind::Json(e)).at(&path))?;
    let faqs = value["pairs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|pair| Faq {
            question: pair[0].as_str().unwrap_or_default().to_owned(),
            answer: pair[1].as_str().unwrap_or_default().to_owned(),
        })
        .collect();
    Ok((
        Story {
            summary: String::new(),
            faqs,
        },
        name_of(json.as_bytes()),
    ))
}

/// Writes each language's index of `stories`; returns them, and every file
/// of `search/` they refer to.
pub fn write_indexes(
    out: &Path,
    stories: &[Published],
) -> Result<(Vec<LanguageIndex>, BTreeSet<String>)> {
    let mut by_language: BTreeMap<&'static str, (Language, Vec<&Published>)> = BTreeMap::new();
    for story in stories {
        let language = Language::from_tag(&story.record.language).unwrap_or_default();
        by_language
            .entry(language.code())
            .or_insert((language, Vec::new()))
            .1
            .push(story);
    }
    let mut indexes = Vec::new();
    let mut referred = BTreeSet::new();
    for (code, (language, mut published)) in by_language {
        // In the order of their names, so a run that changes one story
        // leaves the other stories' questions where they were.
        published.sort_by(|a, b| a.stem.cmp(&b.stem));
        let mut texts = Vec::new();
        let mut names = Vec::new();
        for story in &published {
            let (text, name) = story_text(out, &story.record.text)?;
            texts.push(text);
            names.push(name);
            referred.insert(story.record.text.clone());
        }
        let refs: Vec<&Story> = texts.iter().collect();
        let files = build_site_index(&refs, &names, language, PART_BYTES, &name_of);
        let dir = out.join("search").join(code);
        std::fs::create_dir_all(&dir).map_err(io_at(&dir))?;
        for chunk in &files.chunks {
            let name = format!("search/{code}/p-{}.bin", name_text(&name_of(chunk)));
            if !out.join(&name).exists() {
                write(&out.join(&name), gzipped(chunk))?;
            }
            referred.insert(name);
        }
        let meta = format!(
            "search/{code}/meta-{}.bin",
            name_text(&name_of(&files.meta))
        );
        if !out.join(&meta).exists() {
            write(&out.join(&meta), gzipped(&files.meta))?;
        }
        referred.insert(meta.clone());
        indexes.push(LanguageIndex {
            language,
            meta,
            stories: published.len(),
        });
    }
    Ok((indexes, referred))
}

/// Removes the files of `search/` that no index refers to and that are
/// older than the grace period.
pub fn collect_garbage(out: &Path, referred: &BTreeSet<String>) -> Result<()> {
    let grace = std::env::var("FAQ_SITE_GRACE_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3600u64);
    let now = std::time::SystemTime::now();
    let Ok(languages) = std::fs::read_dir(out.join("search")) else {
        return Ok(());
    };
    for language in languages.flatten() {
        let Ok(files) = std::fs::read_dir(language.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            let name = format!(
                "search/{}/{}",
                language.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            );
            let old = file
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|modified| now.duration_since(modified).ok())
                .is_some_and(|age| age.as_secs() >= grace);
            if old && !referred.contains(&name) && !name.ends_with(".tmp") {
                std::fs::remove_file(&path).map_err(io_at(&path))?;
            }
        }
    }
    Ok(())
}
