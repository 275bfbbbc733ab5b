// Search quality, engine beside engine: success@1 and mean reciprocal rank
// (MRR) on each case set. Exits non-zero if ours is worse than the best peer
// on any set.
// Run: node benches/quality.mjs   (after benches/run has built the engine)
import { readFileSync } from 'node:fs';
import { ENGINES, loadCorpus } from './engines.mjs';

const root = new URL('../', import.meta.url).pathname;
const CORPUS = `${root}corpus/ukraine-peacekeepers.txt`;
const INDEX = `${root}target/bench/data/ukraine-peacekeepers.index`;
const CASE_SETS = {
  shared: `${root}corpus/ukraine-peacekeepers.queries.json`,
  own: `${root}corpus/ukraine-peacekeepers.own-cases.json`,
};

/** success@1 and MRR of `engine` on a case file. A 'none' case scores 1 only if nothing is found. */
export function score(engine, corpus, cases) {
  const idOf = (key) => corpus.faqs.find((f) => f.question.startsWith(cases.items[key])).id;
  let success = 0;
  let reciprocal = 0;
  const misses = [];
  for (const c of cases.queries) {
    const found = engine.search(c.q, 100);
    let rank = 0;
    if (c.none) {
      rank = found.length === 0 ? 1 : 0;
    } else {
      const wanted = new Set(c.top.map(idOf));
      rank = found.findIndex((id) => wanted.has(id)) + 1;
    }
    if (rank === 1) success += 1;
    else misses.push(c.q);
    if (rank > 0) reciprocal += 1 / rank;
  }
  const n = cases.queries.length;
  return { success: success / n, mrr: reciprocal / n, misses };
}

const corpus = loadCorpus(CORPUS);
const indexBytes = readFileSync(INDEX);
const engines = Object.fromEntries(
  Object.entries(ENGINES).map(([name, e]) => [name, e.create(corpus, indexBytes)]),
);
let failed = false;
for (const [set, path] of Object.entries(CASE_SETS)) {
  const cases = JSON.parse(readFileSync(path, 'utf8'));
  console.log(`\n${set} cases (${cases.queries.length}): success@1, MRR`);
  const results = {};
  for (const [name, engine] of Object.entries(engines)) {
    results[name] = score(engine, corpus, cases);
    const r = results[name];
    console.log(
      `  ${ENGINES[name].label.padEnd(56)} ${r.success.toFixed(3)}  ${r.mrr.toFixed(3)}` +
        (r.misses.length ? `  missed: ${r.misses.map((q) => JSON.stringify(q)).join(', ')}` : ''),
    );
  }
  const peers = Object.keys(results).filter((n) => n !== 'ours');
  const bestSuccess = Math.max(...peers.map((n) => results[n].success));
  const bestMrr = Math.max(...peers.map((n) => results[n].mrr));
  if (results.ours.success < bestSuccess || results.ours.mrr < bestMrr) {
    console.log(`  ours is below the best peer on the ${set} cases`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log('\nours is at least as good as the best peer on every case set');
