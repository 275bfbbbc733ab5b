//! The components in a real browser (headless Chromium through
//! wasm-bindgen-test): they mount, toggle, filter, highlight and move focus.
#![cfg(target_arch = "wasm32")]

use faq_core::{Faq, Story};
use faq_widget::contract::class;
use faq_widget::ui_text::Text;
use faq_widget::{Explainer, FaqWidget, FaqWidgetProps, UiText};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, InputEvent, InputEventInit,
    KeyboardEvent, KeyboardEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a widget into a fresh element and waits for the first render.
async fn mount(explainer: Rc<Explainer>, heading_level: u8) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = FaqWidgetProps {
        explainer,
        heading_level,
        id_prefix: format!("t{}", js_sys_random_id()).into(),
        initially_open: Vec::new(),
        show_summary: true,
        exclusive: false,
        fragment_prefix: Some("".into()),
        text: Default::default(),
        pending_query: Default::default(),
        focused_id: None,
        remember: false,
        new_tab: false,
    };
    yew::Renderer::<FaqWidget>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// The selector of the contract's class `name`.
fn dot(name: &str) -> String {
    format!(".{name}")
}

/// The fixture story, as the corpus file has it.
fn fixture() -> Story {
    let text = include_bytes!("fixtures/night-trains.txt");
    faq_core::corpus::parse("night-trains.txt", text).unwrap()
}

/// The fixture story, indexed as a published page has the engine do it.
fn fixture_story() -> Rc<Explainer> {
    Explainer::from_lines(&fixture().to_lines()).unwrap()
}

/// How many questions the fixture has.
fn total() -> usize {
    fixture().faqs.len()
}

/// The status line's sentence, in the widget's own English words.
fn status(shown: usize, searching: bool) -> String {
    UiText::default().status(shown, total(), searching)
}

fn js_sys_random_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Lets Yew render what the last event changed. Yew yields to the browser
/// every 16 ms, so on a busy machine one render can span several tasks:
/// `flush` waits for all of them, and the pause lets the browser deliver
/// what the render caused (focus, timers) before the next step.
async fn settle() {
    yew::scheduler::flush().await;
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    yew::scheduler::flush().await;
}

