//! A site's index, searched as a reader's browser does (parts loaded as a
//! query needs them, then its best stories' text), finds what one index of
//! all its stories finds, in the same order, with the same highlights.

use faq_core::hash::{fnv, FNV_OFFSET};
use faq_core::site_index::{
    build_site_index, Name, SiteAnalysis, SiteIndex, SiteIndexFiles, SiteWords, StoryName,
};
use faq_core::{build_index_in, Language, SearchIndex, Searchable, Searcher, Story, Synonyms};

fn name(bytes: &[u8]) -> Name {
    fnv(FNV_OFFSET, bytes.iter().copied()).to_le_bytes()
}

fn story_name(text: &str) -> StoryName {
    let name = name(text.as_bytes());
    [name[0], name[1], name[2], name[3], name[4], name[5]]
}

fn stories() -> Vec<Story> {
    vec![
        Story::from_pairs(
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
        Story::from_pairs(
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
        Story::from_pairs(
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
    let names: Vec<StoryName> = stories.iter().map(|s| story_name(&s.to_lines())).collect();
    build_site_index(
        &refs,
        &names,
        Language::English,
        part_bytes,
        &name,
        &SiteWords::NONE,
    )
}

/// Searches the site as the front page does; returns the hits and how
/// many parts it loaded.
/// A story's question and answer pairs, as the front page fetches them.
fn pairs_of(story: &Story) -> Vec<[String; 2]> {
    story
        .faqs
        .iter()
        .map(|f| [f.question.clone(), f.answer.clone()])
        .collect()
}

fn search_site(
    searcher: &mut Searcher<'static, SiteIndex>,
    files: &SiteIndexFiles,
    stories: &[Story],
    query: &str,
) -> (faq_core::SearchResults, usize) {
    let loaded = searcher
        .load_parts_for(query, |part| files.chunks[part].clone())
        .unwrap();
    let first = searcher.search(query, 10);
    searcher
        .load_stories_for(&first.hits, |story| pairs_of(&stories[story]))
        .unwrap();
    (searcher.search(query, 10), loaded)
}

#[test]
fn a_site_finds_what_one_index_of_its_stories_finds() {
    let stories = stories();
    let all = one_story(&stories, "");
    let bytes = build_index_in(&all, Language::English);
    let one = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
    // Parts of a few terms each, so that words, stems and runs of a
    // prefix fall in different parts.
    let files = files(&stories, 48);
    assert!(files.chunks.len() >= 8, "{} parts", files.chunks.len());
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

/// One more story for [`stories`]: a few words of its own, a few shared.
fn one_more() -> Story {
    Story::from_pairs(
        "Ferries.",
        &[(
            "Do ferries run to Helsinki in winter?",
            "Ferries sail daily; ice may delay them.",
        )],
    )
}

fn analysed(stories: &[&Story]) -> SiteAnalysis {
    let mut analysis = SiteAnalysis::new(Language::English);
    let named: Vec<(StoryName, &Story)> = stories
        .iter()
        .map(|s| (story_name(&s.to_lines()), *s))
        .collect();
    analysis.add(&named);
    analysis
}

#[test]
fn an_analysis_kept_between_runs_builds_what_one_run_builds() {
    let stories = stories();
    let more = one_more();
    // Two runs: the first three stories, then one more, then the second
    // taken out; the analysis stored and read back between them.
    let mut kept = analysed(&[&stories[0], &stories[1], &stories[2]]);
    let bytes = kept.to_bytes("publisher 1");
    kept = SiteAnalysis::from_bytes(&bytes, "publisher 1", Language::English).unwrap();
    kept.add(&[(story_name(&more.to_lines()), &more)]);
    let second = story_name(&stories[1].to_lines());
    kept.retain(|name| *name != second);

    let once = analysed(&[&stories[0], &stories[2], &more]);
    for part_bytes in [48, 1 << 20] {
        let (a, b) = (
            kept.files(part_bytes, &name, &SiteWords::NONE),
            once.files(part_bytes, &name, &SiteWords::NONE),
        );
        assert_eq!(a.meta, b.meta, "{part_bytes}");
        assert_eq!(a.chunks, b.chunks, "{part_bytes}");
    }
    let names: Vec<&StoryName> = kept.story_names().collect();
    assert_eq!(names.len(), 3);
}

/// `count` stories of two questions, each with words of its own.
fn many_stories(count: usize) -> Vec<Story> {
    (0..count)
        .map(|s| {
            Story::from_pairs(
                "Topics.",
                &[
                    (
                        &format!("What about topic{s}a and topic{s}b?"),
                        &format!("Topic{s}c follows topic{s}d in the plan."),
                    ),
                    (
                        &format!("When does topic{s}e start?"),
                        &format!("It starts after topic{s}f."),
                    ),
                ],
            )
        })
        .collect()
}

#[test]
fn one_more_story_changes_only_the_parts_of_its_terms() {
    let stories = many_stories(40);
    let more = Story::from_pairs("More.", &[("What about topic99a?", "Nothing yet.")]);
    let mut refs: Vec<&Story> = stories.iter().collect();
    let before = analysed(&refs).files(64, &name, &SiteWords::NONE);
    refs.push(&more);
    let after = analysed(&refs).files(64, &name, &SiteWords::NONE);
    let changed = after
        .chunks
        .iter()
        .filter(|chunk| !before.chunks.contains(chunk))
        .count();
    // Its five words are in at most five parts, and a cut that moves
    // finds its place again at the next: the other parts keep their
    // bytes, so their names, and a reader's browser keeps them cached.
    assert!(after.chunks.len() > 30, "{} parts", after.chunks.len());
    assert!(
        changed <= 8,
        "{changed} of {} parts changed",
        after.chunks.len()
    );
    assert_ne!(before.meta, after.meta);
}

#[test]
fn an_analysis_from_other_code_or_another_language_or_damaged_is_not_trusted() {
    let stories = stories();
    let bytes = analysed(&[&stories[0], &stories[1]]).to_bytes("publisher 1");
    assert!(SiteAnalysis::from_bytes(&bytes, "publisher 1", Language::English).is_some());
    assert!(SiteAnalysis::from_bytes(&bytes, "publisher 2", Language::English).is_none());
    let german = Language::from_tag("de").unwrap();
    assert!(SiteAnalysis::from_bytes(&bytes, "publisher 1", german).is_none());
    for cut in [0, 4, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            SiteAnalysis::from_bytes(&bytes[..cut], "publisher 1", Language::English).is_none(),
            "{cut}"
        );
    }
}

#[test]
fn a_site_in_a_language_of_related_stems_finds_what_one_index_finds() {
    // The Ukrainian story of the language cases, as two stories, in parts
    // small enough that a word's stem and its related stems fall apart.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/languages/uk.txt"
    );
    let whole = faq_core::corpus::parse(path, &std::fs::read(path).unwrap()).unwrap();
    let (first, second) = whole.faqs.split_at(whole.faqs.len() / 2);
    let stories = [first, second].map(|faqs| Story {
        aliases: String::new(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: whole.summary.clone(),
        faqs: faqs.to_vec(),
    });
    let refs: Vec<&Story> = stories.iter().collect();
    let names: Vec<StoryName> = stories.iter().map(|s| story_name(&s.to_lines())).collect();
    let files = build_site_index(
        &refs,
        &names,
        Language::Ukrainian,
        48,
        &name,
        &SiteWords::NONE,
    );
    assert!(files.chunks.len() >= 8, "{} parts", files.chunks.len());
    let bytes = build_index_in(&whole, Language::Ukrainian);
    let one = Searcher::in_language(
        SearchIndex::from_bytes(&bytes).unwrap(),
        Language::Ukrainian,
    );
    // `кремлем` finds `Кремль` only through a related stem.
    for query in [
        "кремлем",
        "гарантіями безпеки",
        "військовослужбовця",
        "кремлем ",
    ] {
        let index = SiteIndex::from_meta(&files.meta).unwrap();
        let mut site = Searcher::in_language(index, Language::Ukrainian);
        let (found, _) = search_site(&mut site, &files, &stories, query);
        let expected = one.search(query, 10);
        assert!(expected.total > 0, "{query}");
        assert_eq!(found.total, expected.total, "{query}");
        assert_eq!(found.hits, expected.hits, "{query}");
    }
}

/// Every question of `stories` in one story, with `aliases`.
fn one_story(stories: &[Story], aliases: &str) -> Story {
    Story {
        aliases: aliases.to_owned(),
        commonness: String::new(),
        placeholder: String::new(),
        summary: String::new(),
        faqs: stories.iter().flat_map(|s| s.faqs.clone()).collect(),
    }
}

/// The English analysis of `stories`, as a publisher keeps it.
fn analysed_english(stories: &[Story]) -> SiteAnalysis {
    let refs: Vec<(StoryName, &Story)> = stories
        .iter()
        .map(|s| (story_name(&s.to_lines()), s))
        .collect();
    let mut analysis = SiteAnalysis::new(Language::English);
    analysis.add(&refs);
    analysis
}

#[test]
fn a_readers_word_leads_to_the_sites_own_in_the_parts_it_needs() {
    let stories = stories();
    let analysis = analysed_english(&stories);
    let synonyms = Synonyms::parse(
        "newsroom.txt",
        b"Moscow, Muscovites => Russia\nUnited Kingdom, UK, Britain\ncycle => bicycle\n",
    )
    .unwrap();
    let aliases = synonyms.for_site(&analysis.stems(), Language::English);
    // Only the words the site has are led to: not the United Kingdom.
    assert_eq!(aliases, "bicycl\ncycl\n\nrussia\nmoscow\nmuscovit");
    let files = analysis.files(
        48,
        &name,
        &SiteWords {
            aliases: &aliases,
            commonness: SiteWords::NONE.commonness,
        },
    );
    let all = one_story(&stories, &aliases);
    let bytes = build_index_in(&all, Language::English);
    let one = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap()).with_aliases(aliases);
    for query in ["moscow", "muscovites position", "cycle", "russia"] {
        let index = SiteIndex::from_meta(&files.meta).unwrap();
        let mut site = Searcher::of_site(index, Language::English);
        let (found, _) = search_site(&mut site, &files, &stories, query);
        let expected = one.search(query, 10);
        assert!(found.total > 0, "{query}");
        assert_eq!(found.hits, expected.hits, "{query}");
    }
    let index = SiteIndex::from_meta(&files.meta).unwrap();
    let mut site = Searcher::of_site(index, Language::English);
    let (found, _) = search_site(&mut site, &files, &stories, "moscow");
    assert_eq!(found.hits.len(), 1, "the one question that names Russia");
}

#[test]
fn common_words_weigh_on_the_front_page_as_on_one_index() {
    let stories = stories();
    let analysis = analysed_english(&stories);
    // "water" and "troops" as common as "the", the others rare.
    let letter = |term: &str| match term {
        "water" | "troops" | "which" | "who" => b'h',
        _ => faq_core::frequencies::RARE,
    };
    let files = analysis.files(
        48,
        &name,
        &SiteWords {
            aliases: "",
            commonness: &letter,
        },
    );
    let all = one_story(&stories, "");
    let bytes = build_index_in(&all, Language::English);
    let index = SearchIndex::from_bytes(&bytes).unwrap();
    let commonness: String = (0..index.term_count() as u32)
        .map(|term| {
            char::from(letter(
                std::str::from_utf8(Searchable::term(&index, term)).unwrap(),
            ))
        })
        .collect();
    let plain = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
    let one = Searcher::new(index).with_commonness(commonness);
    let mut moved = 0;
    for query in [
        "who enforces the water restrictions",
        "which troops are ready",
        "water troops",
    ] {
        let site_index = SiteIndex::from_meta(&files.meta).unwrap();
        let mut site = Searcher::of_site(site_index, Language::English);
        let (found, _) = search_site(&mut site, &files, &stories, query);
        assert_eq!(found.hits, one.search(query, 10).hits, "{query}");
        moved += usize::from(found.hits != plain.search(query, 10).hits);
    }
    assert!(moved > 0, "the letters change some ranking");
}
