//! `faq-publish`: makes the shared engine from trunk's build and publishes
//! stories beside it, with the widget rendered into each page at build time
//! (Yew SSR), editing HTML only through a real HTML rewriter (`lol_html`).
//!
//! ```text
//! faq-publish build <dir> <story.txt>      trunk's post-build hook: the engine, and the story beside it
//! faq-publish engine <dir>                 the engine from trunk's built folder
//! faq-publish publish --engine <dir> --out <dir> [--lang <code>] [--synonyms <file>]
//!                     [--template <dir>] <story.txt|.md>...
//!                                          each story in <out>/<stem>/, the engine's files in <out>
//! faq-publish language <code>              the supported language a BCP 47 code names, or an error
//! faq-publish languages <story>...          each story's language (`<tag>\t<path>`): its front
//!                                          matter's `lang:`, or found in its text
//! faq-publish fingerprint                  the hash of the engine's sources
//! faq-publish current <dir>                exit 0 if the engine in <dir> was built from them,
//!                                          for the language of FAQ_LANG
//! faq-publish page <in> <out> [attr=value]...
//!                                          prerender a published page again with its mount
//!                                          element's options, after setting those given
//! faq-publish contract                     the page contract as JSON, for the tests
//! faq-publish wasm-opt-flags               wasm-opt's flags for the shipped wasm (templates/story.html's)
//! ```
//!
//! The modules, each using only those listed after it:
//! [`run`] (a publishing run: the stories, then the site's own files) → [`story`] (one
//! story's files) → [`engine`] (the shared files, built once) → [`page`]
//! (the page's assembly) → [`html`], [`files`], [`error`].

#[cfg(not(target_arch = "wasm32"))]
mod contract;
#[cfg(not(target_arch = "wasm32"))]
mod css;
#[cfg(not(target_arch = "wasm32"))]
mod detect;
#[cfg(not(target_arch = "wasm32"))]
mod engine;
#[cfg(not(target_arch = "wasm32"))]
mod error;
#[cfg(not(target_arch = "wasm32"))]
mod examples;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod html;
#[cfg(not(target_arch = "wasm32"))]
mod markdown;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod run;
#[cfg(not(target_arch = "wasm32"))]
mod story;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: faq-publish build <dir> <story.txt> | engine <dir> | \
    publish --engine <dir> --out <dir> [--lang <code>] [--synonyms <file>] [--template <dir>] <story.txt|.md>... | \
    language <code> | languages <story>... | \
    fingerprint | current <dir> | \
    page <in.html> <out.html> [attribute=value]... | contract | wasm-opt-flags";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use error::{ErrorKind, PublishError};
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
        ["languages", stories @ ..] => {
            languages(stories);
            Ok(())
        }
        ["language", tag] => faq_core::Language::parse(tag)
            .map(|l| println!("{}", l.code()))
            .map_err(|e| ErrorKind::UnknownLanguage(e).into()),
        ["fingerprint"] => engine::fingerprint().map(|f| println!("{f}")),
        ["current", dir] => engine::is_current(Path::new(dir)),
        ["page", input, output, sets @ ..] => page_again(input, output, sets),
        ["contract"] => {
            println!("{}", contract::as_json());
            Ok(())
        }
        ["wasm-opt-flags"] => {
            engine::tools::wasm_opt_flags().map(|flags| println!("{}", flags.join(" ")))
        }
        _ => Err(PublishError::new(ErrorKind::Usage(USAGE.into()))),
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
fn build(dir: &std::path::Path, story: &std::path::Path) -> error::Result<()> {
    engine::make(dir)?;
    // The story is in the engine's language, FAQ_LANG as written (`pt-BR`).
    let tag = std::env::var("FAQ_LANG").ok();
    // The newsroom's synonyms for it: FAQ_SYNONYMS, if set and not empty.
    let synonyms = std::env::var_os("FAQ_SYNONYMS").filter(|path| !path.is_empty());
    let outcome = run::publish(
        dir,
        dir,
        &[story.to_path_buf()],
        run::Layout::Flat,
        tag.as_deref(),
        synonyms.as_deref().map(std::path::Path::new),
    )?;
    if let Some(error) = outcome.failed.into_iter().next() {
        return Err(error);
    }
    for name in ["article.html", "article.css", "article-icon.svg"] {
        let from = files::source_dir().join("examples").join(name);
        std::fs::copy(&from, dir.join(name)).map_err(error::io_at(&from))?;
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
fn publish(args: &[&str]) -> error::Result<()> {
    use error::{ErrorKind, PublishError};
    let (mut engine, mut out, mut tag, mut synonyms, mut templates) =
        (None, None, None, None, None);
    let mut stories = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--engine" => engine = args.next(),
            "--out" => out = args.next(),
            "--lang" => tag = args.next().copied(),
            "--synonyms" => synonyms = args.next().map(std::path::Path::new),
            "--template" => templates = args.next().map(std::path::Path::new),
            story => stories.push(std::path::PathBuf::from(story)),
        }
    }
    let (Some(engine), Some(out)) = (engine, out) else {
        return Err(PublishError::new(ErrorKind::Usage(USAGE.into())));
    };
    if stories.is_empty() {
        return Err(PublishError::new(ErrorKind::Usage(
            "name at least one story (a corpus .txt file) to publish".into(),
        )));
    }
    let started = std::time::Instant::now();
    let outcome = run::publish_with_templates(
        std::path::Path::new(engine),
        std::path::Path::new(out),
        &stories,
        run::Layout::Folders,
        tag,
        synonyms,
        templates,
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
        Err(PublishError::new(ErrorKind::NotPublished {
            failed: outcome.failed.len(),
            of: stories.len(),
        }))
    }
}

