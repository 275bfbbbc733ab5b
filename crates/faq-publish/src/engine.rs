//! The engine: the files every published story shares, made once from
//! trunk's build (`faq-publish engine <dir>`, trunk's post-build hook).
//!
//! From trunk's folder it makes:
//! - the standalone page's wasm and glue, with short import and export
//!   names in both (see `wasm_names`) and the glue minified, named after
//!   their content;
//! - the loader, a file (a strict Content-Security-Policy blocks inline
//!   code) that waits for the first paint, finds the wasm beside itself
//!   and registers the service worker;
//! - the `<noscript>` stylesheet;
//! - `faq-embed-<hash>.js`, the embed engine: the embed build's wasm inside
//!   the runtime of `js/embed.js`, which every story's small embed script
//!   loads once per host page;
//! - `faq-engine.json`, the [`Engine`] manifest: these names, the page
//!   template (trunk's page, its loader in a file) and a fingerprint of the
//!   sources, so `scripts/publish` knows when the engine is out of date.
//!
//! trunk's stylesheets and icon keep trunk's content-hashed names. Every
//! shared file's name changes with its content, so a host can cache them
//! forever.

use crate::page;
use crate::tools::{
    file_names, minified, read, read_text, run, script, short_hash, source_dir, temporary_dir,
    write,
};
use crate::wasm_names;
use faq_core::Language;
use faq_widget::contract::{class, EMBED_ATTRIBUTE, MOUNT_ID, READY_ATTRIBUTE};
use faq_widget::options::EMBEDDED_HEADING_LEVEL;
use faq_widget::ui_text::{Text, UiText};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;

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
    /// The offline page's loader (`js/unpack-wasm.js` and
    /// `js/offline-loader.js`), minified; the publisher puts the glue and
    /// the packed wasm before it.
    pub offline_loader: String,
    /// The standalone page: trunk's page with its loader in a file; the
    /// publisher adds a story to it.
    pub page: String,
}

pub const MANIFEST: &str = "faq-engine.json";

/// The language of a manifest or listing written before languages.
pub(crate) fn english() -> String {
    "en".into()
}

/// The language `FAQ_LANG` names (BCP 47; English when unset), the one an
/// engine is built for: an unknown code is an error naming those supported.
pub fn build_language() -> Result<Language, String> {
    match std::env::var("FAQ_LANG") {
        Ok(tag) => Language::parse(&tag).map_err(|e| format!("FAQ_LANG: {e}")),
        Err(_) => Ok(Language::English),
    }
}

