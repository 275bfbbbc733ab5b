//! A publishing run: each story's files beside the shared engine, in milliseconds
//! and without cargo or trunk, and the site's own files.
//!
//! ```text
//! DIR/                 the engine's shared files, sw.js (service_worker), index.html and stories.json (listing)
//! DIR/<stem>/          one story's files (crate::story)
//! ```
//!
//! trunk's build publishes its one story flat instead ([`Layout::Flat`]):
//! the story's files beside the shared ones, as `dist/` always had them.
//!
//! A story that cannot be published (malformed, or a stem another story of
//! the run has) is reported with its `file:line` and fix, and nothing of it
//! is written: its earlier files stay. A story's files are all written to
//! temporary names first and renamed only then (`files::write_all`), and
//! the shared files before any story, so a page never names a file that is
//! not there.

mod listing;
mod records;
mod search_index;
mod service_worker;

use crate::engine::Engine;
use crate::error::{io_at, ErrorKind, PublishError, Result};
use crate::files::{read, write};
use crate::page::newsroom::{Templates, KEPT_FRONT};
use crate::story::{self, Parts};
use faq_core::Language;
use listing::write_listing;
use service_worker::write_service_worker;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where a story's files go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `DIR/<stem>/`, one folder per story, with `DIR/index.html` listing
    /// them.
    Folders,
    /// Beside the shared files: trunk's `dist/` of one story.
    Flat,
}

/// What a run did: the stories published, and the error of each story that
/// was not.
#[derive(Debug, Default)]
pub struct Outcome {
    pub published: Vec<String>,
    pub failed: Vec<PublishError>,
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
    synonyms: Option<&Path>,
) -> Result<Outcome> {
    publish_with_templates(engine_dir, out, stories, layout, tag, synonyms, None)
}

/// [`publish`], the stories' pages and the front page made from the
/// newsroom's templates in the folder `templates`, if given
/// ([`crate::page::newsroom`]).
pub fn publish_with_templates(
    engine_dir: &Path,
    out: &Path,
    stories: &[PathBuf],
    layout: Layout,
    tag: Option<&str>,
    synonyms: Option<&Path>,
    templates: Option<&Path>,
) -> Result<Outcome> {
    // A template folder without a page stops the run before anything is
    // written.
    let templates = templates.map(Templates::read).transpose()?;
    // A bad synonyms file stops the run before anything is written.
    let synonyms = match synonyms {
        Some(path) => {
            let bytes = read(path)?;
            let parsed = faq_core::Synonyms::parse(&path.display().to_string(), &bytes)
                .map_err(|e| PublishError::new(ErrorKind::Synonyms(e)))?;
            Some((parsed, bytes))
        }
        None => None,
    };
    let engine = Engine::read(engine_dir)?;
    let tag = tag.unwrap_or(&engine.language).to_owned();
    let language =
        Language::parse(&tag).map_err(|e| PublishError::new(ErrorKind::UnknownLanguage(e)))?;
    engine.check_language(engine_dir, language, &tag)?;
    std::fs::create_dir_all(out).map_err(io_at(out))?;
    copy_shared_files(&engine, engine_dir, out)?;
    if let Some(templates) = &templates {
        templates.install(out)?;
    }
    // A site keeps its newsroom's synonyms for its front page's search,
    // which later runs without the file make again.
    let synonyms = match synonyms {
        Some((synonyms, bytes)) => {
            if layout == Layout::Folders {
                search_index::keep_synonyms(out, &bytes)?;
            }
            Some(synonyms)
        }
        None => None,
    };
    let base = match layout {
        Layout::Folders => "../",
        Layout::Flat => "./",
    };
    let mut parts = Parts::new(
        &engine,
        engine_dir,
        language,
        &tag,
        base,
        out,
        templates.as_ref(),
    )?
    .with_synonyms(synonyms);
    if layout == Layout::Folders {
        let now = humantime::format_rfc3339_millis(std::time::SystemTime::now()).to_string();
        parts = parts.in_site(out, now)?;
    }

    let mut outcome = Outcome::default();
    let mut named = Vec::new();
    let mut by_stem: BTreeMap<String, Vec<&PathBuf>> = BTreeMap::new();
    for path in stories {
        match story::stem_of(path) {
            Ok(stem) => {
                by_stem.entry(stem.clone()).or_default().push(path);
                named.push((path, stem));
            }
            Err(error) => outcome.failed.push(error),
        }
    }
    for (path, stem) in named {
        let same = &by_stem[&stem];
        if same.len() > 1 {
            let others = same
                .iter()
                .filter(|other| **other != path)
                .map(|other| other.to_path_buf())
                .collect();
            outcome.failed.push(
                PublishError::new(ErrorKind::SameName {
                    name: stem.clone(),
                    others,
                })
                .at(path),
            );
            continue;
        }
        let dir = match layout {
            Layout::Folders => out.join(&stem),
            Layout::Flat => out.to_path_buf(),
        };
        match story::publish_story(&parts, path, &stem, &dir) {
            Ok(_) => outcome.published.push(stem),
            Err(error) => outcome.failed.push(error),
        }
    }
    match layout {
        Layout::Folders => refresh(out, &engine)?,
        // A story alone has no front page.
        Layout::Flat => write_service_worker(
            &engine,
            out,
            engine
                .files
                .iter()
                .filter(|f| !service_worker::is_front_page_file(f)),
        )?,
    }
    Ok(outcome)
}

