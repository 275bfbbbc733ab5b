#!/usr/bin/env bash
# What costs bytes in the widget's wasm: builds it as the release does, but
# keeps the function names (wasm-opt -Oz -g), and prints twiggy's top items
# plus the shallow bytes summed per crate. Installs twiggy if it is missing.
# Usage: bash benches/twiggy.sh [top-n]    (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh > /dev/null
command -v twiggy > /dev/null || cargo install --locked twiggy@0.8.0
out=target/bench/twiggy
mkdir -p "$out"
cargo build --locked --release --target wasm32-unknown-unknown --bin faq-widget
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/faq-widget.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types "$out/faq-widget_bg.wasm" -o "$out/named.wasm"
# Without the names section: the bytes a reader would download.
wasm-opt -Oz --strip-debug --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types "$out/faq-widget_bg.wasm" -o "$out/stripped.wasm"
echo "wasm without names: $(wc -c < "$out/stripped.wasm") bytes, $(gzip -9c "$out/stripped.wasm" | wc -c) gzipped"
twiggy top -n "${1:-10}" "$out/named.wasm"
twiggy top -n 100000 --format csv "$out/named.wasm" > "$out/top.csv"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").slice(1);
const sums = new Map();
for (const row of rows) {
  const [, name, bytes] = row.match(/^"?(.*?)"?,(\d+),/) ?? [];
  if (!name || /subsection/.test(name)) continue;
  const crate = name.startsWith("data segment") ? "(data: strings, tables, the index)"
    : (name.match(/^<?<?([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::/)?.[1] ?? "(other)");
  sums.set(crate, (sums.get(crate) ?? 0) + Number(bytes));
}
console.log("\nshallow bytes per crate (before gzip):");
for (const [crate, bytes] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${String(bytes).padStart(9)}  ${crate}`);
' "$out/top.csv"
