//! Search in other languages: each story of `tests/fixtures/languages`,
//! indexed and searched in its own language, against its query cases
//! (inflected forms, typos, diacritics, prefixes, Chinese without spaces).

use faq_core::{build_index_in, corpus, Language, SearchIndex, Searcher, Story};
use serde::Deserialize;
use std::collections::BTreeMap;

const FOLDER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/languages"
);

#[derive(Deserialize)]
struct CaseFile {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    lang: String,
    q: String,
    #[serde(default)]
    top: Vec<String>,
    #[serde(default)]
    contain: Option<String>,
    kind: String,
}

/// A searcher over `story`, indexed in `language`. The index bytes are
/// leaked: tests are short.
fn searcher(story: &Story, language: Language) -> Searcher<'static> {
    let bytes: &'static [u8] = Box::leak(build_index_in(story, language).into_boxed_slice());
    Searcher::in_language(SearchIndex::from_bytes(bytes).unwrap(), language)
}

/// The failure of `case` against the story in its language, if it fails.
fn check(case: &Case) -> Option<String> {
    let path = format!("{FOLDER}/{}.txt", case.lang);
    let story = corpus::parse(&path, &std::fs::read(&path).unwrap()).unwrap();
    let language = Language::parse(&case.lang).unwrap();
    let hits = searcher(&story, language).search(&case.q, usize::MAX).hits;
    let faq = |hit: &faq_core::Hit| &story.faqs[hit.faq as usize];
    let Some(first) = hits.first() else {
        return Some(format!("{:?} ({}) found nothing", case.q, case.kind));
    };
    if !case.top.is_empty()
        && !case
            .top
            .iter()
            .any(|top| faq(first).question.starts_with(top))
    {
        return Some(format!(
            "{:?} ({}): first {:?}, wanted one of {:?}",
            case.q,
            case.kind,
            faq(first).question,
            case.top
        ));
    }
    // `contain`: the hits are exactly the questions that hold the text.
    let contain = case.contain.as_deref()?;
    let mut found: Vec<u32> = hits.iter().map(|hit| hit.faq).collect();
    found.sort_unstable();
    let holding: Vec<u32> = (0..story.faqs.len() as u32)
        .filter(|&at| {
            let f = &story.faqs[at as usize];
            f.question.contains(contain) || f.answer.contains(contain)
        })
        .collect();
    (found != holding).then(|| format!("{:?}: found {found:?}, holding it {holding:?}", case.q))
}

#[test]
fn each_language_passes_its_query_cases() {
    let file: CaseFile =
        serde_json::from_str(&std::fs::read_to_string(format!("{FOLDER}/cases.json")).unwrap())
            .unwrap();
    let mut passed: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in &file.cases {
        let tally = passed.entry(&case.lang).or_default();
        tally.1 += 1;
        match check(case) {
            None => tally.0 += 1,
            Some(failure) => failures.push(format!("[{}] {failure}", case.lang)),
        }
    }
    for (lang, (ok, all)) in &passed {
        eprintln!("{lang}: {ok}/{all} cases passed");
    }
    assert!(passed.len() >= 5, "a story per language: {passed:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_stemmer_is_the_languages_own() {
    // The cases above pass through each language's stemmer, not by luck:
    // an English stemmer keeps these forms apart.
    use faq_core::stemmer::Stemmer;
    for (code, one, other) in [
        ("uk", "миротворці", "миротворців"),
        ("pl", "żołnierz", "żołnierzy"),
        ("de", "Länder", "Land"),
        ("ar", "الجنود", "جنود"),
    ] {
        let own = Stemmer::new(Language::parse(code).unwrap());
        let key = |stemmer: &Stemmer, word: &str| {
            stemmer.key(word, &faq_core::text::fold(word)).into_owned()
        };
        assert_eq!(key(&own, one), key(&own, other), "{code}");
        let english = Stemmer::new(Language::English);
        assert_ne!(key(&english, one), key(&english, other), "{code}");
    }
}

#[test]
fn letters_nfkd_keeps_whole_are_found_as_readers_type_them() {
    // Without folding `ß`, `ø` and `ł`, `strasse` is two edits from
    // `straße` and `so` too short for a typo: neither would be found.
    for (code, text, query) in [
        ("de", "Welche Straße ist gesperrt?", "strasse"),
        ("da", "Hvor ligger søen?", "soen"),
        ("no", "Er det en sø?", "so"),
        ("pl", "Ile kosztuje złoty?", "zloty"),
    ] {
        let story = Story {
            aliases: String::new(),
            commonness: String::new(),
            placeholder: String::new(),
            summary: "S.".into(),
            faqs: vec![faq_core::Faq {
                question: text.into(),
                answer: "A.".into(),
            }],
        };
        let found =
            searcher(&story, Language::parse(code).unwrap()).search(&format!("{query} "), 10);
        assert_eq!(found.total, 1, "{code}: {query}");
    }
}
