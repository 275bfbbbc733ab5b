//! `faq-publish`: makes the shared engine from trunk's build and publishes
//! stories beside it, with the widget rendered into each page at build time
//! (Yew SSR), editing HTML only through a real HTML rewriter (`lol_html`).
//!
//! ```text
//! faq-publish build <dir> <story.txt>      trunk's post-build hook: the engine, and the story beside it
//! faq-publish engine <dir>                 the engine from trunk's built folder
//! faq-publish publish --engine <dir> --out <dir> [--lang <code>] <story.txt>...
//!                                            each story in <out>/<stem>/, the engine's files in <out>
//! faq-publish language <code>              the supported language a BCP 47 code names, or an error
//! faq-publish fingerprint                  the hash of the engine's sources
//! faq-publish current <dir>                exit 0 if the engine in <dir> was built from them,
//!                                            for the language of FAQ_LANG
//! faq-publish page <in> <out> [attr=value]...
//!                                            prerender a published page again with its mount
//!                                            element's options, after setting those given
//! faq-publish contract                     the page contract as JSON, for the tests
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod contract;
#[cfg(not(target_arch = "wasm32"))]
mod engine;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod publish;
#[cfg(not(target_arch = "wasm32"))]
mod render;
#[cfg(not(target_arch = "wasm32"))]
mod tools;
#[cfg(not(target_arch = "wasm32"))]
mod wasm_names;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: faq-publish build <dir> <story.txt> | engine <dir> | \
    publish --engine <dir> --out <dir> [--lang <code>] <story.txt>... | language <code> | \
    fingerprint | current <dir> | \
    page <in.html> <out.html> [attribute=value]... | contract";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["build", dir, story] => build(Path::new(dir), Path::new(story)),
        ["engine", dir] => engine::make(Path::new(dir)).map(|_| ()),
        ["publish", rest @ ..] => publish(rest),
        ["language", tag] => faq_core::Language::parse(tag).map(|l| println!("{}", l.code())),
        ["fingerprint"] => engine::fingerprint().map(|f| println!("{f}")),
        ["current", dir] => engine::is_current(Path::new(dir)),
        ["page", input, output, sets @ ..] => page_again(input, output, sets),
        ["contract"] => {
            println!("{}", contract::as_json());
            Ok(())
        }
        _ => Err(USAGE.into()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// trunk's post-build hook: the engine in trunk's folder, `story` published
/// beside it, and the demo article that embeds it.
#[cfg(not(target_arch = "wasm32"))]
fn build(dir: &std::path::Path, story: &std::path::Path) -> Result<(), String> {
    engine::make(dir)?;
    // The story is in the engine's language, FAQ_LANG as written (`pt-BR`).
    let tag = std::env::var("FAQ_LANG").ok();
    let outcome = publish::publish(
        dir,
        dir,
        &[story.to_path_buf()],
        publish::Layout::Flat,
        tag.as_deref(),
    )?;
    if let Some(error) = outcome.failed.first() {
        return Err(format!("invalid FAQ corpus: {error}"));
    }
    for name in ["article.html", "article.css", "article-icon.svg"] {
        let from = tools::source_dir().join("examples").join(name);
        std::fs::copy(&from, dir.join(name)).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    println!(
        "faq-publish: published {} into {}",
        story.display(),
        dir.display()
    );
    Ok(())
}

/// `publish --engine <dir> --out <dir> <story>...`: fails (exit 1) when any
/// story could not be published, after publishing the others.
#[cfg(not(target_arch = "wasm32"))]
fn publish(args: &[&str]) -> Result<(), String> {
    let (mut engine, mut out, mut tag, mut stories) = (None, None, None, Vec::new());
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--engine" => engine = args.next(),
            "--out" => out = args.next(),
            "--lang" => tag = args.next().copied(),
            story => stories.push(std::path::PathBuf::from(story)),
        }
    }
    let (Some(engine), Some(out)) = (engine, out) else {
        return Err(USAGE.into());
    };
    if stories.is_empty() {
        return Err("name at least one story (a corpus .txt file) to publish".into());
    }
    let started = std::time::Instant::now();
    let outcome = publish::publish(
        std::path::Path::new(engine),
        std::path::Path::new(out),
        &stories,
        publish::Layout::Folders,
        tag,
    )?;
    for error in &outcome.failed {
        eprintln!("error: {error}");
    }
    println!(
        "faq-publish: published {} of {} stories into {} in {} ms",
        outcome.published.len(),
        stories.len(),
        out,
        started.elapsed().as_millis()
    );
    if outcome.failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} of {} stories not published; their earlier files, if any, are unchanged",
            outcome.failed.len(),
            stories.len()
        ))
    }
}

/// Prerenders the published page `input` again into `output`, with its
/// mount element's options after setting `sets` (`data-heading-level=3`).
#[cfg(not(target_arch = "wasm32"))]
fn page_again(input: &str, output: &str, sets: &[&str]) -> Result<(), String> {
    let set = sets
        .iter()
        .map(|pair| {
            pair.split_once('=')
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .ok_or_else(|| format!("{pair}: give an attribute as name=value"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let html = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let story = page::story_data(&html).map_err(|e| format!("{input}: {e}"))?;
    let tag = page::page_language(&html).map_err(|e| format!("{input}: {e}"))?;
    let language = faq_core::Language::parse(tag.as_deref().unwrap_or("en"))
        .map_err(|e| format!("{input}: <html lang>: {e}"))?;
    let explainer = faq_widget::Explainer::from_story_in(&story, language);
    let (page, _) =
        publish::prerender_into(&html, explainer, &set).map_err(|e| format!("{input}: {e}"))?;
    std::fs::write(output, page).map_err(|e| format!("{output}: {e}"))
}