/// Makes the site's own files from the stories in `out`, as their records
/// say: each language's search index, `sw.js`, the front page and
/// `stories.json`; then removes the index parts nothing refers to any more.
/// One run at a time, under a lock on `out/.faq-publish/lock`: a run writes
/// its stories first and reads every record only once it holds the lock,
/// so the last run to finish sees every story of every run, and runs in
/// parallel lose none. Each file is replaced whole (a temporary file, then
/// a rename), the front page last, so a run killed at any point leaves the
/// front page as it was or as it is after; the temporary files such a run
/// left are removed by the next.
pub fn refresh(out: &Path, engine: &Engine) -> Result<()> {
    let state = out.join(".faq-publish");
    std::fs::create_dir_all(&state).map_err(io_at(&state))?;
    let lock_path = state.join("lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(io_at(&lock_path))?;
    lock.lock().map_err(io_at(&lock_path))?;
    // A run killed part-way left its temporary files: in the site, in a
    // story's folder, in `search/<code>/` or in the run's state.
    crate::files::remove_abandoned_temporaries(out, 2);
    let stories = records::read_all(out, &engine.files)?;
    let (indexes, referred) = search_index::write_indexes(out, &stories)?;
    let files: std::collections::BTreeSet<&String> = stories
        .iter()
        .flat_map(|s| &s.record.engine)
        .chain(&engine.files)
        .collect();
    write_service_worker(engine, out, files)?;
    // The front page's template the site was given, if any, else the
    // engine's.
    let kept = out.join(KEPT_FRONT);
    let template = match kept.is_file() {
        true => crate::files::read_text(&kept)?,
        false => engine.front_page.template.clone(),
    };
    write_listing(engine, out, &template, &stories, &indexes)?;
    search_index::collect_garbage(out, &referred)?;
    // Made from the records now: a list of engines kept beside them would
    // be read, changed and written back by runs in parallel.
    let _ = std::fs::remove_file(out.join("engines.json"));
    let _ = std::fs::remove_file(out.join(".faq-publish.lock"));
    drop(lock);
    Ok(())
}

/// Copies the engine's shared files into `out`, skipping those already
/// there (a name means one content).
fn copy_shared_files(engine: &Engine, engine_dir: &Path, out: &Path) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::{file_names, temporary_dir};
    use crate::page::edits::published_story;

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

    pub(super) fn fake_engine_for_parallel(name: &str) -> PathBuf {
        fake_engine_in(name, "en")
    }

    /// A small engine folder for `language`, its shared files named `<n>`
    /// after it (`page-en.css`).
    fn fake_engine_in(name: &str, language: &str) -> PathBuf {
        let dir = temporary_dir(name).unwrap();
        let page = "<!doctype html><html lang=en><head><title>FAQ</title>\
            <link rel=stylesheet href=\"./page-1.css\">\
            <script type=module src=\"./loader-1.js\"></script></head>\
            <body><p><a href=\"./\" data-faq-home>Site</a></p>\
            <p data-faq-word=kicker lang=en dir=ltr>Explainer</p>\
            <h1 lang=en>Your questions</h1><div id=\"faq-widget\"><p>Loading</p></div>\
            <button type=button data-faq-save data-faq-word=save lang=en hidden>Save</button></body></html>";
        for (file, contents) in [
            ("page-1.css", "p{}"),
            ("loader-1.js", "import './glue-1.js'"),
            ("glue-1.js", "export default 1"),
            ("glue-1_bg.wasm", "\0asm"),
            ("noscript-1.css", "div{}"),
            (&format!("faq-embed-1-{language}.js"), "ENGINE"),
            ("front-page-1.js", "search()"),
            ("site-1.css", "form{}"),
            (&format!("faq-site-{language}.js"), "export default 1"),
            (&format!("faq-site-{language}_bg.wasm"), "\0asm"),
        ] {
            write(&dir.join(file), contents).unwrap();
        }
        let engine = Engine {
            language: language.into(),
            fingerprint: "f".into(),
            files: file_names(&dir).unwrap(),
            glue: "glue-1.js".into(),
            wasm: "glue-1_bg.wasm".into(),
            noscript: "noscript-1.css".into(),
            embed: format!("faq-embed-1-{language}.js"),
            story_script: "mount(STORY,NAME,ENGINE)".into(),
            service_worker: "self.FILES=FILES".into(),
            offline_loader: "await init()".into(),
            page: page.into(),
            front_page: crate::engine::FrontPage {
                template: "<!doctype html><html lang=en><head><title>Site</title></head>\
                    <body><main><h1>Explainers</h1><div id=\"faq-site\" data-text-list=\"Our explainers\"></div></main></body></html>"
                    .into(),
                script: "front-page-1.js".into(),
                styles: "site-1.css".into(),
                site_glue: format!("faq-site-{language}.js"),
                site_wasm: format!("faq-site-{language}_bg.wasm"),
            },
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
        file_names(dir)
            .unwrap()
            .into_iter()
            .map(|name| (name.clone(), std::fs::read(dir.join(&name)).unwrap()))
            .collect()
    }

    const GOOD: &str = "A summary.\nWho goes?\nThe French.\nWhen?\nIn May.\n";

    /// The story a published page carries, but for how common its words
    /// are, which every English story has (a letter a word): its text and
    /// its aliases.
    fn text_of(page: &str) -> faq_core::Story {
        let mut story = published_story(page).unwrap().1;
        let words = faq_core::build_index(&story);
        let index = faq_core::SearchIndex::from_bytes(&words).unwrap();
        assert_eq!(
            story.commonness.len(),
            index.term_count(),
            "a letter a word"
        );
        story.commonness.clear();
        story
    }

    /// The site's index of language `code`, as its front page names it.
    pub(super) fn site_index(out: &Path, code: &str) -> faq_core::site_index::SiteIndex {
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        let meta = std::fs::read_dir(out.join("search").join(code))
            .unwrap()
            .flatten()
            .map(|f| f.file_name().to_string_lossy().into_owned())
            .find(|name| name.starts_with("meta-") && front.contains(name.as_str()))
            .unwrap();
        let bytes = gunzip(&out.join("search").join(code).join(meta));
        faq_core::site_index::SiteIndex::from_meta(&bytes).unwrap()
    }

    fn gunzip(path: &Path) -> Vec<u8> {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap()),
            &mut bytes,
        )
        .unwrap();
        bytes
    }

    /// How many questions of the site's English index `query` finds, with
    /// the parts it needs loaded from `out`.
    fn found(out: &Path, query: &str) -> usize {
        let index = site_index(out, "en");
        let names: Vec<String> = (0..index.part_count())
            .map(|part| faq_core::site_index::name_text(index.part_name(part).unwrap()))
            .collect();
        let mut searcher = faq_core::Searcher::new(index);
        searcher
            .load_parts_for(query, |part| {
                gunzip(&out.join(format!("search/en/p-{}.bin", names[part])))
            })
            .unwrap();
        searcher.search(query, 10).total
    }

    #[test]
    fn one_more_story_is_analysed_alone_and_a_damaged_analysis_is_made_anew() {
        let scratch = Scratch::new("analysis");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let first: Vec<PathBuf> = (0..3)
            .map(|n| {
                let text = format!("Story {n}.\nWho pays for bridge {n}?\nThe city pays.\n");
                story_file(&engine, &format!("s{n}.txt"), &text)
            })
            .collect();
        publish(&engine, &out, &first, Layout::Folders, None, None).unwrap();
        let analysis = out.join(".faq-publish/analysis-en.bin");
        assert!(analysis.is_file());
        assert_eq!(found(&out, "bridge"), 3);

        // The next run reads no text of a story it has analysed: made
        // unreadable, they do not stop it, and their words are still found.
        let texts: Vec<(PathBuf, Vec<u8>)> = files_of(&out.join("search/en"))
            .into_iter()
            .filter(|(name, _)| name.starts_with("s-"))
            .map(|(name, bytes)| (out.join("search/en").join(name), bytes))
            .collect();
        assert_eq!(texts.len(), 3);
        for (path, _) in &texts {
            std::fs::write(path, "not a story").unwrap();
        }
        let more = story_file(
            &engine,
            "more.txt",
            "More.\nWho pays for the tunnel?\nThe region pays.\n",
        );
        publish(&engine, &out, &[more], Layout::Folders, None, None).unwrap();
        assert_eq!(site_index(&out, "en").story_count(), 4);
        assert_eq!(found(&out, "bridge"), 3);
        assert_eq!(found(&out, "tunnel"), 1);

        // A damaged analysis is not trusted: the run analyses every story
        // again, from their texts.
        for (path, bytes) in &texts {
            std::fs::write(path, bytes).unwrap();
        }
        let mut damaged = std::fs::read(&analysis).unwrap();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        std::fs::write(&analysis, &damaged).unwrap();
        publish(&engine, &out, &first[..1], Layout::Folders, None, None).unwrap();
        assert_ne!(std::fs::read(&analysis).unwrap(), damaged);
        assert_eq!(found(&out, "bridge"), 3);
        assert_eq!(found(&out, "pays"), 4);
    }

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
        let outcome = publish(&engine, &out, &[one, two], Layout::Folders, None, None).unwrap();
        assert_eq!(outcome.published, ["one", "two"]);
        assert!(outcome.failed.is_empty(), "{:?}", outcome.failed);
        for shared in [
            "page-1.css",
            "loader-1.js",
            "faq-embed-1-en.js",
            "sw.js",
            "index.html",
        ] {
            assert!(out.join(shared).is_file(), "{shared}");
        }
        let page = std::fs::read_to_string(out.join("one/index.html")).unwrap();
        assert!(page.contains("href=\"../page-1.css\""), "{page}");
        assert!(page.contains("src=\"../loader-1.js\""), "{page}");
        assert_eq!(
            text_of(&page),
            with_places(faq_core::corpus::parse("one", GOOD.as_bytes()).unwrap())
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
        // No offline file of its own: the page fills the engine's shell.
        assert!(!out.join("two/faq-offline.html").exists());
        let shell = file_names(&out)
            .unwrap()
            .into_iter()
            .find(|n| n.starts_with("faq-offline-"))
            .expect("the offline shell");
        assert!(
            two_page.contains(&format!("data-faq-save=\"../{shell}\"")),
            "{two_page}"
        );
        let shell_text = std::fs::read_to_string(out.join(&shell)).unwrap();
        for (name, mark) in crate::page::template::marks() {
            assert!(shell_text.contains(&mark), "{name}");
        }
        let embed = std::fs::read_to_string(out.join("two/faq-widget.js")).unwrap();
        assert!(embed.contains("ENGINE=\"../faq-embed-1-en.js\""), "{embed}");
        assert!(embed.contains("Because sea.") && !embed.contains("The French."));
        assert!(
            !shell_text.contains("../"),
            "the offline page needs no other file"
        );
        let sw = std::fs::read_to_string(out.join("sw.js")).unwrap();
        assert!(
            sw.contains("FILES = [")
                && sw.contains("\"./faq-embed-1-en.js\"")
                && !sw.contains("one/")
        );
        assert!(sw.contains("FRONT = [\"./faq-site-en.js\""), "{sw}");
        let listing = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(listing.contains("href=\"./one/\"") && listing.contains("href=\"./two/\""));
    }

    /// `story` with the readers' words of English that lead to its words,
    /// as the publisher gives it to its page.
    fn with_places(mut story: faq_core::Story) -> faq_core::Story {
        let english = faq_core::Language::English;
        story.aliases = faq_core::readers_words(english).for_story(&story, english);
        story
    }

    #[test]
    fn synonyms_go_with_the_stories_they_lead_to_and_a_bad_line_publishes_nothing() {
        let scratch = Scratch::new("synonyms");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let one = story_file(&engine, "one.txt", GOOD);
        let two = story_file(&engine, "two.txt", "Ships.\nWhy ships?\nBecause sea.\n");
        let file = engine.join("synonyms.txt");
        std::fs::write(
            &file,
            "# ours\nParis, Lutetia => French\nboats, vessels => ships\n",
        )
        .unwrap();
        publish(
            &engine,
            &out,
            &[one.clone(), two],
            Layout::Folders,
            None,
            Some(&file),
        )
        .unwrap();
        let page = std::fs::read_to_string(out.join("one/index.html")).unwrap();
        let story = text_of(&page);
        assert_eq!(
            story.aliases, "french\nfranc\nlutetia\npari\n\ngoe\nwent",
            "only the entries that lead to the story's own words: the newsroom's, then the places' and everyday words' (went, goes)"
        );
        let embed = std::fs::read_to_string(out.join("two/faq-widget.js")).unwrap();
        assert!(
            embed.contains("\\u001e\\n")
                && embed.contains("\\nship\\n")
                && embed.contains("\\nboat\\n")
                && embed.contains("\\nvessel\""),
            "{embed}"
        );
        // Bad lines: each one with its file and line, and nothing written.
        let bad = engine.join("bad.txt");
        std::fs::write(&bad, "US, America\nKremlin\nok, fine\n=> Russia\n").unwrap();
        let fresh = out.join("fresh");
        let error =
            publish(&engine, &fresh, &[one], Layout::Folders, None, Some(&bad)).unwrap_err();
        let message = error.to_string();
        let lines: Vec<&str> = message.lines().collect();
        assert!(
            lines.len() == 3
                && lines[0].starts_with(&format!("{}:2: ", bad.display()))
                && lines[1].starts_with(&format!("{}:4: ", bad.display()))
                && lines[2].contains("nothing was published"),
            "{message}"
        );
        assert!(!fresh.exists(), "nothing is published");
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
            None,
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
        // The page's own words are Arabic too, in the page's language.
        assert!(page.contains("<h1>ملخص القصة.</h1>"), "{page}");
        assert!(page.contains("<p data-faq-word=kicker>شرح</p>"), "{page}");
        assert!(
            page.contains("data-faq-word=save hidden>احفظ هذا الشرح"),
            "{page}"
        );
        assert!(
            page.contains("placeholder=\"مثلًا: حلف، الناتو"),
            "its own words: {page}"
        );
        let shell = file_names(&out)
            .unwrap()
            .into_iter()
            .find(|n| n.starts_with("faq-offline-"))
            .unwrap();
        let shell = std::fs::read_to_string(out.join(shell)).unwrap();
        assert!(shell.contains("<html lang=\"ar-EG\" dir=\"rtl\">"));
        // An engine of another language is refused, saying which it is.
        let error =
            publish(&arabic, &out, &[story], Layout::Folders, Some("uk"), None).unwrap_err();
        assert!(
            matches!(&error.kind, ErrorKind::EngineLanguage { built, wanted } if built == "ar" && wanted == "uk"),
            "{error}"
        );
        let error = publish(&arabic, &out, &[], Layout::Folders, Some("xx"), None).unwrap_err();
        assert!(
            matches!(error.kind, ErrorKind::UnknownLanguage(_)),
            "{error}"
        );
        // An English story beside it: the service worker keeps both engines.
        let english = story_file(&scratch.engine, "one.txt", GOOD);
        publish(
            &scratch.engine,
            &out,
            &[english],
            Layout::Folders,
            None,
            None,
        )
        .unwrap();
        let sw = std::fs::read_to_string(out.join("sw.js")).unwrap();
        assert!(
            sw.contains("\"./faq-embed-1-ar.js\"") && sw.contains("\"./faq-embed-1-en.js\""),
            "{sw}"
        );
        assert_eq!(
            sw.matches("\"./page-1.css\"").count(),
            1,
            "each file once: {sw}"
        );
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(
            front.contains("<a href=\"./salam/\" lang=\"ar-EG\" dir=\"rtl\">ملخص القصة.</a>"),
            "{front}"
        );
        assert!(
            front.contains("<span lang=\"ar\">العربية</span>"),
            "{front}"
        );
        // A search in each language; of two with one explainer each, English.
        assert!(
            front.contains("<option value=\"en\" lang=\"en\" selected>English</option>"),
            "{front}"
        );
        assert!(out.join("search/ar").is_dir() && out.join("search/en").is_dir());
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
            None,
        )
        .unwrap();
        assert_eq!(outcome.published, ["whole", "large"]);
        for (name, path, separate) in [("whole", whole, false), ("large", large, true)] {
            let page = std::fs::read_to_string(out.join(name).join("index.html")).unwrap();
            let expected = faq_core::corpus::parse("x", &std::fs::read(path).unwrap()).unwrap();
            let expected = with_places(expected);
            assert_eq!(text_of(&page), expected, "{name}");
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
    fn a_markdown_story_has_its_headline_dates_section_and_article_everywhere() {
        let scratch = Scratch::new("markdown");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let fixture = crate::files::source_dir().join("tests/fixtures/harbour-bridge.md");
        let bridge = story_file(
            &engine,
            "harbour-bridge.md",
            &std::fs::read_to_string(fixture).unwrap(),
        );
        // Updated before the bridge story, and published with no dates: the
        // run's time, which is later.
        let older = story_file(
            &engine,
            "older.md",
            "---\ntitle: Older & wiser\nupdated: 2026-11-27T23:00:00-01:00\nsection: Ferries\n---\nS.\n\n## Q?\n\nA.\n",
        );
        let plain = story_file(&engine, "plain.txt", GOOD);
        let outcome = publish(
            &engine,
            &out,
            &[bridge, older, plain],
            Layout::Folders,
            None,
            None,
        )
        .unwrap();
        assert!(outcome.failed.is_empty(), "{:?}", outcome.failed);
        let page = std::fs::read_to_string(out.join("harbour-bridge/index.html")).unwrap();
        let headline = "Harbour Bridge closure: what drivers need to know";
        assert!(
            page.contains(&format!("<title>{headline} · FAQ</title>")),
            "{page}"
        );
        assert!(
            page.contains(&format!("<h1>{headline}</h1>")),
            "the template's lang goes: {page}"
        );
        assert!(page.contains("<a href=\"../\" data-faq-home>"), "{page}");
        assert!(page.contains(
            "<p class=\"faq-story-about\"><span>Transport</span> · \
             <span>Published <time class=\"faq-story-about-published\" datetime=\"2026-11-20\">20 November 2026</time></span> · \
             <span>Updated <time class=\"faq-story-about-updated\" datetime=\"2026-11-28T09:30:00Z\">28 November 2026</time></span> · \
             <a href=\"https://news.example/transport/harbour-bridge\" rel=\"noopener\">news.example/transport/harbour-bridge</a></p>"
        ), "{page}");
        let article = page
            .split("<script type=\"application/ld+json\">")
            .filter_map(|s| s.split("</script>").next())
            .filter_map(|json| serde_json::from_str::<serde_json::Value>(json).ok())
            .find(|json| json["@type"] == "NewsArticle")
            .expect("a NewsArticle");
        assert_eq!(article["headline"], headline);
        assert_eq!(article["datePublished"], "2026-11-20");
        assert_eq!(article["dateModified"], "2026-11-28T09:30:00Z");
        assert_eq!(article["articleSection"], "Transport");
        assert_eq!(article["keywords"], serde_json::json!(["roads", "ferries"]));
        assert_eq!(
            article["url"],
            "https://news.example/transport/harbour-bridge"
        );
        // Structured answers: the lines carry them, the page shows lists.
        assert!(
            page.contains("<ul><li>the <strong>ferry</strong> from Quay Street"),
            "{page}"
        );
        assert!(page.contains("<ol><li>Keep your old pass.</li>"), "{page}");
        assert_eq!(text_of(&page).faqs.len(), 4);

        let listing: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("stories.json")).unwrap())
                .unwrap();
        let names: Vec<&str> = listing
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            ["plain", "harbour-bridge", "older"],
            "newest updated first"
        );
        let bridge = &listing[1];
        assert_eq!(bridge["headline"], headline);
        assert_eq!(bridge["section"], "Transport");
        assert_eq!(bridge["updated"], "2026-11-28T09:30:00Z");
        assert_eq!(bridge["date"], "2026-11-20");
        assert_eq!(bridge["tags"], serde_json::json!(["roads", "ferries"]));
        assert_eq!(
            bridge["url"],
            "https://news.example/transport/harbour-bridge"
        );
        assert_eq!(listing[0]["headline"], "A summary.");
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(front.contains("Older &amp; wiser"), "{front}");
        assert!(
            front.contains("<span lang=\"en\">Transport</span> · "),
            "{front}"
        );
        assert!(
            front.contains(
                "Updated <time datetime=\"2026-11-28T09:30:00Z\">28 November 2026</time>"
            ),
            "{front}"
        );

        // A story whose front matter names another language waits for its
        // own run, and says so.
        let spanish = story_file(
            &engine,
            "tarifa.md",
            "---\ntitle: La tarifa\nlang: es\n---\nS.\n\n## ¿Q?\n\nA.\n",
        );
        let outcome = publish(&engine, &out, &[spanish], Layout::Folders, None, None).unwrap();
        let message = outcome.failed[0].to_string();
        assert!(
            message.contains("`lang: es`, but this run publishes en"),
            "{message}"
        );
        assert!(!out.join("tarifa").exists());
    }

    #[test]
    fn the_front_page_speaks_its_sites_language_but_where_its_template_speaks() {
        let scratch = Scratch::new("front-words");
        let out = scratch.out.clone();
        let polish = fake_engine_in("front-words-pl", "pl");
        let story = |name: &str, questions: usize| {
            let pairs: String = (1..=questions)
                .map(|n| format!("Pytanie numer {n}?\nOdpowiedź numer {n}.\n"))
                .collect();
            story_file(
                &polish,
                name,
                &format!("Bilety tramwajowe drożeją.\n{pairs}"),
            )
        };
        let stories = [story("dwa.txt", 2), story("piec.txt", 5)];
        publish(&polish, &out, &stories, Layout::Folders, Some("pl"), None).unwrap();
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        // The built-in page is in the language of its explainers...
        assert!(front.contains("<html lang=\"pl\" dir=\"ltr\">"), "{front}");
        assert!(
            front.contains(">Przeszukaj wszystkie wyjaśnienia</label>"),
            "{front}"
        );
        // ...each count in its plural form...
        assert!(front.contains(" · 2 pytania · "), "{front}");
        assert!(
            front.contains(" · 5 pytań · Zaktualizowano <time datetime=\""),
            "{front}"
        );
        // ...and its script gets every form of the sentences with a number.
        assert!(
            front.contains("data-text-found-few=\"Znaleziono {count} pytania {explainers}\""),
            "{front}"
        );
        assert!(
            front.contains("data-text-explainers-one=\"w 1 wyjaśnieniu\""),
            "{front}"
        );
        assert!(
            front.contains("data-text-none=\"Żadne pytanie nie pasuje\""),
            "the widget's own words: {front}"
        );
        // A word the template sets stays its own.
        assert!(front.contains("Our explainers (2)"), "{front}");
        assert!(
            !front.contains("Search every explainer"),
            "no English: {front}"
        );

        // A newsroom's front page in Spanish, with words of its own for the
        // page and none for the search: Spanish for the search too.
        let templates = polish.join("periodico");
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::write(
            templates.join("front.html"),
            "<!doctype html><html lang=es><head><title data-faq-word=heading>X</title></head>\
             <body><h1>Nuestras claves</h1><p data-faq-word=standfirst lang=en>Every question</p>\
             <div id=\"faq-site\" data-text-found=\"{count} respuestas\"></div></body></html>",
        )
        .unwrap();
        publish_with_templates(
            &polish,
            &out,
            &[],
            Layout::Folders,
            Some("pl"),
            None,
            Some(&templates),
        )
        .unwrap();
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(
            front.contains("<html lang=es>"),
            "its own language: {front}"
        );
        assert!(
            front.contains("<title data-faq-word=heading>Explicaciones</title>"),
            "{front}"
        );
        assert!(front.contains("<h1>Nuestras claves</h1>"), "{front}");
        assert!(
            front.contains("<p data-faq-word=standfirst>Todas las preguntas de nuestros lectores"),
            "{front}"
        );
        assert!(
            front.contains(">Buscar en todas las explicaciones</label>"),
            "{front}"
        );
        assert!(front.contains("Todas las explicaciones (2)"), "{front}");
        assert!(front.contains(" · 5 preguntas · "), "{front}");
        // A sentence the template sets has only the template's forms.
        assert!(
            front.contains("data-text-found=\"{count} respuestas\""),
            "{front}"
        );
        assert!(!front.contains("data-text-found-one"), "{front}");
        let _ = std::fs::remove_dir_all(polish);
    }

    #[test]
    fn a_newsrooms_templates_make_its_pages_and_the_site_keeps_its_front_page() {
        let scratch = Scratch::new("templates");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let templates = engine.join("gazette");
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::write(
            templates.join("story.html"),
            "<!doctype html><html lang=en><head><title>The Gazette</title>\
             <link rel=stylesheet href=\"gazette.css\"></head><body>\
             <header><a href=\"/\" data-faq-home>The Gazette</a></header>\
             <p data-faq-word=kicker>Q&amp;A</p><h1>Questions</h1>\
             <div id=\"faq-widget\"></div></body></html>",
        )
        .unwrap();
        std::fs::write(
            templates.join("front.html"),
            "<!doctype html><html lang=en><head><title>Gazette explainers</title>\
             <link rel=stylesheet href=\"gazette.css\"></head><body><h1>All our Q&amp;As</h1>\
             <div id=\"faq-site\" data-text-list=\"Every Q&amp;A\"></div></body></html>",
        )
        .unwrap();
        std::fs::write(
            templates.join("gazette.css"),
            "body { color: navy } header { background: url(logo.svg) }",
        )
        .unwrap();
        std::fs::write(templates.join("logo.svg"), "<svg/>").unwrap();
        let stories: Vec<PathBuf> = (1..=10)
            .map(|n| {
                story_file(
                    &engine,
                    &format!("story-{n}.txt"),
                    &format!("Summary {n} of the Gazette's story.\nWhy {n}?\nBecause {n}.\n"),
                )
            })
            .collect();
        let outcome = publish_with_templates(
            &engine,
            &out,
            &stories,
            Layout::Folders,
            None,
            None,
            Some(&templates),
        )
        .unwrap();
        assert_eq!(outcome.published.len(), 10, "{:?}", outcome.failed);
        let page = std::fs::read_to_string(out.join("story-3/index.html")).unwrap();
        assert!(
            page.contains("<title>Summary 3 of the Gazette's story. · The Gazette</title>"),
            "{page}"
        );
        assert!(
            page.contains("<h1>Summary 3 of the Gazette's story.</h1>"),
            "{page}"
        );
        assert!(
            page.contains("href=\"../gazette.css\""),
            "its own files, rebased: {page}"
        );
        assert!(
            page.contains("<a href=\"../\" data-faq-home>The Gazette</a>"),
            "{page}"
        );
        assert!(
            page.contains("<p data-faq-word=kicker>Explainer</p>"),
            "{page}"
        );
        assert!(
            page.contains("src=\"../loader-1.js\""),
            "the engine's script: {page}"
        );
        assert!(
            !page.contains("page-1.css"),
            "not the built-in page's look: {page}"
        );
        assert!(page.contains("Because 3."), "the widget: {page}");
        assert!(out.join("gazette.css").is_file() && out.join("logo.svg").is_file());
        // The saved copy carries the stylesheet and the logo it names.
        let shell = file_names(&out)
            .unwrap()
            .into_iter()
            .find(|n| n.starts_with("faq-offline-"))
            .unwrap();
        let shell = std::fs::read_to_string(out.join(shell)).unwrap();
        assert!(
            shell.contains("header { background: url(\"data:image/svg+xml;base64,PHN2Zy8+\") }"),
            "{shell}"
        );
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(
            front.contains("All our Q&amp;As") && front.contains("Every Q&amp;A (10)"),
            "{front}"
        );
        // A later run without --template keeps the site's front page.
        let more = story_file(&engine, "story-11.txt", "Summary eleven.\nWhy?\nBecause.\n");
        publish(&engine, &out, &[more], Layout::Folders, None, None).unwrap();
        let front = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert!(front.contains("Every Q&amp;A (11)"), "{front}");
        // A folder with neither page is refused before anything is written.
        let empty = engine.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        assert!(publish_with_templates(
            &engine,
            &out,
            &[],
            Layout::Folders,
            None,
            None,
            Some(&empty)
        )
        .is_err());
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
            None,
        )
        .unwrap();
        let before = files_of(&out.join("story"));
        assert_eq!(before.len(), 4, "page, embed script, include and record");

        std::fs::write(&story, "A summary.\nWho goes?\n\nThe French.\n").unwrap();
        let good = story_file(&engine, "good.txt", GOOD);
        let outcome = publish(
            &engine,
            &out,
            &[story.clone(), good],
            Layout::Folders,
            None,
            None,
        )
        .unwrap();
        assert_eq!(outcome.published, ["good"]);
        assert_eq!(outcome.failed.len(), 1);
        let error = &outcome.failed[0];
        assert!(
            matches!(&error.kind, ErrorKind::Corpus(e) if e.line() == Some(3)),
            "{error}"
        );
        assert!(
            error
                .to_string()
                .starts_with(&format!("{}:3", story.display())),
            "{error}"
        );
        let after = files_of(&out.join("story"));
        assert_eq!(
            before, after,
            "the old files stay, byte for byte, with no temporary file"
        );
        let listing = std::fs::read_to_string(out.join("stories.json")).unwrap();
        assert!(listing.contains("\"story\"") && listing.contains("\"good\""));
    }

    #[test]
    fn a_story_whose_folder_was_deleted_leaves_the_listing_at_the_next_run() {
        let scratch = Scratch::new("gone");
        let (engine, out) = (scratch.engine.clone(), scratch.out.clone());
        let kept = story_file(&engine, "kept.txt", GOOD);
        let gone = story_file(&engine, "gone.txt", GOOD);
        publish(
            &engine,
            &out,
            &[kept.clone(), gone],
            Layout::Folders,
            None,
            None,
        )
        .unwrap();
        let listed = |file: &str| std::fs::read_to_string(out.join(file)).unwrap();
        assert!(listed("stories.json").contains("\"gone\""));
        assert!(listed("index.html").contains("href=\"./gone/\""));

        std::fs::remove_dir_all(out.join("gone")).unwrap();
        publish(&engine, &out, &[kept], Layout::Folders, None, None).unwrap();
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
        let outcome = publish(&engine, &out, &[a, b, odd], Layout::Folders, None, None).unwrap();
        assert!(outcome.published.is_empty());
        assert_eq!(outcome.failed.len(), 3, "{:?}", outcome.failed);
        let same = |e: &PublishError| matches!(&e.kind, ErrorKind::SameName { name, .. } if name == "same");
        assert_eq!(outcome.failed.iter().filter(|e| same(e)).count(), 2);
        assert!(outcome
            .failed
            .iter()
            .any(|e| matches!(e.kind, ErrorKind::UnfitName)
                && e.path
                    .as_deref()
                    .is_some_and(|p| p.ends_with("a story.txt"))));
        assert!(!out.join("same").exists());
    }
}

