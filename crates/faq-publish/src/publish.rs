//! The publisher: each story's files, beside the shared engine (see
//! `engine`), in milliseconds and without cargo or trunk.
//!
//! ```text
//! DIR/                      the engine's shared files, sw.js, index.html (the stories), stories.json
//! DIR/<stem>/index.html     the standalone page: prerendered, hydrating, its JSON-LD, the story inside
//! DIR/<stem>/faq-widget.js  the embed script: the story, and a loader of the shared embed engine
//! DIR/<stem>/faq-widget.html  the server-side include
//! DIR/<stem>/faq-offline.html the page as one self-contained file
//! ```
//!
//! trunk's build publishes its one story flat instead ([`Layout::Flat`]):
//! the story's files beside the shared ones, as `dist/` always had them.
//!
//! A story that cannot be published (malformed, or a stem another story of
//! the run has) is reported with its `file:line` and fix, and nothing of it
//! is written: its earlier files stay. A story's files are all written to
//! temporary names first and renamed only then (`tools::write_all`), and
//! the shared files before any story, so a page never names a file that is
//! not there.

use crate::engine::Engine;
use crate::page::{self, escape, Inline};
use crate::render::{self, inert};
use crate::tools::{packed_wasm, read, read_text, script_json, write, write_all};
use faq_core::{Language, Story};
use faq_widget::contract::{EMBED_ATTRIBUTE, STORY_DATA_ID};
use faq_widget::options::OPTIONS;
use faq_widget::ui_text::all_texts;
use faq_widget::Explainer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where a story's files go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `DIR/<stem>/`, one folder per story, with `DIR/index.html` listing
    /// them.
    Folders,
    /// Beside the shared files: trunk's `dist/` of one story.
    Flat,
}

/// A published story, as `DIR/stories.json` and `DIR/index.html` list it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
struct Listed {
    name: String,
    questions: usize,
    summary: String,
    /// The story's language (BCP 47); stories listed before languages are
    /// English.
    #[serde(default = "crate::engine::english")]
    language: String,
}

/// What a run did: the stories published, and one message per story that
/// was not.
#[derive(Debug, Default)]
pub struct Outcome {
    pub published: Vec<String>,
    pub failed: Vec<String>,
}

/// The shared parts of every story's files, made once per run.
struct Shared<'a> {
    engine: &'a Engine,
    /// The stories' language, and its BCP 47 tag as the publisher was given
    /// it (`pt-BR`), for `<html lang>` and the JSON-LD.
    language: Language,
    tag: String,
    /// Where a story's files find the shared ones: `../` or `./`.
    base: &'static str,
    /// The engine's page, its references to shared files below `base`, in
    /// the stories' language and direction.
    page: String,
    /// The `<noscript>` stylesheet: linked from the page, inside the
    /// offline file.
    noscript_link: String,
    noscript_style: String,
    /// The shared stylesheets and icon, which the offline file takes inside.
    inlined: BTreeMap<String, Vec<u8>>,
    /// The offline page's inline loader: the glue as text and the packed wasm.
    offline_loader: String,
}

