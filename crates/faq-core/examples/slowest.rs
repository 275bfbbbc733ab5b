use faq_core::{SearchIndex, Searcher};
use std::time::Instant;
fn main() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench/data");
    let bytes = std::fs::read(dir.join("synthetic-10000.index")).unwrap();
    let queries: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(dir.join("synthetic-10000.queries.json")).unwrap())
            .unwrap();
    let qs: Vec<String> = queries
        .iter()
        .filter_map(|q| q["q"].as_str().map(str::to_owned))
        .collect();
    let searcher = Searcher::new(SearchIndex::from_bytes(&bytes).unwrap());
    let mut times = Vec::new();
    for q in &qs {
        for (at, _) in q.char_indices().skip(1).chain([(q.len(), ' ')]) {
            let p = &q[..at];
            let t = Instant::now();
            for _ in 0..5 {
                std::hint::black_box(searcher.search(p, 20));
            }
            times.push((t.elapsed().as_secs_f64() * 1000.0 / 5.0, p.to_owned()));
        }
    }
    let total: f64 = times.iter().map(|t| t.0).sum();
    times.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let n = times.len();
    println!(
        "{} keystrokes, mean {:.3} ms, p95 {:.3} ms",
        n,
        total / n as f64,
        times[n / 20].0
    );
    for (t, q) in times.iter().take(25) {
        println!("{t:8.3} {q:?}");
    }
}
