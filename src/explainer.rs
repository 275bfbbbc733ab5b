//! A story indexed for the widget: its texts and its searcher.

use crate::paging;
use faq_core::links::{self, Link};
use faq_core::{
    build_index_in, FaqId, IndexError, Language, SearchIndex, Searcher, Story, ENGINE_LANGUAGE,
};
use std::borrow::Cow;
use std::rc::Rc;
use yew::AttrValue;

/// A story's text and its search index: everything the widget shows and
/// searches, read in place from the index bytes. An answer is indexed and
/// shown as its text with each link replaced by the link's text
/// ([`faq_core::links`]); its links are kept beside it.
///
/// In the browser a page keeps each story it indexes for as long as it is
/// open, so the index bytes are given the page's lifetime (`'static`) and
/// the texts go into the page without a copy. Natively (the publisher, the
/// tests) an explainer owns its bytes and frees them when it is dropped:
/// a run of 10,000 stories keeps one index at a time.
pub struct Explainer {
    #[cfg(target_arch = "wasm32")]
    searcher: Searcher<'static>,
    #[cfg(not(target_arch = "wasm32"))]
    indexed: owned::Indexed,
    /// Each answer's links, by question; empty when the story has none.
    links: Vec<Rc<[Link]>>,
    /// What [`Explainer::links`] gives an answer without links, made once.
    no_links: Rc<[Link]>,
}

#[cfg(not(target_arch = "wasm32"))]
mod owned {
    use faq_core::Searcher;

    self_cell::self_cell!(
        /// Index bytes and the searcher that reads them in place.
        pub(crate) struct Indexed {
            owner: Box<[u8]>,
            #[covariant]
            dependent: Searcher,
        }
    );
}

impl Explainer {
    /// The story that a published page or embed script carries, as
    /// [`Story::to_lines`] wrote it, indexed now in the engine's language:
    /// `None` if it is not a summary and whole pairs.
    pub fn from_lines(lines: &str) -> Option<Rc<Self>> {
        Story::from_lines(lines).map(|story| Self::from_story_in(&story, ENGINE_LANGUAGE))
    }

    /// Indexes an English `story` now.
    pub fn from_story(story: &Story) -> Rc<Self> {
        Self::from_story_in(story, Language::English)
    }

    /// Indexes `story`, written in `language`, now.
    pub fn from_story_in(story: &Story, language: Language) -> Rc<Self> {
        let mut links = Vec::new();
        let shown;
        let story = if story.faqs.iter().any(|faq| faq.answer.contains("](")) {
            let mut copy = story.clone();
            for faq in &mut copy.faqs {
                let (text, found) = links::shown(&faq.answer);
                faq.answer = text;
                links.push(found.into());
            }
            shown = copy;
            &shown
        } else {
            story
        };
        let bytes = build_index_in(story, language);
        // Not `expect`: that would ship the error's Debug formatting.
        let words = (story.aliases.clone(), story.commonness.clone());
        match Self::from_index(bytes, language, words, links) {
            Ok(explainer) => explainer,
            Err(_) => unreachable!("an index just built reads back"),
        }
    }

    /// An explainer over index bytes made by [`build_index_in`].
    #[cfg(target_arch = "wasm32")]
    fn from_index(
        bytes: Vec<u8>,
        language: Language,
        (aliases, commonness): (String, String),
        links: Vec<Rc<[Link]>>,
    ) -> Result<Rc<Self>, IndexError> {
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let searcher = Searcher::in_language(SearchIndex::from_bytes(bytes)?, language)
            .with_aliases(aliases)
            .with_commonness(commonness);
        Ok(Rc::new(Self {
            searcher,
            links,
            no_links: Rc::new([]),
        }))
    }

    /// An explainer over index bytes made by [`build_index_in`].
    #[cfg(not(target_arch = "wasm32"))]
    fn from_index(
        bytes: Vec<u8>,
        language: Language,
        (aliases, commonness): (String, String),
        links: Vec<Rc<[Link]>>,
    ) -> Result<Rc<Self>, IndexError> {
        let indexed = owned::Indexed::try_new(bytes.into_boxed_slice(), |bytes| {
            SearchIndex::from_bytes(bytes).map(|index| {
                Searcher::in_language(index, language)
                    .with_aliases(aliases)
                    .with_commonness(commonness)
            })
        })?;
        Ok(Rc::new(Self {
            indexed,
            links,
            no_links: Rc::new([]),
        }))
    }

