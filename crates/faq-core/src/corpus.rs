//! The corpus: a story's summary and its questions with their answers.
//!
//! This module owns the text format and its validation. The format is plain
//! UTF-8 text: the first line is the summary, then a question line and its
//! answer line, alternating; an answer may link to its sources
//! (`[text](https://…)`, [`crate::links`]). Every error names the file, the line and what to
//! fix, because a newsroom editor, not a programmer, is the one who reads it.
//!
//! It does not own searching ([`crate::search`]) or rendering.

use crate::links::{self, LinkError};
use std::collections::HashMap;
use std::fmt;

/// One question and its answer, as the corpus gives them (trimmed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Faq {
    pub question: String,
    pub answer: String,
}

/// A story's explainer: the summary paragraph and the questions readers ask,
/// and the words readers may use for its own (from the newsroom's synonyms
/// file, [`crate::synonyms`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Story {
    pub summary: String,
    pub faqs: Vec<Faq>,
    /// The readers' words for the story's own: for each of its words or
    /// phrases that a reader's may lead to, a block of lines (its stems,
    /// then each reader's words' stems), blocks apart by an empty line
    /// ([`crate::Synonyms::for_story`]). Empty for none.
    pub aliases: String,
    /// How common each of the story's words is in its language: a letter
    /// per term of its index's vocabulary, in order
    /// ([`crate::frequencies`]). Empty for none.
    pub commonness: String,
    /// The placeholder of the story's search field, made from its own
    /// words in its language when it is published ("For example: ferry,
    /// toll"). Empty for the language's built-in one.
    pub placeholder: String,
}

/// The line after a story's pairs that starts its words for the search
/// ([`Story::search_words`]): a control character, which no corpus line
/// holds (see [`parse`]), so it cannot be taken for a question.
const SEARCH_WORDS: char = '\u{1e}';

impl Story {
    /// A story of `summary` and its (question, answer) pairs, with no
    /// words for the search: how tests and tools write one in code.
    pub fn from_pairs(summary: &str, pairs: &[(&str, &str)]) -> Self {
        Self {
            summary: summary.into(),
            faqs: pairs
                .iter()
                .map(|&(question, answer)| Faq {
                    question: question.into(),
                    answer: answer.into(),
                })
                .collect(),
            ..Self::default()
        }
    }

    /// The story as a published page or embed script carries it: the
    /// summary, then each question and its answer, one per line, as in the
    /// corpus file, then, if it has aliases, a line with the record
    /// separator (U+001E) and its aliases. No line of a parsed story holds
    /// a line break, so [`Story::from_lines`] reads it back exactly.
    pub fn to_lines(&self) -> String {
        let mut text = self.summary.clone();
        for faq in &self.faqs {
            for line in [&faq.question, &faq.answer] {
                text.push('\n');
                text.push_str(line);
            }
        }
        if !self.aliases.is_empty() || !self.commonness.is_empty() || !self.placeholder.is_empty() {
            text.push('\n');
            text.push(SEARCH_WORDS);
            text.push('\n');
            text.push_str(&self.search_words());
        }
        text
    }

    /// What the search knows of the story's words beyond its text: its
    /// [`Story::commonness`] on one line, its [`Story::placeholder`] on the
    /// next, then its [`Story::aliases`]; empty if it has none of them.
    pub fn search_words(&self) -> String {
        if self.commonness.is_empty() && self.placeholder.is_empty() && self.aliases.is_empty() {
            return String::new();
        }
        let mut text = format!("{}\n{}", self.commonness, self.placeholder);
        if !self.aliases.is_empty() {
            text.push('\n');
            text.push_str(&self.aliases);
        }
        text
    }

    /// Takes what [`Story::search_words`] wrote.
    pub fn set_search_words(&mut self, text: &str) {
        let (commonness, rest) = text.split_once('\n').unwrap_or((text, ""));
        let (placeholder, aliases) = rest.split_once('\n').unwrap_or((rest, ""));
        self.commonness = commonness.to_owned();
        self.placeholder = placeholder.to_owned();
        self.aliases = aliases.to_owned();
    }

    /// Reads what [`Story::to_lines`] wrote; `None` unless it is a summary
    /// and whole pairs. Trusts the publisher's validation for the rest.
    pub fn from_lines(text: &str) -> Option<Story> {
        // The words for the search, if any, are all after their line.
        let (text, words) = match text.find(SEARCH_WORDS) {
            Some(at) => (
                text.get(..at.saturating_sub(1)).unwrap_or_default(),
                text.get(at + 2..).unwrap_or_default(),
            ),
            None => (text, ""),
        };
        let mut lines = text.split('\n');
        let summary = lines.next()?.to_owned();
        let mut faqs = Vec::new();
        while let Some(question) = lines.next() {
            let answer = lines.next()?;
            faqs.push(Faq {
                question: question.to_owned(),
                answer: answer.to_owned(),
            });
        }
        let mut story = Story {
            summary,
            faqs,
            ..Story::default()
        };
        story.set_search_words(words);
        Some(story)
    }
}

