//! One story's files, made whole in memory and then written at once:
//!
//! ```text
//! <stem>/index.html        the standalone page: prerendered, then live, its JSON-LD, the story inside
//! <stem>/faq-widget.js     the embed script: the story, and a loader of the shared embed engine
//! <stem>/faq-widget.html   the server-side include
//! <stem>/faq-offline.html  the page as one self-contained file
//! ```
//!
//! What every story of a run shares ([`Parts`]) is made once: the page cut
//! at what a story fills, the offline file's, the mount element's options.
//! A story then costs its index (one, freed after), its widget rendered
//! with Yew, and string joins.

use crate::engine::Engine;
use crate::error::{io_at, ErrorKind, PublishError, Result};
use crate::files::{read, read_text, short_hash, write, write_all};
use crate::html::{inert, script_json};
use crate::markdown::{self, Meta};
use crate::page::edits::{self, Attributes, Inline};
use crate::page::newsroom::{self, Templates};
use crate::page::prerender;
use crate::page::template::{Cut, Filling, Template};
use crate::page::title;
use faq_core::markup::BLOCK;
use faq_core::{Language, Story};
use faq_widget::contract::{
    ABOUT_CLASS, EMBED_ATTRIBUTE, MOUNT_ID, STORY_DATA_ID, STORY_WORDS_ATTRIBUTE,
};
use faq_widget::story_data::{self, JSON_LD_TYPE, LINES_TYPE};
use faq_widget::Explainer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The parts of every story's files that a run makes once.
pub struct Parts<'a> {
    engine: &'a Engine,
    /// The stories' language, and its BCP 47 tag as the publisher was given
    /// it (`pt-BR`), for `<html lang>` and the JSON-LD.
    language: Language,
    tag: String,
    /// Where a story's files find the shared ones: `../` or `./`.
    base: &'static str,
    /// The engine's page, in the stories' language, cut at what a story
    /// fills; and the offline file's.
    page: Template,
    offline: Template,
    /// The mount element's options, which the widget is prerendered with.
    mount: Attributes,
    /// The `<noscript>` stylesheet: linked from the page, inside the
    /// offline file.
    noscript_link: String,
    noscript_style: String,
    /// The site folder, where a story's text for the front page's search
    /// goes (`search/<code>/s-<hash>.json`), unless the story is published
    /// alone (trunk's `dist/`).
    site: Option<PathBuf>,
    /// When the run started (RFC 3339, UTC): the stories' publishing time.
    published: String,
    /// The newsroom's synonyms file, read, whose rules that do nothing for
    /// a story are said.
    synonyms: Option<faq_core::Synonyms>,
    /// Readers' words for the stories' own: the newsroom's synonyms, then
    /// the places of the stories' language ([`faq_core::places`]). Each
    /// story keeps the entries that lead to its own words.
    readers_words: faq_core::Synonyms,
    /// How common words are in the stories' language: each story gets a
    /// letter per word.
    frequencies: faq_core::frequencies::WordFrequencies,
}

/// What the site knows of a published story: its record
/// (`<stem>/faq-story.json`), written with its files. The site's own
/// files (the front page, its search index, `sw.js`) are made from the
/// records of the stories in the folder, so a run never loses another's.
/// The fields a story's front matter gives are left out when it gives
/// none (a record written before they existed reads the same).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Record {
    /// Its headline: the front matter's `title`, or the summary's first
    /// sentence.
    pub headline: String,
    /// When the story was first published, and last updated, as its front
    /// matter says (a date or an RFC 3339 time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The article the explainer goes with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its language, as the publisher was given it (BCP 47).
    pub language: String,
    pub questions: usize,
    /// When it was last published (RFC 3339, UTC).
    pub published: String,
    /// Its text for the front page's search, below the site folder.
    pub text: String,
    /// The shared files its pages need: its engine's.
    pub engine: Vec<String>,
}

/// The name of a story's record in its folder.
pub const RECORD: &str = "faq-story.json";