impl Engine {
    /// The engine in `dir`, as its manifest describes it.
    pub fn read(dir: &Path) -> Result<Engine, String> {
        let path = dir.join(MANIFEST);
        let text = read_text(&path).map_err(|e| {
            format!(
                "{e}; build the engine first (scripts/publish does, or `trunk build --release`)"
            )
        })?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// Whether the engine in `dir` was built from the sources as they are now
/// (its manifest's fingerprint is [`fingerprint`]) and for the language of
/// `FAQ_LANG`; `Err` says why not.
pub fn is_current(dir: &Path) -> Result<(), String> {
    let engine = Engine::read(dir)?;
    let language = build_language()?.code();
    if engine.language != language {
        Err(format!(
            "the engine in {} is built for {}, not {language}",
            dir.display(),
            engine.language
        ))
    } else if engine.fingerprint == fingerprint()? {
        Ok(())
    } else {
        Err(format!(
            "the engine in {} was built from other sources",
            dir.display()
        ))
    }
}

/// Makes the engine in trunk's built folder `dir` (see the module comment).
pub fn make(dir: &Path) -> Result<Engine, String> {
    let language = build_language()?;
    let index = dir.join("index.html");
    let mut html = read_text(&index)?;
    let in_index = |error: String| format!("{}: {error}", index.display());

    let names = file_names(dir)?;
    let find = |test: &dyn Fn(&str) -> bool, what: &str| {
        names
            .iter()
            .find(|name| test(name))
            .cloned()
            .ok_or_else(|| format!("{}: no {what}", dir.display()))
    };
    let glue_name = find(
        &|n| n.starts_with("faq-widget-") && n.ends_with(".js"),
        "faq-widget-<hash>.js",
    )?;
    let wasm_name = find(&|n| n.ends_with("_bg.wasm"), "<name>_bg.wasm")?;
    let (wasm, glue) = wasm_names::shorten(
        &read(&dir.join(&wasm_name))?,
        &read_text(&dir.join(&glue_name))?,
    )
    .map_err(|e| format!("{wasm_name}: {e}"))?;
    let glue = minified(&glue, true)?;
    let content = short_hash(&[wasm.as_slice(), glue.as_bytes()].concat());
    let (new_glue, new_wasm) = (
        format!("faq-widget-{content}.js"),
        format!("faq-widget-{content}_bg.wasm"),
    );
    write(&dir.join(&new_wasm), &wasm)?;
    write(&dir.join(&new_glue), &glue)?;
    for old in [&glue_name, &wasm_name] {
        std::fs::remove_file(dir.join(old)).map_err(|e| format!("{old}: {e}"))?;
    }
    let renamed = [
        (glue_name.clone(), new_glue.clone()),
        (wasm_name.clone(), new_wasm.clone()),
    ];
    html = page::rename_references(&html, &renamed).map_err(in_index)?;

    let inline = page::inline_module_scripts(&html).map_err(in_index)?;
    if inline.len() != 1 {
        return Err(in_index(format!(
            "expected trunk's one inline loader, found {} inline module scripts",
            inline.len()
        )));
    }
    let accordion = accordion_script(language, &[&script("page-loader.js")?])?;
    let loader = minified(
        &format!(
            "const GLUE = \"./{new_glue}\", WASM = \"./{new_wasm}\";\n{accordion}\n{}\n{}\n{}",
            script("after-first-paint.js")?,
            script("register-service-worker.js")?,
            script("page-loader.js")?,
        ),
        true,
    )?;
    let loader_name = format!("loader-{}.js", short_hash(loader.as_bytes()));
    write(&dir.join(&loader_name), &loader)?;
    html = page::load_scripts_from_files(&html, &[loader_name]).map_err(in_index)?;

    let noscript = read_text(&source_dir().join("styles/noscript.css"))?;
    let noscript_name = format!("noscript-{}.css", short_hash(noscript.as_bytes()));
    write(&dir.join(&noscript_name), &noscript)?;

    let embed = embed_engine()?;
    let embed_name = format!("faq-embed-{}.js", short_hash(embed.as_bytes()));
    write(&dir.join(&embed_name), &embed)?;

    std::fs::remove_file(&index).map_err(|e| format!("{}: {e}", index.display()))?;
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
        // Minified as a module, so that terser shortens its top-level
        // names: the publisher puts it inside a function with the story.
        story_script: minified(&story_runtime(dir, &names, language)?, true)?,
        // A classic script, minified as a module so that its top-level
        // names are shortened too: nothing outside it names them, and the
        // `FILES` the publisher puts before it is left as it is.
        service_worker: minified(&script("sw.js")?, true)?,
        offline_loader: minified(
            &format!(
                "{}\n{}\n{}",
                accordion_script(language, &[&script("offline-loader.js")?])?,
                script("unpack-wasm.js")?,
                script("offline-loader.js")?
            ),
            true,
        )?,
        page: html,
    };
    let manifest = serde_json::to_string_pretty(&engine).map_err(|e| e.to_string())?;
    write(&dir.join(MANIFEST), manifest)?;
    println!(
        "faq-publish: made the engine in {} ({} shared files)",
        dir.display(),
        engine.files.len()
    );
    Ok(engine)
}

/// The embed engine: the embed build's wasm and glue inside `js/embed.js`.
fn embed_engine() -> Result<String, String> {
    let source = source_dir();
    // `rustc --crate-type cdylib`: built as both of the lib's crate types
    // (`cdylib` and `rlib`), LTO keeps every Snowball stemmer, not only the
    // engine's language's (+129 KB gzip, measured).
    run(Command::new("cargo").current_dir(&source).args([
        "rustc",
        "--locked",
        "--release",
        "--quiet",
        "--target",
        "wasm32-unknown-unknown",
        "--lib",
        "-p",
        "faq-widget",
        "--no-default-features",
        "--features",
        "embed",
        "--crate-type",
        "cdylib",
    ]))?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| source.join("target"));
    let out = temporary_dir("faq-embed")?;
    run(Command::new("wasm-bindgen")
        .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(target.join("wasm32-unknown-unknown/release/faq_widget.wasm")))?;
    let wasm_path = out.join("faq_widget_bg.wasm");
    // The flags of the standalone page's wasm (see index.html).
    run(Command::new("wasm-opt")
        .args([
            "-Oz",
            "--low-memory-unused",
            "--converge",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
        ])
        .arg(&wasm_path)
        .arg("-o")
        .arg(&wasm_path))?;
    let (wasm, glue) =
        wasm_names::shorten(&read(&wasm_path)?, &read_text(&out.join("faq_widget.js"))?)
            .map_err(|e| format!("the embed build's wasm: {e}"))?;
    let _ = std::fs::remove_dir_all(&out);
    let code = format!(
        "(() => {{\n{glue}\nconst PACKED_WASM = \"{}\";\n{}\n{}\n}})();\n",
        crate::tools::packed_wasm(&wasm)?,
        script("unpack-wasm.js")?,
        script("embed.js")?
    );
    minified(&code, false)
}

