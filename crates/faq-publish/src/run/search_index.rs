//! The site's search index: for each language, its stories' texts built
//! into one index (`faq_core::site_index`) and cut into parts named by their
//! content, in `search/<code>/`: the meta part (`meta-<hash>.bin`), the
//! term parts (`p-<hash>.bin`), both gzipped, and the stories' texts
//! (`s-<hash>.json`, which the stories wrote). A part already there is not
//! written again. Parts no index refers to any more are removed once they
//! are an hour old (`FAQ_SITE_GRACE_SECONDS`), so a page loaded before a
//! run can still fetch what it names.
//!
//! Each language's analysis is kept between runs, in
//! `.faq-publish/analysis-<code>.bin` ([`SiteAnalysis`]): a run analyses
//! only the stories it has not seen, and numbers their questions after the
//! others', so the parts they do not touch keep their names and need
//! neither compressing nor writing. An analysis made by another build of
//! the publisher is not trusted: the run analyses every story again.

use super::records::Published;
use crate::error::{io_at, ErrorKind, PublishError, Result};
use crate::files::{read_text, short_hash, write, write_all};
use faq_core::site_index::{name_text, Name, SiteAnalysis, SiteWords, StoryName, PART_BYTES};
use faq_core::{Faq, Language, Story};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::xxh3_128;

/// A language's index, as the front page names it.
pub struct LanguageIndex {
    pub language: Language,
    /// Its meta part, below the site folder.
    pub meta: String,
    pub stories: usize,
    /// The bytes of all its files as stored (parts gzipped, stories'
    /// texts as they are): what keeping the whole index offline costs a
    /// reader, at most.
    pub bytes: u64,
}

/// A part's name: its bytes' 128-bit XXH3, the first 8 bytes. Every part
/// is hashed on every run, to know its name, and XXH3 is ten times faster
/// than SHA-256 here; names need no defence against forgery.
fn name_of(bytes: &[u8]) -> Name {
    let hash = xxh3_128(bytes).to_le_bytes();
    [
        hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7],
    ]
}

/// `bytes` gzipped, as the parts are stored: the front page inflates them
/// (`DecompressionStream`), so they travel compressed from any server, as
/// Pagefind's do.
fn gzipped(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(bytes)
        .and_then(|()| gzip.try_finish())
        .expect("gzip into memory does not fail");
    gzip.finish().expect("gzip into memory does not fail")
}

/// Each of `files` gzipped, on every core.
fn gzipped_all(files: &[(PathBuf, &[u8])]) -> Vec<(PathBuf, Vec<u8>)> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let share = files.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let shares: Vec<_> = files
            .chunks(share)
            .map(|share| {
                scope.spawn(|| {
                    share
                        .iter()
                        .map(|(path, bytes)| (path.clone(), gzipped(bytes)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        shares
            .into_iter()
            .flat_map(|share| share.join().expect("gzip into memory does not panic"))
            .collect()
    })
}

/// The story text file `text` (`search/<code>/s-<hex>.json`) as a story.
fn story_text(out: &Path, text: &str) -> Result<Story> {
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
    Ok(Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: String::new(),
        faqs,
    })
}

/// The name of story text file `text` (`search/<code>/s-<hex>.json`): the
/// 12 hex digits of its file name, the start of its content's SHA-256;
/// and that file. A text named by a longer hash (as the first sites were)
/// is copied to the name the front page asks for.
fn story_name(out: &Path, text: &str) -> Result<(StoryName, String)> {
    let (hex, file) = match text_name(text) {
        Some(hex) => (hex.to_owned(), text.to_owned()),
        None => {
            let json = read_text(&out.join(text))?;
            let hex = short_hash(json.as_bytes())[..12].to_owned();
            let dir = text.rsplit_once('/').map_or("", |(dir, _)| dir);
            let file = format!("{dir}/s-{hex}.json");
            if !out.join(&file).exists() {
                write(&out.join(&file), json)?;
            }
            (hex, file)
        }
    };
    let mut name = [0u8; 6];
    for (at, byte) in name.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[at * 2..at * 2 + 2], 16).unwrap_or(0);
    }
    Ok((name, file))
}

/// The name of the story text file `text` (`search/<code>/s-<hex>.json`),
/// its 12 hex digits; none for a text named as the first sites named them
/// (a longer hash).
pub fn text_name(text: &str) -> Option<&str> {
    let (_, name) = text.rsplit_once("/s-")?;
    let name = name.strip_suffix(".json")?;
    (name.len() == 12 && name.bytes().all(|b| b.is_ascii_hexdigit())).then_some(name)
}

/// What names this build of the publisher, for its kept analyses: the
/// start of its executable's hash. None if it cannot be read; then nothing
/// is kept.
fn publisher_key() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    Some(format!("{:032x}", xxh3_128(&std::fs::read(exe).ok()?)))
}

/// Where a site keeps the synonyms file it was last given.
const KEPT_SYNONYMS: &str = ".faq-publish/synonyms.txt";