/// Prints each story's language, `<tag>\t<path>` a line, for
/// scripts/publish to publish each in its own: its front matter's `lang:`,
/// or else the language its text reads as, or else English; and says on
/// stderr which and why. A story that cannot be read goes with English,
/// whose run reports why.
#[cfg(not(target_arch = "wasm32"))]
fn languages(stories: &[&str]) {
    use faq_core::Language;
    for path in stories {
        let (tag, how) = match story::read_story(std::path::Path::new(path)) {
            Ok((_, meta)) if meta.lang.is_some() => {
                let said = meta.lang.unwrap_or_default();
                match Language::parse(&said) {
                    Ok(_) => (said, "as its front matter says".to_owned()),
                    Err(_) => (
                        said,
                        "as its front matter says (not a supported language: its run says why)"
                            .to_owned(),
                    ),
                }
            }
            Ok((story, _)) => match detect::detect(&story) {
                Some(found) => (found.code().to_owned(), "found in its text".to_owned()),
                None => (
                    "en".to_owned(),
                    "as no language could be found in its text; give it `lang:` or use --lang"
                        .to_owned(),
                ),
            },
            Err(_) => (
                "en".to_owned(),
                "as it cannot be read (its run says why)".to_owned(),
            ),
        };
        let name = Language::parse(&tag).map_or("?", |l| l.facts().autonym);
        eprintln!("faq-publish: {path}: {name} ({tag}), {how}");
        println!("{tag}\t{path}");
    }
}

/// Prerenders the published page `input` again into `output`, with its
/// mount element's options after setting `sets` (`data-heading-level=3`).
#[cfg(not(target_arch = "wasm32"))]
fn page_again(input: &str, output: &str, sets: &[&str]) -> error::Result<()> {
    use error::{ErrorKind, PublishError};
    let set = sets
        .iter()
        .map(|pair| {
            pair.split_once('=')
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .ok_or_else(|| PublishError::new(ErrorKind::Attribute((*pair).to_owned())))
        })
        .collect::<error::Result<Vec<_>>>()?;
    let page = files::read_text(std::path::Path::new(input))?;
    let again = story::prerender_again(&page, &set).map_err(|e| e.at(input))?;
    std::fs::write(output, again).map_err(error::io_at(std::path::Path::new(output)))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    /// The `--` options of a usage line.
    fn options(usage: &str) -> std::collections::BTreeSet<&str> {
        usage
            .split(|c: char| c.is_whitespace() || c == '[' || c == ']')
            .filter(|word| word.starts_with("--"))
            .collect()
    }

    #[test]
    fn scripts_publish_offers_the_publish_commands_options() {
        let publish = super::USAGE
            .split(" | ")
            .find(|command| command.trim_start().starts_with("publish "))
            .expect("a publish command");
        let script =
            std::fs::read_to_string(crate::files::source_dir().join("scripts/publish")).unwrap();
        let usage = script
            .lines()
            .find(|line| line.contains("usage: scripts/publish"))
            .expect("scripts/publish's usage");
        // The script finds the engine itself (FAQ_ENGINE_DIR or its own).
        let mut offered = options(publish);
        offered.remove("--engine");
        assert_eq!(options(usage), offered, "{usage}\n{publish}");
        for option in offered {
            assert!(
                script.contains(&format!("    {option})")),
                "scripts/publish parses {option}"
            );
        }
    }
}
