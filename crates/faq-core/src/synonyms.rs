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
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

/// Most words in one entry of a synonyms file.
pub const MAX_PHRASE_WORDS: usize = 3;

/// A newsroom's synonyms file, read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synonyms {
    /// The file, as its errors and warnings name it.
    file: String,
    rules: Vec<Rule>,
}

/// One line: the readers' entries, and the entries they lead to. Words
/// that stand for each other lead to each other: both lists are the line's.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Rule {
    /// Its 1-based line in the file.
    line: usize,
    readers: Vec<String>,
    leads_to: Vec<String>,
    /// Its entries' stems, once worked out ([`Synonyms::stemmed_in`]).
    stems: Option<RuleStems>,
}

/// A rule's entries as the index files them, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
struct RuleStems {
    language: Language,
    readers: Vec<Vec<String>>,
    leads_to: Vec<Vec<String>>,
}

impl Rule {
    /// The stems of its entry `entry` (of `entries`, its readers' or what
    /// they lead to; `kept` are those entries' stems if worked out).
    fn stems<'a>(
        &'a self,
        entries: &'a [String],
        kept: impl Fn(&'a RuleStems) -> &'a [Vec<String>],
        at: usize,
        stemmer: &Stemmer,
        language: Language,
    ) -> Cow<'a, [String]> {
        match &self.stems {
            Some(stems) if stems.language == language => Cow::Borrowed(&kept(stems)[at]),
            _ => Cow::Owned(stems_of(&entries[at], stemmer, language)),
        }
    }

    fn reader_stems(&self, at: usize, stemmer: &Stemmer, language: Language) -> Cow<'_, [String]> {
        self.stems(&self.readers, |s| &s.readers, at, stemmer, language)
    }

    fn target_stems(&self, at: usize, stemmer: &Stemmer, language: Language) -> Cow<'_, [String]> {
        self.stems(&self.leads_to, |s| &s.leads_to, at, stemmer, language)
    }
}

/// What is wrong with a synonyms file: every bad line, each with its
/// 1-based number and what to do, in the order of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynonymsError {
    pub file: String,
    pub problems: Vec<(usize, String)>,
}

impl fmt::Display for SynonymsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (at, (line, problem)) in self.problems.iter().enumerate() {
            if at > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}:{line}: {problem}", self.file)?;
        }
        Ok(())
    }
}

/// A rule that does nothing for a story, said at publish time so that the
/// newsroom knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unused {
    /// Where the rule is: `file:line`.
    pub rule: String,
    /// The entry it leads to.
    pub entry: String,
    /// The readers' words that find nothing for it.
    pub readers: Vec<String>,
    pub why: Why,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The story has the entry only in its summary, which the search does
    /// not read.
    SummaryOnly,
    /// The entry is a phrase each of whose words also stands alone in the
    /// story: the search, which matches words, could not keep to it.
    PhraseWordsApart,
}

impl fmt::Display for Unused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (rule, entry, readers) = (&self.rule, &self.entry, self.readers.join("`, `"));
        match self.why {
            Why::SummaryOnly => write!(
                f,
                "{rule}: `{entry}` is only in the story's summary, which search does not read, so `{readers}` finds nothing for it; use a word of its questions or answers"
            ),
            Why::PhraseWordsApart => write!(
                f,
                "{rule}: each word of `{entry}` also stands alone in the story, so `{readers}` would find questions without the phrase and is left out; lead to a word only the phrase has"
            ),
        }
    }
}

impl std::error::Error for SynonymsError {}

