//! What can go wrong while building the engine or publishing, by kind, as
//! the corpus has its `CorpusErrorKind`: callers and tests match kinds, and
//! the message (`Display`) says what to do, starting with the file it is
//! about.

use faq_core::{CorpusError, SynonymsError};
use std::fmt;
use std::path::{Path, PathBuf};

/// An error of the publisher: its kind, and the file it is about, if any.
#[derive(Debug)]
pub struct PublishError {
    pub kind: ErrorKind,
    pub path: Option<PathBuf>,
}

#[derive(Debug)]
pub enum ErrorKind {
    /// The command line is not one the publisher takes.
    Usage(String),
    /// A story is not a valid corpus: its file, line and fix.
    Corpus(CorpusError),
    /// A Markdown story cannot be published: its file, line, column and fix.
    Markdown(crate::markdown::MarkdownError),
    /// The synonyms file has bad lines: its file, each line and its fix. Nothing
    /// is published.
    Synonyms(SynonymsError),
    /// A story's front matter names another language than its run's.
    StoryLanguage { said: String, run: String },
    /// A story's file name cannot name its folder and web address.
    UnfitName,
    /// Two stories of one run have the same name.
    SameName { name: String, others: Vec<PathBuf> },
    /// Some stories of a run were not published.
    NotPublished { failed: usize, of: usize },
    /// An unknown language code; the message names the supported ones.
    UnknownLanguage(String),
    /// No engine (its manifest unreadable) where one was expected.
    NoEngine(std::io::Error),
    /// The engine is built for another language than the stories'.
    EngineLanguage { built: String, wanted: String },
    /// The engine was built from other sources than the project's.
    EngineOutdated,
    /// A file the build expects in trunk's folder is not there.
    MissingBuildFile(&'static str),
    /// Trunk's page has not the one inline loader the build moves out.
    Loader { found: usize },
    /// A script of `js/` names a constant the build does not define.
    UndefinedConstant(String),
    /// The page has no mount element, or several.
    MountElements { found: usize },
    /// The page has no `<head>` or `<body>` start tag to add to.
    NoHead,
    /// An inline script is left, which a strict CSP would block.
    InlineScript,
    /// A file the page refers to is not in the engine's folder.
    MissingFile(String),
    /// The offline page still refers to other files.
    ReferencesLeft(Vec<String>),
    /// A page given to prerender again is not a published one.
    NotPublishedPage,
    /// A published page's story data cannot be read.
    DamagedStoryData,
    /// A page given to prerender again has an invalid `<html lang>`.
    PageLanguage(String),
    /// `name=value` was expected.
    Attribute(String),
    /// The wasm and its glue cannot be given short names.
    WasmNames(String),
    /// A tool (cargo, wasm-bindgen, wasm-opt, terser) could not start or failed.
    Tool { program: String, failure: String },
    /// Reading or writing a file.
    Io(std::io::Error),
    /// A JSON file (a manifest, a listing) cannot be read.
    Json(serde_json::Error),
    /// The HTML rewriter failed.
    Rewriter(String),
}

pub type Result<T> = std::result::Result<T, PublishError>;

impl PublishError {
    pub fn new(kind: ErrorKind) -> Self {
        Self { kind, path: None }
    }

