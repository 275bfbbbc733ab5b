//! The site's front page and listing: `index.html` (then `page-2.html`, …,
//! a hundred explainers a page, newest first) from the newsroom's template
//! (`front-page.html`), with one search over every explainer; and
//! `stories.json`, the same list for machines.

use super::records::Published;
use super::search_index::{text_name, LanguageIndex};
use crate::engine::Engine;
use crate::error::Result;
use crate::files::write;
use crate::html::{self, escape};
use crate::page::edits::write_words;
use faq_core::text::fill;
use faq_core::Language;
use faq_widget::contract::site::{
    DATA_ATTRIBUTE, FORM, KEEP_ID, KEEP_PROGRESS_ID, LANGUAGE_ID, MOUNT_ID, OFFLINE, QUERY_ID,
    RESULTS_ID, SEARCH_ID, STATUS_ID, STORIES, STORY_NAME_ATTRIBUTE, UNREACHED_ID,
};
use faq_widget::ui_text::date_words::{date_words, DateWords};
use faq_widget::ui_text::site_words::{
    form_for, site_words, SiteWord, ELEMENT_WORDS, FORM_SUFFIXES, MOUNT_WORDS,
};
use lol_html::element;
use lol_html::html_content::ContentType;
use std::cell::RefCell;
use std::path::Path;

/// Explainers a page lists.
pub const PER_PAGE: usize = 100;

/// The front page's words: those its template's mount element sets
/// (`data-text-*`), else the site's language's
/// ([`faq_widget::ui_text::site_words`]); a sentence with a number in each
/// of its plural forms.
struct Words {
    language: Language,
    /// Each [`SiteWord::One`]'s sentence, by name.
    one: Vec<(&'static str, String)>,
    /// Each [`SiteWord::Counted`]'s forms (`other`, `one`, `few`, `many`),
    /// by name.
    counted: Vec<(&'static str, [String; 4])>,
}

impl Words {
    /// The words of the template's mount element's attributes `given`
    /// (`data-text-*`), the site's `language`'s for the others. A sentence
    /// with a number of which the template gives any form has only the
    /// template's forms.
    fn of(given: &[(String, String)], language: Language) -> Self {
        let table = site_words(language);
        let given = |name: &str| {
            let attribute = format!("data-text-{name}");
            given
                .iter()
                .find(|(n, _)| *n == attribute)
                .map(|(_, w)| w.clone())
        };
        let mut words = Self {
            language,
            one: Vec::new(),
            counted: Vec::new(),
        };
        for word in MOUNT_WORDS {
            match word {
                SiteWord::One(name) => {
                    let default = table.one(name, language).unwrap_or_default();
                    let word = given(name).unwrap_or_else(|| default.to_owned());
                    words.one.push((name, word));
                }
                SiteWord::Counted(name) => {
                    let from_template =
                        FORM_SUFFIXES.map(|suffix| given(&format!("{name}{suffix}")));
                    let forms = if from_template.iter().any(Option::is_some) {
                        from_template.map(Option::unwrap_or_default)
                    } else {
                        table.counted(name, language).unwrap_or_default()
                    };
                    words.counted.push((name, forms));
                }
            }
        }
        words
    }

    /// The sentence named `name`.
    fn get(&self, name: &str) -> &str {
        self.one
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, w)| w.as_str())
    }

    /// The sentence named `name` for the number `n`, with `{count}` filled.
    fn count(&self, name: &str, n: usize) -> String {
        let form = self
            .counted
            .iter()
            .find(|(word, _)| *word == name)
            .map_or("", |(_, forms)| form_for(forms, self.language, n));
        fill(form, &[("{count}", &n.to_string())])
    }

    /// Every word as the mount element's attributes, for its script.
    fn attributes(&self) -> Vec<(String, &str)> {
        let mut attributes: Vec<(String, &str)> = self
            .one
            .iter()
            .map(|(name, word)| (format!("data-text-{name}"), word.as_str()))
            .collect();
        for (name, forms) in &self.counted {
            for (suffix, form) in FORM_SUFFIXES.iter().zip(forms) {
                if !form.is_empty() {
                    attributes.push((format!("data-text-{name}{suffix}"), form));
                }
            }
        }
        attributes
    }
}

/// An element's attributes: name and value.
type Attributes = Vec<(String, String)>;

