//! The engine: the files every published story shares, made once from
//! trunk's build (`faq-publish engine <dir>`, trunk's post-build hook).
//!
//! From trunk's folder it makes:
//! - the standalone page's wasm and glue, with short import and export
//!   names in both ([`wasm_names`]) and the glue minified, named after
//!   their content;
//! - the loader, a file (a strict Content-Security-Policy blocks inline
//!   code) that works the accordion, waits for the first paint, finds the
//!   wasm beside itself and registers the service worker ([`scripts`]);
//! - the `<noscript>` stylesheet;
//! - `faq-embed-<hash>.js`, the embed engine: the embed build's wasm
//!   ([`tools`]) inside the runtime of `js/embed.js`, which every story's
//!   embed script loads once per host page;
//! - `faq-engine.json`, the [`Engine`] manifest: these names, the page
//!   template (trunk's page, its loader in a file) and a fingerprint of the
//!   sources, so `scripts/publish` knows when the engine is out of date.
//!
//! trunk's stylesheets and icon keep trunk's content-hashed names. Every
//! shared file's name changes with its content, so a host can cache them
//! forever.

pub mod scripts;
pub mod tools;
mod wasm_names;

use crate::error::{io_at, ErrorKind, PublishError, Result};
use crate::files::{file_names, read, read_text, short_hash, source_dir, write};
use crate::page::edits;
use crate::page::newsroom::{BUILT_IN, FRONT_PAGE};
use faq_core::Language;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The manifest of an engine folder (`faq-engine.json`).
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Engine {
    /// [`fingerprint`] of the sources the engine was built from.
    pub fingerprint: String,
    /// The code of the language the engine is built for (`FAQ_LANG`): its
    /// stemmer and its words. Manifests from before languages are English.
    #[serde(default = "english")]
    pub language: String,
    /// Every file the stories share, by name in the engine folder.
    pub files: Vec<String>,
    /// The standalone page's wasm-bindgen glue (an ES module) and wasm.
    pub glue: String,
    pub wasm: String,
    /// The `<noscript>` stylesheet.
    pub noscript: String,
    /// The embed engine.
    pub embed: String,
    /// The runtime of a story's embed script (`js/embed-story.js`),
    /// minified.
    pub story_script: String,
    /// The service worker (`js/sw.js`), minified; the publisher puts the
    /// list of shared files before it.
    pub service_worker: String,
    /// The offline page's script, ready to inline: the standalone glue and
    /// packed wasm, then its loader (`js/unpack-wasm.js` and
    /// `js/offline-loader.js`, minified).
    pub offline_loader: String,
    /// The standalone page: trunk's page with its loader in a file; the
    /// publisher adds a story to it.
    pub page: String,
    /// The site's front page: its template (`templates/front.html`), its script
    /// and styles, and the engine that searches every story of the
    /// language (`crates/faq-site-search`), glue and wasm. None of these is part
    /// of a story page. Empty in a manifest from before front pages.
    #[serde(default)]
    pub front_page: FrontPage,
}

/// The files of a site's front page that an engine brings.
#[derive(Serialize, Deserialize, Debug, Clone, Default)]
pub struct FrontPage {
    pub template: String,
    pub script: String,
    pub styles: String,
    pub site_glue: String,
    pub site_wasm: String,
}

pub const MANIFEST: &str = "faq-engine.json";

/// The language of a manifest or listing written before languages.
pub(crate) fn english() -> String {
    "en".into()
}

/// The language `FAQ_LANG` names (BCP 47; English when unset), the one an
/// engine is built for: an unknown code is an error naming those supported.
pub fn build_language() -> Result<Language> {
    match std::env::var("FAQ_LANG") {
        Ok(tag) => Language::parse(&tag)
            .map_err(|e| PublishError::new(ErrorKind::UnknownLanguage(e)).at("FAQ_LANG")),
        Err(_) => Ok(Language::English),
    }
}

impl Engine {
    /// The engine in `dir`, as its manifest describes it.
    pub fn read(dir: &Path) -> Result<Engine> {
        let path = dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| PublishError::new(ErrorKind::NoEngine(e)).at(&path))?;
        serde_json::from_str(&text).map_err(|e| PublishError::new(ErrorKind::Json(e)).at(&path))
    }

    /// Fails unless the engine is built for `language` (BCP 47 `tag`, as
    /// the publisher was given it).
    pub fn check_language(&self, dir: &Path, language: Language, tag: &str) -> Result<()> {
        if self.language == language.code() {
            Ok(())
        } else {
            Err(PublishError::new(ErrorKind::EngineLanguage {
                built: self.language.clone(),
                wanted: tag.to_owned(),
            })
            .at(dir))
        }
    }
}