impl<'a> Parts<'a> {
    /// The parts of the stories of a run in `language` (written `tag`),
    /// beside `engine` (in `engine_dir`), whose files they find below
    /// `base`.
    pub fn new(
        engine: &'a Engine,
        engine_dir: &Path,
        language: Language,
        tag: &str,
        base: &'static str,
        out: &Path,
        templates: Option<&Templates>,
    ) -> Result<Self> {
        let manifest = engine_dir.join(crate::engine::MANIFEST);
        // The newsroom's story template, if it gave one, else the engine's
        // page; an error in it is about its file.
        let story_template = templates.and_then(|t| t.story.as_deref().map(|page| (t, page)));
        let (source, source_path) = match story_template {
            Some((t, page)) => {
                let path = t.dir.join(crate::page::newsroom::STORY_PAGE);
                (
                    newsroom::story_page(&engine.page, page).map_err(|e| e.at(&path))?,
                    path,
                )
            }
            None => (engine.page.clone(), manifest),
        };
        let in_manifest = |error: PublishError| error.at(&source_path);
        let mut linked = engine.files.clone();
        linked.extend(templates.map(|t| t.files.clone()).unwrap_or_default());
        let page = edits::rebase_and_set_language(
            &source,
            &linked,
            base,
            tag,
            language.is_right_to_left(),
        )
        .and_then(|page| edits::write_page_words(&page, language))
        .map_err(in_manifest)?;
        // Each story adds only data to the page: the page's scripts are
        // the engine's, checked once.
        if edits::inline_scripts(&page)? > 0 {
            return Err(in_manifest(ErrorKind::InlineScript.into()));
        }
        let mount = edits::mount_attributes(&page).map_err(in_manifest)?;
        let page_text = page;
        let page = Template::new(&page_text, Cut::Story, &[]).map_err(in_manifest)?;
        let mut inlined = BTreeMap::new();
        for name in &engine.files {
            if name.ends_with(".css") || name.ends_with(".svg") {
                inlined.insert(name.clone(), read(&engine_dir.join(name))?);
            }
        }
        // The newsroom template's own files (its stylesheets, images) go
        // into the offline file too.
        if let Some(t) = templates {
            for name in &t.files {
                inlined.insert(name.clone(), read(&t.dir.join(name))?);
            }
        }
        let read_inlined = |reference: &str| {
            let name = reference
                .strip_prefix(base)
                .or_else(|| reference.strip_prefix("./"))
                .unwrap_or(reference);
            inlined.get(name).cloned()
        };
        let loader = &engine.offline_loader;
        let offline = page
            .edited(|page| {
                edits::self_contained(
                    page,
                    &Inline {
                        read: &read_inlined,
                        loader,
                    },
                )
            })
            .map_err(|e| e.at("faq-offline.html"))?;
        let noscript = read_text(&engine_dir.join(&engine.noscript))?;
        let noscript_style = format!("<noscript><style>{}</style></noscript>", inert(&noscript));
        // The offline file's shell, shared by every story of the engine, which
        // a story page fills with its story to save itself as one file
        // (js/save.js); the page's save button points at it.
        let shell = offline.shell(&noscript_style);
        let shell_name = format!("faq-offline-{}.html", short_hash(shell.as_bytes()));
        if !out.join(&shell_name).exists() {
            write(&out.join(&shell_name), &shell)?;
        }
        let page_text = edits::point_save_button(&page_text, &format!("{base}{shell_name}"))?;
        let page = Template::new(&page_text, Cut::Story, &[]).map_err(in_manifest)?;
        Ok(Parts {
            engine,
            language,
            tag: tag.to_owned(),
            base,
            page,
            offline,
            mount,
            noscript_link: format!(
                "<noscript><link rel=stylesheet href=\"{base}{}\"></noscript>",
                engine.noscript
            ),
            noscript_style,
            site: None,
            published: String::new(),
            synonyms: None,
            readers_words: faq_core::readers_words(language).stemmed_in(language),
            frequencies: faq_core::frequencies::WordFrequencies::of(language),
        })
    }

    /// These parts for stories of a site in `site` (their own folders, a
    /// record each, their text for its search), published at `published`.
    /// A story page's link to the front page goes to it.
    pub fn in_site(mut self, site: &Path, published: String) -> Result<Self> {
        self.site = Some(site.to_path_buf());
        self.published = published;
        self.page = self
            .page
            .edited(|page| edits::point_home_link(page, "../"))?;
        Ok(self)
    }