/// What is wrong with a corpus, with the 1-based line it is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CorpusErrorKind {
    /// The file is empty or holds only blank lines.
    Empty,
    /// The bytes are not UTF-8; `line` holds the first bad byte.
    NotUtf8 { line: usize },
    /// A blank line between a question and its answer.
    EmptyLine { line: usize },
    /// The question on `question_line` has no answer line after it.
    MissingAnswer { question_line: usize },
    /// A question line that does not end with `?`.
    QuestionWithoutMark { line: usize },
    /// The question on `line` repeats the one on `first_line`.
    DuplicateQuestion { line: usize, first_line: usize },
    /// The summary is there but no question follows it.
    NoQuestions,
    /// A control character (U+0000 to U+001F but the tab, U+007F to
    /// U+009F) at the 1-based `column` of `line`: a web page cannot show it,
    /// and HTML drops U+0000 outright.
    ControlCharacter {
        line: usize,
        column: usize,
        character: char,
    },
    /// A link in the answer on `line` that cannot be published
    /// ([`crate::links`]).
    Link { line: usize, error: LinkError },
}

/// A corpus that cannot be used, and why. `Display` is the message a person
/// acts on: `corpus/x.txt:7: ...`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    pub file: String,
    pub kind: CorpusErrorKind,
}

impl CorpusError {
    /// The 1-based line the error is on, where there is one.
    pub fn line(&self) -> Option<usize> {
        match self.kind {
            CorpusErrorKind::Empty | CorpusErrorKind::NoQuestions => None,
            CorpusErrorKind::NotUtf8 { line }
            | CorpusErrorKind::EmptyLine { line }
            | CorpusErrorKind::QuestionWithoutMark { line }
            | CorpusErrorKind::DuplicateQuestion { line, .. }
            | CorpusErrorKind::ControlCharacter { line, .. }
            | CorpusErrorKind::Link { line, .. } => Some(line),
            CorpusErrorKind::MissingAnswer { question_line } => Some(question_line),
        }
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line() {
            Some(line) => write!(f, "{}:{}: ", self.file, line)?,
            None => write!(f, "{}: ", self.file)?,
        }
        match &self.kind {
            CorpusErrorKind::Empty => f.write_str(
                "the corpus is empty; write the summary on the first line, then each question on its own line followed by its answer on the next",
            ),
            CorpusErrorKind::NotUtf8 { .. } => f.write_str(
                "this line is not valid UTF-8 text; save the file as UTF-8 (for example with `iconv -f WINDOWS-1252 -t UTF-8`)",
            ),
            CorpusErrorKind::EmptyLine { .. } => f.write_str(
                "empty line between a question and its answer; remove it (blank lines may stand between pairs), or write the question's answer here if it has none",
            ),
            CorpusErrorKind::MissingAnswer { question_line } => write!(
                f,
                "the question on line {question_line} has no answer; add its answer on line {}",
                question_line + 1
            ),
            CorpusErrorKind::QuestionWithoutMark { .. } => f.write_str(
                "expected a question here, but the line does not end with a question mark (`?`, or `؟` `？` `;` `;` `՞` `፧`); end the question with one, or check whether a question or an answer above is missing",
            ),
            CorpusErrorKind::DuplicateQuestion { first_line, .. } => write!(
                f,
                "this question repeats the one on line {first_line}; remove one of them or reword it"
            ),
            CorpusErrorKind::NoQuestions => f.write_str(
                "the corpus has a summary but no questions; add each question on its own line followed by its answer",
            ),
            CorpusErrorKind::ControlCharacter {
                column, character, ..
            } => write!(
                f,
                "column {column} holds the control character U+{:04X}, which a web page cannot show; remove it (or replace it with a space)",
                u32::from(*character)
            ),
            CorpusErrorKind::Link {
                error: LinkError::Scheme { column, scheme },
                ..
            } => write!(
                f,
                "column {column}: a link to a `{scheme}:` URL is not allowed, only to http, https, mailto, tel or relative URLs; link to the source's web page instead, or remove the link"
            ),
            CorpusErrorKind::Link {
                error: LinkError::Backslash { column },
                ..
            } => write!(
                f,
                "column {column}: a link whose URL holds a backslash `\\`, which browsers read as `/` and may send to another site; write the address with `/` (a full `https://` address for another site), or `%5C` for a backslash meant as one"
            ),
            CorpusErrorKind::Link {
                error: LinkError::Unclosed { column },
                ..
            } => write!(
                f,
                "column {column}: a link `[text](` whose URL does not end with `)`; write it as `[text](https://…)` with no space in the URL, or put a space between `]` and `(` if no link is meant"
            ),
        }
    }
}