/// Waits (up to two seconds) for `condition`, for effects that run after a
/// render, which a loaded machine may delay past [`settle`].
async fn eventually(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..400 {
        if condition() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("still not true after 2 s: {what}");
}

fn is_until_found(panel: &HtmlElement) -> bool {
    panel.get_attribute("hidden").as_deref() == Some("until-found")
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn questions(root: &Element) -> Vec<String> {
    all(root, &dot(class::ITEM_BUTTON))
        .iter()
        .map(|b| b.text_content().unwrap())
        .collect()
}

fn expanded(root: &Element) -> Vec<bool> {
    all(root, &dot(class::ITEM_BUTTON))
        .iter()
        .map(|b| b.get_attribute("aria-expanded").as_deref() == Some("true"))
        .collect()
}

async fn type_query(root: &Element, query: &str) {
    let input: HtmlInputElement = one(root, "input[type=search]").unchecked_into();
    input.set_value(query);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    settle().await;
}

async fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    settle().await;
}

fn focused_text() -> String {
    gloo::utils::document()
        .active_element()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn mounts_summary_search_status_and_closed_accordion() {
    let root = mount(fixture_story(), 2).await;
    assert_eq!(text(&root, &dot(class::SUMMARY)), fixture().summary);
    assert_eq!(
        text(&root, "label"),
        UiText::default().get(Text::SearchLabel).as_str()
    );
    assert_eq!(text(&root, "[role=status]"), status(0, false));
    let asked: Vec<String> = fixture().faqs.into_iter().map(|f| f.question).collect();
    assert_eq!(questions(&root), asked);
    assert_eq!(expanded(&root), vec![false; total()]);
    for button in all(&root, &format!("h2 > button.{}", class::ITEM_BUTTON)) {
        let panel_id = button.get_attribute("aria-controls").unwrap();
        let panel = one(&root, &format!("#{panel_id}"));
        assert_eq!(panel.get_attribute("aria-labelledby"), Some(button.id()));
        eventually("closed answers are hidden until found", || {
            is_until_found(&panel)
        })
        .await;
    }
}

#[wasm_bindgen_test]
async fn clicking_a_question_opens_and_closes_its_answer() {
    let root = mount(fixture_story(), 2).await;
    let button = &all(&root, &dot(class::ITEM_BUTTON))[2];
    button.click();
    settle().await;
    assert!(expanded(&root)[2]);
    let panel = one(
        &root,
        &format!("#{}", button.get_attribute("aria-controls").unwrap()),
    );
    assert!(!panel.has_attribute("hidden"));
    assert_eq!(panel.text_content().unwrap(), fixture().faqs[2].answer);
    button.click();
    settle().await;
    assert_eq!(expanded(&root), vec![false; total()]);
    eventually("a closed answer is hidden until found", || {
        is_until_found(&panel)
    })
    .await;
}

#[wasm_bindgen_test]
async fn typing_filters_ranks_and_highlights() {
    let root = mount(fixture_story(), 2).await;
    type_query(&root, "bicycle").await;
    let shown = questions(&root);
    assert_eq!(shown[0], fixture().faqs[2].question);
    assert_eq!(text(&root, "[role=status]"), status(shown.len(), true));
    let marks: Vec<String> = all(&root, &format!(".{} mark", class::ITEM_BUTTON))
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(marks, ["bicycle"]);
}

#[wasm_bindgen_test]
async fn a_closed_answer_is_marked_once_it_opens() {
    let root = mount(fixture_story(), 2).await;
    type_query(&root, "bicycle").await;
    // The bicycle question comes first, closed: its answer says "bicycle" too.
    // (Answers that alone match open, marked, as another test shows.)
    let button = &all(&root, &dot(class::ITEM_BUTTON))[0];
    let panel = format!("#{} mark", button.get_attribute("aria-controls").unwrap());
    assert!(!expanded(&root)[0]);
    assert!(all(&root, &panel).is_empty());
    button.click();
    settle().await;
    assert!(expanded(&root)[0]);
    let marks: Vec<String> = all(&root, &panel)
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(marks, ["bicycles", "bicycle"]);
}

#[wasm_bindgen_test]
async fn answer_only_match_opens_with_its_words_marked() {
    let root = mount(fixture_story(), 2).await;
    type_query(&root, "narvik").await;
    assert_eq!(questions(&root), [fixture().faqs[0].question.clone()]);
    assert_eq!(text(&root, "[role=status]"), status(1, true));
    assert_eq!(expanded(&root), [true]);
    assert_eq!(
        text(&root, &format!(".{} mark", class::ITEM_PANEL)),
        "Narvik"
    );
}

#[wasm_bindgen_test]
async fn no_match_offers_to_clear_and_escape_clears() {
    let root = mount(fixture_story(), 2).await;
    type_query(&root, "football").await;
    assert_eq!(text(&root, "[role=status]"), status(0, true));
    assert!(questions(&root).is_empty());
    one(&root, &dot(class::CLEAR)).click();
    settle().await;
    assert_eq!(questions(&root).len(), total());
    let input: HtmlInputElement = one(&root, "input[type=search]").unchecked_into();
    assert_eq!(input.value(), "");

    type_query(&root, "cabin").await;
    press(&input, "Escape").await;
    assert_eq!(input.value(), "");
    assert_eq!(text(&root, "[role=status]"), status(0, false));
}

#[wasm_bindgen_test]
async fn no_match_offers_the_storys_nearest_words_as_a_search() {
    let root = mount(fixture_story(), 2).await;
    // Three edits from "bicycle": further than typo tolerance reaches.
    type_query(&root, "bycicel").await;
    assert!(questions(&root).is_empty());
    let suggestion = one(&root, &dot(class::SUGGESTION));
    assert_eq!(
        suggestion.text_content().unwrap(),
        UiText::default().did_you_mean("bicycle")
    );
    suggestion.click();
    settle().await;
    let input: HtmlInputElement = one(&root, "input[type=search]").unchecked_into();
    assert_eq!(input.value(), "bicycle");
    assert!(!questions(&root).is_empty());
    assert!(all(&root, &dot(class::SUGGESTION)).is_empty());
    let focused = gloo::utils::document().active_element();
    assert_eq!(
        focused.map(|e| e.tag_name()).as_deref(),
        Some("INPUT"),
        "focus back in the search field"
    );
    type_query(&root, "football").await;
    assert!(
        all(&root, &dot(class::SUGGESTION)).is_empty(),
        "no word of the story is near"
    );
}

#[wasm_bindgen_test]
async fn show_all_then_hide_all() {
    let root = mount(fixture_story(), 2).await;
    let toggle = one(&root, &dot(class::SHOW_ALL));
    let words = UiText::default();
    assert_eq!(
        toggle.text_content().unwrap(),
        words.get(Text::ShowAll).as_str()
    );
    toggle.click();
    settle().await;
    assert_eq!(expanded(&root), vec![true; total()]);
    assert_eq!(
        toggle.text_content().unwrap(),
        words.get(Text::HideAll).as_str()
    );
    toggle.click();
    settle().await;
    assert_eq!(expanded(&root), vec![false; total()]);
}

#[wasm_bindgen_test]
async fn arrow_home_and_end_keys_move_focus_between_questions() {
    let root = mount(fixture_story(), 2).await;
    let buttons = all(&root, &dot(class::ITEM_BUTTON));
    let last = buttons.len() - 1;
    buttons[0].focus().unwrap();
    press(&buttons[0], "ArrowDown").await;
    assert_eq!(focused_text(), buttons[1].text_content().unwrap());
    press(&buttons[1], "End").await;
    assert_eq!(focused_text(), buttons[last].text_content().unwrap());
    press(&buttons[last], "ArrowDown").await;
    assert_eq!(focused_text(), buttons[0].text_content().unwrap());
    press(&buttons[0], "ArrowUp").await;
    assert_eq!(focused_text(), buttons[last].text_content().unwrap());
    press(&buttons[last], "Home").await;
    assert_eq!(focused_text(), buttons[0].text_content().unwrap());
}

#[wasm_bindgen_test]
async fn heading_level_is_configurable() {
    let root = mount(fixture_story(), 3).await;
    assert_eq!(
        all(&root, &format!("h3 > button.{}", class::ITEM_BUTTON)).len(),
        total()
    );
    assert!(all(&root, "h2").is_empty());
}

#[wasm_bindgen_test]
async fn hostile_corpus_and_query_text_stay_text() {
    let payload = "<img src=x onerror=alert(1)>";
    let story = Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: format!("Summary {payload}"),
        faqs: vec![Faq {
            question: format!("Is {payload} safe?"),
            answer: format!("It shows as {payload} and <script>throw 1</script>."),
        }],
    };
    let root = mount(Explainer::from_story(&story), 2).await;
    assert!(all(&root, "img").is_empty());
    assert!(all(&root, "script").is_empty());
    assert_eq!(
        text(&root, &dot(class::ITEM_BUTTON)),
        format!("Is {payload} safe?")
    );
    type_query(&root, payload).await;
    assert!(all(&root, "img").is_empty());
    assert!(text(&root, &dot(class::SUMMARY)).contains(payload));
}

/// The link name of the fixture's second question.
fn second_slug() -> String {
    fixture_story().slug(1).to_owned()
}

#[wasm_bindgen_test]
async fn find_in_page_reveal_opens_the_question() {
    let root = mount(fixture_story(), 2).await;
    let panel = all(&root, &dot(class::ITEM_PANEL)).remove(3);
    eventually("a closed answer is hidden until found", || {
        is_until_found(&panel)
    })
    .await;
    // What the browser fires when find-in-page or a text fragment matches:
    // a bubbling `beforematch` at the revealed panel.
    let init = EventInit::new();
    init.set_bubbles(true);
    panel
        .dispatch_event(&Event::new_with_event_init_dict("beforematch", &init).unwrap())
        .unwrap();
    settle().await;
    assert!(expanded(&root)[3]);
    assert!(!panel.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn questions_carry_their_slug_and_opening_one_shows_it_in_the_url() {
    let root = mount(fixture_story(), 2).await;
    let slug = second_slug();
    let item = one(&root, &format!("[id='{slug}']"));
    assert!(item
        .text_content()
        .unwrap()
        .starts_with(&fixture().faqs[1].question));
    all(&root, &dot(class::ITEM_BUTTON))[1].click();
    settle().await;
    let hash = gloo::utils::window().location().hash().unwrap();
    assert_eq!(hash, format!("#{slug}"));
    gloo::utils::window().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_slug_in_the_url_opens_that_question() {
    gloo::utils::window()
        .location()
        .set_hash(&second_slug())
        .unwrap();
    let root = mount(fixture_story(), 2).await;
    eventually("the question the URL names opens", || expanded(&root)[1]).await;
    assert_eq!(expanded(&root).iter().filter(|&&open| open).count(), 1);
    gloo::utils::window().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_long_result_list_grows_a_page_at_a_time_and_focus_follows() {
    let faqs = (1..=45)
        .map(|n| Faq {
            question: format!("Question {n} on the ceasefire?"),
            answer: format!("Answer {n} about troops."),
        })
        .collect();
    let story = Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: "S".into(),
        faqs,
    };
    let root = mount(Explainer::from_story(&story), 2).await;
    assert_eq!(questions(&root).len(), 45, "a story shows whole");
    assert!(root
        .query_selector(&dot(class::SHOW_MORE))
        .unwrap()
        .is_none());

    type_query(&root, "troops").await;
    assert_eq!(text(&root, "[role=status]"), "45 of 45 questions match");
    assert_eq!(questions(&root).len(), 20, "a search shows its best page");
    let more = one(&root, &dot(class::SHOW_MORE));
    assert_eq!(more.text_content().unwrap(), "Show 20 more questions");
    more.click();
    settle().await;
    assert_eq!(questions(&root).len(), 40);
    eventually("focus moves to the first added question", || {
        focused_text() == questions(&root)[20]
    })
    .await;
    let more = one(&root, &dot(class::SHOW_MORE));
    assert_eq!(more.text_content().unwrap(), "Show 5 more questions");
    more.click();
    settle().await;
    assert_eq!(questions(&root).len(), 45);
    assert!(root
        .query_selector(&dot(class::SHOW_MORE))
        .unwrap()
        .is_none());
}

/// An answer of paragraphs and a list, with bold text and a link, as a
/// Markdown story carries it (`faq_core::markup`): the widget shows its
/// structure, and a search marks the reader's word inside a list item.
#[wasm_bindgen_test]
async fn a_structured_answer_keeps_its_lists_and_marks_inside_them() {
    use faq_core::markup::{BLOCK, BULLET, STRONG};
    let answer = format!(
        "Three ways across:{BLOCK}{BULLET}the {}ferry{}, every ten minutes;{BLOCK}{BULLET}the harbour tunnel.{BLOCK}See [the council](https://council.example/bridge).",
        STRONG[0], STRONG[1]
    );
    let story = Story::from_pairs(
        "The bridge closes.",
        &[
            ("How do I get across?", answer.as_str()),
            ("When?", "On Monday."),
        ],
    );
    let root = mount(Explainer::from_story(&story), 2).await;
    let items: Vec<String> = all(&root, &format!(".{} > ul > li", class::ITEM_ANSWER))
        .iter()
        .map(|li| li.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        items,
        ["the ferry, every ten minutes;", "the harbour tunnel."]
    );
    assert_eq!(
        text(&root, &format!(".{} li strong", class::ITEM_ANSWER)),
        "ferry"
    );
    assert_eq!(
        one(&root, &format!(".{} > p > a", class::ITEM_ANSWER))
            .get_attribute("rel")
            .as_deref(),
        Some("noopener")
    );
    type_query(&root, "tunnel").await;
    assert_eq!(
        text(&root, &format!(".{} li mark", class::ITEM_ANSWER)),
        "tunnel"
    );
}