    /// Stories published with `synonyms` (before the places).
    pub fn with_synonyms(mut self, synonyms: Option<faq_core::Synonyms>) -> Self {
        if let Some(synonyms) = &synonyms {
            self.readers_words = synonyms.and(&self.readers_words).stemmed_in(self.language);
        }
        self.synonyms = synonyms;
        self
    }
}

/// The story's name: its file name without the extension, if it can name
/// a folder and a URL path segment as it is.
pub fn stem_of(path: &Path) -> Result<String> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let fits = !stem.is_empty()
        && !stem.starts_with('.')
        && stem
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if fits {
        Ok(stem.to_owned())
    } else {
        Err(PublishError::new(ErrorKind::UnfitName).at(path))
    }
}

/// Reads the story of the corpus file `path` and writes its files into
/// `dir`; returns the story. A malformed story writes nothing.
pub fn publish_story(parts: &Parts<'_>, path: &Path, stem: &str, dir: &Path) -> Result<Story> {
    let (mut story, meta) = read_story(path)?;
    if let Some(warning) = crate::detect::contradiction(&story, parts.language) {
        eprintln!("warning: {}: {warning}", path.display());
    }
    if let Some(said) = &meta.lang {
        if Language::parse(said).ok() != Some(parts.language) {
            return Err(PublishError::new(ErrorKind::StoryLanguage {
                said: said.clone(),
                run: parts.tag.clone(),
            })
            .at(path));
        }
    }
    story.commonness = parts.frequencies.commonness(&story, parts.language);
    story.placeholder = crate::examples::placeholder(&story, parts.language, &parts.frequencies);
    story.aliases = parts.readers_words.for_story(&story, parts.language);
    if let Some(synonyms) = &parts.synonyms {
        for said in synonyms.unused(&story, parts.language) {
            eprintln!("warning: {}: {said}", path.display());
        }
    }
    let (files, text) = story_files(parts, &story, &meta, stem);
    std::fs::create_dir_all(dir).map_err(io_at(dir))?;
    let mut files: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(name, contents)| (dir.join(name), contents))
        .collect();
    if let Some(site) = &parts.site {
        // Its text first, named by its content: the record that names it
        // is written with the story's files.
        let code = parts.language.code();
        let name = format!(
            "search/{code}/s-{}.json",
            &short_hash(text.as_bytes())[..12]
        );
        let path = site.join(&name);
        if !path.exists() {
            std::fs::create_dir_all(site.join("search").join(code)).map_err(io_at(site))?;
            write(&path, &text)?;
        }
        let record = Record {
            headline: meta.title.clone(),
            date: meta.date.clone(),
            updated: meta.updated.clone(),
            section: meta.section.clone(),
            tags: meta.tags.clone(),
            url: meta.url.clone(),
            language: parts.tag.clone(),
            questions: story.faqs.len(),
            published: parts.published.clone(),
            text: name,
            engine: parts.engine.files.clone(),
        };
        let record = serde_json::to_string_pretty(&record).expect("a record serializes");
        files.push((dir.join(RECORD), record));
    }
    write_all(&files)?;
    Ok(story)
}

/// The story of the file `path` (a `.txt` corpus, or Markdown with front
/// matter) and what is known of it: a `.txt` story's headline is its
/// summary's first sentence.
pub fn read_story(path: &Path) -> Result<(Story, Meta)> {
    let bytes = read(path)?;
    let file = path.display().to_string();
    if markdown::is_markdown(path) {
        return markdown::parse(&file, &bytes)
            .map_err(|e| PublishError::new(ErrorKind::Markdown(e)).at(path));
    }
    let story = faq_core::corpus::parse(&file, &bytes)
        .map_err(|e| PublishError::new(ErrorKind::Corpus(e)).at(path))?;
    let meta = Meta {
        title: title::headline(&story.summary),
        ..Meta::default()
    };
    Ok((story, meta))
}

