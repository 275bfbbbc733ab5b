//! The JavaScript of the engine, assembled from `js/` with the constants
//! it reads, and minified: the standalone page's loader, the offline page's,
//! a story's embed script but for the story, and the embed engine.

use super::tools::{minified, packed_wasm};
use crate::error::{ErrorKind, PublishError, Result};
use crate::files::{read_text, source_dir};
use crate::html::inert;
use faq_core::Language;
use faq_widget::contract::{class, EMBED_ATTRIBUTE, MOUNT_ID, READY_ATTRIBUTE};
use faq_widget::ui_text::{Text, UiText};
use std::path::Path;

/// A file of the project's `js/` folder.
pub fn script(name: &str) -> Result<String> {
    read_text(&source_dir().join("js").join(name))
}

/// The standalone page's loader (`js/page-loader.js`), a module beside the
/// shared files: it works the accordion at once, waits for the first
/// paint, starts the engine (`glue` and `wasm`, its files' names) and
/// registers the service worker.
pub fn page_loader(glue: &str, wasm: &str, save: &str, language: Language) -> Result<String> {
    let constants = format!(
        "const GLUE = \"./{glue}\", WASM = \"./{wasm}\", SAVE = \"./{save}\", SAVE_ATTRIBUTE = {};",
        serde_json::json!(faq_widget::contract::SAVE_ATTRIBUTE)
    );
    loader(
        &constants,
        &["after-first-paint.js", "register-service-worker.js"],
        "page-loader.js",
        language,
    )
}

/// The script that saves a story page as one file (`js/save.js`), a
/// module, with the marks of the offline shell's slots and the mount
/// element's id.
pub fn save_script() -> Result<String> {
    let marks: serde_json::Map<String, serde_json::Value> = crate::page::template::marks()
        .into_iter()
        .map(|(name, mark)| (name.to_owned(), mark.into()))
        .collect();
    minified(
        &format!(
            "const MARKS = {}, MOUNT_ID = {}, ABOUT_CLASS = {};\n{}",
            serde_json::Value::Object(marks),
            serde_json::json!(MOUNT_ID),
            serde_json::json!(faq_widget::contract::ABOUT_CLASS),
            script("save.js")?
        ),
        true,
    )
}

/// The offline page's loader (`js/offline-loader.js`) after the engine's
/// `glue` and packed `wasm`, made once with the engine: packing the wasm
/// is the slowest step of a publishing run's set-up (see [`packed_wasm`]).
pub fn offline_loader(glue: &str, wasm: &[u8], language: Language) -> Result<String> {
    Ok(format!(
        "\nconst GLUE_SOURCE = {};\nconst PACKED_WASM = \"{}\";\n{}",
        inert(&serde_json::to_string(glue).expect("a string serializes")),
        packed_wasm(wasm),
        inert(&loader(
            "",
            &["unpack-wasm.js"],
            "offline-loader.js",
            language
        )?)
    ))
}

/// A loader module, minified: `constants`, the accordion with its own, the
/// scripts of `parts`, then the script `main` that uses them.
fn loader(constants: &str, parts: &[&str], main: &str, language: Language) -> Result<String> {
    let main = script(main)?;
    let mut code = format!("{constants}\n{}\n", accordion_script(language, &[&main])?);
    for part in parts {
        code += &script(part)?;
        code.push('\n');
    }
    code += &main;
    minified(&code, true)
}

/// The front page's script (`js/front-page.js`), a module, with the ids
/// and classes of the front page's markup it reads and the names of the
/// events it dispatches (`SITE`), and how long a query stands before it
/// counts as searched (`PAUSE`, ms).
pub fn front_page() -> Result<String> {
    let site: serde_json::Map<String, serde_json::Value> = faq_widget::contract::site::FOR_SCRIPT
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).into()))
        .collect();
    minified(
        &format!(
            "const SITE = {}, PAUSE = {}, FORMS = {};\n{}",
            serde_json::Value::Object(site),
            faq_widget::contract::event::PAUSE_MS,
            plural_forms(),
            script("front-page.js")?
        ),
        true,
    )
}

/// For the front page's script, the suffix of the `data-text-*` word (as
/// its `dataset` names it: `found` + `One` for `data-text-found-one`) of
/// each CLDR category, as the widget chooses its forms
/// ([`faq_widget::ui_text::category`]).
fn plural_forms() -> serde_json::Value {
    use faq_widget::ui_text::site_words::form_suffix;
    use faq_widget::ui_text::{category, CLDR_CATEGORIES};
    let dataset = |suffix: &str| {
        let mut chars = suffix.trim_start_matches('-').chars();
        chars.next().map_or(String::new(), |first| {
            first.to_uppercase().chain(chars).collect::<String>()
        })
    };
    CLDR_CATEGORIES
        .iter()
        .map(|name| {
            let form = dataset(form_suffix(category(name)));
            ((*name).to_owned(), form.into())
        })
        .collect::<serde_json::Map<String, serde_json::Value>>()
        .into()
}

/// The embed engine: the embed build's `wasm` and `glue` inside
/// `js/embed.js`.
pub fn embed_engine(glue: &str, wasm: &[u8]) -> Result<String> {
    let code = format!(
        "(() => {{\n{glue}\nconst PACKED_WASM = \"{}\";\n{}\n{}\n}})();\n",
        packed_wasm(wasm),
        script("unpack-wasm.js")?,
        script("embed.js")?
    );
    minified(&code, false)
}

