//! The gate on a site's search: StackFAQ's 125 pairs published as 25
//! stories of 5, searched as the front page searches them (parts loaded as
//! each query needs them), must rank within 0.02 nDCG@10 of the engine on
//! the one corpus, on the development split of real readers' questions;
//! and the front page of the project's stories answers their readers'
//! questions at least as well with the site's readers' words (aliases,
//! then common words weighed less) as without.

// Reads the stories and the case sets from disk: native only.
#![cfg(not(target_arch = "wasm32"))]

use faq_bench::quality::{
    as_published, keyword_cases, read_json, read_story, retrieval_cases, score, Case, ROOT, SHARED,
};
use faq_core::hash::{fnv, FNV_OFFSET};
use faq_core::site_index::{
    build_site_index, Name, SiteAnalysis, SiteIndex, SiteIndexFiles, SiteWords, StoryName,
    PART_BYTES,
};
use faq_core::{build_index, Language, SearchIndex, Searcher, Story, Synonyms};

fn name(bytes: &[u8]) -> Name {
    fnv(FNV_OFFSET, bytes.iter().copied()).to_le_bytes()
}

fn story_name(text: &str) -> StoryName {
    let name = name(text.as_bytes());
    [name[0], name[1], name[2], name[3], name[4], name[5]]
}

/// Searches the site of `files` as the front page does, with a fresh
/// index, so every query loads only its own parts (with the aliases its
/// meta part carries); the ids of its best questions, and how many parts
/// it loaded.
fn front_page_search(files: &SiteIndexFiles, stories: &[Story], query: &str) -> (Vec<u32>, usize) {
    let index = SiteIndex::from_meta(&files.meta).unwrap();
    let mut searcher = Searcher::of_site(index, Language::English);
    let loaded = searcher
        .load_parts_for(query, |part| files.chunks[part].clone())
        .unwrap();
    let first = searcher.search(query, 10);
    searcher
        .load_stories_for(&first.hits, |story| {
            stories[story]
                .faqs
                .iter()
                .map(|f| [f.question.clone(), f.answer.clone()])
                .collect()
        })
        .unwrap();
    let hits = searcher
        .search(query, 10)
        .hits
        .iter()
        .map(|h| h.faq)
        .collect();
    (hits, loaded)
}