impl Synonyms {
    /// Reads a synonyms file (`file` names it in errors and warnings).
    /// Blank lines and lines that start with `#` are skipped; every other
    /// line is a rule. A file with bad lines is an error that names each
    /// one.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Self, SynonymsError> {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let mut rules = Vec::new();
        let mut problems = Vec::new();
        for (at, line) in bytes.split(|&b| b == b'\n').enumerate() {
            let number = at + 1;
            let Ok(line) = std::str::from_utf8(line) else {
                problems.push((
                    number,
                    "the line is not UTF-8 text; save the file as UTF-8".to_owned(),
                ));
                continue;
            };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match Rule::parse(number, line) {
                Ok(rule) => rules.push(rule),
                Err(problem) => problems.push((number, problem)),
            }
        }
        if !problems.is_empty() {
            return Err(SynonymsError {
                file: file.to_owned(),
                problems,
            });
        }
        Ok(Self {
            file: file.to_owned(),
            rules,
        })
    }

    /// These rules, then `other`'s: a newsroom's file with the places of
    /// its stories' language ([`places`]).
    pub fn and(&self, other: &Synonyms) -> Synonyms {
        Synonyms {
            file: self.file.clone(),
            rules: self.rules.iter().chain(&other.rules).cloned().collect(),
        }
    }

    /// These rules with their entries' stems in `language` worked out
    /// once, for a run that gives them to many stories: stemming every
    /// entry again for each story took most of a run of 1,000.
    pub fn stemmed_in(mut self, language: Language) -> Self {
        let stemmer = Stemmer::new(language);
        let stem_all = |entries: &[String]| -> Vec<Vec<String>> {
            entries
                .iter()
                .map(|e| stems_of(e, &stemmer, language))
                .collect()
        };
        for rule in &mut self.rules {
            rule.stems = Some(RuleStems {
                language,
                readers: stem_all(&rule.readers),
                leads_to: stem_all(&rule.leads_to),
            });
        }
        self
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
        let stems = searched_stems(story, &stemmer, language);
        let in_story = |phrase: &[String]| phrase.iter().all(|s| stems.binary_search(s).is_ok());
        let fields = field_stems(story, &stemmer, language);
        let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for rule in &self.rules {
            for at in 0..rule.leads_to.len() {
                let target = rule.target_stems(at, &stemmer, language);
                let target_stems = leading_stems(&target, &fields);
                if target_stems.is_empty() || !in_story(&target_stems) {
                    continue;
                }
                let readers = aliases.entry(target_stems.join(" ")).or_default();
                // A reader's word the story has finds it as it is: it leads
                // nowhere else, so it keeps the weight the story gives it.
                for reader in 0..rule.readers.len() {
                    let reader_stems = rule.reader_stems(reader, &stemmer, language);
                    if !in_story(&reader_stems) {
                        readers.push(reader_stems.join(" "));
                    }
                }
            }
        }
        blocks(aliases)
    }

    /// The entries that lead to a site's words, in `language`, as the
    /// aliases of its front page's search: as [`Synonyms::for_story`]
    /// writes them, for the stems of every story of the site (`stems`,
    /// sorted). Only entries that lead to one word: a phrase leads to the
    /// words a story has only inside it, which a site of many stories
    /// cannot tell; each story page keeps its own.
    pub fn for_site(&self, stems: &[&str], language: Language) -> String {
        let stemmer = Stemmer::new(language);
        let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for rule in &self.rules {
            for at in 0..rule.leads_to.len() {
                let target = rule.target_stems(at, &stemmer, language);
                let [target] = &target[..] else {
                    continue;
                };
                if stems.binary_search(&target.as_str()).is_err() {
                    continue;
                }
                let readers = aliases.entry(target.clone()).or_default();
                for reader in 0..rule.readers.len() {
                    let reader = rule.reader_stems(reader, &stemmer, language).join(" ");
                    if reader != *target {
                        readers.push(reader);
                    }
                }
            }
        }
        blocks(aliases)
    }

    /// The rules that do nothing for `story` though they name its words
    /// ([`Why`]), from readers' words it has nowhere it is searched: said
    /// at publish time, so that the newsroom knows.
    pub fn unused(&self, story: &Story, language: Language) -> Vec<Unused> {
        let stemmer = Stemmer::new(language);
        let searched = searched_stems(story, &stemmer, language);
        let fields = field_stems(story, &stemmer, language);
        let mut summary = stems_of(&story.summary, &stemmer, language);
        summary.sort_unstable();
        let within = |stems: &[String], phrase: &[String]| {
            !phrase.is_empty() && phrase.iter().all(|s| stems.binary_search(s).is_ok())
        };
        let mut found = Vec::new();
        for rule in &self.rules {
            let readers: Vec<String> = (0..rule.readers.len())
                .filter(|&at| !within(&searched, &rule.reader_stems(at, &stemmer, language)))
                .map(|at| rule.readers[at].clone())
                .collect();
            if readers.is_empty() {
                continue;
            }
            let mut said = |target: &String, why| {
                found.push(Unused {
                    rule: format!("{}:{}", self.file, rule.line),
                    entry: target.clone(),
                    readers: readers.iter().filter(|r| *r != target).cloned().collect(),
                    why,
                });
            };
            let mut reached = false;
            for (at, target) in rule.leads_to.iter().enumerate() {
                let stems = rule.target_stems(at, &stemmer, language);
                if within(&searched, &stems) {
                    if leading_stems(&stems, &fields).is_empty() && holds_phrase(&stems, &fields) {
                        said(target, Why::PhraseWordsApart);
                    } else {
                        reached = true;
                    }
                }
            }
            if reached {
                continue;
            }
            for (at, target) in rule.leads_to.iter().enumerate() {
                if within(&summary, &rule.target_stems(at, &stemmer, language)) {
                    said(target, Why::SummaryOnly);
                }
            }
        }
        found
    }
}

