//! The tools the engine's build runs: cargo for the embed build's wasm,
//! wasm-bindgen, wasm-opt with the standalone page's flags, and terser.

use crate::error::{ErrorKind, PublishError, Result};
use crate::files::{read, read_text, short_hash, source_dir, temporary_dir, write};
use crate::html;
use crate::page::newsroom::{BUILT_IN, STORY_PAGE};
use lol_html::element;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs a tool, failing with its name and status.
pub fn run(command: &mut Command) -> Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let failed = |failure: String| {
        PublishError::new(ErrorKind::Tool {
            program: program.clone(),
            failure,
        })
    };
    let status = command.status().map_err(|e| failed(e.to_string()))?;
    if status.success() {
        Ok(())
    } else {
        Err(failed(format!("failed ({status})")))
    }
}

/// `code` minified by terser (from npm), as a module or a classic script.
pub fn minified(code: &str, module: bool) -> Result<String> {
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

/// The wasm gzipped, then base64-encoded, for `js/unpack-wasm.js`. Zopfli
/// writes the smallest gzip stream it can find, which every browser's
/// `DecompressionStream` reads: 5.2 % smaller than `gzip -9` for the
/// engine's wasm (103,698 B against 109,443), which the embed engine and
/// the offline file carry base64-encoded. Five iterations, 0.6 s for the
/// engine's wasm, once per engine build; fifteen took 0.8 s for 22 B more.
pub fn packed_wasm(wasm: &[u8]) -> String {
    use base64::Engine as _;
    let options = zopfli::Options {
        iteration_count: std::num::NonZeroU64::new(5).expect("five is not zero"),
        ..zopfli::Options::default()
    };
    let mut gzipped = Vec::new();
    zopfli::compress(options, zopfli::Format::Gzip, wasm, &mut gzipped)
        .expect("gzip into memory does not fail");
    base64::engine::general_purpose::STANDARD.encode(gzipped)
}

/// wasm-opt's flags for the shipped wasm, which `templates/story.html`'s
/// `<link data-trunk rel="rust">` holds in `data-wasm-opt-params`, with
/// trunk's own pass off (`data-wasm-opt="0"`): the publisher runs them on
/// the page's wasm ([`optimize`]) beside the embed engine's and the front
/// page's, and the benchmarks' engine gets the same (`faq-publish
/// wasm-opt-flags`). A template that left trunk's pass on would have the
/// page's wasm optimized twice, so it is an error.
pub fn wasm_opt_flags() -> Result<Vec<String>> {
    let index = source_dir().join(BUILT_IN).join(STORY_PAGE);
    let page = read_text(&index)?;
    let found: RefCell<Option<(String, String)>> = RefCell::default();
    html::rewrite(
        &page,
        vec![element!("link[data-trunk][rel=rust]", |el| {
            *found.borrow_mut() = Some((
                el.get_attribute("data-wasm-opt").unwrap_or_default(),
                el.get_attribute("data-wasm-opt-params").unwrap_or_default(),
            ));
            Ok(())
        })],
    )
    .map_err(|e| e.at(&index))?;
    let flags: Vec<String> = found
        .take()
        .filter(|(level, params)| level == "0" && params.trim_start().starts_with("-O"))
        .map(|(_, params)| params.split_whitespace().map(str::to_owned).collect())
        .ok_or_else(|| {
            PublishError::new(ErrorKind::MissingBuildFile(
                "<link data-trunk rel=\"rust\" data-wasm-opt=\"0\" data-wasm-opt-params=\"-O…\">",
            ))
            .at(&index)
        })?;
    Ok(flags)
}

/// Where cargo writes its builds: `CARGO_TARGET_DIR`, or the project's `target/`.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| source_dir().join("target"))
}

/// The embed build's wasm, through wasm-bindgen (no modules) and wasm-opt:
/// the wasm and its glue, in a temporary folder the caller removes.
pub fn embed_build() -> Result<(PathBuf, PathBuf, PathBuf)> {
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
    let target = target_dir();
    let out = temporary_dir("faq-embed")?;
    run(Command::new("wasm-bindgen")
        .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(target.join("wasm32-unknown-unknown/release/faq_widget.wasm")))?;
    let wasm = out.join("faq_widget_bg.wasm");
    optimize(&wasm)?;
    let glue = out.join("faq_widget.js");
    Ok((out, wasm, glue))
}

/// The front page's search engine (`crates/faq-site-search`) for the language of
/// `FAQ_LANG`, through wasm-bindgen (an ES module) and wasm-opt: the wasm
/// and its glue, in a temporary folder the caller removes.
pub fn site_build() -> Result<(PathBuf, PathBuf, PathBuf)> {
    let source = source_dir();
    // As a cdylib alone, for the reason the embed build gives.
    run(Command::new("cargo").current_dir(&source).args([
        "rustc",
        "--locked",
        "--release",
        "--quiet",
        "--target",
        "wasm32-unknown-unknown",
        "--lib",
        "-p",
        "faq-site-search",
        "--crate-type",
        "cdylib",
    ]))?;
    let target = target_dir();
    let out = temporary_dir("faq-site")?;
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&out)
        .arg(target.join("wasm32-unknown-unknown/release/faq_site_search.wasm")))?;
    let wasm = out.join("faq_site_search_bg.wasm");
    optimize(&wasm)?;
    Ok((out.clone(), wasm, out.join("faq_site_search.js")))
}

/// Runs wasm-opt on `wasm` in place, with [`wasm_opt_flags`]. Its output
/// is kept in `target/faq-wasm-opt/`, named by a hash of wasm-opt's
/// version, the flags and the input: a rebuild whose wasm did not change
/// (another story, template or corpus) takes it from there instead of
/// running wasm-opt again (about 23 s for the page's wasm).
pub fn optimize(wasm: &Path) -> Result<()> {
    let flags = wasm_opt_flags()?;
    let input = read(wasm)?;
    let version = Command::new("wasm-opt")
        .arg("--version")
        .output()
        .map(|out| out.stdout)
        .unwrap_or_default();
    let key = [version.as_slice(), flags.join(" ").as_bytes(), &input].join(&0u8);
    let cache = target_dir().join("faq-wasm-opt");
    let kept = cache.join(format!("{}.wasm", short_hash(&key)));
    if let Ok(optimized) = std::fs::read(&kept) {
        return write(wasm, optimized);
    }
    run(Command::new("wasm-opt")
        .args(&flags)
        .arg(wasm)
        .arg("-o")
        .arg(wasm))?;
    // Written whole or not at all (files::write), so that a publish running
    // at the same time never reads half a file; a failure to keep it only
    // costs time.
    let optimized = read(wasm)?;
    if std::fs::create_dir_all(&cache).is_ok() {
        let _ = write(&kept, optimized);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flags_are_the_templates_and_trunk_does_not_optimize_the_page_again() {
        let flags = wasm_opt_flags().unwrap();
        assert_eq!(flags[0], "-Oz");
        assert!(flags.contains(&"--converge".to_owned()), "{flags:?}");
    }

    #[test]
    fn packed_wasm_is_gzip_in_base64() {
        use base64::Engine as _;
        use std::io::Read as _;
        let packed = packed_wasm(b"\0asm and more");
        let gzipped = base64::engine::general_purpose::STANDARD
            .decode(packed)
            .unwrap();
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(gzipped.as_slice())
            .read_to_end(&mut unpacked)
            .unwrap();
        assert_eq!(unpacked, b"\0asm and more");
    }
}
