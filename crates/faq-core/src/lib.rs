//! The FAQ widget's core: the corpus format, text analysis, the search index
//! and search itself. Nothing here touches a browser, so all of it is tested
//! and benchmarked natively; the widget crate adds only the user interface.
//!
//! How a story is searched:
//!
//! - **Text analysis** ([`text`]): word segmentation by the rules of UAX #29
//!   that search needs (checked against the `unicode-segmentation` crate in
//!   `tests/segmentation.rs`, without shipping its tables); NFKD with combining
//!   marks removed and case folding, through a table that the build derives
//!   from full normalisation (so the bundle carries no normalisation tables,
//!   and `tests/fold.rs` checks every code point it covers); possessives and apostrophes normalised (`Russia's`,
//!   `Russia’s` → `russia`); hyphenated words indexed whole and in parts
//!   (`long-term` → `long`, `term`, `longterm`). No stop words are dropped, so
//!   `US`, `UK` and `EU` are real queries.
//! - **Index** ([`index`]): one compact blob (corpus text stored once, sorted
//!   vocabulary, Snowball stems in the story's language, varint postings, field lengths), built
//!   in the browser at start-up from the story's text, which the story's page
//!   or embed script carries (how long that takes: `benches/README.md`),
//!   then only read in place. Only the few
//!   questions on show are tokenized again, to place highlights.
//! - **Ranking** ([`search`]): one rule for a keyword and a whole sentence.
//!   BM25F over question and answer is the backbone: each field normalised by
//!   its own length, and each field's IDF (half its own, half the whole pair's), so
//!   that in a story whose questions all read "What … peacekeepers … Ukraine?"
//!   a rare word still outweighs "what" and "does". How much a question's
//!   words count against an answer's, and how soon a repeated word stops
//!   counting more (BM25's k1), follow how long the corpus's answers are:
//!   with long answers (StackFAQ's) the question weighs more and k1 is
//!   higher, since a long answer repeats even its topic many times; with
//!   short ones (a newsroom's explainer) both are textbook BM25's; in between
//!   they blend ([`RankingWeights`] holds every figure). Each query word
//!   stands for a few terms, each a discounted expansion inside BM25F's term
//!   frequency: the word itself (in full), other words with its Snowball stem
//!   in the story's language (see the README's Languages), words it starts
//!   while it is still being typed, and, only for a word that matches
//!   nothing as typed, words one or two edits away (bounded
//!   optimal-string-alignment distance, from [`search::ONE_TYPO_FROM`] and
//!   [`search::TWO_TYPOS_FROM`] letters, the search's fuzzy module walking
//!   the sorted vocabulary like a trie); in the Slavic and Baltic languages,
//!   words of related stems; and words the newsroom's synonyms lead to
//!   ([`synonyms`]), each at its own weight in [`RankingWeights`]. Common
//!   words count by IDF alone: there is no stop list, so `US`, `UK` and
//!   `who` stay searchable while `how`, `to` and `my` weigh little (in a
//!   story of few questions, also as common as they are in the language:
//!   [`frequencies`]), and words found in
//!   most questions are not highlighted next to rarer ones. Matching more of
//!   the query's words ranks higher through BM25's own sum; words that stand
//!   side by side as in the query add a bonus. The weights were chosen with
//!   `faq-tune` on the StackFAQ development split and the story's cases, and
//!   the short-answer values on the second story's (which so stopped being an
//!   unseen check); StackFAQ's held-out split, kept apart from us, is scored the same way
//!   with `STACKFAQ_SPLIT=path/to/test.json node benches/quality.mjs`. Every hit carries byte
//!   ranges to highlight. The page of results is read again to place them:
//!   ASCII text (with typographic apostrophes and dashes) by a quick scanner
//!   that hashes each word's folded term instead of writing it out (it gives
//!   exactly the full scanner's tokens, `tests/segmentation.rs`), anything
//!   else by the full scanner. The last 96 questions and answers read stay
//!   tokenized, so typing costs a read only for an answer not shown a
//!   keystroke earlier (how fast a page of results is read: `benches/README.md`).

pub mod corpus;
pub mod frequencies;
pub mod hash;
pub mod index;
pub mod language;
pub mod links;
pub mod markup;
pub mod search;
pub mod site_index;
pub mod stemmer;
pub mod synonyms;
pub mod text;

pub use corpus::{CorpusError, CorpusErrorKind, Faq, Story};
pub use index::{build_index, build_index_in, FaqId, IndexError, SearchIndex};
pub use language::{Language, ENGINE_LANGUAGE, ENGLISH_ENGINE};
pub use search::{Hit, QueryWords, RankingWeights, SearchResults, Searchable, Searcher};
#[cfg(not(target_arch = "wasm32"))]
pub use synonyms::{neighbours, places, readers_words};
pub use synonyms::{Synonyms, SynonymsError, Unused, Why};
