//! Reads and validates the corpus when the bundle is built, and embeds it as
//! a ready search index (text included): the page does no indexing.
//!
//! The corpus file is `corpus/ukraine-peacekeepers.txt` unless the
//! `FAQ_CORPUS` environment variable names another (relative to this
//! directory, or absolute). A malformed corpus stops the build with the file,
//! the line and what to fix; the page never starts with bad data.

use std::path::{Path, PathBuf};

const DEFAULT_CORPUS: &str = "corpus/ukraine-peacekeepers.txt";

fn main() {
    println!("cargo:rerun-if-env-changed=FAQ_CORPUS");
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let chosen = std::env::var("FAQ_CORPUS").unwrap_or_else(|_| DEFAULT_CORPUS.to_owned());
    let path = manifest_dir.join(&chosen);
    println!("cargo:rerun-if-changed={}", path.display());

    let bytes = std::fs::read(&path).unwrap_or_else(|error| {
        fail(&format!(
            "{chosen}: cannot read the corpus ({error}); set FAQ_CORPUS to an existing file"
        ))
    });
    let story =
        faq_core::corpus::parse(&chosen, &bytes).unwrap_or_else(|error| fail(&error.to_string()));

    // The index carries the corpus text too, so the text is stored once.
    let index = faq_core::build_index(&story);
    let out = Path::new(&std::env::var("OUT_DIR").expect("set by cargo")).join("index.bin");
    std::fs::write(out, index).expect("OUT_DIR is writable");
}

/// Stops the build with one line a person can act on.
fn fail(message: &str) -> ! {
    eprintln!("error: invalid FAQ corpus: {message}");
    std::process::exit(1);
}
