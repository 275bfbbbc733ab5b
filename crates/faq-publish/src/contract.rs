//! The page contract (`faq_widget::contract`) and the option table as JSON,
//! so the end-to-end tests spell no id, class or attribute of their own.

use faq_widget::contract::{self, class};
use faq_widget::options::OPTIONS;
use faq_widget::ui_text::all_texts;
use serde_json::{json, Map, Value};

pub fn as_json() -> String {
    let classes: Map<String, Value> = class::ALL
        .iter()
        .map(|(name, value)| ((*name).to_owned(), json!(value)))
        .collect();
    let options: Vec<Value> =
        OPTIONS
            .iter()
            .map(|o| json!({ "option": o.name, "attribute": o.attribute }))
            .chain(all_texts().map(
                |t| json!({ "option": t.name, "attribute": t.attribute, "english": faq_widget::ui_text::ENGLISH.get(t.text) }),
            ))
            .collect();
    json!({
        "mountId": contract::MOUNT_ID,
        "embedAttribute": contract::EMBED_ATTRIBUTE,
        "saveAttribute": contract::SAVE_ATTRIBUTE,
        "storyDataId": contract::STORY_DATA_ID,
        "aboutClass": contract::ABOUT_CLASS,
        "homeAttribute": contract::HOME_ATTRIBUTE,
        "standaloneIdPrefix": contract::STANDALONE_ID_PREFIX,
        "embedIdPrefix": contract::EMBED_ID_PREFIX,
        "readyAttribute": contract::READY_ATTRIBUTE,
        "themeAttribute": contract::THEME_ATTRIBUTE,
        "event": {
            "search": contract::event::SEARCH,
            "open": contract::event::OPEN,
            "pauseMs": contract::event::PAUSE_MS,
        },
        "rememberKeyPrefix": contract::REMEMBER_KEY_PREFIX,
        "classes": classes,
        "site": {
            "mountId": contract::site::MOUNT_ID,
            "dataAttribute": contract::site::DATA_ATTRIBUTE,
            "searchId": contract::site::SEARCH_ID,
            "queryId": contract::site::QUERY_ID,
            "languageId": contract::site::LANGUAGE_ID,
            "statusId": contract::site::STATUS_ID,
            "resultsId": contract::site::RESULTS_ID,
            "keepId": contract::site::KEEP_ID,
            "keepProgressId": contract::site::KEEP_PROGRESS_ID,
            "storiesClass": contract::site::STORIES,
            "storyNameAttribute": contract::site::STORY_NAME_ATTRIBUTE,
            "unreachedId": contract::site::UNREACHED_ID,
            "passageClass": contract::site::PASSAGE,
            "suggestionClass": contract::site::SUGGESTION,
        },
        "options": options,
    })
    .to_string()
}
