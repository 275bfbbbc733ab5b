//! The options a page gives the widget, declared once, and the one
//! constructor that turns them into the widget's props.
//!
//! [`OPTIONS`] and [`crate::ui_text::TEXTS`] are the option table: each
//! option's name in `FaqWidget.mount(element, options)`, its `data-`
//! attribute, its values and its default. [`WidgetOptions::read`] parses
//! them, whoever asks:
//!
//! - the standalone page, from the attributes of `#faq-widget` (`main.rs`);
//! - the prerenderer, from the same attributes in the built page, so the
//!   prerendered widget is the one the live widget expects;
//! - the embed script, from the element's `data-` attributes and the options
//!   object.
//!
//! An invalid option is reported (a `console.warn` in the browser, a warning
//! from the build) and keeps its default. The README's option table is
//! checked against this one by `tests/options_table.rs`.

use crate::components::widget::FaqWidgetProps;
use crate::contract::STANDALONE_ID_PREFIX;
use crate::explainer::Explainer;
use crate::ui_text::{texts_of_engine, UiText};
use faq_core::FaqId;
use std::rc::Rc;
use yew::AttrValue;

/// What kind of value an option takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionKind {
    HeadingLevel,
    ShowSummary,
    Open,
    Theme,
    Exclusive,
    Hash,
    Remember,
    NewTab,
}

/// One row of the option table (the texts have theirs in
/// [`crate::ui_text::TEXTS`]).
#[derive(Debug)]
pub struct OptionSpec {
    pub kind: OptionKind,
    /// The option name in `FaqWidget.mount(element, options)`.
    pub name: &'static str,
    /// The attribute on the mount or embed element.
    pub attribute: &'static str,
    /// What the warning says after the name when the value is invalid.
    pub invalid: &'static str,
    /// The README's words for the values it takes (its default is read
    /// from [`WidgetOptions::defaults`]).
    pub values: Docs,
}

/// Words for the README: natively; the bundle carries none of them.
#[cfg(not(target_arch = "wasm32"))]
pub type Docs = &'static str;
#[cfg(target_arch = "wasm32")]
pub type Docs = ();

/// `words` for the README, or nothing in the bundle.
const fn docs(words: &'static str) -> Docs {
    #[cfg(not(target_arch = "wasm32"))]
    return words;
    #[cfg(target_arch = "wasm32")]
    {
        let _ = words;
    }
}

/// Every option but the texts.
pub const OPTIONS: [OptionSpec; 8] = [
    OptionSpec {
        kind: OptionKind::HeadingLevel,
        name: "headingLevel",
        attribute: "data-heading-level",
        invalid: "must be 1 to 6; keeping the default",
        values: docs("1 to 6"),
    },
    OptionSpec {
        kind: OptionKind::ShowSummary,
        name: "showSummary",
        attribute: "data-show-summary",
        invalid: "must be true or false; showing the summary",
        values: docs("`true`, `false`"),
    },
    OptionSpec {
        kind: OptionKind::Open,
        name: "open",
        attribute: "data-open",
        invalid: "must be a question's number (from 1) or its slug; opening none",
        values: docs("a question's number (from 1) or its slug"),
    },
    OptionSpec {
        kind: OptionKind::Theme,
        name: "theme",
        attribute: "data-theme",
        invalid: "must be light, dark or auto; following the reader's setting",
        values: docs("`light`, `dark`, `auto`"),
    },
    OptionSpec {
        kind: OptionKind::Exclusive,
        name: "exclusive",
        attribute: "data-exclusive",
        invalid: "must be true or false; several questions may be open",
        values: docs(
            "`true` (single-open: opening a question closes the others; no \"Show all\"), `false`",
        ),
    },
    OptionSpec {
        kind: OptionKind::Hash,
        name: "hash",
        attribute: "data-hash",
        invalid: "must be true or false; opening a question updates the URL",
        values: docs("`true` (opening a question puts its link in the URL, and such a link opens it), `false` (the widget leaves the URL alone)"),
    },
    OptionSpec {
        kind: OptionKind::Remember,
        name: "remember",
        attribute: "data-remember",
        invalid: "must be true or false; keeping open answers and the query for the tab",
        values: docs("`true` (the answers open and the query typed come back on reload or return, kept in the tab's `sessionStorage`), `false` (nothing is stored)"),
    },
    OptionSpec {
        kind: OptionKind::NewTab,
        name: "linksInNewTab",
        attribute: "data-links-in-new-tab",
        invalid: "must be true or false; links open in the same tab",
        values: docs("`true` (the links in answers open in a new tab), `false` (in the same tab)"),
    },
];

