//! The page contract: every id, class and data attribute that the widget,
//! the prerenderer, the build and the tests agree on, named once here.
//!
//! The components write classes as literals in their `html!`, which keeps
//! Yew's attributes static (constants there cost the bundle 0.3 KB gzip,
//! measured): `tests/contract.rs` checks that every class they write is
//! one of these and that each of these is written. The build
//! (`crates/faq-publish`) finds the mount element and the panels through
//! them, and the end-to-end tests read them from `faq-publish contract`,
//! which prints them as JSON. The stylesheet (`styles/faq.css`) is the one
//! other place a class is spelled; `tests/contract.rs` checks that it
//! styles the classes named here.

use faq_core::FaqId;

/// The id of the standalone page's mount element.
pub const MOUNT_ID: &str = "faq-widget";
/// The id of the standalone page's story data, which the engine indexes at
/// start-up: the page's JSON-LD (`<script type="application/ld+json">`, a
/// schema.org `FAQPage` with the summary as its `description`) when the page
/// shows the story whole, so the text is not carried twice; else a `<script
/// type="application/json">` holding the story as one JSON string (see
/// `faq_core::Story::to_lines`).
pub const STORY_DATA_ID: &str = "faq-story";
/// The attribute of the standalone page's story data that holds its words
/// for the search (how common each of the story's words is, and readers'
/// words for them: `faq_core::Story::search_words`) when the data is the
/// JSON-LD. Letters, stems and line breaks: nothing in them to escape.
pub const STORY_WORDS_ATTRIBUTE: &str = "data-words";
/// The class of the line under a story page's headline that says what its
/// front matter gives (section, dates, the article), which the publisher
/// writes; its `<time>` elements are `<class>-published` and
/// `<class>-updated`.
pub const ABOUT_CLASS: &str = "faq-story-about";
/// The attribute of an element of the story page's template whose text the
/// publisher writes in the story's language: its value names the word
/// (`kicker`, `standfirst`, `save`, `offline`:
/// `faq_widget::ui_text::page_words`).
pub const WORD_ATTRIBUTE: &str = "data-faq-word";
/// The attribute of the story page's link to its site's front page, whose
/// `href` the publisher sets (`../` in a site).
pub const HOME_ATTRIBUTE: &str = "data-faq-home";
/// The attribute that marks an embed element (`<div data-faq-widget>`).
pub const EMBED_ATTRIBUTE: &str = "data-faq-widget";
/// The story page's "save as one file" button carries this attribute; the
/// publisher sets its value to the offline shell the page fills.
pub const SAVE_ATTRIBUTE: &str = "data-faq-save";
/// The element-id prefix of the standalone page's widget, which the
/// prerendered HTML and the live widget share.
pub const STANDALONE_ID_PREFIX: &str = "faq";
/// The element-id prefix of the n-th embedded widget: `faq-widget-<n>`.
pub const EMBED_ID_PREFIX: &str = "faq-widget";
/// Set on the widget's root once the live widget runs: pages and tests wait
/// for it.
pub const READY_ATTRIBUTE: &str = "data-ready";
/// Set on an embed element by its `theme` option.
pub const THEME_ATTRIBUTE: &str = "data-theme";