/// The attributes of the template's mount element, and its language.
fn template_words(template: &str) -> Result<(Attributes, Option<String>)> {
    let given: RefCell<Attributes> = RefCell::default();
    let lang: RefCell<Option<String>> = RefCell::default();
    html::rewrite(
        template,
        vec![
            element!(format!("[id=\"{MOUNT_ID}\"]"), |el| {
                given.borrow_mut().extend(
                    el.attributes()
                        .iter()
                        .map(|a| (a.name(), html::attribute_text(&a.value()))),
                );
                Ok(())
            }),
            element!("html", |el| {
                *lang.borrow_mut() = el.get_attribute("lang");
                Ok(())
            }),
        ],
    )?;
    Ok((given.take(), lang.take()))
}

/// The front page's language: a newsroom template's own (`<html lang>`),
/// else that of most of the site's explainers.
fn site_language(
    template_language: Option<&str>,
    built_in: bool,
    indexes: &[LanguageIndex],
) -> Language {
    template_language
        .filter(|_| !built_in)
        .and_then(Language::from_tag)
        .or_else(|| indexes.iter().max_by_key(|i| i.stories).map(|i| i.language))
        .unwrap_or_default()
}

/// The front `template` with its marked elements' words (the heading,
/// standfirst and footer) in the site's `language`; the `built_in`
/// template's `<html lang dir>` too (a newsroom's keeps its own).
fn page_in_language(template: &str, language: Language, built_in: bool) -> Result<String> {
    let table = site_words(language);
    let page = write_words(template, |name| {
        ELEMENT_WORDS
            .contains(&name)
            .then(|| table.one(name, language))
            .flatten()
    })?;
    if !built_in {
        return Ok(page);
    }
    let dir = if language.is_right_to_left() {
        "rtl"
    } else {
        "ltr"
    };
    html::rewrite(
        &page,
        vec![element!("html", move |el| {
            el.set_attribute("lang", language.code())?;
            el.set_attribute("dir", dir)?;
            Ok(())
        })],
    )
}

/// Writes `stories.json` and the front pages.
pub fn write_listing(
    engine: &Engine,
    out: &Path,
    template: &str,
    stories: &[Published],
    indexes: &[LanguageIndex],
) -> Result<()> {
    let listed: Vec<serde_json::Value> = stories
        .iter()
        .map(|s| {
            let r = &s.record;
            serde_json::json!({
                "name": s.stem,
                "headline": r.headline,
                "language": r.language,
                "questions": r.questions,
                "published": r.published,
                "date": r.date,
                "updated": r.updated,
                "section": r.section,
                "tags": r.tags,
                "url": r.url,
            })
        })
        .collect();
    write(
        &out.join("stories.json"),
        serde_json::to_string_pretty(&listed).expect("a listing serializes"),
    )?;

    let built_in = template == engine.front_page.template;
    let (given, template_language) = template_words(template)?;
    let language = site_language(template_language.as_deref(), built_in, indexes);
    let words = Words::of(&given, language);
    let template = page_in_language(template, language, built_in)?;
    let search = search_markup(engine, stories, indexes, &words, language);
    let pages = stories.chunks(PER_PAGE).count().max(1);
    let head = head_markup(engine, built_in);
    for page in 0..pages {
        let on_page = stories.chunks(PER_PAGE).nth(page).unwrap_or_default();
        let mut content = String::new();
        if page == 0 {
            content.push_str(&search.0);
        }
        content.push_str(&format!(
            "<h2 class=\"faq-site__heading\">{} ({})</h2><ol class=\"{STORIES}\">",
            escape(words.get("list")),
            stories.len()
        ));
        for story in on_page {
            content.push_str(&story_item(story, &words, page == 0));
        }
        content.push_str("</ol>");
        content.push_str(&page_links(page, pages, &words));
        let data = if page == 0 {
            Some(search.1.as_str())
        } else {
            None
        };
        let html = fill_template(&template, &head, &content, data, &words)?;
        let name = if page == 0 {
            "index.html".to_owned()
        } else {
            format!("page-{}.html", page + 1)
        };
        write(&out.join(name), html)?;
    }
    // Pages a longer list had are removed.
    let mut gone = pages + 1;
    while out.join(format!("page-{gone}.html")).is_file() {
        let _ = std::fs::remove_file(out.join(format!("page-{gone}.html")));
        gone += 1;
    }
    Ok(())
}