/// The README's option tables, made from [`OPTIONS`], the defaults of
/// [`WidgetOptions::defaults`] and the texts; `tests/options_table.rs`
/// checks the README holds them.
#[cfg(not(target_arch = "wasm32"))]
pub fn readme_tables() -> String {
    let mut tables = String::from("| attribute | option | values | default |\n|---|---|---|---|\n");
    for spec in &OPTIONS {
        tables += &format!(
            "| `{}` | `{}` | {} | {} |\n",
            spec.attribute,
            spec.name,
            spec.values,
            default_words(spec.kind)
        );
    }
    tables += "\n| attribute | option | English default | placeholders |\n|---|---|---|---|\n";
    for text in crate::ui_text::all_texts() {
        let placeholders = match text.placeholders {
            [] => "none".to_owned(),
            some => some
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", "),
        };
        let english = match crate::ui_text::ENGLISH.get(text.text) {
            "" => "none: English has no such form",
            words => words,
        };
        tables += &format!(
            "| `{}` | `{}` | {english} | {placeholders} |\n",
            text.attribute, text.name
        );
    }
    tables
}

/// The README's words for an option's default, from the defaults
/// themselves.
#[cfg(not(target_arch = "wasm32"))]
fn default_words(kind: OptionKind) -> String {
    let standalone = WidgetOptions::defaults(&Mount::Standalone, faq_core::Language::English);
    let embedded = WidgetOptions::defaults(
        &Mount::Embedded {
            number: 1,
            link_namespace: String::new(),
        },
        faq_core::Language::English,
    );
    let code = |value: &dyn std::fmt::Display| format!("`{value}`");
    match kind {
        OptionKind::HeadingLevel if standalone.heading_level != embedded.heading_level => format!(
            "{} on the standalone page, {} embedded",
            standalone.heading_level, embedded.heading_level
        ),
        OptionKind::HeadingLevel => standalone.heading_level.to_string(),
        OptionKind::ShowSummary => code(&standalone.show_summary),
        OptionKind::Open if standalone.open.is_empty() => "none".into(),
        OptionKind::Open => format!("{:?}", standalone.open),
        OptionKind::Theme => code(&standalone.theme.map_or("auto", Theme::as_str)),
        OptionKind::Exclusive => code(&standalone.exclusive),
        OptionKind::Hash => code(&standalone.link_in_url),
        OptionKind::Remember => code(&standalone.remember),
        OptionKind::NewTab => code(&standalone.new_tab),
    }
}

/// An option's value as the page gave it.
#[derive(Clone, Debug, PartialEq)]
pub enum Given {
    /// Text: an attribute, or a string in the options object.
    Text(String),
    /// A number or a boolean in the options object, as text.
    Scalar(String),
    /// Anything else in the options object (an object, a function).
    Other,
}

impl Given {
    fn as_text(&self) -> Option<&str> {
        match self {
            Given::Text(text) | Given::Scalar(text) => Some(text.trim()),
            Given::Other => None,
        }
    }
}

/// Where a widget is mounted, which sets its ids, links and defaults.
#[derive(Clone, Debug, PartialEq)]
pub enum Mount {
    /// `#faq-widget` on the standalone page, prerendered, then replaced by the live widget.
    Standalone,
    /// The `number`-th embedded widget of a host page; its links read
    /// `#<namespace>:<slug>`.
    Embedded { number: u32, link_namespace: String },
}

/// The heading level of an embedded widget's questions unless its host
/// sets one; the standalone page's is 2, under the page's `<h1>`.
pub const EMBEDDED_HEADING_LEVEL: u8 = 3;

impl Mount {
    fn default_heading_level(&self) -> u8 {
        match self {
            Mount::Standalone => 2,
            Mount::Embedded { .. } => EMBEDDED_HEADING_LEVEL,
        }
    }
}

/// A theme a page forces on the widget; `auto` follows the reader's setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The options of one widget, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetOptions {
    pub heading_level: u8,
    pub show_summary: bool,
    pub open: Vec<FaqId>,
    pub theme: Option<Theme>,
    pub exclusive: bool,
    /// Whether opening a question puts its link in the URL, and such a URL
    /// opens it.
    pub link_in_url: bool,
    /// Whether the reader's open answers and query are kept for the tab.
    pub remember: bool,
    /// Whether the answers' links open in a new tab.
    pub new_tab: bool,
    pub text: UiText,
}

