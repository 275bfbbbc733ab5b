//! The languages' codes have one owner, the table of `language.rs`
//! (`LANGUAGES`); every other place that lists them is checked against it
//! here: the word-frequency lists the publisher includes, the script that
//! writes them, the README's table of languages, and the gazetteer's files.

use faq_core::language::LANGUAGES;
use std::collections::BTreeSet;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn codes() -> BTreeSet<String> {
    LANGUAGES
        .iter()
        .map(|facts| facts.code.to_owned())
        .collect()
}

/// The quoted strings in `text` between `start` and `end`.
fn quoted(text: &str, start: &str, end: &str, quote: char) -> Vec<String> {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("no {end:?}"));
    text[from..to]
        .split(quote)
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The quoted two-letter codes in `text` between `start` and `end`.
fn quoted_codes(text: &str, start: &str, end: &str, quote: char) -> BTreeSet<String> {
    quoted(text, start, end, quote)
        .into_iter()
        .filter(|code| code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()))
        .collect()
}

/// The codes of the `.txt` files of `folder`.
fn files_in(folder: &str) -> BTreeSet<String> {
    std::fs::read_dir(format!("{ROOT}/{folder}"))
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".txt").map(str::to_owned)
        })
        .collect()
}

#[test]
fn every_language_has_its_word_frequencies_and_nothing_else_does() {
    let source = read("crates/faq-core/src/frequencies.rs");
    assert_eq!(
        quoted_codes(&source, "lists!(\n", ")", '"'),
        codes(),
        "frequencies.rs"
    );
    assert_eq!(
        files_in("crates/faq-core/data/frequencies"),
        codes(),
        "data/frequencies/"
    );
}

#[test]
fn the_script_that_writes_the_frequencies_knows_every_language() {
    let script = read("scripts/word-frequencies.py");
    // Its codes: a list split at spaces, and those set one by one
    // (`CODES["no"] = "nb"`, where wordfreq's code differs).
    let mut listed: BTreeSet<String> =
        quoted(&script, "CODES = {code: code for code in", ".split()", '"')
            .iter()
            .flat_map(|list| list.split_whitespace().map(str::to_owned))
            .collect();
    listed.extend(
        script
            .split("CODES[\"")
            .skip(1)
            .filter_map(|rest| Some(rest.split_once('"')?.0.to_owned())),
    );
    assert_eq!(listed, codes(), "scripts/word-frequencies.py");
}

#[test]
fn the_readmes_table_of_languages_names_every_language() {
    let readme = read("README.md");
    let mut listed = quoted_codes(&readme, "| code | language |", "\n\n", '`');
    // Norwegian's other tags, which the table names beside its code.
    listed.retain(|code| code != "nb" && code != "nn");
    assert_eq!(listed, codes(), "README.md");
}

#[test]
fn the_gazetteer_includes_every_file_it_has_and_only_languages_of_the_table() {
    let source = read("crates/faq-core/src/synonyms.rs");
    let included = quoted_codes(&source, "lists!(", ");", '"');
    assert_eq!(
        included,
        files_in("crates/faq-core/data/gazetteer"),
        "synonyms.rs"
    );
    assert!(included.is_subset(&codes()), "{included:?}");
}