/// The story's files, by name, and its text for the front page's search
/// (`{ stem, headline, lang, dir, pairs: [[question, answer, slug], …] }`).
fn story_files(
    parts: &Parts<'_>,
    story: &Story,
    meta: &Meta,
    stem: &str,
) -> (Vec<(&'static str, String)>, String) {
    let explainer = Explainer::from_story_in(story, parts.language);
    let widget = prerender::standalone_widget(explainer.clone(), &parts.mount);
    for warning in &widget.warnings {
        eprintln!("warning: #{MOUNT_ID}: {warning}");
    }
    let data = data_elements(&explainer, &story.search_words(), &parts.tag)
        + &article_data(meta, &parts.tag);
    let lines = story.to_lines();
    let text = serde_json::json!({
        "stem": stem,
        "headline": meta.title,
        "lang": parts.tag,
        "dir": if parts.language.is_right_to_left() { "rtl" } else { "ltr" },
        "pairs": (0..explainer.len() as u32)
            .map(|id| [explainer.question(id), explainer.answer(id), explainer.slug(id)])
            .collect::<Vec<_>>(),
    })
    .to_string();
    let headline = &meta.title;
    let description = title::description(&story.summary.replace(BLOCK, " "));
    let about = about(meta, parts.language);
    let page = parts.page.fill(&Filling {
        headline,
        description: &description,
        data: &data,
        head_end: &parts.noscript_link,
        widget: &widget.html,
        heading: headline,
        about: &about,
    });
    let offline = parts.offline.fill(&Filling {
        headline,
        description: &description,
        data: &data,
        head_end: &parts.noscript_style,
        widget: &widget.html,
        heading: headline,
        about: &about,
    });
    let embed = format!(
        "{}\n(()=>{{const STORY={},NAME={},ENGINE={},STATIC={};\n{}}})();\n",
        embed_usage(stem),
        script_json(&lines),
        script_json(&stem),
        script_json(&format!("{}{}", parts.base, parts.engine.embed)),
        script_json(&prerender::embedded_widget(explainer.clone())),
        parts.engine.story_script
    );
    drop(explainer);
    let files = vec![
        ("index.html", page),
        ("faq-widget.html", include(stem, &widget.html)),
        ("faq-widget.js", embed),
    ];
    // In a site, a reader saves a story as one file from its page, which
    // fills the engine's shell: 180 KB less on disk for each story.
    let files = if parts.site.is_some() {
        files
    } else {
        [files, vec![("faq-offline.html", offline)]].concat()
    };
    (files, text)
}

/// The elements that carry the story's data on its page (see
/// `faq_widget::story_data`).
fn data_elements(explainer: &Explainer, search_words: &str, tag: &str) -> String {
    let data = story_data::page_data(explainer, search_words, tag);
    let json_ld = script_json(&data.json_ld);
    match data.lines {
        None => {
            // Letters and stems (letters, digits, spaces, line breaks),
            // escaped all the same.
            let words = data.search_words.map_or(String::new(), |words| {
                format!(
                    " {STORY_WORDS_ATTRIBUTE}=\"{}\"",
                    crate::html::escape(&words)
                )
            });
            format!(
                "<script type=\"{JSON_LD_TYPE}\" id=\"{STORY_DATA_ID}\"{words}>{json_ld}</script>"
            )
        }
        Some(lines) => format!(
            "<script type=\"{JSON_LD_TYPE}\">{json_ld}</script>\
             <script type=\"{LINES_TYPE}\" id=\"{STORY_DATA_ID}\">{}</script>",
            script_json(&lines)
        ),
    }
}

/// The story's schema.org `NewsArticle`, from its front matter, beside
/// its `FAQPage`: its headline, dates, section, keywords and address.
fn article_data(meta: &Meta, tag: &str) -> String {
    let mut article = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "inLanguage": tag,
    });
    let fields = [
        ("datePublished", meta.date.clone().map(Into::into)),
        ("dateModified", meta.updated.clone().map(Into::into)),
        ("articleSection", meta.section.clone().map(Into::into)),
        (
            "keywords",
            (!meta.tags.is_empty()).then(|| meta.tags.clone().into()),
        ),
        ("url", meta.url.clone().map(Into::into)),
    ];
    for (name, value) in fields {
        if let Some(value) = value {
            article[name] = value;
        }
    }
    format!(
        "<script type=\"{JSON_LD_TYPE}\">{}</script>",
        script_json(&article)
    )
}

