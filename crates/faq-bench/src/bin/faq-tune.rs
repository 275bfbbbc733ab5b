//! Search quality natively, ours beside BM25 and BM25F references, on every
//! case set: the shared and own keyword cases of the story, and the StackFAQ
//! development split.
//!
//! Given `NAME=V1,V2,...` arguments (fields of `RankingWeights`), it scores
//! every combination of those values instead, one line each: how the
//! defaults were chosen.
//! Run: `cargo run --release -p faq-bench --bin faq-tune [-- question_boost=2,3,4 k1=1.2,1.6]`

use faq_bench::quality::{
    as_published, keyword_cases, read_json, read_story, retrieval_cases, score, stemmed_words,
    Case, Reference, Scores, ROOT, SHARED,
};
use faq_core::{build_index, RankingWeights, SearchIndex, Searcher, Story};

struct Set {
    name: &'static str,
    story: Story,
    cases: Vec<Case>,
}

fn sets() -> Vec<Set> {
    let story_path = format!("{ROOT}/corpus/ukraine-peacekeepers.txt");
    let story = as_published(&story_path, read_story(&story_path));
    let keyword = |name: &'static str, file: &str| Set {
        name,
        cases: keyword_cases(&story, &read_json(&format!("{ROOT}/corpus/{file}"))),
        story: story.clone(),
    };
    let second_path = format!("{ROOT}/corpus/heatwave-water-restrictions.txt");
    let second = as_published(&second_path, read_story(&second_path));
    vec![
        Set {
            name: "second-story-questions",
            cases: keyword_cases(
                &second,
                &read_json(&format!(
                    "{ROOT}/corpus/heatwave-water-restrictions.questions.json"
                )),
            ),
            story: second,
        },
        keyword("shared", "ukraine-peacekeepers.queries.json"),
        keyword("own", "ukraine-peacekeepers.own-cases.json"),
        keyword("story-questions", "ukraine-peacekeepers.questions.json"),
        Set {
            name: "stackfaq-dev",
            story: {
                let path = format!("{SHARED}/queries/stackfaq/corpus.txt");
                as_published(&path, read_story(&path))
            },
            cases: retrieval_cases(&read_json(&format!("{SHARED}/queries/stackfaq/dev.json"))),
        },
    ]
}

fn line(label: &str, scores: &Scores) {
    println!(
        "  {label:<34} nDCG@10 {:.3}  MRR@10 {:.3}  s@1 {:.3}",
        scores.ndcg10, scores.mrr10, scores.success1
    );
}

fn ours(set: &Set, weights: RankingWeights) -> Scores {
    let bytes = build_index(&set.story);
    let searcher = Searcher::with_weights(SearchIndex::from_bytes(&bytes).expect("index"), weights)
        .with_aliases(set.story.aliases.clone())
        .with_commonness(set.story.commonness.clone());
    score(&set.cases, |q| {
        searcher.search(q, 20).hits.iter().map(|h| h.faq).collect()
    })
}

/// Of the cases that find nothing, how many get a "did you mean", and how
/// many of those suggestions find the right question first. (Native only,
/// as the core's `did_you_mean` is.)
#[cfg(not(target_arch = "wasm32"))]
fn did_you_mean(set: &Set) {
    let bytes = build_index(&set.story);
    let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).expect("index"))
        .with_aliases(set.story.aliases.clone())
        .with_commonness(set.story.commonness.clone());
    let (mut nothing, mut offered, mut right) = (0, 0, 0);
    for case in set.cases.iter().filter(|case| !case.relevant.is_empty()) {
        if searcher.search(&case.query, 20).total > 0 {
            continue;
        }
        nothing += 1;
        let Some(suggestion) = searcher.did_you_mean(&case.query) else {
            continue;
        };
        offered += 1;
        let first = searcher.search(&suggestion, 1).hits.first().map(|h| h.faq);
        right += usize::from(first.is_some_and(|faq| case.relevant.contains(&faq)));
    }
    println!("    {nothing} find nothing: {offered} get a \"did you mean\", {right} of which finds the right question first");
}

