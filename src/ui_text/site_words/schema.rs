//! What the front page's words are: one language's words ([`SiteWords`]),
//! the names the page carries them under, and the choice of a counted
//! word's form. The table of every language's words is the parent's.

use crate::ui_text::{built_in, plural, Forms, Plural, ENGLISH};
use faq_core::Language;

/// One language's words for the front page.
#[derive(Debug)]
pub struct SiteWords {
    /// The page's headline and title.
    pub heading: &'static str,
    /// Under the headline, and the page's description.
    pub standfirst: &'static str,
    /// The footer's note on searching offline.
    pub footer: &'static str,
    /// The search field's label.
    pub label: &'static str,
    /// The language menu's label (a site of several languages).
    pub language: &'static str,
    /// Questions found, by their number: `{count}` and `{explainers}`.
    pub found: Forms,
    /// `{explainers}` of [`Self::found`]: in how many explainers,
    /// `{stories}`, in the case `found` needs.
    pub explainers: Forms,
    /// Some explainers could not be searched (offline).
    pub missing: &'static str,
    /// Before the explainers that match but could not be searched.
    pub unreached: &'static str,
    /// More of those, not listed on this page: `{count}`.
    pub unreached_more: Forms,
    /// The button that keeps every explainer: `{size}`.
    pub keep: &'static str,
    /// Its progress: `{done}` and `{size}`.
    pub keeping: &'static str,
    /// Kept.
    pub kept: &'static str,
    /// The heading of the list of explainers.
    pub list: &'static str,
    /// The link to the page of newer explainers.
    pub previous: &'static str,
    /// The link to the page of older explainers.
    pub next: &'static str,
    /// The label of those links.
    pub pages: &'static str,
}

/// A front-page word: its name (`data-text-{name}` on the mount element,
/// and `data-faq-word` on the template's elements) and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteWord {
    /// One sentence.
    One(&'static str),
    /// A sentence with a number, in its language's plural forms
    /// (`{name}`, `{name}-one`, `{name}-few`, `{name}-many`).
    Counted(&'static str),
}

/// Every word of the front page's mount element, in order.
pub const MOUNT_WORDS: [SiteWord; 17] = [
    SiteWord::One("label"),
    SiteWord::One("language"),
    SiteWord::Counted("found"),
    SiteWord::Counted("explainers"),
    SiteWord::One("none"),
    SiteWord::One("did-you-mean"),
    SiteWord::One("missing"),
    SiteWord::One("unreached"),
    SiteWord::Counted("unreached-more"),
    SiteWord::One("keep"),
    SiteWord::One("keeping"),
    SiteWord::One("kept"),
    SiteWord::One("list"),
    SiteWord::Counted("questions"),
    SiteWord::One("previous"),
    SiteWord::One("next"),
    SiteWord::One("pages"),
];

/// The names of the words a template's elements may carry
/// (`data-faq-word`).
pub const ELEMENT_WORDS: [&str; 3] = ["heading", "standfirst", "footer"];

/// The attribute suffixes of a counted word's forms, in the order of its
/// forms (`other`, `one`, `few`, `many`): `data-text-found`,
/// `data-text-found-one`, …
pub const FORM_SUFFIXES: [&str; 4] = ["", "-one", "-few", "-many"];

impl SiteWords {
    /// The sentence of a [`SiteWord::One`] named `name`, in `language`
    /// (whose widget words give "none" and "did you mean").
    pub fn one(&self, name: &str, language: Language) -> Option<&'static str> {
        let widget = built_in(language).unwrap_or(&ENGLISH);
        Some(match name {
            "heading" => self.heading,
            "standfirst" => self.standfirst,
            "footer" => self.footer,
            "label" => self.label,
            "language" => self.language,
            "none" => widget.no_match,
            "did-you-mean" => widget.did_you_mean,
            "missing" => self.missing,
            "unreached" => self.unreached,
            "keep" => self.keep,
            "keeping" => self.keeping,
            "kept" => self.kept,
            "list" => self.list,
            "previous" => self.previous,
            "next" => self.next,
            "pages" => self.pages,
            _ => return None,
        })
    }

    /// The forms of a [`SiteWord::Counted`] named `name`, in `language`:
    /// "questions" is the widget's count of questions, with `{count}`.
    pub fn counted(&self, name: &str, language: Language) -> Option<[String; 4]> {
        let forms = match name {
            "found" => &self.found,
            "explainers" => &self.explainers,
            "unreached-more" => &self.unreached_more,
            "questions" => {
                let widget = built_in(language).unwrap_or(&ENGLISH);
                let count = |form: &str| form.replace("{total}", "{count}");
                let c = &widget.count;
                return Some([count(c.other), count(c.one), count(c.few), count(c.many)]);
            }
            _ => return None,
        };
        Some([forms.other, forms.one, forms.few, forms.many].map(str::to_owned))
    }
}

/// The form of `forms` (`other`, `one`, `few`, `many`) for `n` in
/// `language`; an empty form falls back to `other`.
pub fn form_for(forms: &[String; 4], language: Language, n: usize) -> &str {
    match forms[form_index(plural(language, n))].as_str() {
        "" => &forms[0],
        form => form,
    }
}

/// Where `form`'s sentence is among a counted word's forms (`other`, `one`,
/// `few`, `many`).
fn form_index(form: Plural) -> usize {
    match form {
        Plural::Other => 0,
        Plural::One => 1,
        Plural::Few => 2,
        Plural::Many => 3,
    }
}

/// The attribute suffix of `form`'s sentence ([`FORM_SUFFIXES`]).
pub fn form_suffix(form: Plural) -> &'static str {
    FORM_SUFFIXES[form_index(form)]
}