/// Whether the engine in `dir` was built from the sources as they are now
/// (its manifest's fingerprint is [`fingerprint`]) and for the language of
/// `FAQ_LANG`; `Err` says why not.
pub fn is_current(dir: &Path) -> Result<()> {
    let engine = Engine::read(dir)?;
    let language = build_language()?;
    engine.check_language(dir, language, language.code())?;
    if engine.fingerprint == fingerprint()? {
        Ok(())
    } else {
        Err(PublishError::new(ErrorKind::EngineOutdated).at(dir))
    }
}

/// Makes the engine in trunk's built folder `dir` (see the module comment).
pub fn make(dir: &Path) -> Result<Engine> {
    let language = build_language()?;
    let index = dir.join("index.html");
    let mut html = read_text(&index)?;
    let in_index = |error: PublishError| error.at(&index);

    let names = file_names(dir)?;
    let find = |test: &dyn Fn(&str) -> bool, what: &'static str| {
        names
            .iter()
            .find(|name| test(name))
            .cloned()
            .ok_or_else(|| PublishError::new(ErrorKind::MissingBuildFile(what)).at(dir))
    };
    let glue_name = find(
        &|n| n.starts_with("faq-widget-") && n.ends_with(".js") && !n.contains("_bg"),
        "faq-widget-<hash>.js",
    )?;
    let wasm_name = find(
        &|n| n.starts_with("faq-widget-") && n.ends_with("_bg.wasm"),
        "faq-widget-<hash>_bg.wasm",
    )?;
    // The three wasm builds' slow part, wasm-opt (one core each, about
    // 23 s for the page's and the embed's wasm, 10 s for the front page's),
    // runs at once: the page's wasm (trunk's pass is off, see
    // [`tools::wasm_opt_flags`]) beside the embed's and the front page's
    // builds, whose cargo runs take turns under cargo's lock.
    let page_wasm = dir.join(&wasm_name);
    let (page, embed, site) = std::thread::scope(|scope| {
        let page = scope.spawn(|| optimize_page(&page_wasm));
        let embed = scope.spawn(tools::embed_build);
        let site = scope.spawn(tools::site_build);
        let joined = "a build thread does not panic";
        (
            page.join().expect(joined),
            embed.join().expect(joined),
            site.join().expect(joined),
        )
    });
    page?;
    let (built, embed_wasm, embed_glue) = embed?;
    let site = site?;

    let (wasm, glue) = wasm_names::shorten(&read(&page_wasm)?, &read_text(&dir.join(&glue_name))?)
        .map_err(|e| PublishError::new(ErrorKind::WasmNames(e)).at(dir.join(&wasm_name)))?;
    let glue = tools::minified(&glue, true)?;
    let content = short_hash(&[wasm.as_slice(), glue.as_bytes()].concat());
    let (new_glue, new_wasm) = (
        format!("faq-widget-{content}.js"),
        format!("faq-widget-{content}_bg.wasm"),
    );
    write(&dir.join(&new_wasm), &wasm)?;
    write(&dir.join(&new_glue), &glue)?;
    for old in [&glue_name, &wasm_name] {
        let path = dir.join(old);
        std::fs::remove_file(&path).map_err(io_at(&path))?;
    }
    let renamed = [
        (glue_name.clone(), new_glue.clone()),
        (wasm_name.clone(), new_wasm.clone()),
    ];
    html = edits::rename_references(&html, &renamed).map_err(in_index)?;

    let inline = edits::inline_module_scripts(&html).map_err(in_index)?;
    if inline.len() != 1 {
        return Err(in_index(
            ErrorKind::Loader {
                found: inline.len(),
            }
            .into(),
        ));
    }
    let save = scripts::save_script()?;
    let save_name = format!("save-{}.js", short_hash(save.as_bytes()));
    write(&dir.join(&save_name), &save)?;
    let loader = scripts::page_loader(&new_glue, &new_wasm, &save_name, language)?;
    let loader_name = format!("loader-{}.js", short_hash(loader.as_bytes()));
    write(&dir.join(&loader_name), &loader)?;
    html = edits::load_scripts_from_files(&html, &[loader_name]).map_err(in_index)?;

    let noscript = read_text(&source_dir().join("styles/noscript.css"))?;
    let noscript_name = format!("noscript-{}.css", short_hash(noscript.as_bytes()));
    write(&dir.join(&noscript_name), &noscript)?;

    let (embed_wasm, embed_glue) =
        wasm_names::shorten(&read(&embed_wasm)?, &read_text(&embed_glue)?)
            .map_err(|e| PublishError::new(ErrorKind::WasmNames(e)).at(&embed_wasm))?;
    let _ = std::fs::remove_dir_all(&built);
    let embed = scripts::embed_engine(&embed_glue, &embed_wasm)?;
    let embed_name = format!("faq-embed-{}.js", short_hash(embed.as_bytes()));
    write(&dir.join(&embed_name), &embed)?;

    let front_page = make_front_page(dir, site)?;

    std::fs::remove_file(&index).map_err(io_at(&index))?;
    let engine = Engine {
        fingerprint: fingerprint()?,
        language: language.code().into(),
        files: file_names(dir)?
            .into_iter()
            .filter(|name| name != MANIFEST)
            .collect(),
        glue: new_glue,
        wasm: new_wasm,
        noscript: noscript_name,
        embed: embed_name,
        story_script: scripts::story_runtime(dir, &names, language)?,
        // A classic script, minified as a module so that its top-level
        // names are shortened too: nothing outside it names them, and the
        // `FILES` the publisher puts before it is left as it is.
        service_worker: tools::minified(&scripts::script("sw.js")?, true)?,
        offline_loader: scripts::offline_loader(&glue, &wasm, language)?,
        page: html,
        front_page,
    };
    let manifest = serde_json::to_string_pretty(&engine).expect("a manifest serializes");
    write(&dir.join(MANIFEST), manifest)?;
    println!(
        "faq-publish: made the engine in {} ({} shared files)",
        dir.display(),
        engine.files.len()
    );
    Ok(engine)
}

