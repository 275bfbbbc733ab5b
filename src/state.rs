//! The widget's state and the rules that change it, testable without a DOM.
//!
//! What is shown follows from the query; what is open follows from the
//! reader's clicks and from the search: an answer that matches only in its
//! text opens by itself, until the reader closes it or the query changes.
//!
//! The list is built to stay quick at any corpus size: a story (up to
//! [`WHOLE_STORY`] questions) is shown whole when nobody searches, so
//! find-in-page reaches every answer; otherwise the list holds the best
//! [`PAGE`] questions and grows by a page at each "Show more".

use crate::explainer::Explainer;
use crate::paging::{first_limit, PAGE};
use faq_core::{FaqId, Hit};
use std::ops::Range;
use std::rc::Rc;
use yew::Reducible;

/// What the reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The search field now holds this text.
    Search(String),
    /// Open a closed question, or close an open one.
    Toggle(FaqId),
    /// Open a question (a link named it, or find-in-page found text in it).
    Open(FaqId),
    /// Open every question on show.
    ShowAll,
    /// Close every question on show.
    HideAll,
    /// Show the next page of questions.
    ShowMore,
}

/// One question on show, with the words to highlight.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownFaq {
    pub id: FaqId,
    pub question_marks: Vec<Range<usize>>,
    pub answer_marks: Vec<Range<usize>>,
    /// The query matched the answer only, so it opens by itself.
    pub opens_for_search: bool,
}

/// The questions the reader opened (`true`) or closed (`false`) by hand,
/// sorted by id. A sorted list rather than two `BTreeSet`s: the reader
/// touches a handful of questions, and the B-tree code (with the sort that
/// `BTreeSet::from_iter` brings) cost the bundle 4.9 KB gzip.
#[derive(Clone, Default, PartialEq)]
struct ReaderChoices(Vec<(FaqId, bool)>);

impl ReaderChoices {
    fn get(&self, id: FaqId) -> Option<bool> {
        let found = self.0.binary_search_by_key(&id, |&(id, _)| id).ok()?;
        Some(self.0[found].1)
    }

    fn set(&mut self, id: FaqId, open: bool) {
        match self.0.binary_search_by_key(&id, |&(id, _)| id) {
            Ok(found) => self.0[found].1 = open,
            Err(place) => self.0.insert(place, (id, open)),
        }
    }

    /// Forgets the questions the reader closed, keeping those they opened.
    fn forget_closed(&mut self) {
        self.0.retain(|&(_, open)| open);
    }
}

impl FromIterator<(FaqId, bool)> for ReaderChoices {
    fn from_iter<T: IntoIterator<Item = (FaqId, bool)>>(choices: T) -> Self {
        let mut all = Self::default();
        for (id, open) in choices {
            all.set(id, open);
        }
        all
    }
}

#[derive(Clone, PartialEq)]
pub struct WidgetState {
    pub explainer: Rc<Explainer>,
    pub query: String,
    /// The questions on show, best match first (corpus order when no query).
    pub shown: Vec<ShownFaq>,
    /// How many questions match the query (all of them when there is none);
    /// `shown` holds the first of them, up to `limit`.
    pub matching: usize,
    /// For a query that finds nothing, the story's words nearest to it
    /// ([`faq_core::Searcher::did_you_mean`]), if it has any near enough.
    pub suggestion: Option<String>,
    limit: usize,
    reader_choices: ReaderChoices,
    /// A single-open accordion: opening a question closes the others, and a
    /// search opens at most its best answer-only match.
    exclusive: bool,
}

impl WidgetState {
    /// The starting state: every question shown, those in `open` open (only
    /// the first of them when `exclusive`).
    pub fn new(explainer: Rc<Explainer>, open: &[FaqId], exclusive: bool) -> Self {
        let matching = explainer.len();
        let limit = first_limit(matching, false);
        let shown = in_corpus_order(&explainer, limit);
        let open = if exclusive {
            &open[..open.len().min(1)]
        } else {
            open
        };
        Self {
            explainer,
            query: String::new(),
            matching,
            suggestion: None,
            shown,
            limit,
            reader_choices: open.iter().map(|&id| (id, true)).collect(),
            exclusive,
        }
    }

    pub fn is_exclusive(&self) -> bool {
        self.exclusive
    }

