//! The `FAQ_CORPUS` build setting: another corpus file builds, and a
//! malformed one stops the build with its file, line and fix.
//!
//! Each case runs `cargo check` on this crate in a target folder of its own,
//! so it does not disturb the build that runs the tests.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn check_with_corpus(corpus: &Path) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    Command::new(cargo)
        .current_dir(manifest_dir())
        .args(["check", "--locked", "--quiet", "--lib", "-p", "faq-widget"])
        .env("FAQ_CORPUS", corpus)
        .env(
            "CARGO_TARGET_DIR",
            manifest_dir().join("target/corpus-setting"),
        )
        .output()
        .expect("cargo runs")
}

fn write_corpus(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = manifest_dir().join("target/corpus-setting/corpora");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn malformed_corpora_fail_the_build_naming_file_line_and_fix() {
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "missing-answer.txt",
            b"Summary.\nWhy?\nBecause.\nHow?\n",
            ":4: the question on line 4 has no answer; add its answer on line 5",
        ),
        (
            "not-utf8.txt",
            b"Summary.\nWho?\nNaus\xEBda.\n",
            ":3: this line is not valid UTF-8 text; save the file as UTF-8",
        ),
        ("empty.txt", b"", ": the corpus is empty"),
    ];
    for (name, bytes, expected) in cases {
        let path = write_corpus(name, bytes);
        let output = check_with_corpus(&path);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{name} should fail the build");
        let wanted = format!("error: invalid FAQ corpus: {}{expected}", path.display());
        assert!(
            stderr.contains(&wanted),
            "{name}: expected {wanted:?} in:\n{stderr}"
        );
    }
}

#[test]
fn another_corpus_file_builds() {
    let path = write_corpus(
        "other-story.txt",
        // Quotes, backslashes, braces and markup must survive embedding as text.
        concat!(
            "A summary about \"Vilnius\" \\ {braces} <img src=x onerror=alert(1)>.\n",
            "What happens in Vilnius?\n",
            "A summit, r#\"raw\"# and </script>.\n"
        )
        .as_bytes(),
    );
    let output = check_with_corpus(&path);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
