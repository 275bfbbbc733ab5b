// Builds the pages the browser benchmark compares, for four corpora (the
// first story, StackFAQ's long answers from ../shared, and the seeded
// synthetic 1,000 and 10,000 pairs from benches/build-engine.sh), into
// target/bench/pages/:
//   ours-<corpus>/  our release build (trunk, FAQ_CORPUS=<corpus>)
//   peer-<corpus>/  the MiniSearch peer page (benches/peers/minisearch)
// and writes builds.json: per corpus, the pairs, our build time and the
// gzipped bytes of the standalone page, whole and per pair.
// Run (after benches/build-engine.sh): node benches/build-pages.mjs [corpus...]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Gzipped bytes of the standalone page, as the size report counts them. */
const standaloneGzip = (dir) => measureBuild(dir).downloads['standalone page'].gzip;

function buildOurs(name, corpus) {
  const dist = join(out, `ours-${name}`);
  rmSync(dist, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  execFileSync('trunk', ['build', '--release', '--dist', dist], {
    cwd: root,
    env: { ...process.env, FAQ_CORPUS: corpus },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { dist, seconds };
}

function buildPeer(name, corpus) {
  const dir = join(out, `peer-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const peer = join(root, 'benches/peers/minisearch');
  const { summary, faqs } = loadCorpus(corpus);
  const json = JSON.stringify({ summary, faqs: faqs.map(({ question, answer }) => ({ question, answer })) })
    .replaceAll('<', '\\u003c');
  writeFileSync(join(dir, 'index.html'),
    readFileSync(join(peer, 'index.template.html'), 'utf8').replace('CORPUS_JSON', () => json));
  copyFileSync(join(peer, 'peer.js'), join(dir, 'peer.js'));
  copyFileSync(join(root, 'node_modules/minisearch/dist/umd/index.js'), join(dir, 'minisearch.js'));
  copyFileSync(join(root, 'styles/faq.css'), join(dir, 'faq.css'));
  copyFileSync(join(root, 'styles/page.css'), join(dir, 'page.css'));
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(out, { recursive: true });
  const only = process.argv.slice(2);
  const buildsFile = join(out, 'builds.json');
  let builds = [];
  try {
    builds = JSON.parse(readFileSync(buildsFile, 'utf8')).filter((b) => only.length && !only.includes(b.corpus));
  } catch {
    // No earlier builds.
  }
  for (const [name, corpus] of Object.entries(CORPORA).filter(([name]) => !only.length || only.includes(name))) {
    const pairs = loadCorpus(corpus).faqs.length;
    const ours = buildOurs(name, corpus);
    buildPeer(name, corpus);
    const gzip = standaloneGzip(ours.dist);
    const peerGzip = standaloneGzip(join(out, `peer-${name}`));
    builds.push({ corpus: name, pairs, buildSeconds: ours.seconds, gzip, gzipPerPair: gzip / pairs, peerGzip });
    console.log(`${name.padStart(6)}: ${String(pairs).padStart(6)} pairs, build ${ours.seconds.toFixed(1)} s, ` +
      `standalone ${(gzip / 1024).toFixed(1)} KB gzip (${(gzip / pairs).toFixed(0)} B/pair); peer ${(peerGzip / 1024).toFixed(1)} KB gzip`);
  }
  writeFileSync(buildsFile, `${JSON.stringify(builds, null, 2)}\n`);
  // Leave the default build in dist/ as it was: the tests expect the story.
}
