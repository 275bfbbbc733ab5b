use faq_core::{SearchIndex, Searcher};
fn main() {
    let bytes = std::fs::read("target/bench/data/stackfaq.index").unwrap();
    let dev: serde_json::Value =
        serde_json::from_slice(&std::fs::read("../shared/queries/stackfaq/dev.json").unwrap())
            .unwrap();
    let qs: Vec<String> = dev["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["q"].as_str().unwrap().to_owned())
        .collect();
    let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
    let limit: usize = std::env::args().nth(1).map_or(20, |a| a.parse().unwrap());
    let index = searcher.index();
    let t = std::time::Instant::now();
    let mut words = 0usize;
    let mut total = 0usize;
    for faq in 0..index.len() as u32 {
        let a = index.answer(faq);
        total += a.len();
        faq_core::text::for_each_token(a, faq_core::text::Compounds::Include, |_| words += 1);
    }
    let e = t.elapsed().as_secs_f64();
    println!(
        "tokenize only: {:.1} ns/byte, {:.0} ns/word",
        e * 1e9 / total as f64,
        e * 1e9 / words as f64
    );
    let t = std::time::Instant::now();
    let mut n = 0;
    let mut read = 0usize;
    for _ in 0..3 {
        for q in &qs {
            for h in searcher.search(q, limit).hits {
                n += 1;
                read +=
                    searcher.index().answer(h.faq).len() + searcher.index().question(h.faq).len();
            }
        }
    }
    println!("{} bytes per query in the hits", read / (3 * qs.len()));
    println!(
        "{:.3} ms/query ({n})",
        t.elapsed().as_secs_f64() * 1000.0 / (3.0 * qs.len() as f64)
    );
}
