//! A site's index, searched as a reader's browser does (parts loaded as a
//! query needs them, then its best stories' text), finds what one index of
//! all its stories finds, in the same order, with the same highlights.

use faq_core::hash::{fnv, FNV_OFFSET};
use faq_core::site::{build_site_index, Name, SiteIndex, SiteIndexFiles};
use faq_core::{build_index_in, Faq, Language, SearchIndex, Searcher, Story};

fn name(bytes: &[u8]) -> Name {
    fnv(FNV_OFFSET, bytes.iter().copied()).to_le_bytes()
}

fn story(summary: &str, pairs: &[(&str, &str)]) -> Story {
    Story {
        summary: summary.into(),
        faqs: pairs
            .iter()
            .map(|(q, a)| Faq {
                question: (*q).into(),
                answer: (*a).into(),
            })
            .collect(),
    }
}

fn stories() -> Vec<Story> {
    vec![
        story(
            "Trains.",
            &[
                (
                    "Which sleeper routes run this winter?",
                    "Sleepers run from Brussels to Berlin and from Vienna to Hamburg.",
                ),
                (
                    "Can I bring a bicycle on board?",
                    "Most sleepers carry bicycles; book the bicycle with your berth.",
                ),
            ],
        ),
        story(
            "Peacekeepers.",
            &[
                (
                    "Will peacekeepers be deployed after a ceasefire?",
                    "Deployment depends on a ceasefire and on guarantees.",
                ),
                (
                    "What is Russia's position?",
                    "The Kremlin rejects foreign troops in Ukraine.",
                ),
                (
                    "Which countries are ready to send troops?",
                    "Belgium, Estonia and Lithuania have said they are ready.",
                ),
            ],
        ),
        story(
            "Heat.",
            &[
                (
                    "Why is water restricted during the heatwave?",
                    "Reservoirs are low, so gardens may not be watered.",
                ),
                (
                    "Who enforces the restrictions on water?",
                    "Water companies enforce them, with fines for repeated breaches.",
                ),
            ],
        ),
    ]
}

fn files(stories: &[Story], part_bytes: usize) -> SiteIndexFiles {
    let refs: Vec<&Story> = stories.iter().collect();
    let names: Vec<Name> = stories
        .iter()
        .map(|s| name(s.to_lines().as_bytes()))
        .collect();
    build_site_index(&refs, &names, Language::English, part_bytes, &name)
}

/// Searches the site as the front page does; returns the hits and how
/// many parts it loaded.
fn search_site(
    searcher: &mut Searcher<'static, SiteIndex>,
    files: &SiteIndexFiles,
    stories: &[Story],
    query: &str,
) -> (faq_core::SearchResults, usize) {
    let mut loaded = 0;
    loop {
        let needed = searcher.parts_needed(query);
        if needed.is_empty() {
            break;
        }
        for part in needed {
            searcher
                .index_mut()
                .add_part(part, &files.chunks[part])
                .unwrap();
            loaded += 1;
        }
    }
    let first = searcher.search(query, 10);
    let needed = searcher
        .index()
        .stories_needed(first.hits.iter().map(|hit| hit.faq));
    for story in needed {
        let pairs = stories[story]
            .faqs
            .iter()
            .map(|f| [f.question.clone(), f.answer.clone()])
            .collect();
        searcher.index_mut().add_story(story, pairs).unwrap();
    }
    (searcher.search(query, 10), loaded)
}

#[test]
fn a_site_finds_what_one_index_of_its_stories_finds() {
    let stories = stories();
    let all = Story {
        summary: String::new(),
        faqs: stories.iter().flat_map(|s| s.faqs.clone()).collect(),
    };
    let bytes = build_index_in(&all, Language::English);
    let one = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
    // Parts of a few terms each, so that words, stems and runs of a
    // prefix fall in different parts.
    let files = files(&stories, 48);
    assert!(files.chunks.len() > 10, "{} parts", files.chunks.len());
    let queries = [
        "bicycle",
        "bicycles",
        "ceasefire guarantees",
        "kremlin",
        "Belgum",
        "water rest",
        "which countries are ready",
        "sleeper",
        "sle",
        "who enforces the water restrictions",
        "zzz",
    ];
    for query in queries {
        let mut site = Searcher::new(SiteIndex::from_meta(&files.meta).unwrap());
        let (found, loaded) = search_site(&mut site, &files, &stories, query);
        assert!(
            loaded < files.chunks.len(),
            "{query}: loads only what it needs"
        );
        let expected = one.search(query, 10);
        assert_eq!(found.total, expected.total, "{query}");
        assert_eq!(found.hits, expected.hits, "{query}");
    }
}

#[test]
fn a_question_knows_its_story() {
    let stories = stories();
    let files = files(&stories, 1 << 20);
    let index = SiteIndex::from_meta(&files.meta).unwrap();
    assert_eq!(index.story_count(), 3);
    assert_eq!(index.part_count(), 1);
    assert_eq!(index.story_of(0), (0, 0));
    assert_eq!(index.story_of(2), (1, 0));
    assert_eq!(index.story_of(6), (2, 1));
}

#[test]
fn damaged_parts_are_errors_not_panics() {
    let stories = stories();
    let files = files(&stories, 64);
    assert!(SiteIndex::from_meta(&files.meta[..files.meta.len() - 3]).is_err());
    assert!(SiteIndex::from_meta(b"FAQX").is_err());
    let mut index = SiteIndex::from_meta(&files.meta).unwrap();
    for cut in [0, 4, 12, files.chunks[0].len() / 2] {
        assert!(index.add_part(0, &files.chunks[0][..cut]).is_err(), "{cut}");
    }
    assert!(
        index.add_part(1, &files.chunks[0]).is_err(),
        "a part in another's place"
    );
    assert!(
        index.add_story(0, vec![]).is_err(),
        "a story of another length"
    );
    index.add_part(0, &files.chunks[0]).unwrap();
}
