// How fast can a second story page be live at best, with an engine in wasm,
// and what stands between its HTML and its questions painted?
// Issue 13 asks for start-up on a second story page at or below the
// MiniSearch peer page; benches/browser.mjs measures about 2×. This bench
// measures what lies under that figure, in a reader's own browser profile
// (persistent, not incognito), on the pages benches/build-pages.mjs built,
// each variant the story's page with only its script changed:
//   ours            the story page as published: live once the engine runs;
//   compile-engine  a script that fetches our engine's wasm and compiles it,
//                   running none of it (no instance, index or render):
//                   nothing built on this wasm can be live sooner;
//   compile-empty   a script that fetches and compiles an empty wasm module
//                   (8 bytes): the floor of any engine in wasm;
//   script-only     a module script that marks the widget live at once: the
//                   harness's own floor, to compare with the peer;
//   no-script       no script at all (the loader and its preload removed):
//                   the questions painted by the HTML and stylesheets alone,
//                   the floor of "questions painted" (never live);
//   peer            the MiniSearch peer page, live when its script has run.
// Each round and side gets a fresh profile. The reader first opens another
// story of the site (the heatwave story; for ours and compile-engine with
// our real engine) and searches it, so that the engine's hot functions reach
// V8's top tier, which V8 needs before it hands compiled wasm to Chromium's
// code cache, then stays 3 s (V8 waits 2 s before it caches). The two
// variants with their own files open their own page first instead, so that
// those files are cached too. Then the reader opens the story.
// It also reports what Chromium wrote to the profile's code cache, wasm and
// JavaScript: the JavaScript cache is the positive control, proving that the
// profile keeps a code cache at all.
// Questions painted: the first question's button in the DOM, then the end of
// the next frame (as benches/browser.mjs times it).
// Run (after benches/build-engine.sh and benches/build-pages.mjs):
//   node benches/second-page-floor.mjs [rounds]   (default 7)
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, LIVE_WIDGET, classes, contract } from '../tests/e2e/browser.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { content } from './build-pages.mjs';
import { median, p95 } from './stats.mjs';

const rounds = Number(process.argv[2] ?? 7);
const root = new URL('../', import.meta.url).pathname;
const pages = join(root, 'target/bench/pages');
const ours = join(pages, 'ours');

/** A file in ours/, named by its content as the engine's files are, so it is cached the same way. */
function writeShared(name, body) {
  const named = content(name, body);
  writeFileSync(join(ours, named), body);
  return named;
}

