// Search quality, engine beside engine, on every case set: nDCG@10, MRR@10
// and success@1. Exits non-zero if ours is below the best peer (the BM25
// reference among them) on any measure of any set.
// Run: node benches/quality.mjs [--misses] [--all]   (after benches/build-engine.sh)
// Fuse.js takes about four minutes on StackFAQ's long answers (and scores
// far below the others there), so only --all, which benches/run passes,
// runs it on that set.
import { readFileSync } from 'node:fs';
import { ENGINES, loadCorpus } from './engines.mjs';

const root = new URL('../', import.meta.url).pathname;
const data = `${root}target/bench/data/`;
const stackfaq = `${root}../shared/queries/stackfaq/`;
const STORY = { corpus: `${root}corpus/ukraine-peacekeepers.txt`, index: `${data}ukraine-peacekeepers.index` };
const CASE_SETS = [
  { name: 'shared keyword cases', ...STORY, cases: `${root}corpus/ukraine-peacekeepers.queries.json` },
  { name: 'own keyword cases', ...STORY, cases: `${root}corpus/ukraine-peacekeepers.own-cases.json` },
  { name: "story: readers' questions", ...STORY, cases: `${root}corpus/ukraine-peacekeepers.questions.json` },
  {
    name: "second story (heatwave): readers' questions",
    corpus: `${root}corpus/heatwave-water-restrictions.txt`,
    index: `${data}heatwave-water-restrictions.index`,
    cases: `${root}corpus/heatwave-water-restrictions.questions.json`,
  },
  {
    name: 'StackFAQ dev split (human paraphrases)',
    corpus: `${stackfaq}corpus.txt`,
    index: `${data}stackfaq.index`,
    cases: `${stackfaq}dev.json`,
    slowPeers: ['fuse'],
  },
];
// Another split in the same form (StackFAQ's held-out one) is scored too.
if (process.env.STACKFAQ_SPLIT) {
  CASE_SETS.push({ ...CASE_SETS.find((set) => set.name.startsWith('StackFAQ')), name: `StackFAQ ${process.env.STACKFAQ_SPLIT}`, cases: process.env.STACKFAQ_SPLIT });
}
const MEASURES = ['ndcg', 'mrr', 'success'];
const showMisses = process.argv.includes('--misses');
const runAll = process.argv.includes('--all');

/**
 * Each case as { q, relevant: ids }; an empty list means nothing may be
 * found. Keyword case files name items by their question's first words.
 */
export function readCases(path, corpus) {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  if (!file.items) return file.queries.map((c) => ({ q: c.q, relevant: c.relevant }));
  const idOf = (key) => corpus.faqs.find((f) => f.question.startsWith(file.items[key])).id;
  return file.queries.map((c) => ({ q: c.q, relevant: c.none ? [] : c.top.map(idOf) }));
}

/** nDCG@10, MRR@10 and success@1 of `engine` on `cases`, with the queries it gets wrong first. */
export function score(engine, cases) {
  const totals = { ndcg: 0, mrr: 0, success: 0 };
  const misses = [];
  for (const c of cases) {
    const found = engine.search(c.q, 100);
    if (c.relevant.length === 0) {
      const right = found.length === 0 ? 1 : 0;
      totals.ndcg += right;
      totals.mrr += right;
      totals.success += right;
      if (!right) misses.push(c.q);
      continue;
    }
    const wanted = new Set(c.relevant);
    const first = found.findIndex((id) => wanted.has(id));
    if (first === 0) totals.success += 1;
    else misses.push(c.q);
    if (first >= 0 && first < 10) totals.mrr += 1 / (first + 1);
    const gain = (at) => 1 / Math.log2(at + 2);
    let dcg = 0;
    found.slice(0, 10).forEach((id, at) => {
      if (wanted.has(id)) dcg += gain(at);
    });
    let ideal = 0;
    for (let at = 0; at < Math.min(10, wanted.size); at += 1) ideal += gain(at);
    totals.ndcg += dcg / ideal;
  }
  const n = cases.length;
  return { ndcg: totals.ndcg / n, mrr: totals.mrr / n, success: totals.success / n, misses };
}

let failed = false;
for (const set of CASE_SETS) {
  const corpus = loadCorpus(set.corpus);
  const indexBytes = readFileSync(set.index);
  const cases = readCases(set.cases, corpus);
  console.log(`\n${set.name} (${cases.length} cases, ${corpus.faqs.length} pairs): nDCG@10  MRR@10  success@1`);
  const results = {};
  for (const [name, spec] of Object.entries(ENGINES)) {
    if (!runAll && set.slowPeers?.includes(name)) {
      console.log(`  ${spec.label.padEnd(56)} not run here (minutes on this set); --all runs it`);
      continue;
    }
    results[name] = score(spec.create(corpus, indexBytes), cases);
    const r = results[name];
    const misses = showMisses && r.misses.length ? `  missed: ${r.misses.map((q) => JSON.stringify(q)).join(', ')}` : '';
    console.log(`  ${spec.label.padEnd(56)} ${MEASURES.map((m) => r[m].toFixed(3).padStart(7)).join(' ')}   ${r.misses.length} missed${misses}`);
  }
  for (const measure of MEASURES) {
    const peers = Object.keys(results).filter((n) => n !== 'ours');
    const best = peers.reduce((a, b) => (results[b][measure] > results[a][measure] ? b : a));
    if (results.ours[measure] < results[best][measure]) {
      console.log(`  ours is below ${ENGINES[best].label} on ${measure}`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.log('\nours is at least as good as the best peer and the BM25 reference on every measure of every case set');
