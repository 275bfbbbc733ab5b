// Builds the pages the browser benchmark compares, for four corpora (the
// first story, StackFAQ's long answers from ../shared, and the seeded
// synthetic 1,000 and 10,000 pairs from benches/build-engine.sh), into
// target/bench/pages/, each side with its shared files once, as a newsroom
// would host them:
//   ours/<corpus>/  our story pages, published with scripts/publish beside
//                   one engine (ours/), plus ours/warmup/, a different story
//   peer/<corpus>/  the MiniSearch peer page (benches/peers/minisearch),
//                   sharing peer/minisearch-<hash>.js, its script and styles,
//                   named by content like our engine, plus peer/warmup/
// The warm-up pages let benches/browser.mjs measure a second story page,
// with the shared files already in the browser's cache.
// Writes builds.json: per corpus, the pairs, the time our publish took and
// the gzipped bytes of the standalone page (first visit) and of the story's
// own page (next story), whole and per pair, beside the peer's.
// Run (after benches/build-engine.sh): node benches/build-pages.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from './engines.mjs';
import { measureBuild } from '../scripts/sizes.mjs';

const root = new URL('../', import.meta.url).pathname;
const out = join(root, 'target/bench/pages');
const data = join(root, 'target/bench/data');
export const CORPORA = {
  story: join(root, 'corpus/ukraine-peacekeepers.txt'),
  stackfaq: join(root, '../shared/queries/stackfaq/corpus.txt'),
  '1000': join(data, 'synthetic-1000.txt'),
  '10000': join(data, 'synthetic-10000.txt'),
};
const WARMUP = join(root, 'corpus/heatwave-water-restrictions.txt');

/** Publishes every corpus (named after its key) with scripts/publish. */
function publishOurs() {
  const stories = join(root, 'target/bench/stories');
  rmSync(stories, { recursive: true, force: true });
  mkdirSync(stories, { recursive: true });
  const files = Object.entries({ ...CORPORA, warmup: WARMUP }).map(([name, corpus]) => {
    const file = join(stories, `${name}.txt`);
    copyFileSync(corpus, file);
    return file;
  });
  const dir = join(out, 'ours');
  rmSync(dir, { recursive: true, force: true });
  execFileSync('bash', [join(root, 'scripts/publish'), '--out', dir, ...files], { stdio: ['ignore', 'inherit', 'inherit'] });
  return dir;
}

/** `name` with the first 16 hex digits of its body's SHA-256 before its extension, as trunk names files. */
export function content(name, body) {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return name.replace(/(\.[a-z]+)$/, `-${hash}$1`);
}

function buildPeers() {
  const dir = join(out, 'peer');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const peer = join(root, 'benches/peers/minisearch');
  let template = readFileSync(join(peer, 'index.template.html'), 'utf8');
  for (const [name, from] of [
    ['faq.css', join(root, 'styles/faq.css')],
    ['page.css', join(root, 'styles/page.css')],
    ['minisearch.js', join(root, 'node_modules/minisearch/dist/umd/index.js')],
    ['peer.js', join(peer, 'peer.js')],
  ]) {
    const body = readFileSync(from);
    const named = content(name, body);
    writeFileSync(join(dir, named), body);
    template = template.replace(`"${name}"`, `"../${named}"`);
  }
  for (const [name, corpus] of Object.entries({ ...CORPORA, warmup: WARMUP })) {
    const { summary, faqs } = loadCorpus(corpus);
    const json = JSON.stringify({ summary, faqs: faqs.map(({ question, answer }) => ({ question, answer })) })
      .replaceAll('<', '\\u003c');
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), template.replace('CORPUS_JSON', () => json));
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(out, { recursive: true });
  const started = process.hrtime.bigint();
  const ours = publishOurs();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peers = buildPeers();
  const builds = [];
  for (const [name, corpus] of Object.entries(CORPORA)) {
    const pairs = loadCorpus(corpus).faqs.length;
    const { downloads } = measureBuild(ours, name);
    const gzip = downloads['standalone page'].gzip;
    const nextGzip = downloads['next story page'].gzip;
    const peerPage = gzipSync(readFileSync(join(peers, name, 'index.html')), { level: 9 }).length;
    const peerGzip = measureBuild(peers, name).downloads['standalone page'].gzip;
    builds.push({ corpus: name, pairs, gzip, gzipPerPair: gzip / pairs, nextGzip, peerGzip, peerNextGzip: peerPage });
    console.log(`${name.padStart(6)}: ${String(pairs).padStart(6)} pairs, standalone ${(gzip / 1024).toFixed(1)} KB gzip, ` +
      `next story ${(nextGzip / 1024).toFixed(1)} KB; peer ${(peerGzip / 1024).toFixed(1)} KB, next ${(peerPage / 1024).toFixed(1)} KB`);
  }
  console.log(`published the ${Object.keys(CORPORA).length + 1} stories (engine included if it was out of date) in ${seconds.toFixed(1)} s`);
  writeFileSync(join(out, 'builds.json'), `${JSON.stringify(builds, null, 2)}\n`);
}
