//! The FAQ widget's core: the corpus format, text analysis, the search index
//! and search itself.
//!
//! Nothing here touches a browser, so all of it is tested and benchmarked
//! natively; the widget crate adds only the user interface.

pub mod corpus;
mod fuzzy;
pub mod hash;
pub mod index;
pub mod language;
mod reread;
pub mod search;
pub mod stemmer;
pub mod text;

pub use corpus::{CorpusError, CorpusErrorKind, Faq, Story};
pub use index::{build_index, build_index_in, FaqId, IndexError, SearchIndex};
pub use language::{Language, ENGINE_LANGUAGE, ENGLISH_ENGINE};
pub use search::{Hit, RankingWeights, SearchResults, Searcher};