    /// Opens `id`; in a single-open accordion, closes every other question.
    fn open(&mut self, id: FaqId) {
        if self.exclusive {
            let others: Vec<FaqId> = self
                .shown
                .iter()
                .filter(|faq| faq.id != id && self.is_open(faq))
                .map(|faq| faq.id)
                .collect();
            for other in others {
                self.reader_choices.set(other, false);
            }
        }
        self.reader_choices.set(id, true);
    }

    pub fn total(&self) -> usize {
        self.explainer.len()
    }

    pub fn is_searching(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// The questions the reader opened (or the page opened for them), in id
    /// order, whether on show or not.
    pub fn opened(&self) -> impl Iterator<Item = FaqId> + '_ {
        self.reader_choices
            .0
            .iter()
            .filter(|&&(_, open)| open)
            .map(|&(id, _)| id)
    }

    pub fn is_open(&self, faq: &ShownFaq) -> bool {
        self.reader_choices
            .get(faq.id)
            .unwrap_or(faq.opens_for_search)
    }

    /// True when every question on show is open (and at least one is shown).
    pub fn all_open(&self) -> bool {
        !self.shown.is_empty() && self.shown.iter().all(|faq| self.is_open(faq))
    }

    fn shown_ids(&self) -> Vec<FaqId> {
        self.shown.iter().map(|faq| faq.id).collect()
    }

    /// How many matching questions the list leaves out.
    pub fn not_shown(&self) -> usize {
        self.matching.saturating_sub(self.shown.len())
    }

    /// Fills `shown` and `matching` for `query`, at most `limit` questions.
    fn find(&mut self, query: &str) {
        self.suggestion = None;
        if query.trim().is_empty() {
            self.shown = in_corpus_order(&self.explainer, self.limit);
            self.matching = self.explainer.len();
        } else {
            let searcher = self.explainer.searcher();
            let results = searcher.search(query, self.limit);
            self.shown = results.hits.into_iter().map(from_hit).collect();
            self.matching = results.total;
            if results.total == 0 {
                self.suggestion = searcher.did_you_mean(query);
            }
        }
    }
}

fn in_corpus_order(explainer: &Explainer, limit: usize) -> Vec<ShownFaq> {
    (0..explainer.len().min(limit) as FaqId)
        .map(|id| ShownFaq {
            id,
            question_marks: Vec::new(),
            answer_marks: Vec::new(),
            opens_for_search: false,
        })
        .collect()
}