    /// The story's searcher.
    pub fn searcher(&self) -> &Searcher<'_> {
        #[cfg(target_arch = "wasm32")]
        return &self.searcher;
        #[cfg(not(target_arch = "wasm32"))]
        return self.indexed.borrow_dependent();
    }

    /// The story's language. In the browser it is the engine's
    /// ([`ENGINE_LANGUAGE`], which every story it is given is in): a
    /// constant, so the words and attributes it picks cost no table of
    /// every language.
    pub fn language(&self) -> Language {
        if cfg!(target_arch = "wasm32") {
            ENGINE_LANGUAGE
        } else {
            self.searcher().language()
        }
    }

    pub fn summary(&self) -> &str {
        self.searcher().index().summary()
    }

    pub fn question(&self, faq: FaqId) -> &str {
        self.searcher().index().question(faq)
    }

    /// The answer as shown and searched: each link replaced by its text.
    pub fn answer(&self, faq: FaqId) -> &str {
        self.searcher().index().answer(faq)
    }

    /// The links of the answer, in the text [`Explainer::answer`] gives.
    pub fn links(&self, faq: FaqId) -> Rc<[Link]> {
        self.links
            .get(faq as usize)
            .unwrap_or(&self.no_links)
            .clone()
    }

    /// Whether any answer of the story has links.
    pub fn has_links(&self) -> bool {
        self.links.iter().any(|links| !links.is_empty())
    }

    /// The answer as the corpus writes it, links and all.
    pub fn corpus_answer(&self, faq: FaqId) -> Cow<'_, str> {
        match self.links.get(faq as usize) {
            Some(links) if !links.is_empty() => Cow::Owned(links::written(self.answer(faq), links)),
            _ => Cow::Borrowed(self.answer(faq)),
        }
    }

    /// The question's link name: `page#slug` opens it.
    pub fn slug(&self, faq: FaqId) -> &str {
        self.searcher().index().slug(faq)
    }

    /// The question whose link name is `slug`.
    pub fn find_slug(&self, slug: &str) -> Option<FaqId> {
        self.searcher().index().find_slug(slug)
    }

    /// How many questions the widget shows before any search: what the
    /// page holds before and without JavaScript, and its JSON-LD describes.
    pub fn shown_at_start(&self) -> usize {
        paging::shown_at_start(self.len())
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.searcher().index().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The story's texts as the page shows them: in the browser without a
/// copy (they live as long as the page), natively copied out of the index.
impl Explainer {
    #[cfg(target_arch = "wasm32")]
    pub fn shown_summary(&self) -> AttrValue {
        AttrValue::Static(self.searcher.index().summary())
    }

    #[cfg(target_arch = "wasm32")]
    pub fn shown_question(&self, faq: FaqId) -> AttrValue {
        AttrValue::Static(self.searcher.index().question(faq))
    }

    #[cfg(target_arch = "wasm32")]
    pub fn shown_answer(&self, faq: FaqId) -> AttrValue {
        AttrValue::Static(self.searcher.index().answer(faq))
    }

    #[cfg(target_arch = "wasm32")]
    pub fn shown_slug(&self, faq: FaqId) -> AttrValue {
        AttrValue::Static(self.searcher.index().slug(faq))
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn shown_summary(&self) -> AttrValue {
        AttrValue::from(self.summary().to_owned())
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn shown_question(&self, faq: FaqId) -> AttrValue {
        AttrValue::from(self.question(faq).to_owned())
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn shown_answer(&self, faq: FaqId) -> AttrValue {
        AttrValue::from(self.answer(faq).to_owned())
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn shown_slug(&self, faq: FaqId) -> AttrValue {
        AttrValue::from(self.slug(faq).to_owned())
    }
}

/// Two explainers are the same when they are the same value: the widget
/// never edits one in place.
impl PartialEq for Explainer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
