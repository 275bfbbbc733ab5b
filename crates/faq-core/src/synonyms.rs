//! Words a reader may use for a story's own: a newsroom's synonyms file,
//! and the few of its entries that a story keeps.
//!
//! The file follows the convention of Solr, Algolia and Typesense, one rule
//! a line:
//!
//! ```text
//! # Words that stand for each other
//! US, America, United States
//! # Words that lead one way: a reader's "Kremlin" finds "Russia", not back
//! Kremlin, Moscow => Russia
//! ```
//!
//! An entry is a word or a phrase of at most [`MAX_PHRASE_WORDS`] words.
//! A story keeps only the entries that lead to its own words
//! ([`Synonyms::for_story`]), as its aliases: each of the story's words or
//! phrases with the words readers may use for it, as the index files them
//! (stems), so that the browser has no words of them to analyse. The
//! search ([`crate::search`], [`crate::Searcher::with_aliases`]) looks a
//! reader's words up among them, weighs the story's words they lead to
//! below the word itself, and highlights them.

use crate::corpus::Story;
use crate::language::Language;
use crate::stemmer::Stemmer;
use crate::text::{tokenize_in, Compounds};
use std::collections::BTreeMap;
use std::fmt;

/// Most words in one entry of a synonyms file.
pub const MAX_PHRASE_WORDS: usize = 3;

/// A newsroom's synonyms file, read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synonyms {
    rules: Vec<Rule>,
}

/// One line: the readers' entries, and the entries they lead to. Words
/// that stand for each other lead to each other: both lists are the line's.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    readers: Vec<String>,
    leads_to: Vec<String>,
}

/// What is wrong with a synonyms file, with the 1-based line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynonymsError {
    pub file: String,
    pub line: usize,
    pub problem: String,
}

impl fmt::Display for SynonymsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.problem)
    }
}

impl std::error::Error for SynonymsError {}

impl Synonyms {
    /// Reads a synonyms file (`file` names it in errors). Blank lines and
    /// lines that start with `#` are skipped; every other line is a rule.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Self, SynonymsError> {
        let error = |line: usize, problem: String| SynonymsError {
            file: file.to_owned(),
            line,
            problem,
        };
        let text = crate::corpus::utf8_text(bytes).map_err(|line| {
            error(
                line,
                "the line is not UTF-8 text; save the file as UTF-8".into(),
            )
        })?;
        let mut rules = Vec::new();
        for (at, line) in text.lines().enumerate() {
            let number = at + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            rules.push(Rule::parse(line).map_err(|problem| error(number, problem))?);
        }
        Ok(Self { rules })
    }

    /// How many rules the file has.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The entries that lead to `story`'s own words, in `language`, as its
    /// [`Story::aliases`]: each of its words or phrases that an entry
    /// leads to (every word of it, by stem, in a question or an answer),
    /// then the readers' words for it that the story has not, a line
    /// each, as the index files them (their stems, a space between: `unit
    /// state` for "United States"); blocks apart by an empty line. Sorted,
    /// so a story's data is the same from run to run.
    pub fn for_story(&self, story: &Story, language: Language) -> String {
        let stemmer = Stemmer::new(language);
        let mut stems: Vec<String> = Vec::new();
        for faq in &story.faqs {
            for text in [&faq.question, &faq.answer] {
                stems.extend(stems_of(text, &stemmer, language));
            }
        }
        stems.sort_unstable();
        stems.dedup();
        let in_story = |phrase: &[String]| phrase.iter().all(|s| stems.binary_search(s).is_ok());
        let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for rule in &self.rules {
            for target in &rule.leads_to {
                let target_stems = stems_of(target, &stemmer, language);
                if !in_story(&target_stems) {
                    continue;
                }
                let readers = aliases.entry(target_stems.join(" ")).or_default();
                // A reader's word the story has finds it as it is: it leads
                // nowhere else, so it keeps the weight the story gives it.
                for reader in &rule.readers {
                    let reader_stems = stems_of(reader, &stemmer, language);
                    if !in_story(&reader_stems) {
                        readers.push(reader_stems.join(" "));
                    }
                }
            }
        }
        let blocks: Vec<String> = aliases
            .into_iter()
            .filter(|(_, readers)| !readers.is_empty())
            .map(|(story, mut readers)| {
                readers.sort_unstable();
                readers.dedup();
                readers.insert(0, story);
                readers.join("\n")
            })
            .collect();
        blocks.join("\n\n")
    }
}

