//! The FAQ widget: a story's summary, an accessible accordion of its
//! questions and instant search, all in the browser.
//!
//! The corpus is validated and embedded by `build.rs`; searching is
//! [`faq_core`]'s job. This crate only holds the user interface: a reducer
//! ([`state`]) and small components ([`components`]).

pub mod components;
pub mod state;

use faq_core::{Faq, SearchIndex, Story};
use std::rc::Rc;

pub use components::widget::{FaqWidget, FaqWidgetProps};

mod built_in {
    include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
}

/// A story with its search index: everything the widget shows and searches.
pub struct Explainer {
    pub story: Story,
    pub index: SearchIndex,
}

impl Explainer {
    pub fn new(story: Story) -> Rc<Self> {
        let index = SearchIndex::new(&story);
        Rc::new(Self { story, index })
    }

    /// The corpus the bundle was built with.
    pub fn built_in() -> Rc<Self> {
        Self::new(Story {
            summary: built_in::SUMMARY.to_owned(),
            faqs: built_in::FAQS
                .iter()
                .map(|&(question, answer)| Faq {
                    question: question.to_owned(),
                    answer: answer.to_owned(),
                })
                .collect(),
        })
    }
}

/// Two explainers are the same when they are the same value: the widget
/// never edits one in place.
impl PartialEq for Explainer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