pub mod class {
    //! Class names, BEM-like and prefixed `faq-` to stay out of a host's way.
    pub const WIDGET: &str = "faq-widget";
    /// On the widget when its engine cannot start: the answers still open,
    /// and search, which needs the engine, is hidden (`js/accordion.js`).
    pub const WIDGET_STATIC: &str = "faq-widget--static";
    pub const SUMMARY: &str = "faq-widget__summary";
    pub const TOOLBAR: &str = "faq-widget__toolbar";
    pub const SEARCH: &str = "faq-search";
    pub const SEARCH_LABEL: &str = "faq-search__label";
    pub const SEARCH_INPUT: &str = "faq-search__input";
    pub const STATUS: &str = "faq-status";
    pub const STATUS_TEXT: &str = "faq-status__text";
    pub const BUTTON: &str = "faq-button";
    pub const CLEAR: &str = "faq-status__clear";
    /// The button that searches the story's words nearest to a query that
    /// found nothing ("Did you mean …?").
    pub const SUGGESTION: &str = "faq-status__suggestion";
    pub const SHOW_ALL: &str = "faq-show-all";
    pub const SHOW_MORE: &str = "faq-show-more";
    pub const LIST: &str = "faq-list";
    pub const ITEM: &str = "faq-item";
    pub const ITEM_OPEN: &str = "faq-item--open";
    pub const ITEM_HEADING: &str = "faq-item__heading";
    pub const ITEM_BUTTON: &str = "faq-item__button";
    pub const ITEM_QUESTION: &str = "faq-item__question";
    pub const ITEM_ICON: &str = "faq-item__icon";
    pub const ITEM_PANEL: &str = "faq-item__panel";
    pub const ITEM_ANSWER: &str = "faq-item__answer";
    pub const MARK: &str = "faq-mark";
    /// The placeholder a page shows until the widget is in place.
    pub const LOADING: &str = "faq-loading";

    /// Every class, for the stylesheet check and the tests.
    pub const ALL: [(&str, &str); 25] = [
        ("widget", WIDGET),
        ("widgetStatic", WIDGET_STATIC),
        ("summary", SUMMARY),
        ("toolbar", TOOLBAR),
        ("search", SEARCH),
        ("searchLabel", SEARCH_LABEL),
        ("searchInput", SEARCH_INPUT),
        ("status", STATUS),
        ("statusText", STATUS_TEXT),
        ("button", BUTTON),
        ("clear", CLEAR),
        ("suggestion", SUGGESTION),
        ("showAll", SHOW_ALL),
        ("showMore", SHOW_MORE),
        ("list", LIST),
        ("item", ITEM),
        ("itemOpen", ITEM_OPEN),
        ("itemHeading", ITEM_HEADING),
        ("itemButton", ITEM_BUTTON),
        ("itemQuestion", ITEM_QUESTION),
        ("itemIcon", ITEM_ICON),
        ("itemPanel", ITEM_PANEL),
        ("itemAnswer", ITEM_ANSWER),
        ("mark", MARK),
        ("loading", LOADING),
    ];
}

/// The DOM events a widget dispatches on its host element (the standalone
/// page's `#faq-widget`, an embed's element) and the front page on its
/// `#faq-site`, so that a newsroom can count, with its own analytics, what
/// its readers look for. They bubble; the widget itself sends nothing
/// anywhere.
pub mod event {
    /// The reader searched: `detail.query` (as typed) and `detail.results`
    /// (how many questions or passages match), once they pause for
    /// [`PAUSE_MS`] or leave the field; the same query is not told twice
    /// in a row.
    pub const SEARCH: &str = "faq-search";
    /// The reader opened a question: `detail.slug` and `detail.question`.
    pub const OPEN: &str = "faq-open";
    /// How long a query stands before it counts as searched, in ms.
    pub const PAUSE_MS: u32 = 1000;
}

/// The start of the `sessionStorage` key under which a widget keeps its
/// reader's open answers and query (`src/remember.rs`), followed by the
/// story's hash and the widget's id prefix.
pub const REMEMBER_KEY_PREFIX: &str = "faq-widget:";