/// Publishes `stories` (corpus files), written in the language `tag` (BCP
/// 47; the engine's language when `None`), into `out` beside the engine of
/// `engine_dir` (see the module comment), which must be built for that
/// language. Fails only when the language does not fit the engine or the
/// shared files cannot be written; each story's failure is in the
/// [`Outcome`].
pub fn publish(
    engine_dir: &Path,
    out: &Path,
    stories: &[PathBuf],
    layout: Layout,
    tag: Option<&str>,
) -> Result<Outcome, String> {
    let engine = Engine::read(engine_dir)?;
    let tag = tag.unwrap_or(&engine.language).to_owned();
    let language = Language::parse(&tag)?;
    if language.code() != engine.language {
        return Err(format!(
            "the engine in {} is built for {}, not {tag}; build one for {tag} (scripts/publish --lang {tag} does)",
            engine_dir.display(),
            engine.language
        ));
    }
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    copy_shared_files(&engine, engine_dir, out)?;
    write_service_worker(&engine, out)?;
    let glue = read_text(&engine_dir.join(&engine.glue))?;
    let base = match layout {
        Layout::Folders => "../",
        Layout::Flat => "./",
    };
    let noscript = read_text(&engine_dir.join(&engine.noscript))?;
    let mut inlined = BTreeMap::new();
    for name in &engine.files {
        if name.ends_with(".css") || name.ends_with(".svg") {
            inlined.insert(name.clone(), read(&engine_dir.join(name))?);
        }
    }
    let page = page::set_language(
        &page::rebase_references(&engine.page, &engine.files, base)?,
        &tag,
        language.is_right_to_left(),
    )?;
    let shared = Shared {
        engine: &engine,
        language,
        tag,
        base,
        page,
        noscript_link: format!(
            "<noscript><link rel=stylesheet href=\"{base}{}\"></noscript>",
            engine.noscript
        ),
        noscript_style: format!("<noscript><style>{}</style></noscript>", inert(&noscript)),
        inlined,
        offline_loader: format!(
            "\nconst GLUE_SOURCE = {};\nconst PACKED_WASM = \"{}\";\n{}",
            inert(&serde_json::to_string(&glue).map_err(|e| e.to_string())?),
            packed_wasm(&read(&engine_dir.join(&engine.wasm))?)?,
            inert(&engine.offline_loader)
        ),
    };

    let mut outcome = Outcome::default();
    let mut named = Vec::new();
    let mut by_stem: BTreeMap<String, Vec<&PathBuf>> = BTreeMap::new();
    for path in stories {
        match stem_of(path) {
            Ok(stem) => {
                by_stem.entry(stem.clone()).or_default().push(path);
                named.push((path, stem));
            }
            Err(error) => outcome.failed.push(error),
        }
    }
    let mut listed = Vec::new();
    for (path, stem) in named {
        let same = &by_stem[&stem];
        if same.len() > 1 {
            let others: Vec<String> = same
                .iter()
                .filter(|other| **other != path)
                .map(|other| other.display().to_string())
                .collect();
            outcome.failed.push(format!(
                "{}: another story of this run, {}, has the same name \"{stem}\"; rename one of the files",
                path.display(),
                others.join(", ")
            ));
            continue;
        }
        let dir = match layout {
            Layout::Folders => out.join(&stem),
            Layout::Flat => out.to_path_buf(),
        };
        match publish_story(&shared, path, &stem, &dir) {
            Ok(story) => {
                listed.push(Listed {
                    name: stem.clone(),
                    questions: story.faqs.len(),
                    summary: story.summary,
                    language: shared.tag.clone(),
                });
                outcome.published.push(stem);
            }
            Err(error) => outcome.failed.push(error),
        }
    }
    if layout == Layout::Folders {
        write_listing(&engine, out, listed)?;
    }
    Ok(outcome)
}

/// Writes `out/sw.js`, listing the shared files of every engine published
/// into `out`, one per language (kept in `out/engines.json`), so a reader
/// of stories in two languages keeps both engines offline.
fn write_service_worker(engine: &Engine, out: &Path) -> Result<(), String> {
    let path = out.join("engines.json");
    let mut engines: BTreeMap<String, Vec<String>> = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?,
        Err(_) => BTreeMap::new(),
    };
    engines.insert(engine.language.clone(), engine.files.clone());
    write(
        &path,
        serde_json::to_string_pretty(&engines).map_err(|e| e.to_string())?,
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

/// The story's name: its file name without the extension, if it can name
/// a folder and a URL path segment as it is.
fn stem_of(path: &Path) -> Result<String, String> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let fits = !stem.is_empty()
        && !stem.starts_with('.')
        && stem
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if fits {
        Ok(stem.to_owned())
    } else {
        Err(format!(
            "{}: a story's file name becomes its folder and web address; use letters, digits, '-', '_' and '.' (not first)",
            path.display()
        ))
    }
}

/// Copies the engine's shared files into `out`, skipping those already
/// there (a name means one content).
fn copy_shared_files(engine: &Engine, engine_dir: &Path, out: &Path) -> Result<(), String> {
    let same_dir = engine_dir.canonicalize().ok() == out.canonicalize().ok();
    if same_dir {
        return Ok(());
    }
    for name in &engine.files {
        let to = out.join(name);
        if !to.exists() {
            write(&to, read(&engine_dir.join(name))?)?;
        }
    }
    Ok(())
}