fn from_hit(hit: Hit) -> ShownFaq {
    ShownFaq {
        id: hit.faq,
        opens_for_search: hit.matches_answer_only(),
        question_marks: hit.question,
        answer_marks: hit.answer,
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Search(query) => {
                if query == self.query {
                    return self;
                }
                next.limit = first_limit(self.total(), !query.trim().is_empty());
                next.find(&query);
                if self.exclusive {
                    // One open answer at most: the reader's, else the best
                    // answer-only match.
                    let reader_has_one = next
                        .shown
                        .iter()
                        .any(|faq| self.reader_choices.get(faq.id) == Some(true));
                    let mut first = !reader_has_one;
                    for faq in next.shown.iter_mut().filter(|faq| faq.opens_for_search) {
                        faq.opens_for_search = std::mem::take(&mut first);
                    }
                }
                next.query = query;
                // A new search decides afresh which answers open by themselves.
                next.reader_choices.forget_closed();
            }
            Action::Toggle(id) => {
                let Some(faq) = self.shown.iter().find(|faq| faq.id == id) else {
                    return self;
                };
                if self.is_open(faq) {
                    next.reader_choices.set(id, false);
                } else {
                    next.open(id);
                }
            }
            Action::Open(id) => {
                if self
                    .shown
                    .iter()
                    .any(|faq| faq.id == id && self.is_open(faq))
                {
                    return self;
                }
                next.open(id);
            }
            Action::ShowAll => {
                for id in self.shown_ids() {
                    next.reader_choices.set(id, true);
                }
            }
            Action::HideAll => {
                for id in self.shown_ids() {
                    next.reader_choices.set(id, false);
                }
            }
            Action::ShowMore => {
                if self.not_shown() == 0 {
                    return self;
                }
                // The questions already on show keep their place and their
                // open state; the next page comes after them.
                let opens_for_search: Vec<bool> =
                    self.shown.iter().map(|faq| faq.opens_for_search).collect();
                next.limit = self.limit.saturating_add(PAGE);
                next.find(&self.query);
                for (faq, opens) in next.shown.iter_mut().zip(opens_for_search) {
                    faq.opens_for_search = opens;
                }
                if self.exclusive {
                    for faq in next.shown.iter_mut().skip(self.shown.len()) {
                        faq.opens_for_search = false;
                    }
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paging::WHOLE_STORY;
    use faq_core::{Faq, Story};

    fn state() -> Rc<WidgetState> {
        let faq = |q: &str, a: &str| Faq {
            question: q.into(),
            answer: a.into(),
        };
        let story = Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S".into(),
            faqs: vec![
                faq("Who leads Ukraine?", "Kyiv decides."),
                faq("Where is Kyiv?", "In Ukraine."),
                faq("What about France?", "Paris."),
            ],
        };
        Rc::new(WidgetState::new(Explainer::from_story(&story), &[], false))
    }

    fn open_ids(state: &WidgetState) -> Vec<FaqId> {
        state
            .shown
            .iter()
            .filter(|f| state.is_open(f))
            .map(|f| f.id)
            .collect()
    }

    #[test]
    fn reader_choices_keep_the_last_choice_per_question_in_id_order() {
        let mut choices: ReaderChoices = [(7, true), (2, false), (7, false), (4, true)]
            .into_iter()
            .collect();
        assert_eq!(choices.0, [(2, false), (4, true), (7, false)]);
        assert_eq!(choices.get(7), Some(false));
        assert_eq!(choices.get(3), None);
        choices.set(3, true);
        choices.forget_closed();
        assert_eq!(choices.0, [(3, true), (4, true)]);
    }

    #[test]
    fn starts_with_everything_shown_and_closed() {
        let state = state();
        assert_eq!(state.shown.len(), 3);
        assert!(open_ids(&state).is_empty());
    }

    #[test]
    fn can_start_with_questions_open() {
        let faq = |q: &str| Faq {
            question: q.into(),
            answer: "A.".into(),
        };
        let story = Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S".into(),
            faqs: vec![faq("One?"), faq("Two?")],
        };
        let state = WidgetState::new(Explainer::from_story(&story), &[1], false);
        assert_eq!(open_ids(&state), [1]);
    }

    fn single_open() -> Rc<WidgetState> {
        let faq = |q: &str| Faq {
            question: q.into(),
            answer: "Kyiv.".into(),
        };
        let story = Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S".into(),
            faqs: vec![faq("One?"), faq("Two?"), faq("Three?")],
        };
        Rc::new(WidgetState::new(
            Explainer::from_story(&story),
            &[0, 1],
            true,
        ))
    }

    #[test]
    fn single_open_keeps_one_question_open() {
        let state = single_open();
        assert_eq!(open_ids(&state), [0], "only the first initial question");
        let state = state.reduce(Action::Toggle(2));
        assert_eq!(open_ids(&state), [2]);
        let state = state.reduce(Action::Open(1));
        assert_eq!(open_ids(&state), [1]);
        let state = state.reduce(Action::Search("kyiv".into()));
        assert_eq!(
            open_ids(&state).len(),
            1,
            "a search opens one answer at most"
        );
    }

    #[test]
    fn toggle_opens_then_closes() {
        let state = state().reduce(Action::Toggle(1));
        assert_eq!(open_ids(&state), [1]);
        let state = state.reduce(Action::Toggle(1));
        assert!(open_ids(&state).is_empty());
    }

    #[test]
    fn search_filters_ranks_and_opens_answer_only_matches() {
        let state = state().reduce(Action::Search("kyiv".into()));
        let ids: Vec<FaqId> = state.shown.iter().map(|f| f.id).collect();
        assert_eq!(ids, [1, 0], "question match first");
        assert_eq!(open_ids(&state), [0], "answer-only match opens");
    }

    #[test]
    fn a_search_that_finds_nothing_offers_the_storys_nearest_words() {
        // "Ukrane" finds Ukraine within one typo; "Ukkrrane" is three off.
        let state = state().reduce(Action::Search("Ukkrrane".into()));
        assert!(state.shown.is_empty());
        assert_eq!(state.suggestion.as_deref(), Some("Ukraine"));
        let state = state.reduce(Action::Search("Ukraine".into()));
        assert_eq!(state.suggestion, None, "a search that finds offers nothing");
        let state = state.reduce(Action::Search("zzzzzz".into()));
        assert_eq!(state.suggestion, None, "no word of the story is near");
    }

    #[test]
    fn open_opens_and_stays_open() {
        let state = state().reduce(Action::Open(2));
        assert_eq!(open_ids(&state), [2]);
        let state = state.reduce(Action::Open(2));
        assert_eq!(open_ids(&state), [2]);
    }

    #[test]
    fn reader_can_close_an_answer_the_search_opened() {
        let state = state().reduce(Action::Search("kyiv".into()));
        let state = state.reduce(Action::Toggle(0));
        assert!(open_ids(&state).is_empty());
    }

    #[test]
    fn show_all_and_hide_all_act_on_what_is_shown() {
        let state = state().reduce(Action::ShowAll);
        assert!(state.all_open());
        let state = state.reduce(Action::HideAll);
        assert!(open_ids(&state).is_empty());
        assert!(!state.all_open());
    }

    #[test]
    fn clearing_the_search_shows_all_in_corpus_order() {
        let state = state()
            .reduce(Action::Search("paris".into()))
            .reduce(Action::Search("   ".into()));
        let ids: Vec<FaqId> = state.shown.iter().map(|f| f.id).collect();
        assert_eq!(ids, [0, 1, 2]);
        assert!(!state.is_searching());
    }

    #[test]
    fn punctuation_only_search_shows_nothing() {
        let state = state().reduce(Action::Search("((((".into()));
        assert!(state.shown.is_empty());
        assert!(!state.all_open());
    }

    fn numbered_story(questions: usize) -> Rc<Explainer> {
        let faqs = (1..=questions)
            .map(|n| Faq {
                question: format!("Question {n} on the ceasefire?"),
                answer: format!("Answer {n} about troops."),
            })
            .collect();
        Explainer::from_story(&Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S".into(),
            faqs,
        })
    }

    #[test]
    fn a_story_shows_whole_and_a_large_corpus_a_page_at_a_time() {
        let story = WidgetState::new(numbered_story(WHOLE_STORY), &[], false);
        assert_eq!(
            story.shown.len(),
            WHOLE_STORY,
            "find-in-page reaches every answer"
        );
        assert_eq!(story.not_shown(), 0);

        let large = Rc::new(WidgetState::new(
            numbered_story(WHOLE_STORY + 1),
            &[],
            false,
        ));
        assert_eq!(large.shown.len(), PAGE);
        assert_eq!(large.matching, WHOLE_STORY + 1);
        let more = large.reduce(Action::ShowMore);
        assert_eq!(more.shown.len(), 2 * PAGE);
        let ids: Vec<FaqId> = more.shown.iter().map(|f| f.id).collect();
        assert_eq!(
            ids,
            (0..2 * PAGE as FaqId).collect::<Vec<_>>(),
            "corpus order kept"
        );
    }

    #[test]
    fn a_search_shows_its_best_page_and_counts_every_match() {
        let state = Rc::new(WidgetState::new(numbered_story(5 * PAGE / 2), &[], false));
        let state = state.reduce(Action::Search("troops".into()));
        assert_eq!(state.matching, 5 * PAGE / 2);
        assert_eq!(state.shown.len(), PAGE);
        assert_eq!(state.not_shown(), 3 * PAGE / 2);
        assert!(
            state.shown.iter().all(|f| state.is_open(f)),
            "answer-only matches open"
        );

        let first = state.shown[0].id;
        let state = state.reduce(Action::Toggle(first));
        let state = state.reduce(Action::ShowMore);
        assert_eq!(state.shown.len(), 2 * PAGE);
        assert_eq!(state.shown[0].id, first, "the first page keeps its place");
        assert!(
            !state.is_open(&state.shown[0]),
            "and what the reader closed stays closed"
        );
        let state = state.reduce(Action::ShowMore);
        assert_eq!(state.shown.len(), 5 * PAGE / 2);
        assert_eq!(state.not_shown(), 0);
        let before = Rc::as_ptr(&state);
        assert_eq!(
            Rc::as_ptr(&state.reduce(Action::ShowMore)),
            before,
            "nothing more to show"
        );
    }
}