/// `js/accordion.js` with the constants it reads, and those of the
/// `callers` that use it, as far as they name them: the classes of the page
/// contract (by their names in `faq_widget::contract::class::ALL`, as
/// `CLASS.itemPanel` or in a quoted list, `'widget widgetStatic'`), the
/// ready attribute, the mount element's id, and the engine language's
/// defaults (`DEFAULTS.name`: its code and direction, the words of "Show
/// all" and "Hide all", an embedded widget's heading level).
fn accordion_script(language: Language, callers: &[&str]) -> Result<String, String> {
    let accordion = script("accordion.js")?;
    let sources: Vec<&str> = std::iter::once(accordion.as_str())
        .chain(callers.iter().copied())
        .collect();
    let text = UiText::for_language(language);
    let classes: Vec<(&str, serde_json::Value)> = class::ALL
        .iter()
        .map(|(name, value)| (*name, (*value).into()))
        .collect();
    let defaults: Vec<(&str, serde_json::Value)> = vec![
        ("lang", language.code().into()),
        (
            "dir",
            if language.is_right_to_left() {
                "rtl"
            } else {
                "ltr"
            }
            .into(),
        ),
        ("showAll", text.get(Text::ShowAll).as_str().into()),
        ("hideAll", text.get(Text::HideAll).as_str().into()),
        ("headingLevel", EMBEDDED_HEADING_LEVEL.into()),
    ];
    Ok(format!(
        "const CLASS = {}, READY = {}, MOUNT_ID = {}, DEFAULTS = {};\n{accordion}",
        used("CLASS", &classes, &sources)?,
        serde_json::json!(READY_ATTRIBUTE),
        serde_json::json!(MOUNT_ID),
        used("DEFAULTS", &defaults, &sources)?,
    ))
}

