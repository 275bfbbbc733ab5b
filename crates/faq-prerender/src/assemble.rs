//! Assembles the built folder after trunk's build (trunk's post-build
//! hook, through `scripts/post-build`):
//!
//! 1. moves trunk's inline loader into a file, so the page runs under a
//!    strict Content-Security-Policy (`script-src 'self'
//!    'wasm-unsafe-eval'`), and makes it wait for the first paint;
//! 2. renders the widget into `#faq-widget` with the options of that
//!    element, so the page reads before the wasm runs and without
//!    JavaScript, records its render key, adds the `<noscript>` styles and
//!    the JSON-LD, and writes `faq-widget.html`, a server-side include;
//! 3. writes `sw.js`, the service worker (`js/sw.js`) with the page's files;
//! 4. writes `faq-widget.js`, the embed script: the embed build's wasm
//!    inside the runtime of `js/embed.js`;
//! 5. writes `faq-offline.html`, the page as one file.
//!
//! First of all, the wasm's import and export names are shortened in the
//! wasm and its glue alike (see `wasm_names`), and the glue is minified.

use crate::page::{self, Inline};
use crate::render::{self, inert};
use crate::wasm_names;
use faq_widget::contract::EMBED_ATTRIBUTE;
use faq_widget::options::OPTIONS;
use faq_widget::ui_text::TEXTS;
use faq_widget::Explainer;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's folder: where `js/`, `styles/` and `examples/` are.
fn source_dir() -> PathBuf {
    std::env::var_os("TRUNK_SOURCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

fn short_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// A file of the project's `js/` folder.
fn script(name: &str) -> Result<String, String> {
    read_text(&source_dir().join("js").join(name))
}

/// Runs a tool, failing with its name and status.
fn run(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("{:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

/// `code` minified by terser (from npm), as a module or a classic script.
fn minified(code: &str, module: bool) -> Result<String, String> {
    let dir = temporary_dir("faq-terser")?;
    let (input, output) = (dir.join("in.js"), dir.join("out.js"));
    write(&input, code)?;
    let local = source_dir().join("node_modules/.bin/terser");
    let mut terser = Command::new(if local.exists() {
        local.into_os_string()
    } else {
        "terser".into()
    });
    terser
        .arg(&input)
        .args(["--compress", "passes=2", "--mangle", "--output"]);
    terser.arg(&output);
    if module {
        terser.arg("--module");
    }
    run(&mut terser)?;
    let result = read_text(&output);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn temporary_dir(name: &str) -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// The wasm gzipped, then base64-encoded, for `js/unpack-wasm.js`.
fn packed_wasm(wasm: &[u8]) -> Result<String, String> {
    use base64::Engine as _;
    use std::io::Write as _;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(wasm).map_err(|e| e.to_string())?;
    let gzipped = gzip.finish().map_err(|e| e.to_string())?;
    Ok(base64::engine::general_purpose::STANDARD.encode(gzipped))
}

/// Assembles the built folder `dir` (see the module comment).
pub fn assemble(dir: &Path) -> Result<(), String> {
    let index = dir.join("index.html");
    let mut html = read_text(&index)?;
    let in_index = |error: String| format!("{}: {error}", index.display());

    // 0. Short names in the wasm and its glue; the glue minified. Both
    // files are then named after what they now hold (trunk named them after
    // what it wrote), so that a name always means one content, whatever
    // this step does in a later version.
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
    let wasm = std::fs::read(dir.join(&wasm_name)).map_err(|e| e.to_string())?;
    let (wasm, glue) = wasm_names::shorten(&wasm, &read_text(&dir.join(&glue_name))?)
        .map_err(|e| format!("{wasm_name}: {e}"))?;
    let glue = minified(&glue, true)?;
    let content = short_hash(&[wasm.as_slice(), glue.as_bytes()].concat());
    let renamed = [
        (glue_name.clone(), format!("faq-widget-{content}.js")),
        (wasm_name.clone(), format!("faq-widget-{content}_bg.wasm")),
    ];
    write(&dir.join(&renamed[1].1), &wasm)?;
    write(&dir.join(&renamed[0].1), &glue)?;
    for (old, _) in &renamed {
        std::fs::remove_file(dir.join(old)).map_err(|e| format!("{old}: {e}"))?;
    }
    html = page::rename_references(&html, &renamed).map_err(in_index)?;

    // 1. The loader, in a file.
    let mut loaders = Vec::new();
    for body in page::inline_module_scripts(&html).map_err(in_index)? {
        let starts = "const wasm = await init";
        let Some(at) = body.find(starts) else {
            return Err("trunk's loader changed: no `const wasm = await init` to defer".into());
        };
        let mut code = format!(
            "{}{}\n{}\n{}",
            &body[..at],
            script("after-first-paint.js")?,
            body[at..].trim(),
            script("register-service-worker.js")?
        );
        // Trunk's loader names the glue and the wasm: by their new names.
        for (old, new) in &renamed {
            if !code.contains(old.as_str()) {
                return Err(format!(
                    "trunk's loader does not name {old}; cannot rename it"
                ));
            }
            code = code.replace(old.as_str(), new);
        }
        let code = minified(&code, true)?;
        let name = format!("loader-{}.js", short_hash(code.as_bytes()));
        write(&dir.join(&name), &code)?;
        loaders.push(name);
    }
    html = page::load_scripts_from_files(&html, &loaders).map_err(in_index)?;
    println!(
        "faq-prerender: moved {} inline loader script(s) into files",
        loaders.len()
    );

    // 2. The widget, prerendered with the mount element's options.
    let explainer = Explainer::built_in().map_err(|e| e.to_string())?;
    let widget;
    (html, widget) = prerender_into(&html, explainer.clone(), &[]).map_err(in_index)?;
    write(
        &dir.join("faq-widget.html"),
        format!("{}\n", render::include(&widget.html)),
    )?;
    let noscript = read_text(&source_dir().join("styles/noscript.css"))?;
    let noscript_name = format!("noscript-{}.css", short_hash(noscript.as_bytes()));
    write(&dir.join(&noscript_name), &noscript)?;
    html = page::append_to_head(
        &html,
        &format!(
            "<noscript><link rel=stylesheet href=\"./{noscript_name}\"></noscript>\
             <script type=\"application/ld+json\">{}</script>",
            render::json_ld(&explainer)
        ),
    )
    .map_err(in_index)?;
    if page::inline_scripts(&html).map_err(in_index)? > 0 {
        return Err(in_index(
            "an inline script is left; a strict CSP would block it".into(),
        ));
    }
    write(&index, &html)?;
    println!("faq-prerender: rendered the widget into index.html; wrote faq-widget.html");

    // 3. The service worker, with every file of the page so far.
    let mut files: Vec<String> = vec!["./".into()];
    files.extend(file_names(dir)?.into_iter().map(|name| format!("./{name}")));
    let version = short_hash(format!("{}{html}", files.join("\n")).as_bytes());
    let files_json = serde_json::to_string(&files).map_err(|e| e.to_string())?;
    write(
        &dir.join("sw.js"),
        format!(
            "const CACHE = 'faq-widget-{version}';\nconst FILES = {files_json};\n{}",
            script("sw.js")?
        ),
    )?;
    println!("faq-prerender: wrote sw.js ({} files)", files.len());

    // 4. The embed script.
    write(&dir.join("faq-widget.js"), embed_script()?)?;
    println!("faq-prerender: wrote faq-widget.js");
    for name in ["article.html", "article.css", "article-icon.svg"] {
        let from = source_dir().join("examples").join(name);
        std::fs::copy(&from, dir.join(name)).map_err(|e| format!("{}: {e}", from.display()))?;
    }

    // 5. The offline page, with the glue and wasm of step 0.
    let loader = format!(
        "\nconst GLUE_SOURCE = {};\nconst PACKED_WASM = \"{}\";\n{}\n{}",
        inert(&serde_json::to_string(&glue).map_err(|e| e.to_string())?),
        packed_wasm(&wasm)?,
        script("unpack-wasm.js")?,
        script("offline-loader.js")?
    );
    let read = |reference: &str| {
        let name = reference.trim_start_matches("./");
        (!name.contains('/'))
            .then(|| std::fs::read(dir.join(name)).ok())
            .flatten()
    };
    let offline = page::self_contained(
        &html,
        &Inline {
            read: &read,
            loader: &loader,
        },
    )
    .map_err(|e| format!("faq-offline.html: {e}"))?;
    write(&dir.join("faq-offline.html"), &offline)?;
    println!(
        "faq-prerender: wrote faq-offline.html ({} KB)",
        offline.len() / 1024
    );
    Ok(())
}

/// The page with the widget prerendered into its mount element, with the
/// element's own options after setting `set`; each invalid option is
/// reported on stderr and keeps its default, as the live widget does.
pub fn prerender_into(
    html: &str,
    explainer: std::rc::Rc<Explainer>,
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

/// The names of the files in `dir`, sorted, but for `faq-offline.html`.
fn file_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name != "faq-offline.html")
        .collect();
    names.sort();
    Ok(names)
}

/// The usage comment at the top of `faq-widget.js`, from the option table.
pub fn embed_usage() -> String {
    let attributes: Vec<&str> = OPTIONS.iter().map(|o| o.attribute).collect();
    let names: Vec<&str> = OPTIONS.iter().map(|o| o.name).collect();
    let texts: Vec<&str> = TEXTS.iter().map(|t| t.attribute).collect();
    format!(
        "/* FAQ widget embed script: <script src=\"faq-widget.js\" defer></script> then\n   \
         <div {EMBED_ATTRIBUTE}></div>. Options as data- attributes\n   ({}),\n   \
         or as FaqWidget.mount(element, {{ {} }}).\n   \
         The widget's words: {} (templates: see the README). */",
        attributes.join(", "),
        names.join(", "),
        texts.join(", ")
    )
}

/// `faq-widget.js`: the embed build's wasm and glue inside `js/embed.js`.
fn embed_script() -> Result<String, String> {
    let source = source_dir();
    run(Command::new("cargo").current_dir(&source).args([
        "build",
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
    run(Command::new("wasm-opt")
        .args([
            "-Oz",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
        ])
        .arg(&wasm_path)
        .arg("-o")
        .arg(&wasm_path))?;
    let wasm = std::fs::read(&wasm_path).map_err(|e| e.to_string())?;
    let (wasm, glue) = wasm_names::shorten(&wasm, &read_text(&out.join("faq_widget.js"))?)
        .map_err(|e| format!("the embed build's wasm: {e}"))?;
    let _ = std::fs::remove_dir_all(&out);
    let code = format!(
        "(() => {{\n{glue}\nconst PACKED_WASM = \"{}\";\nconst EMBED_ATTRIBUTE = {};\n{}\n{}\n}})();\n",
        packed_wasm(&wasm)?,
        serde_json::to_string(EMBED_ATTRIBUTE).map_err(|e| e.to_string())?,
        script("unpack-wasm.js")?,
        script("embed.js")?
    );
    Ok(format!("{}\n{}\n", embed_usage(), minified(&code, false)?))
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

    #[test]
    fn the_embed_usage_names_every_option() {
        let usage = embed_usage();
        for (name, attribute) in OPTIONS
            .iter()
            .map(|o| (o.name, o.attribute))
            .chain(TEXTS.iter().map(|t| (t.name, t.attribute)))
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
