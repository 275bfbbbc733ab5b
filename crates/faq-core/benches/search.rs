//! Native search benchmarks for profiling the core (divan).
//!
//! Uses the data `benches/build-engine.sh` writes to `target/bench/data/`;
//! a corpus whose files are missing is skipped with a note.
//! Run: `cargo bench -p faq-core --bench search`
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use faq_core::{SearchIndex, Searcher};
    use std::path::PathBuf;

    fn data_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench/data")
    }

    /// The index and the queries (of `kind`, or all) of a synthetic corpus.
    fn load(corpus: &str, kind: Option<&str>) -> Option<(Vec<u8>, Vec<String>)> {
        let dir = data_dir();
        let index = std::fs::read(dir.join(format!("{corpus}.index"))).ok()?;
        let queries = std::fs::read(dir.join(format!("{corpus}.queries.json"))).ok()?;
        let queries: Vec<serde_json::Value> = serde_json::from_slice(&queries).ok()?;
        let queries = queries
            .iter()
            .filter(|q| kind.is_none_or(|kind| q["kind"] == kind))
            .filter_map(|q| q["q"].as_str().map(str::to_owned))
            .collect();
        Some((index, queries))
    }

    /// 50 queries of one kind on 10,000 pairs, top 10 with highlights.
    #[divan::bench(args = ["word", "prefix", "typo", "miss"], sample_count = 20)]
    fn by_kind_10000(bencher: divan::Bencher, kind: &str) {
        let Some((bytes, queries)) = load("synthetic-10000", Some(kind)) else {
            return;
        };
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
        bencher.bench_local(|| {
            for query in &queries {
                divan::black_box(searcher.search(divan::black_box(query), 10));
            }
        });
    }

    pub fn main() {
        divan::main();
    }

    /// StackFAQ's index and its dev queries: whole sentences, and the
    /// longest word of each as a one-word query.
    fn stackfaq() -> Option<(Vec<u8>, Vec<String>, Vec<String>)> {
        let index = std::fs::read(data_dir().join("stackfaq.index")).ok()?;
        let dev = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/queries/stackfaq/dev.json");
        let dev: serde_json::Value = serde_json::from_slice(&std::fs::read(dev).ok()?).ok()?;
        let sentences: Vec<String> = dev["queries"]
            .as_array()?
            .iter()
            .filter_map(|q| q["q"].as_str().map(str::to_owned))
            .collect();
        let words = sentences
            .iter()
            .filter_map(|q| {
                q.split(|c: char| !c.is_alphanumeric())
                    .max_by_key(|w| w.len())
                    .map(str::to_owned)
            })
            .collect();
        Some((index, sentences, words))
    }

    /// StackFAQ typed letter by letter, as a reader does: 17 of its dev
    /// questions, every prefix a keystroke, a page of 20 each.
    #[divan::bench(sample_count = 10)]
    fn stackfaq_typed_letter_by_letter(bencher: divan::Bencher) {
        let Some((bytes, sentences, _)) = stackfaq() else {
            return;
        };
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
        let typed: Vec<&str> = sentences
            .iter()
            .step_by(31)
            .flat_map(|q| q.char_indices().skip(1).map(move |(at, _)| &q[..at]))
            .collect();
        bencher.bench_local(|| {
            for query in &typed {
                divan::black_box(searcher.search(divan::black_box(query), 20));
            }
        });
    }

    /// StackFAQ (125 pairs, answers of about 1,900 characters): its 500 dev
    /// queries, a page of 20 with highlights, as whole sentences and as
    /// one word each.
    #[divan::bench(args = ["sentence", "word"], sample_count = 10)]
    fn stackfaq_page_of_20(bencher: divan::Bencher, kind: &str) {
        let Some((bytes, sentences, words)) = stackfaq() else {
            eprintln!("skipped StackFAQ: run benches/build-engine.sh first");
            return;
        };
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
        let queries = if kind == "sentence" { sentences } else { words };
        bencher.bench_local(|| {
            for query in &queries {
                divan::black_box(searcher.search(divan::black_box(query), 20));
            }
        });
    }

    /// Every synthetic query of one kind set, top 10 with highlights.
    #[divan::bench(args = ["synthetic-1000", "synthetic-10000"], sample_count = 20)]
    fn all_queries(bencher: divan::Bencher, corpus: &str) {
        let Some((bytes, queries)) = load(corpus, None) else {
            eprintln!("skipped {corpus}: run benches/build-engine.sh first");
            return;
        };
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
        bencher.bench_local(|| {
            for query in &queries {
                divan::black_box(searcher.search(divan::black_box(query), 10));
            }
        });
    }

    /// What the widget does as a reader types: every prefix of 16 queries
    /// (words, prefixes, typos, misses in turn) on 10,000 pairs, one page of
    /// 20 results each, as `benches/browser.mjs` types them.
    #[divan::bench(sample_count = 20)]
    fn typed_letter_by_letter_10000(bencher: divan::Bencher) {
        let Some((bytes, queries)) = load("synthetic-10000", None) else {
            return;
        };
        let mut by_kind: Vec<Vec<&String>> = vec![Vec::new(); 4];
        for (i, query) in queries.iter().enumerate() {
            by_kind[i * 4 / queries.len()].push(query);
        }
        let typed: Vec<&str> = (0..4)
            .flat_map(|i| by_kind.iter().map(move |kind| kind[i].as_str()))
            .flat_map(|query| {
                query
                    .char_indices()
                    .skip(1)
                    .map(|(at, _)| &query[..at])
                    .chain([query])
            })
            .collect();
        let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
        bencher
            .counter(divan::counter::ItemsCount::new(typed.len()))
            .bench_local(|| {
                for query in &typed {
                    divan::black_box(searcher.search(divan::black_box(query), 20));
                }
            });
    }

    /// Reading the prebuilt index at start-up.
    #[divan::bench(args = ["synthetic-1000", "synthetic-10000"])]
    fn open_index(bencher: divan::Bencher, corpus: &str) {
        let Some((bytes, _)) = load(corpus, None) else {
            return;
        };
        bencher.bench_local(|| {
            SearchIndex::from_bytes(divan::black_box(&bytes))
                .unwrap()
                .len()
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}