/// Keeps `bytes`, a synonyms file already read without fault, for the
/// front page's search of the site in `out`.
pub fn keep_synonyms(out: &Path, bytes: &[u8]) -> Result<()> {
    let kept = out.join(KEPT_SYNONYMS);
    if let Some(dir) = kept.parent() {
        std::fs::create_dir_all(dir).map_err(io_at(dir))?;
    }
    write_all(&[(kept, bytes.to_vec())])
}

/// The readers' words for the site's words in `language`: the newsroom's
/// synonyms the site keeps, then the language's places and everyday words
/// ([`faq_core::readers_words`]), as the front page's search takes them
/// ([`faq_core::Synonyms::for_site`]).
fn site_aliases(out: &Path, analysis: &SiteAnalysis, language: Language) -> Result<String> {
    let readers_words = faq_core::readers_words(language);
    let kept = out.join(KEPT_SYNONYMS);
    let words = match std::fs::read(&kept) {
        Ok(bytes) => faq_core::Synonyms::parse(&kept.display().to_string(), &bytes)
            .map_err(|e| PublishError::new(ErrorKind::Synonyms(e)))?
            .and(&readers_words),
        Err(_) => readers_words,
    };
    Ok(words.for_site(&analysis.stems(), language))
}

fn analysis_path(out: &Path, code: &str) -> PathBuf {
    out.join(".faq-publish")
        .join(format!("analysis-{code}.bin"))
}

/// `language`'s analysis of `published`: the one kept from the last run,
/// without the stories gone since, with the stories new since added, in
/// the order of their names; or made anew. With it, the files of the
/// stories' texts.
fn analysis_of(
    out: &Path,
    key: Option<&str>,
    language: Language,
    published: &[&Published],
) -> Result<(SiteAnalysis, Vec<String>)> {
    let kept = key.and_then(|key| {
        let bytes = std::fs::read(analysis_path(out, language.code())).ok()?;
        // Its hash first: a file damaged on disk is not trusted either.
        let (hash, bytes) = bytes.split_at_checked(16)?;
        (xxh3_128(bytes).to_le_bytes() == hash)
            .then(|| SiteAnalysis::from_bytes(bytes, key, language))?
    });
    let mut analysis = kept.unwrap_or_else(|| SiteAnalysis::new(language));
    let mut names = HashMap::new();
    for story in published {
        let (name, file) = story_name(out, &story.record.text)?;
        names.insert(name, (file, &story.stem));
    }
    analysis.retain(|name| names.contains_key(name));
    let known: HashSet<StoryName> = analysis.story_names().copied().collect();
    let mut new: Vec<(&StoryName, &(String, &String))> = names
        .iter()
        .filter(|(name, _)| !known.contains(*name))
        .collect();
    // In the order of their names, so that two runs from the same
    // analysis number the same stories alike.
    new.sort_by_key(|(_, (_, stem))| *stem);
    let texts = new
        .iter()
        .map(|(_, (file, _))| story_text(out, file))
        .collect::<Result<Vec<Story>>>()?;
    let named: Vec<(StoryName, &Story)> = new.iter().map(|(name, _)| **name).zip(&texts).collect();
    analysis.add(&named);
    Ok((
        analysis,
        names.into_values().map(|(file, _)| file).collect(),
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
    let key = publisher_key();
    let mut indexes = Vec::new();
    let mut referred = BTreeSet::new();
    for (code, (language, published)) in by_language {
        let (analysis, texts) = analysis_of(out, key.as_deref(), language, &published)?;
        let mut own: BTreeSet<String> = texts.into_iter().collect();
        let aliases = site_aliases(out, &analysis, language)?;
        let frequencies = faq_core::frequencies::WordFrequencies::of(language);
        let words = SiteWords {
            aliases: &aliases,
            commonness: &|term| frequencies.letter(term),
        };
        let files = analysis.files(PART_BYTES, &name_of, &words);
        let dir = out.join("search").join(code);
        std::fs::create_dir_all(&dir).map_err(io_at(&dir))?;
        let names: Vec<String> = files
            .chunks
            .iter()
            .map(|chunk| format!("search/{code}/p-{}.bin", name_text(&name_of(chunk))))
            .collect();
        let new: Vec<(PathBuf, &[u8])> = names
            .iter()
            .zip(&files.chunks)
            .filter(|(name, _)| !out.join(name).exists())
            .map(|(name, chunk)| (out.join(name), &chunk[..]))
            .collect();
        write_all(&gzipped_all(&new))?;
        own.extend(names);
        let meta = format!(
            "search/{code}/meta-{}.bin",
            name_text(&name_of(&files.meta))
        );
        if !out.join(&meta).exists() {
            write(&out.join(&meta), gzipped(&files.meta))?;
        }
        own.insert(meta.clone());
        let bytes = own
            .iter()
            .filter_map(|name| std::fs::metadata(out.join(name)).ok())
            .map(|file| file.len())
            .sum();
        referred.extend(own);
        if let Some(key) = &key {
            let path = analysis_path(out, code);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(io_at(dir))?;
            }
            let bytes = analysis.to_bytes(key);
            write_all(&[(path, [&xxh3_128(&bytes).to_le_bytes()[..], &bytes].concat())])?;
        }
        indexes.push(LanguageIndex {
            language,
            meta,
            stories: published.len(),
            bytes,
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