/// Of the misses, how many share no informative stem (one in at most half
/// the pairs) with their right pair: no lexical ranking finds those; only
/// synonyms or semantic matching could.
fn vocabulary_gaps(set: &Set, scores: &Scores) {
    use std::collections::HashSet;
    let pairs: Vec<HashSet<String>> = set
        .story
        .faqs
        .iter()
        .map(|f| {
            stemmed_words(&format!("{} {}", f.question, f.answer))
                .into_iter()
                .collect()
        })
        .collect();
    let informative =
        |stem: &String| pairs.iter().filter(|p| p.contains(stem)).count() * 2 <= pairs.len();
    let questions: Vec<HashSet<String>> = set
        .story
        .faqs
        .iter()
        .map(|f| stemmed_words(&f.question).into_iter().collect())
        .collect();
    // Per miss: (no informative stem shared with the right pair, with its
    // question).
    let gaps: Vec<(bool, bool)> = set
        .cases
        .iter()
        .filter(|case| scores.misses.contains(&case.query) && !case.relevant.is_empty())
        .map(|case| {
            let query: HashSet<String> = stemmed_words(&case.query)
                .into_iter()
                .filter(informative)
                .collect();
            let shares_none = |texts: &[HashSet<String>]| {
                case.relevant
                    .iter()
                    .all(|&id| query.is_disjoint(&texts[id as usize]))
            };
            (shares_none(&pairs), shares_none(&questions))
        })
        .collect();
    println!(
        "    {} misses: {} share no informative stem with the right pair, {} none with its question",
        scores.misses.len(),
        gaps.iter().filter(|g| g.0).count(),
        gaps.iter().filter(|g| g.1).count()
    );
}

/// Sets the field `name` of `weights`; false for an unknown name.
fn set_weight(weights: &mut RankingWeights, name: &str, value: f32) -> bool {
    let field = match name {
        "question_boost" => &mut weights.question_boost,
        "k1" => &mut weights.k1,
        "question_boost_short" => &mut weights.question_boost_short,
        "k1_short" => &mut weights.k1_short,
        "short_answers" => &mut weights.short_answers,
        "long_answers" => &mut weights.long_answers,
        "b_question" => &mut weights.b_question,
        "b_answer" => &mut weights.b_answer,
        "stem_weight" => &mut weights.stem_weight,
        "related_weight" => &mut weights.related_weight,
        "synonym_weight" => &mut weights.synonym_weight,
        "common_word_weight" => &mut weights.common_word_weight,
        "common_from" => &mut weights.common_from,
        "common_questions" => &mut weights.common_questions,

        "prefix_weight" => &mut weights.prefix_weight,
        "typo_weight" => &mut weights.typo_weight,
        "field_idf" => &mut weights.field_idf,
        "proximity_bonus" => &mut weights.proximity_bonus,
        _ => return false,
    };
    *field = value;
    true
}

/// Every combination of the values given for each name.
fn grid(axes: &[(String, Vec<f32>)]) -> Vec<(String, RankingWeights)> {
    let mut combinations = vec![(String::new(), RankingWeights::default())];
    for (name, values) in axes {
        combinations = combinations
            .into_iter()
            .flat_map(|(label, weights)| {
                values.iter().map(move |&value| {
                    let mut weights = weights.clone();
                    assert!(
                        set_weight(&mut weights, name, value),
                        "unknown weight {name}"
                    );
                    (format!("{label}{name}={value} "), weights)
                })
            })
            .collect();
    }
    combinations
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--misses");
    let axes: Vec<(String, Vec<f32>)> = args
        .iter()
        .filter_map(|a| a.split_once('='))
        .map(|(name, values)| {
            let values = values
                .split(',')
                .map(|v| v.parse().expect("a number"))
                .collect();
            (name.to_owned(), values)
        })
        .collect();
    if !axes.is_empty() {
        let sets = sets();
        for (label, weights) in grid(&axes) {
            let cells: Vec<String> = sets
                .iter()
                .map(|set| {
                    let s = ours(set, weights.clone());
                    if set.name != "stackfaq-dev" {
                        format!("{} {:.3}", set.name, s.success1)
                    } else {
                        format!("{} {:.3}/{:.3}", set.name, s.ndcg10, s.success1)
                    }
                })
                .collect();
            println!("{label:<60} {}", cells.join("  "));
        }
        return;
    }
    for set in sets() {
        println!("{} ({} cases)", set.name, set.cases.len());
        let bm25 = Reference::bm25(&set.story);
        line("BM25 (plain words)", &score(&set.cases, |q| bm25.search(q)));
        let bm25f = Reference::bm25f(&set.story, 3.0);
        line(
            "BM25F (stems, question x3)",
            &score(&set.cases, |q| bm25f.search(q)),
        );
        let scores = ours(&set, RankingWeights::default());
        line("ours", &scores);
        if verbose && set.name != "stackfaq-dev" {
            println!("    missed: {:?}", scores.misses);
        }
        vocabulary_gaps(&set, &scores);
        #[cfg(not(target_arch = "wasm32"))]
        did_you_mean(&set);
    }
}
