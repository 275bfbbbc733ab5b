//! The gate on a site's search: StackFAQ's 125 pairs published as 25
//! stories of 5, searched as the front page searches them (parts loaded as
//! each query needs them), must rank within 0.02 nDCG@10 of the engine on
//! the one corpus, on the development split of real readers' questions.

use faq_bench::quality::{read_json, read_story, retrieval_cases, score, SHARED};
use faq_core::hash::{fnv, FNV_OFFSET};
use faq_core::site_index::{build_site_index, Name, SiteIndex, StoryName, PART_BYTES};
use faq_core::{build_index, Language, SearchIndex, Searcher, Story};

fn name(bytes: &[u8]) -> Name {
    fnv(FNV_OFFSET, bytes.iter().copied()).to_le_bytes()
}

fn story_name(text: &str) -> StoryName {
    let name = name(text.as_bytes());
    [name[0], name[1], name[2], name[3], name[4], name[5]]
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
    let files = build_site_index(&refs, &names, Language::English, PART_BYTES, &name);
    let mut parts_loaded = 0;
    let site = score(&cases, |query| {
        // A reader's page: a fresh index per query, so every query loads
        // only its own parts.
        let mut searcher = Searcher::new(SiteIndex::from_meta(&files.meta).unwrap());
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
                parts_loaded += 1;
            }
        }
        let first = searcher.search(query, 10);
        for story in searcher
            .index()
            .stories_needed(first.hits.iter().map(|h| h.faq))
        {
            let pairs = stories[story]
                .faqs
                .iter()
                .map(|f| [f.question.clone(), f.answer.clone()])
                .collect();
            searcher.index_mut().add_story(story, pairs).unwrap();
        }
        searcher
            .search(query, 10)
            .hits
            .iter()
            .map(|h| h.faq)
            .collect()
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