impl std::error::Error for CorpusError {}

/// Whether `line` ends with a question mark: `?`, or the question mark of
/// a script that has its own (Arabic and Persian `؟`, the full-width `？`
/// of Chinese and Japanese, Greek `;` and `;`, Armenian `՞`, Ethiopic
/// `፧`).
fn ends_with_question_mark(line: &str) -> bool {
    line.ends_with([
        '?', '\u{61F}', '\u{FF1F}', ';', '\u{37E}', '\u{55E}', '\u{1367}',
    ])
}

/// Reads a corpus. `file` only names the source in error messages.
///
/// Accepts CRLF line endings, a UTF-8 byte-order mark, and blank lines
/// anywhere but between a question and its answer; trims each line. Rejects everything [`CorpusErrorKind`] lists.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Story, CorpusError> {
    let error = |kind| CorpusError {
        file: file.to_owned(),
        kind,
    };
    let text = utf8_text(bytes).map_err(|line| error(CorpusErrorKind::NotUtf8 { line }))?;

    // Each line that holds text, with its 1-based number: blank lines may
    // stand between the summary and the pairs, and between pairs.
    let numbered: Vec<(usize, &str)> = text
        .lines()
        .map(str::trim)
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(at, line)| (at + 1, line))
        .collect();
    if numbered.is_empty() {
        return Err(error(CorpusErrorKind::Empty));
    }
    let lines: Vec<&str> = numbered.iter().map(|(_, line)| *line).collect();
    // The file's line number of the `n`-th line with text (1-based).
    let line_of = |n: usize| numbered.get(n - 1).map_or(n, |(number, _)| *number);
    for (number, line) in lines.iter().enumerate() {
        let control = line
            .chars()
            .enumerate()
            .find(|&(_, c)| c.is_control() && c != '\t');
        if let Some((at, character)) = control {
            return Err(error(CorpusErrorKind::ControlCharacter {
                line: line_of(number + 1),
                column: at + 1,
                character,
            }));
        }
    }

    let summary = lines[0].to_owned();
    let mut faqs = Vec::new();
    // Questions that differ only in letter case or spacing are the same question.
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let mut index = 1;
    while index < lines.len() {
        let question_line = line_of(index + 1);
        let question = lines[index];
        if !ends_with_question_mark(question) {
            // A real answer may end with `?`. When the answer before this
            // line did, and this line is no question, the lines are out of
            // step: that "answer" was the next question, and the question
            // before it has no answer.
            let previous_answer = index.checked_sub(1).and_then(|at| lines.get(at));
            if index >= 3 && previous_answer.is_some_and(|answer| ends_with_question_mark(answer)) {
                return Err(error(CorpusErrorKind::MissingAnswer {
                    question_line: line_of(index - 1),
                }));
            }
            return Err(error(CorpusErrorKind::QuestionWithoutMark {
                line: question_line,
            }));
        }
        let Some(&answer) = lines.get(index + 1) else {
            return Err(error(CorpusErrorKind::MissingAnswer { question_line }));
        };
        // A question and its answer stand on lines next to each other.
        if line_of(index + 2) > question_line + 1 {
            return Err(error(CorpusErrorKind::EmptyLine {
                line: question_line + 1,
            }));
        }
        if let Err(link) = links::check(answer) {
            return Err(error(CorpusErrorKind::Link {
                line: question_line + 1,
                error: link,
            }));
        }
        let key = question_key(question);
        if let Some(&first_line) = first_seen.get(&key) {
            return Err(error(CorpusErrorKind::DuplicateQuestion {
                line: question_line,
                first_line,
            }));
        }
        first_seen.insert(key, question_line);
        faqs.push(Faq {
            question: question.to_owned(),
            answer: answer.to_owned(),
        });
        index += 2;
    }
    if faqs.is_empty() {
        return Err(error(CorpusErrorKind::NoQuestions));
    }
    Ok(Story {
        summary,
        faqs,
        ..Story::default()
    })
}

/// What makes two questions the same question: they differ only in letter
/// case or spacing. The corpus and a Markdown story refuse a repeat by it.
pub fn question_key(question: &str) -> String {
    question
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `bytes` as text, without a leading byte-order mark; or, if they are not
/// UTF-8, the 1-based line of the first byte that is not. How a corpus and
/// a synonyms file are read.
pub(crate) fn utf8_text(bytes: &[u8]) -> Result<&str, usize> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}