/// Writes one story's files into `dir`; returns the story.
fn publish_story(
    shared: &Shared<'_>,
    path: &Path,
    stem: &str,
    dir: &Path,
) -> Result<Story, String> {
    let bytes = read(path)?;
    let story =
        faq_core::corpus::parse(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
    let files =
        story_files(shared, &story, stem).map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let files: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(name, contents)| (dir.join(name), contents))
        .collect();
    write_all(&files)?;
    Ok(story)
}

/// The story's files, by name: made whole in memory before any is written.
fn story_files(
    shared: &Shared<'_>,
    story: &Story,
    stem: &str,
) -> Result<Vec<(&'static str, String)>, String> {
    let (engine, base) = (shared.engine, shared.base);
    let explainer = Explainer::from_story_in(story, shared.language);
    let lines = story.to_lines();
    let mut html = shared.page.clone();
    // The engine reads the story from the JSON-LD when it holds the whole
    // story: the text is then on the page twice (accordion, JSON-LD), not
    // three times, which gzip's 32 KB window cannot share for long answers.
    let data = if explainer.shown_at_start() == explainer.len() {
        format!(
            "<script type=\"application/ld+json\" id=\"{STORY_DATA_ID}\">{}</script>",
            render::json_ld(&explainer, &shared.tag)
        )
    } else {
        format!(
            "<script type=\"application/ld+json\">{}</script>\
             <script type=\"application/json\" id=\"{STORY_DATA_ID}\">{}</script>",
            render::json_ld(&explainer, &shared.tag),
            script_json(&lines),
        )
    };
    html = page::append_to_head(&html, &data)?;
    html = page::describe(
        &html,
        &headline(&story.summary),
        &shortened(&story.summary, DESCRIPTION_CHARS),
    )?;
    let widget;
    (html, widget) = prerender_into(&html, explainer, &[])?;
    if page::inline_scripts(&html)? > 0 {
        return Err("an inline script is left; a strict CSP would block it".into());
    }
    let read = |reference: &str| {
        let name = reference
            .strip_prefix(base)
            .or_else(|| reference.strip_prefix("./"))
            .unwrap_or(reference);
        shared.inlined.get(name).cloned()
    };
    // Without JavaScript the page shows every answer: a stylesheet link on
    // the page, the same rules inside the offline file.
    let offline = page::append_to_head(&html, &shared.noscript_style)?;
    let html = page::append_to_head(&html, &shared.noscript_link)?;
    let offline = page::self_contained(
        &offline,
        &Inline {
            read: &read,
            loader: &shared.offline_loader,
        },
    )
    .map_err(|e| format!("faq-offline.html: {e}"))?;
    let embed = format!(
        "{}\n(()=>{{const STORY={},NAME={},ENGINE={};\n{}}})();\n",
        embed_usage(stem),
        script_json(&lines),
        script_json(&stem),
        script_json(&format!("{base}{}", engine.embed)),
        engine.story_script
    );
    Ok(vec![
        ("index.html", html),
        (
            "faq-widget.html",
            format!("{}\n", render::include(&widget.html)),
        ),
        ("faq-widget.js", embed),
        ("faq-offline.html", offline),
    ])
}

/// The most characters of a page's title that come from its story: search
/// results and tabs show about this many.
const HEADLINE_CHARS: usize = 60;
/// The most characters of a page's description: search results show about
/// this many.
const DESCRIPTION_CHARS: usize = 160;

