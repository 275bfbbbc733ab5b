//! A story indexed for the widget: its texts and its searcher.

use crate::paging;
use faq_core::markup::{self, Markup};
use faq_core::{
    build_index_in, FaqId, IndexError, Language, SearchIndex, Searcher, Story, ENGINE_LANGUAGE,
};
use std::borrow::Cow;
use std::rc::Rc;
use yew::AttrValue;

/// A story's text and its search index: everything the widget shows and
/// searches, read in place from the index bytes. An answer is indexed and
/// shown as its text, each link replaced by the link's text and its blocks
/// apart by line breaks ([`faq_core::markup`]); its markup (links, styles,
/// paragraphs and lists) is kept beside it.
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
    /// Each answer's markup, by question; empty when the story has none.
    markup: Vec<Rc<Markup>>,
    /// What [`Explainer::markup`] gives a plain answer, made once.
    plain: Rc<Markup>,
    /// The search field's placeholder made from the story's words
    /// ([`Story::placeholder`]); empty for the language's own.
    placeholder: Box<str>,
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
        let mut found = Vec::new();
        let shown;
        let story = if story.faqs.iter().any(|faq| markup::has_markup(&faq.answer))
            || story.summary.contains(markup::BLOCK)
        {
            let mut copy = story.clone();
            // A summary of several paragraphs shows them a line each.
            copy.summary = copy.summary.replace(markup::BLOCK, "\n");
            for faq in &mut copy.faqs {
                let (text, markup) = markup::shown(&faq.answer);
                faq.answer = text;
                found.push(markup.into());
            }
            shown = copy;
            &shown
        } else {
            story
        };
        let bytes = build_index_in(story, language);
        // Not `expect`: that would ship the error's Debug formatting.
        let words = (
            story.aliases.clone(),
            story.commonness.clone(),
            story.placeholder.as_str().into(),
        );
        match Self::from_index(bytes, language, words, found) {
            Ok(explainer) => explainer,
            Err(_) => unreachable!("an index just built reads back"),
        }
    }

    /// An explainer over index bytes made by [`build_index_in`].
    #[cfg(target_arch = "wasm32")]
    fn from_index(
        bytes: Vec<u8>,
        language: Language,
        (aliases, commonness, placeholder): (String, String, Box<str>),
        markup: Vec<Rc<Markup>>,
    ) -> Result<Rc<Self>, IndexError> {
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let searcher = Searcher::in_language(SearchIndex::from_bytes(bytes)?, language)
            .with_aliases(aliases)
            .with_commonness(commonness);
        Ok(Rc::new(Self {
            searcher,
            markup,
            plain: Rc::default(),
            placeholder,
        }))
    }

    /// An explainer over index bytes made by [`build_index_in`].
    #[cfg(not(target_arch = "wasm32"))]
    fn from_index(
        bytes: Vec<u8>,
        language: Language,
        (aliases, commonness, placeholder): (String, String, Box<str>),
        markup: Vec<Rc<Markup>>,
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
            markup,
            plain: Rc::default(),
            placeholder,
        }))
    }

    /// The search field's placeholder made from the story's words; empty
    /// for the language's own.
    pub fn placeholder(&self) -> &str {
        &self.placeholder
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

    /// The summary as shown and searched: its paragraphs a line each.
    pub fn summary(&self) -> &str {
        self.searcher().index().summary()
    }

    /// The summary as its story carries it.
    pub fn corpus_summary(&self) -> String {
        self.summary().replace('\n', &markup::BLOCK.to_string())
    }

    pub fn question(&self, faq: FaqId) -> &str {
        self.searcher().index().question(faq)
    }

    /// The answer as shown and searched: each link replaced by its text,
    /// its blocks apart by line breaks.
    pub fn answer(&self, faq: FaqId) -> &str {
        self.searcher().index().answer(faq)
    }

    /// The markup of the answer (links, styles, blocks), in the text
    /// [`Explainer::answer`] gives.
    pub fn markup(&self, faq: FaqId) -> Rc<Markup> {
        self.markup.get(faq as usize).unwrap_or(&self.plain).clone()
    }

    /// Whether any answer of the story is more than one plain paragraph,
    /// or its summary more than one.
    pub fn has_markup(&self) -> bool {
        self.markup.iter().any(|markup| !markup.is_empty()) || self.summary().contains('\n')
    }

    /// The answer as its story carries it, markup and all.
    pub fn corpus_answer(&self, faq: FaqId) -> Cow<'_, str> {
        match self.markup.get(faq as usize) {
            Some(markup) if !markup.is_empty() => {
                Cow::Owned(markup::written(self.answer(faq), markup))
            }
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