/// The front page's files in `dir`, each named by its content: the site's
/// search engine for the engine's language ([`tools::site_build`]'s folder, wasm
/// and glue; short wasm names, glue minified), the
/// front page's script and styles; and its template.
fn make_front_page(
    dir: &Path,
    (built, wasm, glue): (PathBuf, PathBuf, PathBuf),
) -> Result<FrontPage> {
    let (wasm, glue) = wasm_names::shorten(&read(&wasm)?, &read_text(&glue)?)
        .map_err(|e| PublishError::new(ErrorKind::WasmNames(e)).at(&wasm))?;
    let _ = std::fs::remove_dir_all(&built);
    let glue = tools::minified(&glue, true)?;
    let content = short_hash(&[wasm.as_slice(), glue.as_bytes()].concat());
    let (site_glue, site_wasm) = (
        format!("faq-site-{content}.js"),
        format!("faq-site-{content}_bg.wasm"),
    );
    write(&dir.join(&site_glue), &glue)?;
    write(&dir.join(&site_wasm), &wasm)?;
    let script = scripts::front_page()?;
    let script_name = format!("front-page-{}.js", short_hash(script.as_bytes()));
    write(&dir.join(&script_name), &script)?;
    let styles = read_text(&source_dir().join("styles/site.css"))?;
    let styles_name = format!("site-{}.css", short_hash(styles.as_bytes()));
    write(&dir.join(&styles_name), &styles)?;
    Ok(FrontPage {
        template: read_text(&source_dir().join(BUILT_IN).join(FRONT_PAGE))?,
        script: script_name,
        styles: styles_name,
        site_glue,
        site_wasm,
    })
}

/// Optimizes the page's wasm in trunk's folder, as trunk would for a
/// release build; a debug build (`trunk serve`) stays as it is.
fn optimize_page(wasm: &Path) -> Result<()> {
    if std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile == "debug") {
        return Ok(());
    }
    tools::optimize(wasm)
}

/// What the engine is built from, in the project's folder: the sources of
/// the widget, the search core and this crate, the page, scripts, styles
/// and the build settings.
const ENGINE_SOURCES: [&str; 13] = [
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    BUILT_IN,
    "crates/faq-site-search",
    "src",
    "styles",
    "assets",
    "js",
    "vendor",
    "crates/faq-core",
    "crates/faq-publish/src",
    "crates/faq-publish/Cargo.toml",
];

/// A hash of every file of [`ENGINE_SOURCES`], names and contents: it
/// changes when anything the engine is built from changes.
pub fn fingerprint() -> Result<String> {
    fn walk(dir: &Path, root: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
        if dir.is_file() {
            files.push(dir.strip_prefix(root).unwrap_or(dir).to_path_buf());
            return Ok(());
        }
        let entries = std::fs::read_dir(dir).map_err(io_at(dir))?;
        for entry in entries {
            let path = entry.map_err(io_at(dir))?.path();
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            walk(&path, root, files)?;
        }
        Ok(())
    }
    let root = source_dir();
    let mut files = Vec::new();
    for source in ENGINE_SOURCES {
        walk(&root.join(source), &root, &mut files)?;
    }
    files.sort();
    let mut all = Vec::new();
    for file in files {
        all.extend_from_slice(file.to_string_lossy().as_bytes());
        all.push(0);
        all.extend(read(&root.join(&file))?);
        all.push(0);
    }
    Ok(short_hash(&all))
}