pub mod site {
    //! The site's front page (`templates/front.html`, filled by the publisher,
    //! worked by `js/front-page.js`): its ids and classes.
    /// The element of the template that the publisher fills.
    pub const MOUNT_ID: &str = "faq-site";
    /// The mount element's attribute that carries the site's languages and
    /// their search engines, for `js/front-page.js`.
    pub const DATA_ATTRIBUTE: &str = "data-faq-site";
    /// The search, hidden until its script runs.
    pub const SEARCH_ID: &str = "faq-site-search";
    pub const QUERY_ID: &str = "faq-site-query";
    pub const LANGUAGE_ID: &str = "faq-site-language";
    pub const STATUS_ID: &str = "faq-site-status";
    pub const RESULTS_ID: &str = "faq-site-results";
    /// The search's form, which the no-script stylesheet takes out.
    pub const FORM: &str = "faq-site__form";
    /// The reader's choice to keep the whole site for offline reading: its
    /// paragraph (its place kept, unseen, until the script shows it), its
    /// button and its progress bar.
    pub const OFFLINE: &str = "faq-site__offline";
    pub const KEEP_ID: &str = "faq-site-keep";
    pub const KEEP_PROGRESS_ID: &str = "faq-site-keep-progress";
    /// The list of explainers.
    pub const STORIES: &str = "faq-site__stories";
    /// An explainer's item in the list: the name of its text in the site's
    /// index (12 hex digits), so that a search that cannot reach that text
    /// (offline, not saved yet) can still name the explainer.
    pub const STORY_NAME_ATTRIBUTE: &str = "data-faq-story";
    /// After the results, the explainers that match but could not be
    /// reached, hidden while there are none.
    pub const UNREACHED_ID: &str = "faq-site-unreached";
    /// A result's story headline, and the passage of its answer.
    pub const STORY: &str = "faq-site__story";
    pub const PASSAGE: &str = "faq-site__passage";
    /// The button that searches the site's words nearest to a query that
    /// found nothing ("Did you mean …?").
    pub const SUGGESTION: &str = "faq-site__suggestion";

    /// What `js/front-page.js` reads, by the name it reads it under.
    pub const FOR_SCRIPT: [(&str, &str); 16] = [
        ("mount", MOUNT_ID),
        ("data", DATA_ATTRIBUTE),
        ("keep", KEEP_ID),
        ("keepProgress", KEEP_PROGRESS_ID),
        ("searchEvent", crate::contract::event::SEARCH),
        ("openEvent", crate::contract::event::OPEN),
        ("search", SEARCH_ID),
        ("query", QUERY_ID),
        ("language", LANGUAGE_ID),
        ("status", STATUS_ID),
        ("results", RESULTS_ID),
        ("unreached", UNREACHED_ID),
        ("storyName", STORY_NAME_ATTRIBUTE),
        ("story", STORY),
        ("passage", PASSAGE),
        ("suggestion", SUGGESTION),
    ];
}

/// The element-id prefix of the `number`-th embedded widget of a page.
pub fn embed_id_prefix(number: u32) -> String {
    format!("{EMBED_ID_PREFIX}-{number}")
}

/// The id of the search field of the widget whose ids start with `prefix`.
pub fn search_input_id(prefix: &str) -> String {
    format!("{prefix}-search")
}

/// The id of a question's item: `<prefix>-<n>`, numbered from 1.
pub fn item_id(prefix: &str, faq: FaqId) -> String {
    format!("{prefix}-{}", faq + 1)
}

/// The id of the button of the item whose id is `item_id`.
pub fn question_id(item_id: &str) -> String {
    format!("{item_id}-question")
}

/// The id of the answer panel of the item whose id is `item_id`.
pub fn answer_id(item_id: &str) -> String {
    format!("{item_id}-answer")
}

/// The question whose answer panel has the id `<prefix>-<n>-answer`.
pub fn question_of_panel(panel_id: &str, prefix: &str) -> Option<FaqId> {
    let number = panel_id
        .strip_prefix(prefix)?
        .strip_prefix('-')?
        .strip_suffix("-answer")?
        .parse::<FaqId>()
        .ok()?;
    number.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_built_and_parsed_the_same_way() {
        let item = item_id("faq", 2);
        assert_eq!(item, "faq-3");
        assert_eq!(question_id(&item), "faq-3-question");
        assert_eq!(question_of_panel(&answer_id(&item), "faq"), Some(2));
        let embedded = item_id("faq-widget-2", 9);
        assert_eq!(
            question_of_panel(&answer_id(&embedded), "faq-widget-2"),
            Some(9)
        );
        assert_eq!(question_of_panel("faq-3-question", "faq"), None);
        assert_eq!(question_of_panel("faq-0-answer", "faq"), None);
        assert_eq!(question_of_panel("other-3-answer", "faq"), None);
        assert_eq!(question_of_panel("faq3-answer", "faq"), None);
    }
}
