//! The FAQ widget's core: the corpus format, text analysis and search.
//!
//! Nothing here touches a browser, so all of it is tested and benchmarked
//! natively; the widget crate adds only the user interface.

pub mod corpus;
pub mod search;
pub mod text;

pub use corpus::{CorpusError, CorpusErrorKind, Faq, Story};
pub use search::{FaqId, Hit, RankingWeights, SearchIndex};