/// A true/false option (an attribute alone counts as true).
fn yes_or_no(value: &str) -> Option<bool> {
    match value {
        "true" | "" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

impl WidgetOptions {
    /// The options a widget `mount`ed in a story in `language` has when
    /// the page gives none.
    pub fn defaults(mount: &Mount, language: faq_core::Language) -> Self {
        Self {
            heading_level: mount.default_heading_level(),
            show_summary: true,
            open: Vec::new(),
            theme: None,
            exclusive: false,
            link_in_url: true,
            remember: true,
            new_tab: false,
            text: UiText::for_language(language),
        }
    }

    /// Parses the options `given` has for each row of the table; `warn`
    /// hears one sentence for each invalid one, which keeps its default.
    pub fn read(
        mount: &Mount,
        explainer: &Explainer,
        given: &dyn Fn(&'static str, &'static str) -> Option<Given>,
        warn: &mut dyn FnMut(String),
    ) -> Self {
        let mut parsed = Self::defaults(mount, explainer.language());
        parsed.text.set_placeholder(explainer.placeholder());
        for spec in &OPTIONS {
            let Some(value) = given(spec.name, spec.attribute) else {
                continue;
            };
            // (An object or a function is no option's value.)
            let valid = value.as_text().and_then(|text| match spec.kind {
                OptionKind::HeadingLevel => text
                    .parse::<u8>()
                    .ok()
                    .filter(|level| (1..=6).contains(level))
                    .map(|level| parsed.heading_level = level),
                OptionKind::ShowSummary => yes_or_no(text).map(|show| parsed.show_summary = show),
                OptionKind::Open => text
                    .parse::<FaqId>()
                    .ok()
                    .filter(|&n| n >= 1 && (n as usize) <= explainer.len())
                    .map(|n| n - 1)
                    .or_else(|| explainer.find_slug(text))
                    .map(|id| parsed.open.push(id)),
                OptionKind::Theme => match text {
                    "light" => Some(Some(Theme::Light)),
                    "dark" => Some(Some(Theme::Dark)),
                    "auto" => Some(None),
                    _ => None,
                }
                .map(|theme| parsed.theme = theme),
                OptionKind::Exclusive => yes_or_no(text).map(|one| parsed.exclusive = one),
                OptionKind::Hash => yes_or_no(text).map(|link| parsed.link_in_url = link),
                OptionKind::Remember => yes_or_no(text).map(|keep| parsed.remember = keep),
                OptionKind::NewTab => yes_or_no(text).map(|new| parsed.new_tab = new),
            });
            if valid.is_none() {
                warn(format!("{} {}", spec.name, spec.invalid));
            }
        }
        for spec in texts_of_engine() {
            let outcome = match given(spec.name, spec.attribute) {
                None => continue,
                Some(Given::Text(text)) => parsed.text.set(spec, &text),
                Some(_) => Err(format!("{} must be text", spec.name)),
            };
            if let Err(why) = outcome {
                warn(format!("{why}; using the built-in words"));
            }
        }
        parsed
    }

    /// The widget's props for these options where `mount` says.
    pub fn into_props(self, explainer: Rc<Explainer>, mount: &Mount) -> FaqWidgetProps {
        let (id_prefix, fragment_prefix): (AttrValue, Option<AttrValue>) = match mount {
            Mount::Standalone => (
                STANDALONE_ID_PREFIX.into(),
                self.link_in_url.then_some(AttrValue::Static("")),
            ),
            Mount::Embedded {
                number,
                link_namespace,
            } => (
                crate::contract::embed_id_prefix(*number).into(),
                self.link_in_url
                    .then(|| format!("{link_namespace}:").into()),
            ),
        };
        FaqWidgetProps {
            explainer,
            heading_level: self.heading_level,
            id_prefix,
            initially_open: self.open,
            show_summary: self.show_summary,
            exclusive: self.exclusive,
            fragment_prefix,
            text: Rc::new(self.text),
            pending_query: AttrValue::default(),
            focused_id: None,
            remember: self.remember,
            new_tab: self.new_tab,
        }
    }
}

/// The props of a widget `mount` with the options `given` has: the one way
/// the standalone page, the prerenderer and the embed script make them.
pub fn widget_props(
    explainer: Rc<Explainer>,
    mount: &Mount,
    given: &dyn Fn(&'static str, &'static str) -> Option<Given>,
    warn: &mut dyn FnMut(String),
) -> (FaqWidgetProps, Option<Theme>) {
    let options = WidgetOptions::read(mount, &explainer, given, warn);
    let theme = options.theme;
    (options.into_props(explainer, mount), theme)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui_text::Text;
    use faq_core::{Faq, Story};

    fn explainer() -> Rc<Explainer> {
        let faqs = ["Who?", "What next?", "Why now?"]
            .iter()
            .map(|q| Faq {
                question: q.to_string(),
                answer: "Because.".into(),
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

    /// Props and warnings from attributes, as the standalone page reads them.
    fn from_attributes(attributes: &[(&str, &str)]) -> (FaqWidgetProps, Vec<String>) {
        let given = |_: &str, attribute: &str| {
            attributes
                .iter()
                .find(|(name, _)| *name == attribute)
                .map(|(_, value)| Given::Text(value.to_string()))
        };
        let mut warnings = Vec::new();
        let (props, _) = widget_props(explainer(), &Mount::Standalone, &given, &mut |w| {
            warnings.push(w)
        });
        (props, warnings)
    }

    #[test]
    fn no_options_give_the_standalone_defaults() {
        let (props, warnings) = from_attributes(&[]);
        assert!(warnings.is_empty());
        assert_eq!(props.heading_level, 2);
        assert_eq!(props.id_prefix, "faq");
        assert_eq!(props.fragment_prefix.as_deref(), Some(""));
        assert!(props.show_summary && !props.exclusive);
        assert_eq!(*props.text, UiText::default());
    }

    #[test]
    fn every_option_is_read_from_its_attribute() {
        let (props, warnings) = from_attributes(&[
            ("data-heading-level", " 4 "),
            ("data-show-summary", "false"),
            ("data-open", "what-next"),
            ("data-exclusive", ""),
            ("data-hash", "false"),
            ("data-text-label", "Suche"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(props.heading_level, 4);
        assert!(!props.show_summary);
        assert_eq!(props.initially_open, [1]);
        assert!(props.exclusive);
        assert_eq!(props.fragment_prefix, None);
        assert_eq!(props.text.get(Text::SearchLabel), "Suche");
    }

    #[test]
    fn invalid_options_warn_once_each_and_keep_their_defaults() {
        let (props, warnings) = from_attributes(&[
            ("data-heading-level", "7"),
            ("data-show-summary", "maybe"),
            ("data-open", "99"),
            ("data-theme", "pink"),
            ("data-text-matches", "{count} match"),
        ]);
        assert_eq!(warnings.len(), 5, "{warnings:?}");
        assert_eq!(
            warnings[0],
            "headingLevel must be 1 to 6; keeping the default"
        );
        assert_eq!(props.heading_level, 2);
        assert!(props.show_summary);
        assert!(props.initially_open.is_empty());
        assert_eq!(*props.text, UiText::default());
    }

    #[test]
    fn an_embedded_widget_takes_its_number_and_namespace() {
        let mount = Mount::Embedded {
            number: 2,
            link_namespace: "explainer".into(),
        };
        let given = |name: &str, _: &str| match name {
            "theme" => Some(Given::Text("dark".into())),
            "headingLevel" => Some(Given::Scalar("5".into())),
            "textLabel" => Some(Given::Scalar("5".into())),
            "exclusive" => Some(Given::Other),
            _ => None,
        };
        let mut warnings = Vec::new();
        let (props, theme) = widget_props(explainer(), &mount, &given, &mut |w| warnings.push(w));
        assert_eq!(props.id_prefix, "faq-widget-2");
        assert_eq!(props.fragment_prefix.as_deref(), Some("explainer:"));
        assert_eq!(props.heading_level, 5);
        assert_eq!(theme, Some(Theme::Dark));
        assert_eq!(
            warnings,
            [
                "exclusive must be true or false; several questions may be open",
                "textLabel must be text; using the built-in words"
            ]
        );
        assert!(!props.exclusive);
    }

    #[test]
    fn attributes_are_the_options_in_kebab_case() {
        let names = OPTIONS
            .iter()
            .map(|o| (o.name, o.attribute))
            .chain(crate::ui_text::all_texts().map(|t| (t.name, t.attribute)));
        for (name, attribute) in names {
            let mut kebab = String::from("data-");
            for c in name.chars() {
                if c.is_ascii_uppercase() {
                    kebab.push('-');
                }
                kebab.push(c.to_ascii_lowercase());
            }
            assert_eq!(
                attribute, kebab,
                "{name}: the browser's dataset must map one to the other"
            );
        }
    }
}
