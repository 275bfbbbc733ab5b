// Query speed, start-up and index memory, every engine in the same Node
// process, side by side. Engines take turns query by query within each
// round, so machine noise falls on all of them alike.
// Run: node --expose-gc benches/speed.mjs [rounds] [name]   (name: run only the corpora whose name has it)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ENGINES, loadCorpus } from './engines.mjs';

const root = new URL('../', import.meta.url).pathname;
const data = `${root}target/bench/data/`;
const ROUNDS = Number(process.argv[2] ?? 5);
const ONLY = process.argv[3]?.toLowerCase();
/** A page of results, as the widget shows it, each with its highlights. */
const LIMIT = 20;
/** Fuse.js scans every document per query; at 10,000 pairs and on StackFAQ it gets fewer queries and one round. */
const FUSE_MAX_QUERIES = 40;

const CORPORA = [
  { name: 'first story (8 pairs)', corpus: `${root}corpus/ukraine-peacekeepers.txt`, index: `${data}ukraine-peacekeepers.index`, queries: `${data}synthetic-1000.queries.json`, realQueries: true },
  { name: 'StackFAQ (125 pairs, long answers)', corpus: `${root}../shared/queries/stackfaq/corpus.txt`, index: `${data}stackfaq.index`, stackfaq: `${root}../shared/queries/stackfaq/dev.json` },
  { name: '1,000 pairs', corpus: `${data}synthetic-1000.txt`, index: `${data}synthetic-1000.index`, queries: `${data}synthetic-1000.queries.json` },
  { name: '10,000 pairs', corpus: `${data}synthetic-10000.txt`, index: `${data}synthetic-10000.index`, queries: `${data}synthetic-10000.queries.json` },
];

function gc() {
  if (global.gc) {
    global.gc();
    global.gc();
  }
}

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const us = (ms) => `${(ms * 1000).toFixed(1)} µs`.padStart(11);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`.padStart(9);

/** Builds each engine once, measuring the time to be ready and the memory it holds. */
function setUp(spec) {
  const corpus = loadCorpus(spec.corpus);
  const indexBytes = readFileSync(spec.index);
  const engines = {};
  for (const [name, engine] of Object.entries(ENGINES)) {
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const instance = engine.create(corpus, indexBytes);
    const ready = performance.now() - started;
    gc();
    const heap = process.memoryUsage().heapUsed - heapBefore;
    // Ours lives in wasm linear memory: count the index bytes it holds.
    const memory = name === 'ours' ? instance.raw.indexBytes : heap;
    engines[name] = { instance, ready, memory, times: {} };
  }
  return { corpus, engines };
}

function queriesFor(spec) {
  if (spec.realQueries) {
    // The first story: its own case queries, not synthetic words.
    const cases = [
      ...JSON.parse(readFileSync(`${root}corpus/ukraine-peacekeepers.queries.json`, 'utf8')).queries,
      ...JSON.parse(readFileSync(`${root}corpus/ukraine-peacekeepers.own-cases.json`, 'utf8')).queries,
    ];
    return cases.map((c) => ({ q: c.q, kind: c.none ? 'miss' : 'word' }));
  }
  if (spec.stackfaq) {
    // Readers' whole questions, and one word of each as a keyword.
    const sentences = JSON.parse(readFileSync(spec.stackfaq, 'utf8')).queries.map((c) => c.q);
    const words = sentences.map((q) => q.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]);
    return [
      ...sentences.map((q) => ({ q, kind: 'sentence' })),
      ...words.map((q) => ({ q, kind: 'word' })),
    ];
  }
  return JSON.parse(readFileSync(spec.queries, 'utf8'));
}

for (const spec of CORPORA.filter((c) => !ONLY || c.name.toLowerCase().includes(ONLY))) {
  const { corpus, engines } = setUp(spec);
  const queries = queriesFor(spec);
  // Fuse.js takes about half a second a sentence on StackFAQ's long answers.
  const large = corpus.faqs.length >= 10000 || Boolean(spec.stackfaq);
  for (let round = 0; round <= ROUNDS; round += 1) {
    // Round 0 warms the JIT and caches and is not counted.
    for (const [number, query] of queries.entries()) {
      for (const [name, engine] of Object.entries(engines)) {
        if (name === 'fuse' && large && (round > 1 || number >= FUSE_MAX_QUERIES)) continue;
        const started = performance.now();
        engine.instance.search(query.q, LIMIT);
        const elapsed = performance.now() - started;
        if (round > 0 || (name === 'fuse' && large)) {
          (engine.times[query.kind] ??= []).push(elapsed);
          (engine.times.all ??= []).push(elapsed);
        }
      }
    }
  }

  console.log(`\n## ${spec.name}: ${queries.length} queries × ${ROUNDS} rounds, top ${LIMIT}`);
  console.log(`${'engine'.padEnd(56)} ${'ready'.padStart(11)} ${'memory'.padStart(9)} ${'median'.padStart(11)} ${'p95'.padStart(11)}  ours faster by (median)`);
  const ourMedian = quantile([...engines.ours.times.all].sort((a, b) => a - b), 0.5);
  for (const [name, engine] of Object.entries(engines)) {
    const all = [...engine.times.all].sort((a, b) => a - b);
    const median = quantile(all, 0.5);
    const ratio = name === 'ours' ? '' : `${(median / ourMedian).toFixed(1)}×`;
    console.log(`${ENGINES[name].label.padEnd(56)} ${us(engine.ready)} ${kb(engine.memory)} ${us(median)} ${us(quantile(all, 0.95))}  ${ratio}`);
  }
  const kinds = Object.keys(engines.ours.times).filter((k) => k !== 'all');
  for (const kind of kinds) {
    const cells = Object.entries(engines).map(([name, engine]) => {
      const sorted = [...(engine.times[kind] ?? [])].sort((a, b) => a - b);
      return sorted.length ? `${name} ${us(quantile(sorted, 0.5)).trim()} / ${us(quantile(sorted, 0.95)).trim()}` : `${name} not run`;
    });
    console.log(`  ${kind.padEnd(7)} median / p95: ${cells.join(' · ')}`);
  }
}