/// The front page of the project's stories, published with the demo's
/// synonyms file as `scripts/test` publishes it, answers the readers'
/// questions of two of them (written without the stories' words, some
/// only through places or synonyms) at least as well with the site's
/// aliases as without them. Prints both.
#[test]
fn the_front_page_finds_readers_words_as_the_story_pages_do() {
    let paths = [
        "corpus/ukraine-peacekeepers.txt",
        "corpus/heatwave-water-restrictions.txt",
        "tests/fixtures/night-trains.txt",
        "tests/fixtures/border-talks.txt",
    ];
    let stories: Vec<Story> = paths
        .iter()
        .map(|p| read_story(&format!("{ROOT}/{p}")))
        .collect();
    let mut cases: Vec<Case> = Vec::new();
    let mut first = 0;
    for (story, questions) in stories.iter().zip([
        Some("corpus/ukraine-peacekeepers.questions.json"),
        Some("corpus/heatwave-water-restrictions.questions.json"),
        None,
        None,
    ]) {
        if let Some(questions) = questions {
            let set = keyword_cases(story, &read_json(&format!("{ROOT}/{questions}")));
            cases.extend(set.into_iter().map(|case| Case {
                relevant: case.relevant.iter().map(|id| id + first).collect(),
                ..case
            }));
        }
        first += story.faqs.len() as u32;
    }
    let named: Vec<(StoryName, &Story)> = stories
        .iter()
        .map(|s| (story_name(&s.to_lines()), s))
        .collect();
    let mut analysis = SiteAnalysis::new(Language::English);
    analysis.add(&named);
    let synonyms_file = format!("{ROOT}/corpus/ukraine-peacekeepers.synonyms.txt");
    let newsroom =
        Synonyms::parse(&synonyms_file, &std::fs::read(&synonyms_file).unwrap()).unwrap();
    let words = newsroom.and(&faq_core::readers_words(Language::English));
    let aliases = words.for_site(&analysis.stems(), Language::English);
    let frequencies = faq_core::frequencies::WordFrequencies::of(Language::English);
    let common = |term: &str| frequencies.letter(term);
    let run = |words: &SiteWords<'_>| {
        let files = analysis.files(PART_BYTES, &name, words);
        score(&cases, |query| front_page_search(&files, &stories, query).0)
    };
    let without = run(&SiteWords::NONE);
    let aliased = run(&SiteWords {
        aliases: &aliases,
        commonness: SiteWords::NONE.commonness,
    });
    let with = run(&SiteWords {
        aliases: &aliases,
        commonness: &common,
    });
    // The story pages, each with its own words, for comparison.
    let mut pages = Vec::new();
    for (path, questions) in [
        (
            "corpus/ukraine-peacekeepers.txt",
            "corpus/ukraine-peacekeepers.questions.json",
        ),
        (
            "corpus/heatwave-water-restrictions.txt",
            "corpus/heatwave-water-restrictions.questions.json",
        ),
    ] {
        let path = format!("{ROOT}/{path}");
        let story = as_published(&path, read_story(&path));
        let set = keyword_cases(&story, &read_json(&format!("{ROOT}/{questions}")));
        let bytes = faq_core::build_index_in(&story, Language::English);
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap())
            .with_aliases(story.aliases.clone())
            .with_commonness(story.commonness.clone());
        let scores = score(&set, |q| {
            searcher.search(q, 10).hits.iter().map(|h| h.faq).collect()
        });
        pages.push((set.len(), scores));
    }
    let on_pages = pages
        .iter()
        .map(|(n, s)| s.success1 * *n as f64)
        .sum::<f64>()
        / pages.iter().map(|(n, _)| *n as f64).sum::<f64>();
    println!(
        "front page of 4 stories, {} readers' questions, nDCG@10 / success@1: the stories alone {:.3} / {:.3}; with the site's aliases ({} bytes) {:.3} / {:.3}; and common words weighed less {:.3} / {:.3}; on each story's page, success@1 {:.3}",
        cases.len(),
        without.ndcg10,
        without.success1,
        aliases.len(),
        aliased.ndcg10,
        aliased.success1,
        with.ndcg10,
        with.success1,
        on_pages
    );
    // Each step weighs readers' words as the story pages do; none loses.
    for (more, less) in [(&aliased, &without), (&with, &aliased)] {
        assert!(
            more.ndcg10 >= less.ndcg10,
            "{:.3} < {:.3}",
            more.ndcg10,
            less.ndcg10
        );
        assert!(
            more.success1 >= less.success1,
            "{:.3} < {:.3}",
            more.success1,
            less.success1
        );
    }
}

#[test]
fn stackfaq_as_25_stories_ranks_as_one_corpus_does() {
    let corpus = read_story(&format!("{SHARED}/queries/stackfaq/corpus.txt"));
    let cases = retrieval_cases(&read_json(&format!("{SHARED}/queries/stackfaq/dev.json")));
    let bytes = build_index(&corpus);
    let one = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
    let alone = score(&cases, |q| {
        one.search(q, 10).hits.iter().map(|h| h.faq).collect()
    });

    let stories: Vec<Story> = corpus
        .faqs
        .chunks(5)
        .map(|faqs| Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: String::new(),
            faqs: faqs.to_vec(),
        })
        .collect();
    assert_eq!(stories.len(), 25);
    let refs: Vec<&Story> = stories.iter().collect();
    let names: Vec<StoryName> = stories.iter().map(|s| story_name(&s.to_lines())).collect();
    let files = build_site_index(
        &refs,
        &names,
        Language::English,
        PART_BYTES,
        &name,
        &SiteWords::NONE,
    );
    let mut parts_loaded = 0;
    let site = score(&cases, |query| {
        let (hits, loaded) = front_page_search(&files, &stories, query);
        parts_loaded += loaded;
        hits
    });
    println!(
        "StackFAQ dev split: one corpus nDCG@10 {:.3} success@1 {:.3}; 25 stories {:.3} / {:.3} ({} parts, {:.1} loaded a query)",
        alone.ndcg10,
        alone.success1,
        site.ndcg10,
        site.success1,
        files.chunks.len(),
        parts_loaded as f64 / cases.len() as f64
    );
    assert!(
        site.ndcg10 >= alone.ndcg10 - 0.02,
        "site {:.3} against one corpus {:.3}",
        site.ndcg10,
        alone.ndcg10
    );
}