/// What the page says of the story under its headline, from its front
/// matter (empty if it says nothing): its section, when it was published
/// and updated (in words, in the story's `language`), and a link to the
/// article it explains, as a line of [`ABOUT_CLASS`].
fn about(meta: &Meta, language: Language) -> String {
    use faq_widget::ui_text::date_words::{date_words, DateWords};
    let escape = crate::html::escape;
    let words = date_words(language);
    let mut parts = Vec::new();
    if let Some(section) = &meta.section {
        parts.push(format!("<span>{}</span>", escape(section)));
    }
    for (date, class, label) in [
        (&meta.date, "published", words.published),
        (&meta.updated, "updated", words.updated),
    ] {
        if let Some(date) = date {
            let shown = words.shown(date);
            let time = format!(
                "<time class=\"{ABOUT_CLASS}-{class}\" datetime=\"{}\">{}</time>",
                escape(date),
                escape(&shown)
            );
            let (before, after) = DateWords::around_date(label);
            parts.push(format!(
                "<span>{}{time}{}</span>",
                escape(before),
                escape(after)
            ));
        }
    }
    if let Some(url) = &meta.url {
        parts.push(format!(
            "<a href=\"{}\" rel=\"noopener\">{}</a>",
            escape(url),
            escape(&shown_address(url))
        ));
    }
    if parts.is_empty() {
        return String::new();
    }
    format!("<p class=\"{ABOUT_CLASS}\">{}</p>", parts.join(" · "))
}

/// A web address as a reader reads it: without its scheme, `www.` and a
/// last `/`.
fn shown_address(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.strip_suffix('/').unwrap_or(rest).to_owned()
}

/// A published page, prerendered again with its mount element's options
/// after setting `set` (`data-heading-level=3`); each invalid option is
/// reported on stderr and keeps its default, as the live widget does.
pub fn prerender_again(page: &str, set: &[(String, String)]) -> Result<String> {
    let (tag, story) = edits::published_story(page)?;
    let language = Language::parse(tag.as_deref().unwrap_or("en"))
        .map_err(|e| PublishError::new(ErrorKind::PageLanguage(e)))?;
    let mut attributes = edits::mount_attributes(page)?;
    for (name, value) in set {
        match attributes.iter_mut().find(|(n, _)| n == name) {
            Some(existing) => existing.1 = value.clone(),
            None => attributes.push((name.clone(), value.clone())),
        }
    }
    let widget =
        prerender::standalone_widget(Explainer::from_story_in(&story, language), &attributes);
    for warning in &widget.warnings {
        eprintln!("warning: #{MOUNT_ID}: {warning}");
    }
    let template = Template::new(page, Cut::Widget, set)?;
    Ok(template.fill_widget(&widget.html))
}

/// The server-side include of the story: its rendered widget inside an
/// embed element, which the story's embed script brings to life (search,
/// answers that open) once the host page adds it, as the comment on its
/// first line says. Until then, or without JavaScript, the rendered widget
/// shows, styled by the site's stylesheets if the page links them.
pub fn include(stem: &str, widget: &str) -> String {
    let comment_safe = stem.replace("--", "");
    format!(
        "<!-- FAQ widget \"{comment_safe}\": the page also needs <script src=\"<this folder's URL>/faq-widget.js\" defer></script>, which brings it to life. -->\n<div {EMBED_ATTRIBUTE}=\"{}\">{widget}</div>\n",
        crate::html::escape(stem)
    )
}

