#!/usr/bin/env bash
# Builds what the benchmarks need, in target/bench/:
#   engine/  our search engine as a wasm module for Node (the widget's release
#            profile and wasm-opt flags, which templates/story.html holds: faq-publish wasm-opt-flags)
#   data/    the first story's and StackFAQ's indexes, and the seeded synthetic corpora
#            (1,000 and 10,000 pairs) with their indexes and query sets
# Expects the tools of scripts/setup.sh on PATH (source it first).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
cargo build --locked --release --target wasm32-unknown-unknown -p faq-bench-engine
cargo build --locked --release -p faq-publish
wasm-bindgen --target nodejs --out-dir "$out/engine" target/wasm32-unknown-unknown/release/faq_bench_engine.wasm
# shellcheck disable=SC2046 # the flags are words
wasm-opt $(target/release/faq-publish wasm-opt-flags) "$out/engine/faq_bench_engine_bg.wasm" -o "$out/engine/faq_bench_engine_bg.wasm"
# wasm-bindgen's Node output is CommonJS; the project's package.json says ESM.
echo '{ "type": "commonjs" }' > "$out/engine/package.json"

cargo build --locked --release -p faq-bench
data="$out/data"
mkdir -p "$data"
target/release/faq-bench-data index corpus/ukraine-peacekeepers.txt "$data/ukraine-peacekeepers.index"
target/release/faq-bench-data index corpus/heatwave-water-restrictions.txt "$data/heatwave-water-restrictions.index"
# StackFAQ, the real FAQ set with long answers, from the shared folder.
target/release/faq-bench-data index ../shared/queries/stackfaq/corpus.txt "$data/stackfaq.index"
# Always rewritten (about 2 s): an index from an older format would not load.
for pairs in 1000 10000; do
  target/release/faq-bench-data synthetic "$pairs" 42 "$data"
done
