//! Writes benchmark data.
//!
//! ```text
//! faq-bench-data synthetic <pairs> <seed> <dir>   # corpus, queries and index
//! faq-bench-data index <corpus.txt> <index.bin>   # index of any corpus
//! ```

use faq_bench::{synthetic_corpus, synthetic_queries};
use std::path::Path;
use std::process::ExitCode;

const QUERIES_PER_KIND: usize = 50;

fn write_index(corpus_path: &str, text: &[u8], out: &Path) -> Result<(), String> {
    let story = faq_core::corpus::parse(corpus_path, text).map_err(|e| e.to_string())?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(out, faq_core::build_index(&story))
        .map_err(|e| format!("{}: {e}", out.display()))
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [command, pairs, seed, dir] if command == "synthetic" => {
            let pairs: usize = pairs
                .parse()
                .map_err(|_| format!("pairs: not a number: {pairs}"))?;
            let seed: u64 = seed
                .parse()
                .map_err(|_| format!("seed: not a number: {seed}"))?;
            let dir = Path::new(dir);
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let corpus = synthetic_corpus(pairs, seed);
            let corpus_path = dir.join(format!("synthetic-{pairs}.txt"));
            std::fs::write(&corpus_path, &corpus).map_err(|e| e.to_string())?;
            write_index(
                &corpus_path.display().to_string(),
                corpus.as_bytes(),
                &dir.join(format!("synthetic-{pairs}.index")),
            )?;
            let queries: Vec<serde_json::Value> =
                synthetic_queries(&corpus, seed, QUERIES_PER_KIND)
                    .into_iter()
                    .map(|q| serde_json::json!({ "q": q.text, "kind": q.kind }))
                    .collect();
            let json = serde_json::to_string_pretty(&queries).map_err(|e| e.to_string())?;
            std::fs::write(dir.join(format!("synthetic-{pairs}.queries.json")), json)
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        [command, corpus, out] if command == "index" => {
            let text = std::fs::read(corpus).map_err(|e| format!("{corpus}: {e}"))?;
            write_index(corpus, &text, Path::new(out))
        }
        _ => Err(
            "usage: faq-bench-data synthetic <pairs> <seed> <dir> | index <corpus.txt> <index.bin>"
                .into(),
        ),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