/// The usage comment at the top of a story's `faq-widget.js`: how a host
/// page embeds it, and where its options are listed. Every reader of the
/// embed downloads it, so it names the README's options rather than
/// listing them (which cost 0.3 KB gzip a story).
pub fn embed_usage(stem: &str) -> String {
    let stem = stem.replace("*/", "");
    format!(
        "/* FAQ widget embed script of \"{stem}\": <script src=\"faq-widget.js\" defer></script>, then \
         <div {EMBED_ATTRIBUTE}=\"{stem}\"></div> or FaqWidget.mount(element, {{ story: \"{stem}\" }}). \
         Options and words: the README's \"Options\". */"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use faq_core::Faq;
    use lol_html::{rewrite_str, text, RewriteStrSettings};
    use proptest::prelude::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// The text of every element of class `class` in `html`, entities
    /// decoded (Yew writes these five).
    fn texts_of(html: &str, class: &str) -> Vec<String> {
        let found: Rc<RefCell<Vec<String>>> = Rc::default();
        let collect = found.clone();
        let mut last_text_type_end = true;
        rewrite_str(
            html,
            RewriteStrSettings {
                element_content_handlers: vec![text!(format!(".{class}"), move |chunk| {
                    let mut found = collect.borrow_mut();
                    if last_text_type_end {
                        found.push(String::new());
                    }
                    found.last_mut().unwrap().push_str(chunk.as_str());
                    last_text_type_end = chunk.last_in_text_node();
                    Ok(())
                })],
                ..RewriteStrSettings::new()
            },
        )
        .unwrap();
        let decode = |t: &str| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        };
        found.take().iter().map(|t| decode(t)).collect()
    }

    /// A line of corpus text: pieces of markup and entities among any
    /// other characters but line breaks; not blank.
    fn line() -> impl Strategy<Value = String> {
        let markup = prop::sample::select(vec![
            "<",
            ">",
            "&",
            "\"",
            "'",
            "</div>",
            "<!--",
            "-->",
            "&amp;",
            "&lt;",
            "&#39;",
            "hidden=\"hidden\"",
            " aria-expanded=\"false\"",
            "<script>",
            "</p>",
            "<![CDATA[",
            "id=\"faq-widget\"",
            "\t",
            "  ",
            "\u{feff}",
            "\u{200d}",
            "\u{301}",
        ]);
        let piece = prop_oneof![
            markup.prop_map(str::to_owned),
            // What a corpus line may hold: no control character but the tab.
            "[^\u{0}-\u{8}\u{a}-\u{1f}\u{7f}-\u{9f}\u{2028}\u{2029}]{1,8}",
        ];
        prop::collection::vec(piece, 1..10)
            .prop_map(|pieces| pieces.concat())
            .prop_filter("not blank", |l| !l.trim().is_empty())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever the corpus says, the page built around it, prerendered
        /// and filled into its mount element, shows it to the character.
        #[test]
        fn every_character_of_the_corpus_reaches_the_built_page(
            summary in line(),
            pairs in prop::collection::vec((line(), line()), 1..4),
        ) {
            let faqs: Vec<Faq> = pairs
                .iter()
                .map(|(q, a)| Faq { question: format!("{}?", q.trim()), answer: a.trim().to_owned() })
                .collect();
            let story = Story { summary: summary.trim().to_owned(), faqs, ..Story::default() };
            let explainer = faq_widget::Explainer::from_story(&story);
            let page = "<html><body><div id=\"faq-widget\"><p>Loading</p></div><p>after</p></body></html>";
            let widget = prerender::standalone_widget(explainer, &[]);
            let built = Template::new(page, Cut::Widget, &[]).unwrap().fill_widget(&widget.html);
            use faq_widget::contract::class;
            prop_assert_eq!(texts_of(&built, class::SUMMARY), vec![story.summary.clone()]);
            let questions: Vec<String> = story.faqs.iter().map(|f| f.question.clone()).collect();
            let answers: Vec<String> = story.faqs.iter().map(|f| f.answer.clone()).collect();
            prop_assert_eq!(texts_of(&built, class::ITEM_QUESTION), questions);
            prop_assert_eq!(texts_of(&built, class::ITEM_ANSWER), answers);
            prop_assert!(built.ends_with("</div><p>after</p></body></html>"));
        }
    }

    #[test]
    fn the_embed_usage_says_how_to_embed_and_where_the_options_are() {
        let usage = embed_usage("a-story");
        assert!(usage.contains("data-faq-widget=\"a-story\""));
        assert!(usage.contains("FaqWidget.mount(element, { story: \"a-story\" })"));
        let readme = std::fs::read_to_string(crate::files::source_dir().join("README.md")).unwrap();
        assert!(usage.contains("the README's \"Options\"") && readme.contains("\n## Options\n"));
        assert!(usage.starts_with("/*") && usage.ends_with("*/"));
        assert_eq!(usage.matches("*/").count(), 1, "one comment");
    }
}