/// The entries of `object` (`CLASS`, `DEFAULTS`) that `sources` name, as a
/// JSON object: as `DEFAULTS.hideAll`; a class also quoted, alone or in a
/// list (`'itemPanel'`, `'widget widgetStatic'`), for `CLASS[name]`. A name
/// they use that `object` lacks would be `undefined` in the browser: an
/// error here.
fn used(
    object: &str,
    entries: &[(&str, serde_json::Value)],
    sources: &[&str],
) -> Result<serde_json::Value, String> {
    let known = |word: &str| entries.iter().any(|(name, _)| *name == word);
    let mut named = std::collections::BTreeSet::new();
    for source in sources {
        let prefix = format!("{object}.");
        for (at, _) in source.match_indices(&prefix) {
            let name: String = source[at + prefix.len()..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if !known(&name) {
                return Err(format!("js/: {object}.{name} is not defined by the engine build (crates/faq-publish/src/engine.rs)"));
            }
            named.insert(name);
        }
        for quoted in source.split('\'').filter(|_| object == "CLASS") {
            if quoted.split(' ').all(known) {
                named.extend(quoted.split(' ').map(str::to_owned));
            }
        }
    }
    Ok(serde_json::Value::Object(
        entries
            .iter()
            .filter(|(name, _)| named.contains(*name))
            .map(|(name, value)| ((*name).to_owned(), value.clone()))
            .collect(),
    ))
}

/// A story's embed script but for the story (`js/embed-story.js`): the
/// widget's stylesheet (trunk's minified `faq-<hash>.css` of `names`, in
/// `dir`), which every widget's shadow root adopts, with or without the
/// engine, and the accordion.
fn story_runtime(dir: &Path, names: &[String], language: Language) -> Result<String, String> {
    let styles = names
        .iter()
        .find(|n| n.starts_with("faq-") && n.ends_with(".css"))
        .ok_or_else(|| format!("{}: no faq-<hash>.css", dir.display()))?;
    let runtime = script("embed-story.js")?;
    Ok(format!(
        "const STYLES = {}, EMBED_ATTRIBUTE = {};\n{}\n{runtime}",
        serde_json::json!(read_text(&dir.join(styles))?),
        serde_json::json!(EMBED_ATTRIBUTE),
        accordion_script(language, &[&runtime])?,
    ))
}

/// What the engine is built from, in the project's folder: the sources of
/// the widget, the search core and this crate, the page, scripts, styles
/// and the build settings.
const ENGINE_SOURCES: [&str; 12] = [
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    "index.html",
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
pub fn fingerprint() -> Result<String, String> {
    fn walk(dir: &Path, root: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
        if dir.is_file() {
            files.push(dir.strip_prefix(root).unwrap_or(dir).to_path_buf());
            return Ok(());
        }
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scripts_get_the_constants_they_name_and_no_unknown_one() {
        let entries = [
            ("item", "faq-item".into()),
            ("showAll", "faq-show-all".into()),
            ("list", "faq-list".into()),
        ];
        let source = "all(CLASS.item); add(x, 'div', 'showAll item'); 'list of words'";
        assert_eq!(
            used("CLASS", &entries, &[source]).unwrap(),
            serde_json::json!({ "item": "faq-item", "showAll": "faq-show-all" })
        );
        let error = used("CLASS", &entries, &["CLASS.itemButon"]).unwrap_err();
        assert!(error.contains("CLASS.itemButon"), "{error}");
    }

    #[test]
    fn the_accordion_gets_the_engine_languages_words_and_what_its_caller_needs() {
        for caller in ["page-loader.js", "offline-loader.js", "embed-story.js"] {
            let source = script(caller).unwrap();
            let script = accordion_script(Language::Ukrainian, &[&source]).unwrap();
            assert!(
                script.contains("\"widgetStatic\":\"faq-widget--static\""),
                "{caller}"
            );
            assert!(
                script.contains("\"hideAll\":\"Сховати всі відповіді\""),
                "{caller}"
            );
            let embedded = caller == "embed-story.js";
            for default in [
                "\"lang\":\"uk\"",
                "\"dir\":\"ltr\"",
                "\"headingLevel\":3",
                "\"showAll\":\"Показати всі відповіді\"",
            ] {
                assert_eq!(script.contains(default), embedded, "{caller}: {default}");
            }
        }
    }
}