#[cfg(test)]
mod parallel_tests {
    use super::*;
    use crate::files::temporary_dir;

    /// Runs of the publisher at once into one folder, several times over:
    /// every story of every run is listed, searchable and kept.
    #[test]
    fn runs_in_parallel_lose_no_story() {
        let engine = super::tests::fake_engine_for_parallel("faq-parallel-engine");
        for round in 0..4 {
            let out = temporary_dir(&format!("faq-parallel-{round}")).unwrap();
            let stories = temporary_dir(&format!("faq-parallel-stories-{round}")).unwrap();
            let runs: Vec<Vec<PathBuf>> = (0..8)
                .map(|run| {
                    (0..3)
                        .map(|n| {
                            let path = stories.join(format!("r{run}-s{n}.txt"));
                            std::fs::write(&path, format!("Story {run} {n}.\nWho goes in run {run}?\nThe team of story {n}.\n")).unwrap();
                            path
                        })
                        .collect()
                })
                .collect();
            std::thread::scope(|scope| {
                for run in &runs {
                    let (engine, out) = (&engine, &out);
                    scope.spawn(move || {
                        publish(engine, out, run, Layout::Folders, None, None).unwrap()
                    });
                }
            });
            let listed = std::fs::read_to_string(out.join("stories.json")).unwrap();
            let front = std::fs::read_to_string(out.join("index.html")).unwrap();
            for run in 0..8 {
                for n in 0..3 {
                    let stem = format!("r{run}-s{n}");
                    assert!(
                        listed.contains(&format!("\"{stem}\"")),
                        "round {round}: {stem} listed"
                    );
                    assert!(
                        front.contains(&format!("href=\"./{stem}/\"")),
                        "round {round}: {stem} on the front page"
                    );
                }
            }
            // One index of all 24 stories.
            let index = super::tests::site_index(&out, "en");
            assert_eq!(index.story_count(), 24, "round {round}");
            let _ = std::fs::remove_dir_all(&out);
            let _ = std::fs::remove_dir_all(&stories);
        }
        let _ = std::fs::remove_dir_all(&engine);
    }
}