/// The front page's styles (and its no-script stylesheet), icon and
/// script, for the end of `<head>`; the built-in page's look (`page-*.css`)
/// only for the `built_in` template, not a newsroom's.
fn head_markup(engine: &Engine, built_in: bool) -> String {
    let find = |prefix: &str, suffix: &str| {
        engine
            .files
            .iter()
            .find(|n| n.starts_with(prefix) && n.ends_with(suffix))
            .cloned()
    };
    let mut head = String::new();
    if let Some(page) = find("page-", ".css").filter(|_| built_in) {
        head.push_str(&format!("<link rel=\"stylesheet\" href=\"./{page}\">"));
    }
    head.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"./{}\">",
        engine.front_page.styles
    ));
    // Without JavaScript the search, which needs it, is taken out.
    head.push_str(&format!(
        "<noscript><link rel=\"stylesheet\" href=\"./{}\"></noscript>",
        engine.noscript
    ));
    if let Some(icon) = find("favicon-", ".svg") {
        head.push_str(&format!("<link rel=\"icon\" href=\"./{icon}\">"));
    }
    head.push_str(&format!(
        "<script type=\"module\" src=\"./{}\"></script>",
        engine.front_page.script
    ));
    head
}

/// The search (hidden until its script runs) and the site's data for it.
fn search_markup(
    engine: &Engine,
    stories: &[Published],
    indexes: &[LanguageIndex],
    words: &Words,
    language: Language,
) -> (String, String) {
    let default = indexes
        .iter()
        .find(|i| i.language == language)
        .or_else(|| indexes.iter().max_by_key(|i| i.stories))
        .map(|i| i.language.code())
        .unwrap_or("en");
    let languages: Vec<serde_json::Value> = indexes
        .iter()
        .filter_map(|index| {
            let (glue, wasm) = site_engine(engine, stories, index.language)?;
            let language = index.language;
            Some(serde_json::json!({
                "code": language.code(),
                "name": language.facts().autonym,
                "dir": if language.is_right_to_left() { "rtl" } else { "ltr" },
                "meta": index.meta,
                "glue": glue,
                "wasm": wasm,
                "bytes": index.bytes,
            }))
        })
        .collect();
    let data = serde_json::json!({ "default": default, "languages": languages }).to_string();
    let mut markup = format!(
        "<form id=\"{SEARCH_ID}\" class=\"{FORM}\" role=\"search\" hidden>\
         <div class=\"faq-site__field\"><label for=\"{QUERY_ID}\">{}</label>\
         <input id=\"{QUERY_ID}\" type=\"search\" autocomplete=\"off\"></div>",
        escape(words.get("label"))
    );
    if indexes.len() > 1 {
        markup.push_str(&format!(
            "<div class=\"faq-site__field faq-site__field--language\"><label for=\"{LANGUAGE_ID}\">{}</label><select id=\"{LANGUAGE_ID}\">",
            escape(words.get("language"))
        ));
        for index in indexes {
            let code = index.language.code();
            markup.push_str(&format!(
                "<option value=\"{code}\" lang=\"{code}\"{}>{}</option>",
                if code == default { " selected" } else { "" },
                escape(index.language.facts().autonym)
            ));
        }
        markup.push_str("</select></div>");
    }
    // Its words as they will show, so that nothing moves when the script
    // shows it.
    let total: u64 = indexes.iter().map(|index| index.bytes).sum();
    let keep = fill(words.get("keep"), &[("{size}", &megabytes(total))]);
    markup.push_str(&format!(
        "</form><p class=\"{OFFLINE}\" hidden><button id=\"{KEEP_ID}\" type=\"button\">{}</button> \
         <progress id=\"{KEEP_PROGRESS_ID}\" aria-labelledby=\"{KEEP_ID}\" max=\"{total}\" value=\"0\" hidden></progress></p>\
         <p id=\"{STATUS_ID}\" class=\"faq-site__status\" role=\"status\"></p>\
         <ol id=\"{RESULTS_ID}\" class=\"faq-site__results\"></ol>\
         <p id=\"{UNREACHED_ID}\" class=\"faq-site__unreached\" hidden></p>",
        escape(&keep)
    ));
    (markup, data)
}

