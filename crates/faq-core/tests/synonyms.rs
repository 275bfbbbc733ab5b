//! A story's aliases (from a newsroom's synonyms file) in search: a
//! reader's word finds the story's own, below the word itself, with the
//! story's word highlighted; and they travel with the story's lines.

use faq_core::{build_index, Language, SearchIndex, Searcher, Story, Synonyms};

fn story() -> Story {
    let pairs = [
        (
            "What does the Kremlin say?",
            "Its spokesman spoke on Monday.",
        ),
        ("What is Russia's position?", "It opposes foreign troops."),
        ("Will the US send troops?", "Not before a ceasefire."),
        (
            "Who pays for the mission?",
            "The countries that send troops.",
        ),
    ];
    let mut story = Story::from_pairs("Peacekeepers.", &pairs);
    let file = "Kremlin, Moscow => Russia\nUS, America, United States\n";
    story.aliases = Synonyms::parse("synonyms.txt", file.as_bytes())
        .unwrap()
        .for_story(&story, Language::English);
    story
}

/// The questions `query` finds, best first, with each one's highlighted
/// question words.
fn search(story: &Story, query: &str) -> Vec<(u32, Vec<String>)> {
    let bytes = build_index(story);
    let searcher =
        Searcher::new(SearchIndex::from_bytes(&bytes).unwrap()).with_aliases(story.aliases.clone());
    searcher
        .search(query, 10)
        .hits
        .into_iter()
        .map(|hit| {
            let question = &story.faqs[hit.faq as usize].question;
            let marked = hit.question.iter().map(|r| question[r.clone()].to_owned());
            (hit.faq, marked.collect())
        })
        .collect()
}

#[test]
fn a_readers_word_the_story_lacks_finds_the_storys_own_and_one_it_has_finds_itself() {
    let story = story();
    assert_eq!(
        search(&story, "moscow"),
        [(1, vec!["Russia".to_owned()])],
        "the story's word it leads to, highlighted"
    );
    assert_eq!(
        search(&story, "kremlin"),
        [(0, vec!["Kremlin".to_owned()])],
        "a word the story has is its own, and leads nowhere else"
    );
    // One way: the story's "Russia" does not lead back to Moscow.
    assert_eq!(search(&story, "russia"), [(1, vec!["Russia".to_owned()])]);
}

#[test]
fn a_phrase_leads_to_the_storys_word_and_short_words_stay_searchable() {
    let story = story();
    assert_eq!(search(&story, "will america send soldiers")[0].0, 2);
    assert_eq!(
        search(&story, "united states")[0],
        (2, vec!["US".to_owned()])
    );
    assert_eq!(search(&story, "US")[0], (2, vec!["US".to_owned()]));
    // A sentence of fifteen words finds it too.
    let long = "i would like to know how people in moscow feel about all of this right now";
    assert_eq!(search(&story, long)[0].0, 1);
}

#[test]
fn aliases_travel_with_the_storys_lines() {
    let story = story();
    assert_eq!(story.aliases, "russia\nmoscow\n\nus\namerica\nunit state");
    assert_eq!(Story::from_lines(&story.to_lines()), Some(story.clone()));
    let without = Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        ..story
    };
    assert_eq!(Story::from_lines(&without.to_lines()), Some(without));
}