    /// This error, about the file `path` (unless it names one already).
    pub fn at(mut self, path: impl AsRef<Path>) -> Self {
        if self.path.is_none() {
            self.path = Some(path.as_ref().to_path_buf());
        }
        self
    }
}

impl From<ErrorKind> for PublishError {
    fn from(kind: ErrorKind) -> Self {
        Self::new(kind)
    }
}

/// `Err(kind)` about `path`, for `map_err`.
pub fn io_at(path: &Path) -> impl FnOnce(std::io::Error) -> PublishError + '_ {
    move |error| PublishError::new(ErrorKind::Io(error)).at(path)
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Usage(usage) => f.write_str(usage),
            ErrorKind::Corpus(error) => write!(f, "{error}"),
            ErrorKind::Markdown(error) => write!(f, "{error}"),
            ErrorKind::Synonyms(error) => {
                let lines = error.problems.len();
                let those = if lines == 1 { "this line" } else { "these lines" };
                write!(f, "{error}\nfix {those} of the synonyms file; nothing was published")
            }
            ErrorKind::StoryLanguage { said, run } => write!(
                f,
                "its front matter says `lang: {said}`, but this run publishes {run}; publish it with \
                 --lang {said} (scripts/publish, given no --lang, publishes each story in its own)"
            ),
            ErrorKind::UnfitName => f.write_str(
                "a story's file name becomes its folder and web address; \
                 use letters, digits, '-', '_' and '.' (not first)",
            ),
            ErrorKind::SameName { name, others } => {
                let others: Vec<String> = others.iter().map(|p| p.display().to_string()).collect();
                write!(
                    f,
                    "another story of this run, {}, has the same name \"{name}\"; rename one of the files",
                    others.join(", ")
                )
            }
            ErrorKind::NotPublished { failed, of } => write!(
                f,
                "{failed} of {of} stories not published; their earlier files, if any, are unchanged"
            ),
            ErrorKind::UnknownLanguage(message) => f.write_str(message),
            ErrorKind::NoEngine(error) => write!(
                f,
                "{error}; build the engine first (scripts/publish does, or `trunk build --release`)"
            ),
            ErrorKind::EngineLanguage { built, wanted } => write!(
                f,
                "the engine is built for {built}, not {wanted}; build one for {wanted} \
                 (scripts/publish --lang {wanted} does)"
            ),
            ErrorKind::EngineOutdated => f.write_str("the engine was built from other sources"),
            ErrorKind::MissingBuildFile(what) => write!(f, "no {what}"),
            ErrorKind::Loader { found } => write!(
                f,
                "expected trunk's one inline loader, found {found} inline module scripts"
            ),
            ErrorKind::UndefinedConstant(name) => write!(
                f,
                "{name} is not defined by the engine build (crates/faq-publish/src/engine/scripts.rs)"
            ),
            ErrorKind::MountElements { found: 0 } => write!(
                f,
                "no element with id=\"{}\" to render the widget into",
                faq_widget::contract::MOUNT_ID
            ),
            ErrorKind::MountElements { found } => write!(
                f,
                "{found} elements with id=\"{}\"; the widget needs exactly one",
                faq_widget::contract::MOUNT_ID
            ),
            ErrorKind::NoHead => f.write_str("no <head> or <body> start tag to add to"),
            ErrorKind::InlineScript => {
                f.write_str("an inline script is left; a strict CSP would block it")
            }
            ErrorKind::MissingFile(reference) => {
                write!(f, "{reference}: not in the built folder")
            }
            ErrorKind::ReferencesLeft(references) => write!(
                f,
                "the offline page still refers to {}; it must hold every file it needs",
                references.join(", ")
            ),
            ErrorKind::NotPublishedPage => write!(
                f,
                "no #{} element: not a published page",
                faq_widget::contract::STORY_DATA_ID
            ),
            ErrorKind::DamagedStoryData => write!(
                f,
                "#{}: not a story's lines or JSON-LD",
                faq_widget::contract::STORY_DATA_ID
            ),
            ErrorKind::PageLanguage(message) => write!(f, "<html lang>: {message}"),
            ErrorKind::Attribute(pair) => write!(f, "{pair}: give an attribute as name=value"),
            ErrorKind::WasmNames(message) => f.write_str(message),
            ErrorKind::Tool { program, failure } => write!(f, "{program}: {failure}"),
            ErrorKind::Io(error) => write!(f, "{error}"),
            ErrorKind::Json(error) => write!(f, "{error}"),
            ErrorKind::Rewriter(message) => f.write_str(message),
        }
    }
}

impl fmt::Display for PublishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, &self.kind) {
            // A corpus error names its file and line itself.
            (_, ErrorKind::Corpus(_) | ErrorKind::Markdown(_) | ErrorKind::Synonyms(_))
            | (None, _) => {
                write!(f, "{}", self.kind)
            }
            (Some(path), kind) => write!(f, "{}: {kind}", path.display()),
        }
    }
}

impl std::error::Error for PublishError {}
