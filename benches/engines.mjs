// The search engines compared, behind one small interface:
//   const engine = await ENGINES.x.create(corpus, indexBytes)
//   engine.search(query, limit) -> question ids, best first
// `corpus` is { summary, faqs: [{ id, question, answer }] }; `indexBytes` is
// our prebuilt index (the JavaScript engines index `corpus` themselves).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import FlexSearch from 'flexsearch';

const require = createRequire(import.meta.url);
const ENGINE_JS = new URL('../target/bench/engine/faq_bench_engine.js', import.meta.url).pathname;
// Loading and compiling the wasm module happens once, here, like a page
// loading a script; making an engine ready is what `create` measures.
const { Engine } = require(ENGINE_JS);

/** Reads a corpus file: the summary line, then question and answer lines. */
export function loadCorpus(path) {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim());
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  const faqs = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    faqs.push({ id: faqs.length, question: lines[i], answer: lines[i + 1] });
  }
  return { summary: lines[0], faqs };
}

/**
 * Okapi BM25, the textbook reference: question and answer joined, lower-case
 * words split at anything but letters and digits, no stemming, k1 1.2, b 0.75.
 */
function bm25(corpus, k1 = 1.2, b = 0.75) {
  const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const docs = corpus.faqs.map((faq) => {
    const tf = new Map();
    const tokens = words(`${faq.question} ${faq.answer}`);
    for (const word of tokens) tf.set(word, (tf.get(word) ?? 0) + 1);
    return { tf, length: tokens.length };
  });
  const df = new Map();
  for (const doc of docs) for (const word of doc.tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const average = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, docs.length);
  const n = docs.length;
  return (query, limit) => {
    const terms = [...new Set(words(query))];
    const scored = [];
    docs.forEach((doc, id) => {
      let score = 0;
      for (const term of terms) {
        const tf = doc.tf.get(term);
        if (!tf) continue;
        const idf = Math.log(1 + (n - df.get(term) + 0.5) / (df.get(term) + 0.5));
        score += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / average));
      }
      if (score > 0) scored.push([id, score]);
    });
    return scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, limit).map(([id]) => id);
  };
}

export const ENGINES = {
  ours: {
    label: 'faq-core (Rust, wasm)',
    typoTolerant: true,
    create(_corpus, indexBytes) {
      const engine = new Engine(indexBytes);
      return { search: (query, limit) => Array.from(engine.search(query, limit)), raw: engine };
    },
  },
  minisearch: {
    label: 'MiniSearch 7.2 (prefix, fuzzy 0.2, question boost 2)',
    typoTolerant: true,
    create(corpus) {
      const index = new MiniSearch({
        fields: ['question', 'answer'],
        storeFields: [],
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
      });
      index.addAll(corpus.faqs);
      return { search: (query, limit) => index.search(query).slice(0, limit).map((r) => r.id) };
    },
  },
  fuse: {
    label: 'Fuse.js 7.5 (threshold 0.4, ignoreLocation)',
    typoTolerant: true,
    create(corpus) {
      // ignoreLocation: without it Fuse only looks near the start of each
      // field and cannot find words deep in an answer.
      const index = new Fuse(corpus.faqs, {
        keys: ['question', 'answer'],
        threshold: 0.4,
        ignoreLocation: true,
      });
      return { search: (query, limit) => index.search(query, { limit }).map((r) => r.item.id) };
    },
  },
  bm25: {
    label: 'BM25 reference (plain words, k1 1.2, b 0.75)',
    typoTolerant: false,
    create(corpus) {
      return { search: bm25(corpus) };
    },
  },
  flexsearch: {
    label: 'FlexSearch 0.8 (forward tokenizer; no typo tolerance)',
    typoTolerant: false,
    create(corpus) {
      const index = new FlexSearch.Document({
        document: { id: 'id', index: ['question', 'answer'] },
        tokenize: 'forward',
      });
      for (const faq of corpus.faqs) index.add(faq);
      return {
        search(query, limit) {
          // Merge the per-field lists, a question hit counting double.
          const scores = new Map();
          for (const { field, result } of index.search(query, { limit: Math.max(limit, 100) })) {
            const weight = field === 'question' ? 2 : 1;
            result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (rank + 1)));
          }
          return [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
        },
      };
    },
  },
};