impl Rule {
    fn parse(line: &str) -> Result<Self, String> {
        if let Some(control) = line.chars().find(|c| c.is_control() && *c != '\t') {
            return Err(format!(
                "the line holds the control character U+{:04X}; delete it",
                u32::from(control)
            ));
        }
        let mut sides = line.split("=>");
        let left = entries(sides.next().unwrap_or_default())?;
        let Some(right) = sides.next() else {
            if left.len() < 2 {
                return Err(format!(
                    "`{}` alone has no synonym; list two or more words separated by commas, or write `word => other`",
                    left.join(", ")
                ));
            }
            return Ok(Self {
                readers: left.clone(),
                leads_to: left,
            });
        };
        if sides.next().is_some() {
            return Err("the line has two `=>`; write one rule a line".into());
        }
        let right = entries(right)?;
        Ok(Self {
            readers: left,
            leads_to: right,
        })
    }
}

/// The comma-separated entries of one side of a rule.
fn entries(side: &str) -> Result<Vec<String>, String> {
    let side = side.trim();
    if side.is_empty() {
        return Err("a side of `=>` is empty; write the words on both sides".into());
    }
    let mut found = Vec::new();
    for entry in side.split(',') {
        let entry = entry.trim();
        if entry.is_empty() {
            return Err("an entry between commas is empty; remove the extra comma".into());
        }
        let words = tokenize_in(entry, Compounds::Exclude, Language::English).len();
        if words == 0 {
            return Err(format!(
                "`{entry}` has no word to search for; write words, not only marks"
            ));
        }
        if words > MAX_PHRASE_WORDS {
            return Err(format!(
                "`{entry}` has {words} words; an entry has at most {MAX_PHRASE_WORDS}"
            ));
        }
        found.push(entry.to_owned());
    }
    Ok(found)
}

/// The stems of `text`'s words, in order, as the index files them.
fn stems_of(text: &str, stemmer: &Stemmer, language: Language) -> Vec<String> {
    tokenize_in(text, Compounds::Exclude, language)
        .into_iter()
        .map(|token| {
            let written = text.get(token.bytes.clone()).unwrap_or_default();
            stemmer.key(written, &token.term).into_owned()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_keeps_the_entries_that_lead_to_its_own_words() {
        let file = "# places\nUS, America, United States\n\nKremlin, Moscow => Russia\nEU, European Union\n";
        let synonyms = Synonyms::parse("syn.txt", file.as_bytes()).unwrap();
        assert_eq!(synonyms.len(), 3);
        let story = Story::from_pairs(
            "S.",
            &[(
                "Will the US send troops?",
                "Russia's leaders oppose it; the United States has not decided.",
            )],
        );
        assert_eq!(
            synonyms.for_story(&story, Language::English),
            "russia\nkremlin\nmoscow\n\nunit state\namerica\n\nus\namerica",
            "one way stays one way, a reader's word the story has (US, United \
             States) leads nowhere else, and the EU, not in the story, is left out"
        );
    }

    #[test]
    fn a_file_that_is_not_utf8_names_the_line_and_a_byte_order_mark_is_read() {
        let error = Synonyms::parse("s.txt", b"US, America\nKiev\xff => Kyiv\n").unwrap_err();
        assert_eq!((error.file.as_str(), error.line), ("s.txt", 2));
        assert!(error.problem.contains("UTF-8"), "{}", error.problem);
        let with_mark = Synonyms::parse("s.txt", "\u{feff}US, America\n".as_bytes()).unwrap();
        assert_eq!(with_mark.len(), 1);
    }

    #[test]
    fn a_bad_line_is_an_error_with_its_file_line_and_fix() {
        for (text, line, says) in [
            ("US, America\nKremlin\n", 2, "alone has no synonym"),
            ("a => b => c", 1, "two `=>`"),
            ("=> Russia", 1, "a side of `=>` is empty"),
            ("US,, America", 1, "remove the extra comma"),
            ("US, the United States of America", 1, "at most 3"),
            ("US, ?!", 1, "no word"),
            ("ok, fine\nUS, \u{7}America", 2, "U+0007"),
        ] {
            let error = Synonyms::parse("newsroom.txt", text.as_bytes()).unwrap_err();
            assert_eq!(error.line, line, "{text}");
            let message = error.to_string();
            assert!(
                message.starts_with(&format!("newsroom.txt:{line}: ")) && message.contains(says),
                "{message}"
            );
        }
        let error = Synonyms::parse("f.txt", b"a, b\n\xff, c\n").unwrap_err();
        assert_eq!((error.line, error.problem.contains("UTF-8")), (2, true));
    }
}