/// A story's name in its page's title: the summary's first sentence if it is
/// short enough and not a mere abbreviation ("U.S."), or else its start,
/// cut at a word.
fn headline(summary: &str) -> String {
    // The first sentence's end: its byte offset and its length in characters.
    let sentence_end = summary
        .char_indices()
        .enumerate()
        .find_map(|(before, (at, c))| {
            let (end, chars) = (at + c.len_utf8(), before + 1);
            let followed_by_space = summary[end..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            // A full stop after fewer than 20 characters is more likely an
            // abbreviation ("U.S.") than a sentence; an ideographic one is not.
            let ends = matches!(c, '。' | '！' | '？')
                || (matches!(c, '.' | '!' | '?' | '؟') && followed_by_space && chars >= 20);
            ends.then_some((end, chars))
        });
    match sentence_end {
        Some((end, chars)) if chars <= HEADLINE_CHARS => summary[..end].to_string(),
        _ => shortened(summary, HEADLINE_CHARS),
    }
}

/// `text` whole if it has at most `max` characters; otherwise its start, cut
/// after the last whole word that fits (or mid-word, for a script written
/// without spaces), with an ellipsis, `max` characters in all.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let limit = text
        .char_indices()
        .nth(max - 1)
        .map_or(text.len(), |(at, _)| at);
    let start = &text[..limit];
    let cut = if text[limit..].starts_with(char::is_whitespace) {
        start.trim_end()
    } else {
        match start.rfind(char::is_whitespace) {
            Some(space) if space > 0 => start[..space].trim_end(),
            _ => start,
        }
    };
    format!("{cut}…")
}