/** ours/<variant>/index.html for each variant: the story's page with its script replaced. */
function buildVariants() {
  const wasm = readdirSync(ours).find((name) => name.endsWith('_bg.wasm'));
  const page = readFileSync(join(ours, 'story/index.html'), 'utf8');
  const loader = page.match(/<script type="module" src="\.\.\/loader-[0-9a-f]+\.js"><\/script>/);
  if (!wasm || !loader) throw new Error('run benches/build-pages.mjs first: no engine or loader in target/bench/pages/ours');
  const live = `document.querySelector('.${classes.widget}').setAttribute('${contract.readyAttribute}', '');\n`;
  const compile = (file) => `await WebAssembly.compileStreaming(fetch(new URL('./${file}', import.meta.url)));\n${live}`;
  const empty = writeShared('empty.wasm', Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  const scripts = {
    'compile-engine': writeShared('compile-engine.js', compile(wasm)),
    'compile-empty': writeShared('compile-empty.js', compile(empty)),
    'script-only': writeShared('script-only.js', live),
    'no-script': null,
  };
  for (const [variant, script] of Object.entries(scripts)) {
    const html = page.replace(loader[0], script ? `<script type="module" src="../${script}"></script>` : '')
      .replace(/<link crossorigin href="[^"]+" rel=modulepreload>/, '');
    mkdirSync(join(ours, variant), { recursive: true });
    writeFileSync(join(ours, variant, 'index.html'), html);
  }
}

/** Bytes of the code cache's entries (not its index) of one kind: js or wasm. */
function codeCacheBytes(profile, kind) {
  const dir = join(profile, 'Default', 'Code Cache', kind);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).filter((name) => /_0$/.test(name)).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/**
 * Runs in each page before anything else: when the questions are painted
 * (the first question's button in the DOM, then the end of the next frame)
 * and when the widget says it is live (the contract's names).
 */
function instrument({ liveWidget, question, readyAttribute }) {
  window.__live = null;
  window.__painted = null;
  let sawQuestion = false;
  new MutationObserver(() => {
    if (!sawQuestion && document.querySelector(question)) {
      sawQuestion = true;
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
    }
    if (window.__live === null && document.querySelector(liveWidget)) window.__live = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [readyAttribute] });
}

/** Runs in the first story's page: a reader searching it, letter by letter. */
async function search(searchInput) {
  const input = document.querySelector(searchInput);
  for (const query of ['water restrictions', 'hosepipe ban', 'how long will it last', 'fines']) {
    for (let end = 1; end <= query.length; end += 1) {
      input.value = query.slice(0, end);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((done) => setTimeout(done, 20));
    }
  }
}

async function secondPage(side, base) {
  const profile = mkdtempSync(join(tmpdir(), 'faq-floor-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, serviceWorkers: 'block' });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(instrument, { liveWidget: LIVE_WIDGET, question: `.${classes.itemButton}`, readyAttribute: contract.readyAttribute });
    const story = { ours: 'ours/story', peer: 'peer/story' }[side] ?? `ours/${side}`;
    const ownFiles = side === 'compile-empty' || side === 'script-only';
    await page.goto(ownFiles ? `${base}${story}/index.html?first` : `${base}${side === 'peer' ? 'peer' : 'ours'}/warmup/index.html`);
    await page.waitForFunction(() => window.__live !== null);
    if (!ownFiles) await page.evaluate(search, `.${classes.searchInput}`);
    await page.waitForTimeout(3000);
    const cache = { js: codeCacheBytes(profile, 'js'), wasm: codeCacheBytes(profile, 'wasm') };
    await page.goto(`${base}${story}/index.html`);
    await page.waitForFunction(() => window.__painted !== null);
    if (side !== 'no-script') await page.waitForFunction(() => window.__live !== null);
    const { live, painted } = await page.evaluate(() => ({ live: window.__live, painted: window.__painted }));
    if (problems.length) throw new Error(`${side}: ${problems.join('; ')}`);
    await page.waitForTimeout(1000);
    return { live, painted, cache, cacheAtEnd: { js: codeCacheBytes(profile, 'js'), wasm: codeCacheBytes(profile, 'wasm') } };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

buildVariants();
const server = await startServer(pages);
const base = `http://127.0.0.1:${server.address().port}/`;
const sides = ['ours', 'compile-engine', 'compile-empty', 'script-only', 'no-script', 'peer'];
const runs = Object.fromEntries(sides.map((side) => [side, []]));
try {
  for (let round = 0; round < rounds; round += 1) {
    // Take turns, and turn the order round each time.
    const order = sides.map((_, i) => sides[(i + round) % sides.length]);
    for (const side of order) runs[side].push(await secondPage(side, base));
  }
} finally {
  await new Promise((done) => server.close(done));
}
for (const mark of ['painted', 'live']) {
  const peer = median(runs.peer.map((run) => run[mark]));
  const what = mark === 'live' ? 'live' : 'questions painted';
  console.log(`second story page, ${what} (${rounds} rounds, median / p95; ratio to the peer's median)`);
  for (const side of sides.filter((s) => mark === 'painted' || s !== 'no-script')) {
    const times = runs[side].map((run) => run[mark]);
    console.log(`  ${side.padEnd(15)} ${median(times).toFixed(1)} / ${p95(times).toFixed(1)} ms   ${(median(times) / peer).toFixed(2)}×`);
  }
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const range = (caches, kind) => `${kb(Math.min(...caches.map((c) => c[kind])))}–${kb(Math.max(...caches.map((c) => c[kind])))}`;
console.log('code cache in the profile, wasm / js (range over rounds):');
for (const [who, list] of [['our engine', [...runs.ours, ...runs['compile-engine']]], ['peer', runs.peer]]) {
  console.log(`  ${who.padEnd(10)} after the first story ${range(list.map((r) => r.cache), 'wasm')} / ${range(list.map((r) => r.cache), 'js')}; ` +
    `after both ${range(list.map((r) => r.cacheAtEnd), 'wasm')} / ${range(list.map((r) => r.cacheAtEnd), 'js')}`);
}
writeFileSync(join(root, 'target/bench/second-page-floor.json'), `${JSON.stringify({ date: new Date().toISOString(), rounds, runs }, null, 2)}\n`);