/// `js/accordion.js` with the constants it reads, and those of the
/// `callers` that use it, as far as they name them: the classes of the page
/// contract (by their names in `faq_widget::contract::class::ALL`, as
/// `CLASS.itemPanel` or in a quoted list, `'widget widgetStatic'`), the
/// ready attribute, the mount element's id, and the engine language's
/// words of "Hide all" (`DEFAULTS.hideAll`; those of "Show all" are on the
/// prerendered button).
fn accordion_script(language: Language, callers: &[&str]) -> Result<String> {
    let accordion = script("accordion.js")?;
    let sources: Vec<&str> = std::iter::once(accordion.as_str())
        .chain(callers.iter().copied())
        .collect();
    let text = UiText::for_language(language);
    let classes: Vec<(&str, serde_json::Value)> = class::ALL
        .iter()
        .map(|(name, value)| (*name, (*value).into()))
        .collect();
    let defaults: Vec<(&str, serde_json::Value)> =
        vec![("hideAll", text.get(Text::HideAll).as_str().into())];
    Ok(format!(
        "const CLASS = {}, READY = {}, MOUNT_ID = {}, DEFAULTS = {};\n{accordion}",
        used("CLASS", &classes, &sources)?,
        serde_json::json!(READY_ATTRIBUTE),
        serde_json::json!(MOUNT_ID),
        used("DEFAULTS", &defaults, &sources)?,
    ))
}

/// The entries of `object` (`CLASS`, `DEFAULTS`) that `sources` name, as a
/// JSON object: as `DEFAULTS.hideAll`; a class also quoted, alone or in a
/// list (`'itemPanel'`, `'widget widgetStatic'`), for `CLASS[name]`. A name
/// they use that `object` lacks would be `undefined` in the browser: an
/// error here.
fn used(
    object: &str,
    entries: &[(&str, serde_json::Value)],
    sources: &[&str],
) -> Result<serde_json::Value> {
    let known = |word: &str| entries.iter().any(|(name, _)| *name == word);
    let mut named = std::collections::BTreeSet::new();
    for source in sources {
        let prefix = format!("{object}.");
        for (at, _) in source.match_indices(&prefix) {
            let name: String = source[at + prefix.len()..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if !known(&name) {
                return Err(PublishError::new(ErrorKind::UndefinedConstant(format!(
                    "{object}.{name}"
                )))
                .at("js/"));
            }
            named.insert(name);
        }
        for quoted in source.split('\'').filter(|_| object == "CLASS") {
            if quoted.split(' ').all(known) {
                named.extend(quoted.split(' ').map(str::to_owned));
            }
        }
    }
    Ok(serde_json::Value::Object(
        entries
            .iter()
            .filter(|(name, _)| named.contains(*name))
            .map(|(name, value)| ((*name).to_owned(), value.clone()))
            .collect(),
    ))
}

/// A story's embed script but for the story (`js/embed-story.js`): the
/// widget's stylesheet (trunk's minified `faq-<hash>.css` of `names`, in
/// `dir`), which every widget's shadow root adopts, with or without the
/// engine, and the accordion.
pub fn story_runtime(dir: &Path, names: &[String], language: Language) -> Result<String> {
    let styles = names
        .iter()
        .find(|n| n.starts_with("faq-") && n.ends_with(".css"))
        .ok_or_else(|| PublishError::new(ErrorKind::MissingBuildFile("faq-<hash>.css")).at(dir))?;
    let runtime = script("embed-story.js")?;
    // Minified as a module, so that terser shortens its top-level names:
    // the publisher puts it inside a function with the story.
    minified(
        &format!(
            "const STYLES = {}, EMBED_ATTRIBUTE = {};\n{}\n{runtime}",
            serde_json::json!(read_text(&dir.join(styles))?),
            serde_json::json!(EMBED_ATTRIBUTE),
            accordion_script(language, &[&runtime])?,
        ),
        true,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_page_gets_each_plural_category_s_form_as_the_widget_chooses_it() {
        // `two` and `zero` take `few` (Arabic, Slovenian); `other` none.
        assert_eq!(
            plural_forms(),
            serde_json::json!({
                "zero": "Few", "one": "One", "two": "Few",
                "few": "Few", "many": "Many", "other": ""
            })
        );
    }

    #[test]
    fn the_scripts_get_the_constants_they_name_and_no_unknown_one() {
        let entries = [
            ("item", "faq-item".into()),
            ("showAll", "faq-show-all".into()),
            ("list", "faq-list".into()),
        ];
        let source = "all(CLASS.item); add(x, 'div', 'showAll item'); 'list of words'";
        assert_eq!(
            used("CLASS", &entries, &[source]).unwrap(),
            serde_json::json!({ "item": "faq-item", "showAll": "faq-show-all" })
        );
        let error = used("CLASS", &entries, &["CLASS.itemButon"]).unwrap_err();
        assert!(
            matches!(&error.kind, ErrorKind::UndefinedConstant(name) if name == "CLASS.itemButon"),
            "{error}"
        );
    }

    #[test]
    fn the_accordion_gets_the_engine_languages_words_and_the_classes_its_caller_names() {
        for caller in ["page-loader.js", "offline-loader.js", "embed-story.js"] {
            let source = script(caller).unwrap();
            let script = accordion_script(Language::Ukrainian, &[&source]).unwrap();
            assert!(
                script.contains("\"widgetStatic\":\"faq-widget--static\""),
                "{caller}"
            );
            assert!(
                script.contains("\"hideAll\":\"Сховати всі відповіді\""),
                "{caller}"
            );
            assert!(!script.contains("headingLevel"), "{caller}");
        }
    }
}