/// Records the stories of this run in `out/stories.json`, beside those
/// published before whose page is still there (a story taken down by
/// deleting its folder leaves the listing at the next run, instead of
/// staying as a dead link), and writes `out/index.html`, which links to
/// them all.
fn write_listing(engine: &Engine, out: &Path, listed: Vec<Listed>) -> Result<(), String> {
    let path = out.join("stories.json");
    let mut all: BTreeMap<String, Listed> = match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str::<Vec<Listed>>(&text)
            .map_err(|e| format!("{}: {e}", path.display()))?
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
        serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?,
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

/// The page with the widget prerendered into its mount element, with the
/// element's own options after setting `set`; each invalid option is
/// reported on stderr and keeps its default, as the live widget does.
pub fn prerender_into(
    html: &str,
    explainer: Rc<Explainer>,
    set: &[(String, String)],
) -> Result<(String, render::Prerendered), String> {
    let mut attributes = page::mount_attributes(html)?;
    for (name, value) in set {
        match attributes.iter_mut().find(|(n, _)| n == name) {
            Some(existing) => existing.1 = value.clone(),
            None => attributes.push((name.clone(), value.clone())),
        }
    }
    let widget = render::standalone_widget(explainer, &attributes);
    for warning in &widget.warnings {
        eprintln!("warning: #{}: {warning}", faq_widget::contract::MOUNT_ID);
    }
    let page = page::fill_mount(html, set, &widget.html, &widget.key)?;
    Ok((page, widget))
}

/// The usage comment at the top of a story's `faq-widget.js`, from the
/// option table.
pub fn embed_usage(stem: &str) -> String {
    let attributes: Vec<&str> = OPTIONS.iter().map(|o| o.attribute).collect();
    let names: Vec<&str> = OPTIONS.iter().map(|o| o.name).collect();
    let texts: Vec<&str> = all_texts().map(|t| t.attribute).collect();
    let stem = stem.replace("*/", "");
    format!(
        "/* FAQ widget embed script of \"{stem}\": <script src=\"faq-widget.js\" defer></script> then\n   \
         <div {EMBED_ATTRIBUTE}=\"{stem}\"></div>. Options as data- attributes\n   ({}),\n   \
         or as FaqWidget.mount(element, {{ story: \"{stem}\", {} }}).\n   \
         The widget's words: {} (templates: see the README). */",
        attributes.join(", "),
        names.join(", "),
        texts.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use faq_core::{Faq, Story};
    use lol_html::{rewrite_str, text, RewriteStrSettings};
    use proptest::prelude::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// The text of every element of class `class` in `html`, entities
    /// decoded (Yew writes these five).
    fn texts_of(html: &str, class: &str) -> Vec<String> {
        let found: Rc<RefCell<Vec<String>>> = Rc::default();
        let collect = found.clone();
        let mut last_text_type_end = true;
        rewrite_str(
            html,
            RewriteStrSettings {
                element_content_handlers: vec![text!(format!(".{class}"), move |chunk| {
                    let mut found = collect.borrow_mut();
                    if last_text_type_end {
                        found.push(String::new());
                    }
                    found.last_mut().unwrap().push_str(chunk.as_str());
                    last_text_type_end = chunk.last_in_text_node();
                    Ok(())
                })],
                ..RewriteStrSettings::new()
            },
        )
        .unwrap();
        let decode = |t: &str| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        };
        found.take().iter().map(|t| decode(t)).collect()
    }

    /// A line of corpus text: pieces of markup and entities among any
    /// other characters but line breaks; not blank.
    fn line() -> impl Strategy<Value = String> {
        let markup = prop::sample::select(vec![
            "<",
            ">",
            "&",
            "\"",
            "'",
            "</div>",
            "<!--",
            "-->",
            "&amp;",
            "&lt;",
            "&#39;",
            "hidden=\"hidden\"",
            " aria-expanded=\"false\"",
            "<script>",
            "</p>",
            "<![CDATA[",
            "id=\"faq-widget\"",
            "\t",
            "  ",
            "\u{feff}",
            "\u{200d}",
            "\u{301}",
        ]);
        let piece = prop_oneof![
            markup.prop_map(str::to_owned),
            "[^\r\n\u{85}\u{2028}\u{2029}]{1,8}",
        ];
        prop::collection::vec(piece, 1..10)
            .prop_map(|pieces| pieces.concat())
            .prop_filter("not blank", |l| !l.trim().is_empty())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever the corpus says, the page built around it, prerendered
        /// and filled into its mount element, shows it to the character.
        #[test]
        fn every_character_of_the_corpus_reaches_the_built_page(
            summary in line(),
            pairs in prop::collection::vec((line(), line()), 1..4),
        ) {
            let faqs: Vec<Faq> = pairs
                .iter()
                .map(|(q, a)| Faq { question: format!("{}?", q.trim()), answer: a.trim().to_owned() })
                .collect();
            let story = Story { summary: summary.trim().to_owned(), faqs };
            let explainer = faq_widget::Explainer::from_story(&story);
            let page = "<html><body><div id=\"faq-widget\"><p>Loading</p></div><p>after</p></body></html>";
            let (built, _) = prerender_into(page, explainer, &[]).unwrap();
            use faq_widget::contract::class;
            prop_assert_eq!(texts_of(&built, class::SUMMARY), vec![story.summary.clone()]);
            let questions: Vec<String> = story.faqs.iter().map(|f| f.question.clone()).collect();
            let answers: Vec<String> = story.faqs.iter().map(|f| f.answer.clone()).collect();
            prop_assert_eq!(texts_of(&built, class::ITEM_QUESTION), questions);
            prop_assert_eq!(texts_of(&built, class::ITEM_ANSWER), answers);
            prop_assert!(built.ends_with("</div><p>after</p></body></html>"));
        }
    }

    /// An engine folder with the files a real one has, small, and an
    /// output folder beside it; both removed when dropped.
    struct Scratch {
        engine: PathBuf,
        out: PathBuf,
    }

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let engine = fake_engine(&format!("faq-publish-{name}-engine"));
            let out = engine.with_extension("out");
            let _ = std::fs::remove_dir_all(&out);
            Scratch { engine, out }
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.out);
            let _ = std::fs::remove_dir_all(&self.engine);
        }
    }

    fn fake_engine(name: &str) -> PathBuf {
        fake_engine_in(name, "en")
    }

    /// A small engine folder for `language`, its shared files named `<n>`
    /// after it (`page-en.css`).
    fn fake_engine_in(name: &str, language: &str) -> PathBuf {
        let dir = crate::tools::temporary_dir(name).unwrap();
        let page = "<!doctype html><html lang=en><head><title>FAQ</title>\
            <link rel=stylesheet href=\"./page-1.css\">\
            <script type=module src=\"./loader-1.js\"></script></head>\
            <body><div id=\"faq-widget\"><p>Loading</p></div></body></html>";
        for (file, contents) in [
            ("page-1.css", "p{}"),
            ("loader-1.js", "import './glue-1.js'"),
            ("glue-1.js", "export default 1"),
            ("glue-1_bg.wasm", "\0asm"),
            ("noscript-1.css", "div{}"),
            ("faq-embed-1.js", "ENGINE"),
        ] {
            write(&dir.join(file), contents).unwrap();
        }
        let engine = Engine {
            language: language.into(),
            fingerprint: "f".into(),
            files: crate::tools::file_names(&dir).unwrap(),
            glue: "glue-1.js".into(),
            wasm: "glue-1_bg.wasm".into(),
            noscript: "noscript-1.css".into(),
            embed: "faq-embed-1.js".into(),
            story_script: "mount(STORY,NAME,ENGINE)".into(),
            service_worker: "self.FILES=FILES".into(),
            offline_loader: "await init()".into(),
            page: page.into(),
        };
        write(
            &dir.join(crate::engine::MANIFEST),
            serde_json::to_string(&engine).unwrap(),
        )
        .unwrap();
        dir
    }

    fn story_file(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Each file of `dir` with its bytes, by name.
    fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
        crate::tools::file_names(dir)
            .unwrap()
            .into_iter()
            .map(|name| (name.clone(), std::fs::read(dir.join(&name)).unwrap()))
            .collect()
    }

    const GOOD: &str = "A summary.\nWho goes?\nThe French.\nWhen?\nIn May.\n";

    #[test]
    fn each_story_gets_its_folder_with_its_own_data_and_the_shared_engine() {
        let scratch = Scratch::new("a");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let one = story_file(&engine, "one.txt", GOOD);
        let two = story_file(
            &engine,
            "two.txt",
            "Other summary.\nWhy ships?\nBecause sea.\n",
        );
        let outcome = publish(&engine, &out, &[one, two], Layout::Folders, None).unwrap();
        assert_eq!(outcome.published, ["one", "two"]);
        assert!(outcome.failed.is_empty(), "{:?}", outcome.failed);
        for shared in [
            "page-1.css",
            "loader-1.js",
            "faq-embed-1.js",
            "sw.js",
            "index.html",
        ] {
            assert!(out.join(shared).is_file(), "{shared}");
        }
        let page = std::fs::read_to_string(out.join("one/index.html")).unwrap();
        assert!(page.contains("href=\"../page-1.css\""), "{page}");
        assert!(page.contains("src=\"../loader-1.js\""), "{page}");
        assert_eq!(
            page::story_data(&page).unwrap(),
            faq_core::corpus::parse("one", GOOD.as_bytes()).unwrap()
        );
        assert!(page.contains("The French."));
        assert!(!page.contains("Because sea."));
        let two_page = std::fs::read_to_string(out.join("two/index.html")).unwrap();
        assert!(page.contains("<title>A summary. · FAQ</title>"), "{page}");
        assert!(
            two_page.contains("<title>Other summary. · FAQ</title>"),
            "{two_page}"
        );
        assert!(two_page.contains("<meta name=\"description\" content=\"Other summary.\">"));
        let offline_two = std::fs::read_to_string(out.join("two/faq-offline.html")).unwrap();
        assert!(offline_two.contains("<title>Other summary. · FAQ</title>"));
        let embed = std::fs::read_to_string(out.join("two/faq-widget.js")).unwrap();
        assert!(embed.contains("ENGINE=\"../faq-embed-1.js\""), "{embed}");
        assert!(embed.contains("Because sea.") && !embed.contains("The French."));
        let offline = std::fs::read_to_string(out.join("one/faq-offline.html")).unwrap();
        assert!(
            !offline.contains("../"),
            "the offline page needs no other file"
        );
        let sw = std::fs::read_to_string(out.join("sw.js")).unwrap();
        assert!(sw.contains("\"./faq-embed-1.js\"") && !sw.contains("one/"));
        let listing = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(listing.contains("href=\"./one/\"") && listing.contains("href=\"./two/\""));
    }

    #[test]
    fn a_story_is_published_in_its_language_beside_its_languages_engine() {
        let scratch = Scratch::new("lang");
        let out = scratch.out.clone();
        let arabic = fake_engine_in("lang-ar", "ar");
        let story = story_file(
            &arabic,
            "salam.txt",
            "ملخص القصة.\nما دور حلف الناتو؟\nلن يرسل الحلف قوات.\nمن يدفع؟\nالدول المرسلة.\n",
        );
        publish(
            &arabic,
            &out,
            std::slice::from_ref(&story),
            Layout::Folders,
            Some("ar-EG"),
        )
        .unwrap();
        let page = std::fs::read_to_string(out.join("salam/index.html")).unwrap();
        assert!(page.contains("<html lang=\"ar-EG\" dir=\"rtl\">"), "{page}");
        assert!(page.contains("\"inLanguage\":\"ar-EG\""), "{page}");
        assert!(
            page.contains("lang=\"ar\" dir=\"rtl\" class=\"faq-widget\""),
            "{page}"
        );
        assert!(page.contains("ابحث في الأسئلة"), "the Arabic words: {page}");
        let offline = std::fs::read_to_string(out.join("salam/faq-offline.html")).unwrap();
        assert!(offline.contains("<html lang=\"ar-EG\" dir=\"rtl\">"));
        // An engine of another language is refused, saying which it is.
        let error = publish(&arabic, &out, &[story], Layout::Folders, Some("uk")).unwrap_err();
        assert!(error.contains("built for ar, not uk"), "{error}");
        let error = publish(&arabic, &out, &[], Layout::Folders, Some("xx")).unwrap_err();
        assert!(error.contains("supported: ar,"), "{error}");
        // An English story beside it: the service worker keeps both engines.
        let english = story_file(&scratch.engine, "one.txt", GOOD);
        publish(&scratch.engine, &out, &[english], Layout::Folders, None).unwrap();
        let sw = std::fs::read_to_string(out.join("sw.js")).unwrap();
        let engines = std::fs::read_to_string(out.join("engines.json")).unwrap();
        assert!(
            engines.contains("\"ar\"") && engines.contains("\"en\""),
            "{engines}"
        );
        assert_eq!(
            sw.matches("\"./page-1.css\"").count(),
            1,
            "each file once: {sw}"
        );
        let listing = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(
            listing.contains("<p lang=\"ar-EG\">ملخص القصة.</p>"),
            "{listing}"
        );
        let _ = std::fs::remove_dir_all(arabic);
    }

    #[test]
    fn a_story_shown_whole_is_carried_once_as_json_ld_and_a_larger_one_as_lines() {
        let scratch = Scratch::new("d");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let whole = story_file(&engine, "whole.txt", GOOD);
        let pairs: String = (1..=501)
            .map(|n| format!("Question number {n}?\nAnswer number {n}.\n"))
            .collect();
        let large = story_file(&engine, "large.txt", &format!("Big summary.\n{pairs}"));
        let outcome = publish(
            &engine,
            &out,
            &[whole.clone(), large.clone()],
            Layout::Folders,
            None,
        )
        .unwrap();
        assert_eq!(outcome.published, ["whole", "large"]);
        for (name, path, separate) in [("whole", whole, false), ("large", large, true)] {
            let page = std::fs::read_to_string(out.join(name).join("index.html")).unwrap();
            let expected = faq_core::corpus::parse("x", &std::fs::read(path).unwrap()).unwrap();
            assert_eq!(page::story_data(&page).unwrap(), expected, "{name}");
            assert_eq!(
                page.contains("type=\"application/json\""),
                separate,
                "{name}"
            );
            // The last answer: shown whole, in the accordion and the JSON-LD;
            // beyond the first page, only in the data.
            let last = &expected.faqs[expected.faqs.len() - 1].answer;
            let copies = if separate { 1 } else { 2 };
            assert_eq!(page.matches(last.as_str()).count(), copies, "{name}");
        }
    }

    #[test]
    fn a_malformed_story_keeps_its_old_files_and_the_others_are_published() {
        let scratch = Scratch::new("b");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let story = story_file(&engine, "story.txt", GOOD);
        publish(
            &engine,
            &out,
            std::slice::from_ref(&story),
            Layout::Folders,
            None,
        )
        .unwrap();
        let before = files_of(&out.join("story"));
        assert_eq!(before.len(), 4);

        std::fs::write(&story, "A summary.\nWho goes?\n\nThe French.\n").unwrap();
        let good = story_file(&engine, "good.txt", GOOD);
        let outcome =
            publish(&engine, &out, &[story.clone(), good], Layout::Folders, None).unwrap();
        assert_eq!(outcome.published, ["good"]);
        assert_eq!(outcome.failed.len(), 1);
        let error = &outcome.failed[0];
        assert!(error.contains(&format!("{}:3", story.display())), "{error}");
        let after = files_of(&out.join("story"));
        assert_eq!(
            before, after,
            "the old files stay, byte for byte, with no temporary file"
        );
        let listing = std::fs::read_to_string(out.join("stories.json")).unwrap();
        assert!(listing.contains("\"story\"") && listing.contains("\"good\""));
    }

    #[test]
    fn a_page_is_named_after_the_start_of_its_summary() {
        let story =
            "The potential deployment of foreign peacekeepers to Ukraine is gaining attention.";
        assert_eq!(
            headline(story),
            "The potential deployment of foreign peacekeepers to Ukraine…"
        );
        assert_eq!(headline(story).chars().count(), HEADLINE_CHARS);
        assert_eq!(
            headline("Trains run at night again. Here is what we know."),
            "Trains run at night again."
        );
        assert_eq!(
            headline("U.S. officials say the plan is ready for a vote in the spring."),
            "U.S. officials say the plan is ready for a vote in the…",
            "an abbreviation is not a sentence"
        );
        assert_eq!(
            headline("维和部队可能在停火后部署。欧洲领导人正在讨论。"),
            "维和部队可能在停火后部署。"
        );
        let unspaced = "维".repeat(100);
        assert_eq!(headline(&unspaced), format!("{}…", "维".repeat(59)));
        assert_eq!(shortened("Short.", 160), "Short.");
        let long = "word ".repeat(40);
        let description = shortened(&long, DESCRIPTION_CHARS);
        assert!(description.chars().count() <= DESCRIPTION_CHARS && description.ends_with("word…"));
    }

    #[test]
    fn a_story_whose_folder_was_deleted_leaves_the_listing_at_the_next_run() {
        let scratch = Scratch::new("gone");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let kept = story_file(&engine, "kept.txt", GOOD);
        let gone = story_file(&engine, "gone.txt", GOOD);
        publish(&engine, &out, &[kept.clone(), gone], Layout::Folders, None).unwrap();
        let listed = |file: &str| std::fs::read_to_string(out.join(file)).unwrap();
        assert!(listed("stories.json").contains("\"gone\""));
        assert!(listed("index.html").contains("href=\"./gone/\""));

        std::fs::remove_dir_all(out.join("gone")).unwrap();
        publish(&engine, &out, &[kept], Layout::Folders, None).unwrap();
        assert!(!listed("stories.json").contains("\"gone\""));
        assert!(!listed("index.html").contains("gone"));
        assert!(listed("index.html").contains("href=\"./kept/\""));
    }

    #[test]
    fn two_stories_of_one_name_and_unfit_names_are_errors() {
        let scratch = Scratch::new("c");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        std::fs::create_dir_all(engine.join("elsewhere")).unwrap();
        let a = story_file(&engine, "same.txt", GOOD);
        let b = story_file(&engine.join("elsewhere"), "same.txt", GOOD);
        let odd = story_file(&engine, "a story.txt", GOOD);
        let outcome = publish(&engine, &out, &[a, b, odd], Layout::Folders, None).unwrap();
        assert!(outcome.published.is_empty());
        assert_eq!(outcome.failed.len(), 3, "{:?}", outcome.failed);
        assert!(outcome
            .failed
            .iter()
            .any(|e| e.contains("same name \"same\"")));
        assert!(outcome.failed.iter().any(|e| e.contains("a story.txt")));
        assert!(!out.join("same").exists());
    }

    #[test]
    fn the_embed_usage_names_every_option() {
        let usage = embed_usage("a-story");
        assert!(usage.contains("data-faq-widget=\"a-story\""));
        for (name, attribute) in OPTIONS
            .iter()
            .map(|o| (o.name, o.attribute))
            .chain(all_texts().map(|t| (t.name, t.attribute)))
        {
            assert!(usage.contains(attribute), "{attribute}");
            assert!(
                usage.contains(name) || attribute.starts_with("data-text-"),
                "{name}"
            );
        }
        assert!(usage.starts_with("/*") && usage.ends_with("*/"));
        assert_eq!(usage.matches("*/").count(), 1, "one comment");
    }
}