/// `bytes` for a reader: "3.2 MB", "850 KB" (decimal units, as a phone
/// plan counts them).
fn megabytes(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        let tenths = (bytes + 50_000) / 100_000;
        match tenths % 10 {
            0 => format!("{} MB", tenths / 10),
            tenth => format!("{}.{tenth} MB", tenths / 10),
        }
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// The glue and wasm of the site engine of `language`: this run's engine's
/// if it is that language's, else those that a story of it names.
fn site_engine(
    engine: &Engine,
    stories: &[Published],
    language: Language,
) -> Option<(String, String)> {
    if engine.language == language.code() && !engine.front_page.site_glue.is_empty() {
        return Some((
            engine.front_page.site_glue.clone(),
            engine.front_page.site_wasm.clone(),
        ));
    }
    stories
        .iter()
        .filter(|s| Language::from_tag(&s.record.language) == Some(language))
        .find_map(|s| {
            let find = |suffix: &str| {
                s.record
                    .engine
                    .iter()
                    .find(|n| {
                        n.starts_with("faq-site-")
                            && n.ends_with(suffix)
                            && (suffix != ".js" || !n.ends_with("_bg.wasm"))
                    })
                    .cloned()
            };
            Some((find(".js")?, find("_bg.wasm")?))
        })
}

/// One explainer in the list: its headline in its language, its section,
/// and in the page's, that language's name, its questions and the date it
/// was last updated; on the `searched` page, the name of its text, by
/// which a search that cannot reach the text names the explainer.
fn story_item(story: &Published, words: &Words, searched: bool) -> String {
    let record = &story.record;
    let language = Language::from_tag(&record.language).unwrap_or_default();
    let dir = if language.is_right_to_left() {
        "rtl"
    } else {
        "ltr"
    };
    let count = words.count("questions", record.questions);
    // When it was last updated, in words, as the page's language labels it.
    let updated = record.last_updated_text();
    let dates = date_words(words.language);
    let date = dates.shown(updated);
    let (before, after) = DateWords::around_date(dates.updated);
    let section = record.section.as_deref().map_or(String::new(), |section| {
        format!(
            "<span lang=\"{}\">{}</span> · ",
            escape(&record.language),
            escape(section)
        )
    });
    format!(
        "<li{text}><a href=\"./{stem}/\" lang=\"{lang}\" dir=\"{dir}\">{headline}</a>\
         <span class=\"faq-site__about\">{section}<span lang=\"{code}\">{name}</span> · {count} · \
         {before}<time datetime=\"{updated}\">{date}</time>{after}</span></li>",
        text = if searched {
            text_name(&record.text).map_or(String::new(), |name| {
                format!(" {STORY_NAME_ATTRIBUTE}=\"{name}\"")
            })
        } else {
            String::new()
        },
        stem = escape(&story.stem),
        lang = escape(&record.language),
        headline = escape(&record.headline),
        code = language.code(),
        name = escape(language.facts().autonym),
        count = escape(&count),
        updated = escape(updated),
        date = escape(&date),
        before = escape(before),
        after = escape(after),
    )
}

/// Links to the newer and older pages of the list.
fn page_links(page: usize, pages: usize, words: &Words) -> String {
    if pages < 2 {
        return String::new();
    }
    let href = |page: usize| {
        if page == 0 {
            "./".to_owned()
        } else {
            format!("./page-{}.html", page + 1)
        }
    };
    let mut links = format!(
        "<nav class=\"faq-site__pages\" aria-label=\"{}\">",
        escape(words.get("pages"))
    );
    if page > 0 {
        links.push_str(&format!(
            "<a href=\"{}\" rel=\"prev\">{}</a>",
            href(page - 1),
            escape(words.get("previous"))
        ));
    }
    if page + 1 < pages {
        links.push_str(&format!(
            "<a href=\"{}\" rel=\"next\">{}</a>",
            href(page + 1),
            escape(words.get("next"))
        ));
    }
    links.push_str("</nav>");
    links
}

/// The template with `head` at the end of its head and `content` in its
/// mount element, which gets the site's `data` (for the search).
fn fill_template(
    template: &str,
    head: &str,
    content: &str,
    data: Option<&str>,
    words: &Words,
) -> Result<String> {
    let placed = RefCell::new(false);
    html::rewrite(
        template,
        vec![
            element!("head", |el| {
                el.append(head, ContentType::Html);
                *placed.borrow_mut() = true;
                Ok(())
            }),
            element!("body", |el| {
                if !*placed.borrow() {
                    el.before(head, ContentType::Html);
                }
                Ok(())
            }),
            element!(format!("[id=\"{MOUNT_ID}\"]"), |el| {
                if let Some(data) = data {
                    el.set_attribute(DATA_ATTRIBUTE, data)?;
                    // Every word, the template's or its default, for the script.
                    for (attribute, word) in words.attributes() {
                        el.set_attribute(&attribute, word)?;
                    }
                }
                el.set_inner_content(content, ContentType::Html);
                Ok(())
            }),
        ],
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_as_a_phone_plan_counts_them() {
        assert_eq!(super::megabytes(32_449_999), "32.4 MB");
        assert_eq!(super::megabytes(3_000_001), "3 MB");
        assert_eq!(super::megabytes(999_999), "1000 KB");
        assert_eq!(super::megabytes(1), "1 KB");
    }
}