/// Aliases as a story or a site carries them: for each of its words (or
/// phrases), the word, then the readers' words for it, a line each;
/// blocks apart by an empty line, sorted.
fn blocks(aliases: BTreeMap<String, Vec<String>>) -> String {
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

/// The places readers name instead of a story's, in `language`
/// (`data/gazetteer/<code>.txt`, which `scripts/gazetteer.py` writes from
/// maintained country, demonym and city data): a country's names, demonym
/// and capital stand for each other, its largest cities lead to it. None
/// for a language the data has no names in.
#[cfg(not(target_arch = "wasm32"))]
pub fn places(language: Language) -> Synonyms {
    macro_rules! lists {
        ($($code:literal),*) => {
            match language.code() {
                $($code => (concat!("gazetteer/", $code, ".txt"), include_str!(concat!("../data/gazetteer/", $code, ".txt"))),)*
                _ => return Synonyms::default(),
            }
        };
    }
    let (file, text) =
        lists!("de", "el", "en", "es", "fi", "fr", "he", "it", "lt", "nl", "no", "ru", "tr");
    Synonyms::parse(file, text.as_bytes()).unwrap_or_default()
}

/// The words readers use for a story's that the publisher adds to every
/// story in `language`, before the newsroom's own: its [`places`], then its
/// everyday [`neighbours`]. A story keeps only the entries that lead to its
/// words.
#[cfg(not(target_arch = "wasm32"))]
pub fn readers_words(language: Language) -> Synonyms {
    places(language).and(&neighbours(language))
}

/// Everyday words near each other in meaning, in `language`
/// (`data/neighbours/<code>.txt`, which `scripts/neighbours.py` writes from
/// static word embeddings): "soldiers, troops", "price, cost". English
/// only; none for another language. 0.3 to 0.7 KB gzip of a story page
/// (`benches/HISTORY.md`, issue 34).
#[cfg(not(target_arch = "wasm32"))]
pub fn neighbours(language: Language) -> Synonyms {
    match language.code() {
        "en" => Synonyms::parse(
            "neighbours/en.txt",
            include_bytes!("../data/neighbours/en.txt"),
        )
        .unwrap_or_default(),
        _ => Synonyms::default(),
    }
}

/// The stems a reader's word is led to for `target` (an entry's stems) in
/// a story whose questions, each with its answer, have the stems
/// `fields`. A word leads to itself. The search matches words, not
/// phrases: a phrase leads to those of its words that the story has
/// nowhere but in the phrase (in no question or answer without it), so
/// that a reader's word finds the questions that hold the phrase, and no
/// other; to none if the story does not hold the phrase or each of its
/// words also stands alone.
fn leading_stems(target: &[String], fields: &[[Vec<String>; 2]]) -> Vec<String> {
    if target.len() < 2 {
        return target.to_vec();
    }
    if !holds_phrase(target, fields) {
        return Vec::new();
    }
    target
        .iter()
        .filter(|stem| {
            fields.iter().all(|faq| {
                holds_phrase(target, std::slice::from_ref(faq))
                    || !faq.iter().any(|f| f.contains(stem))
            })
        })
        .cloned()
        .collect()
}

/// Whether a question or an answer of `fields` has the stems `phrase` in
/// a row.
fn holds_phrase(phrase: &[String], fields: &[[Vec<String>; 2]]) -> bool {
    fields
        .iter()
        .flatten()
        .any(|f| f.windows(phrase.len()).any(|w| w == phrase))
}

/// The stems of each question of `story` and of its answer, in order.
fn field_stems(story: &Story, stemmer: &Stemmer, language: Language) -> Vec<[Vec<String>; 2]> {
    story
        .faqs
        .iter()
        .map(|faq| [&faq.question, &faq.answer].map(|text| stems_of(text, stemmer, language)))
        .collect()
}

/// The stems of the words of `story` that the search reads (its questions
/// and answers), sorted, each once.
fn searched_stems(story: &Story, stemmer: &Stemmer, language: Language) -> Vec<String> {
    let mut stems: Vec<String> = Vec::new();
    for faq in &story.faqs {
        for text in [&faq.question, &faq.answer] {
            stems.extend(stems_of(text, stemmer, language));
        }
    }
    stems.sort_unstable();
    stems.dedup();
    stems
}

impl Rule {
    fn parse(number: usize, line: &str) -> Result<Self, String> {
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
                line: number,
                readers: left.clone(),
                leads_to: left,
                stems: None,
            });
        };
        if sides.next().is_some() {
            return Err("the line has two `=>`; write one rule a line".into());
        }
        let right = entries(right)?;
        Ok(Self {
            line: number,
            readers: left,
            leads_to: right,
            stems: None,
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
    fn stems_worked_out_once_give_what_stems_worked_out_each_time_give() {
        let file = "Kremlin, Moscow => Russia\nwater main, pipe\nweek, fortnight\n";
        let plain = Synonyms::parse("syn.txt", file.as_bytes()).unwrap();
        let english = Language::English;
        let stemmed = plain.clone().stemmed_in(english);
        let story = Story::from_pairs(
            "Talks open next week.",
            &[
                ("What does Russia want?", "Sanctions lifted."),
                (
                    "Why did the water main burst?",
                    "The water was cold; the main was old.",
                ),
            ],
        );
        assert_eq!(
            stemmed.for_story(&story, english),
            plain.for_story(&story, english)
        );
        assert_ne!(plain.for_story(&story, english), "");
        assert_eq!(
            stemmed.unused(&story, english),
            plain.unused(&story, english)
        );
        assert!(
            !plain.unused(&story, english).is_empty(),
            "a rule that leads nowhere"
        );
        let stems = ["russia", "water"];
        assert_eq!(
            stemmed.for_site(&stems, english),
            plain.for_site(&stems, english)
        );
        // Stems of another language are not taken for this one's.
        let german = Language::German;
        assert_eq!(
            stemmed.for_story(&story, german),
            plain.for_story(&story, german)
        );
    }

    #[test]
    fn a_site_keeps_the_entries_that_lead_to_one_of_its_words() {
        let file = "pipe => water main\nMoscow => Russia\nsoldiers, troops\n";
        let synonyms = Synonyms::parse("syn.txt", file.as_bytes()).unwrap();
        let stems = ["main", "russia", "troop", "water"];
        // A phrase cannot say which of its words lead in a site of many
        // stories: left to each story's page.
        assert_eq!(
            synonyms.for_site(&stems, Language::English),
            "russia\nmoscow\n\ntroop\nsoldier"
        );
        assert_eq!(synonyms.for_site(&[], Language::English), "");
    }

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
        assert_eq!(error.file, "s.txt");
        assert_eq!(error.problems.len(), 1);
        assert_eq!(error.problems[0].0, 2);
        assert!(error.problems[0].1.contains("UTF-8"), "{error}");
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
            assert_eq!(error.problems.len(), 1, "{error}");
            assert_eq!(error.problems[0].0, line, "{text}");
            let message = error.to_string();
            assert!(
                message.starts_with(&format!("newsroom.txt:{line}: ")) && message.contains(says),
                "{message}"
            );
        }
        let error = Synonyms::parse("f.txt", b"a, b\n\xff, c\n").unwrap_err();
        assert_eq!(error.problems[0].0, 2);
        assert!(error.problems[0].1.contains("UTF-8"));
    }

    #[test]
    fn a_phrase_leads_to_the_questions_that_hold_it_not_to_its_first_word() {
        let file = "water main, pipe\n";
        let synonyms = Synonyms::parse("syn.txt", file.as_bytes()).unwrap();
        let story = Story::from_pairs(
            "S.",
            &[
                ("Is the water safe?", "Yes, boil it first."),
                ("What burst?", "A water main under High Street."),
                ("Why water?", "The main reason is the heat."),
            ],
        );
        assert_eq!(
            synonyms.for_story(&story, Language::English),
            "",
            "both words of the phrase also stand alone: no rule the search could keep to the phrase"
        );
        let said = synonyms.unused(&story, Language::English);
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(
            (said[0].why, said[0].readers.as_slice()),
            (Why::PhraseWordsApart, &["pipe".to_owned()][..])
        );
        let story = Story::from_pairs(
            "S.",
            &[
                ("Is the water safe?", "Yes, boil it first."),
                ("What burst?", "A water main under High Street."),
            ],
        );
        assert_eq!(
            synonyms.for_story(&story, Language::English),
            "main\npipe",
            "`main` is only in the phrase: `pipe` leads there, not to every `water`"
        );
        let story = Story::from_pairs("S.", &[("Main roads?", "Water everywhere.")]);
        assert_eq!(
            synonyms.for_story(&story, Language::English),
            "",
            "words apart are no phrase"
        );
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn every_gazetteer_is_read_whole_and_places_lead_to_their_country() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer");
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let Some(code) = path
                .file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .strip_suffix(".txt")
            else {
                continue;
            };
            let language = Language::parse(code).unwrap();
            let file = std::fs::read(&path).unwrap();
            let read = Synonyms::parse(code, &file).unwrap_or_else(|e| panic!("{e}"));
            assert!(!read.is_empty(), "{code}");
            assert_eq!(
                places(language).len(),
                read.len(),
                "{code}: the publisher reads it"
            );
        }
        let story = Story::from_pairs(
            "S.",
            &[("Will Russia accept?", "Ukraine says the plan stands.")],
        );
        let aliases = places(Language::English).for_story(&story, Language::English);
        for (country, place) in [
            ("russia", "moscow"),
            ("russia", "russian"),
            ("ukrain", "kyiv"),
        ] {
            let block = aliases
                .split("\n\n")
                .find(|block| block.lines().next() == Some(country))
                .unwrap_or_else(|| panic!("{country}: {aliases}"));
            assert!(
                block.lines().any(|l| l == place),
                "{place} leads to {country}: {block}"
            );
        }
        assert!(
            !aliases.lines().any(|l| l == "us"),
            "a common word is no place: {aliases}"
        );
        let both = Synonyms::parse("n.txt", b"Kremlin => Russia")
            .unwrap()
            .and(&places(Language::English));
        assert_eq!(both.len(), places(Language::English).len() + 1);
        assert!(both
            .for_story(&story, Language::English)
            .contains("\nkremlin\n"));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_neighbours_are_read_whole_and_lead_everyday_words_to_the_storys() {
        let file = include_bytes!("../data/neighbours/en.txt");
        let read = Synonyms::parse("en", file).unwrap_or_else(|e| panic!("{e}"));
        assert!(read.len() > 1000, "{}", read.len());
        assert_eq!(neighbours(Language::English).len(), read.len());
        assert!(neighbours(Language::Polish).is_empty());
        let story = Story::from_pairs("S.", &[("Will troops go?", "Yes, at a cost.")]);
        let aliases = neighbours(Language::English).for_story(&story, Language::English);
        let block = aliases
            .split("\n\n")
            .find(|block| block.lines().next() == Some("troop"))
            .unwrap_or_else(|| panic!("{aliases}"));
        assert!(block.lines().any(|l| l == "soldier"), "{block}");
    }

    #[test]
    fn every_bad_line_is_named_in_the_order_of_the_file() {
        let file =
            b"US, America\nKremlin\n# fine\n=> Russia\nok, fine\nbad\xff, line\na => b => c\n";
        let error = Synonyms::parse("newsroom.txt", file).unwrap_err();
        let lines: Vec<usize> = error.problems.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 4, 6, 7]);
        let message = error.to_string();
        assert_eq!(message.lines().count(), 4, "{message}");
        assert!(
            message.lines().all(|l| l.starts_with("newsroom.txt:")),
            "{message}"
        );
    }

    #[test]
    fn a_rule_that_leads_only_to_the_summary_is_said() {
        let file = "outage, shutoff, cut\nmains, pipes\nboil => water\n";
        let synonyms = Synonyms::parse("syn.txt", file.as_bytes()).unwrap();
        let story = Story::from_pairs(
            "The council cut the supply to 3,000 homes.",
            &[(
                "When does the water come back?",
                "By Friday, the pipes repaired.",
            )],
        );
        let said = synonyms.unused(&story, Language::English);
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(said[0].why, Why::SummaryOnly);
        assert_eq!(said[0].rule, "syn.txt:1");
        assert_eq!(said[0].entry, "cut");
        assert_eq!(said[0].readers, ["outage", "shutoff"]);
        assert!(said[0]
            .to_string()
            .starts_with("syn.txt:1: `cut` is only in the story's summary"));
    }
}
