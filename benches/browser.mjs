// Our widget beside the MiniSearch peer page, in headless Chromium, taking
// turns page by page, on four corpora (the story, StackFAQ with its long
// answers and readers' whole questions, 1,000 and 10,000 pairs).
// For each it reports medians, p95 and our ratio to the peer of:
//   start-up   navigation start → the questions painted, and → the widget
//              live (a search can show results), on a first visit and on
//              a second story page (another story of the site opened
//              first, so the shared files come from the browser's cache);
//   keystroke  typing real queries letter by letter, two timings per key:
//              work, from the input event to the DOM showing the new results
//              with style and layout done (the main-thread cost that must fit
//              in a 16 ms frame); and paint, to the first frame painted after
//              that, which also waits for the display's next frame (the
//              "frame floor", measured alone, is that wait);
//   memory     JS heap (after a forced GC) plus wasm linear memory, after
//              start-up and after 100 queries.
// Run (after benches/build-engine.sh and benches/build-pages.mjs):
//   node benches/browser.mjs [rounds] [corpus...]   (default 5, all four)
//   SERVICE_WORKERS=allow: the second story page under the site's worker.
//   SLOWEST=1 also prints each page's first keystrokes and its slowest ones.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { median, p95 } from './stats.mjs';

const rounds = Number(process.argv[2] ?? 5);
// SERVICE_WORKERS=allow: the second story page as a site's reader opens it,
// under the service worker the first story registered (the peer has none).
// By default workers are blocked on both sides.
const SERVICE_WORKERS = process.env.SERVICE_WORKERS === 'allow' ? 'allow' : 'block';
const only = process.argv.slice(3);
const root = new URL('../', import.meta.url).pathname;
const pages = join(root, 'target/bench/pages');
const TYPED_QUERIES = 16;
const ALL_QUERIES = 100;

function queriesFor(corpus) {
  if (corpus === 'stackfaq') {
    // Readers' whole questions, every 31st of the dev split.
    const dev = JSON.parse(readFileSync(join(root, '../shared/queries/stackfaq/dev.json'), 'utf8')).queries;
    return dev.filter((_, i) => i % 31 === 0).map((c) => c.q);
  }
  if (corpus === 'story') {
    return JSON.parse(readFileSync(join(root, 'corpus/ukraine-peacekeepers.queries.json'), 'utf8')).queries.map((c) => c.q);
  }
  const cases = JSON.parse(readFileSync(join(root, `target/bench/data/synthetic-${corpus}.queries.json`), 'utf8'));
  // Every kind in turn: word, prefix, typo, miss.
  const kinds = [...new Set(cases.map((c) => c.kind))].map((kind) => cases.filter((c) => c.kind === kind));
  return kinds[0].flatMap((_, i) => kinds.map((k) => k[i]?.q)).filter(Boolean);
}

/** Runs in the page before anything else: start-up marks and the wasm memory. */
function instrument() {
  const bench = { questionsPainted: null, ready: null, memory: null };
  window.__bench = bench;
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result.instance ?? result;
      bench.memory = instance.exports?.memory ?? bench.memory;
      return result;
    };
  }
  new MutationObserver(() => {
    if (bench.questionsPainted === null && !bench.sawQuestions && document.querySelector('.faq-item__button')) {
      bench.sawQuestions = true;
      requestAnimationFrame(() => setTimeout(() => { bench.questionsPainted = performance.now(); }));
    }
    if (bench.ready === null && document.querySelector('.faq-widget[data-ready]')) bench.ready = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}

/** Runs in the page: types `queries` letter by letter, timing each keystroke. */
async function typeQueries(queries) {
  const input = document.querySelector('input[type=search]');
  const widget = document.querySelector('.faq-widget');
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  async function keystroke(value) {
    let mutations = 0;
    let painted = null;
    let worked = null;
    const observer = new MutationObserver(() => {
      mutations += 1;
      void widget.getBoundingClientRect(); // style and layout, now
      worked = performance.now();
      requestAnimationFrame(() => setTimeout(() => { painted = performance.now(); }));
    });
    observer.observe(widget, { subtree: true, childList: true, characterData: true, attributes: true });
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
    // The handlers' own time, style and layout included, for a keystroke
    // that leaves the DOM as it was (then no mutation is observed).
    void widget.getBoundingClientRect();
    const handled = performance.now();
    await frame();
    const firstFrame = performance.now();
    // Quiet: three frames in a row with no change to the widget.
    let seen = mutations;
    for (let still = 0; still < 3;) {
      await frame();
      if (mutations === seen) still += 1;
      else { seen = mutations; still = 0; }
    }
    observer.disconnect();
    return { work: Math.max(worked ?? handled, handled) - start, paint: (painted ?? firstFrame) - start };
  }
  const times = [];
  for (const query of queries) {
    for (let end = 1; end <= query.length; end += 1) {
      times.push({ query: query.slice(0, end), ...(await keystroke(query.slice(0, end))) });
    }
    await keystroke('');
  }
  // The frame floor: the same wait for a painted frame, with no input at all.
  const floor = [];
  for (let i = 0; i < 30; i += 1) {
    await new Promise((done) => setTimeout(done, i % 7));
    const start = performance.now();
    await frame();
    floor.push(performance.now() - start);
  }
  return { times, floor };
}

/** Runs in the page: whole queries, one input event each. */
async function runQueries(queries) {
  const input = document.querySelector('input[type=search]');
  for (const query of queries) {
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((done) => setTimeout(done));
  }
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? 0);
  return usedSize + wasm;
}

/**
 * A fresh context and an instrumented page that records its errors; no
 * service worker unless `serviceWorkers` is 'allow'.
 */
async function instrumentedPage(browser, serviceWorkers = 'block') {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(instrument);
  return { context, page, problems };
}

async function visit(browser, url, queries) {
  const { context, page, problems } = await instrumentedPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.ready !== null && window.__bench.questionsPainted !== null, null, { timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  const marks = await page.evaluate(() => ({ ...window.__bench, memory: undefined }));
  const memoryStart = await memory(page, cdp);
  const { times: keystrokes, floor } = await page.evaluate(typeQueries, queries.slice(0, TYPED_QUERIES));
  const rest = Array.from({ length: ALL_QUERIES - TYPED_QUERIES }, (_, i) => queries[(TYPED_QUERIES + i) % queries.length]);
  await page.evaluate(runQueries, rest);
  const memoryAfter = await memory(page, cdp);
  await context.close();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return { painted: marks.questionsPainted, ready: marks.ready, keystrokes, floor, memoryStart, memoryAfter };
}

/**
 * Start-up of a second story page: in a fresh browser context, the reader
 * first opens `warmUrl`, another story of the same site (so the shared
 * files are in the HTTP cache, and the compiled code in V8's cache where
 * Chromium keeps it), then `url`, which is timed.
 */
async function secondVisit(browser, warmUrl, url) {
  const { context, page, problems } = await instrumentedPage(browser, SERVICE_WORKERS);
  await page.goto(warmUrl);
  await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 120_000 });
  // Chromium writes its code cache after a visit; give it a moment, as a
  // reader reading the first story would.
  await page.waitForTimeout(1000);
  // A worker the first story registered is active before the reader moves on.
  await page.evaluate(() => navigator.serviceWorker?.getRegistration().then((r) => r && navigator.serviceWorker.ready));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.ready !== null && window.__bench.questionsPainted !== null, null, { timeout: 120_000 });
  const marks = await page.evaluate(() => ({ ...window.__bench, memory: undefined }));
  const transferred = await page.evaluate(() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
    .reduce((sum, entry) => sum + entry.transferSize, 0));
  await context.close();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return { painted: marks.questionsPainted, ready: marks.ready, transferred };
}

const server = await startServer(pages);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const report = { date: new Date().toISOString(), rounds, corpora: {} };
try {
  for (const corpus of ['story', 'stackfaq', '1000', '10000'].filter((c) => !only.length || only.includes(c))) {
    const queries = queriesFor(corpus);
    const runs = { ours: [], peer: [] };
    for (let round = 0; round < rounds; round += 1) {
      // Take turns, and swap who goes first each round.
      const order = round % 2 ? ['peer', 'ours'] : ['ours', 'peer'];
      for (const who of order) {
        const visits = await visit(browser, `${base}${who}/${corpus}/index.html`, queries);
        const second = await secondVisit(browser, `${base}${who}/warmup/index.html`, `${base}${who}/${corpus}/index.html`);
        runs[who].push({ ...visits, second });
      }
    }
    const summary = {};
    for (const who of ['ours', 'peer']) {
      const all = runs[who];
      const keystrokes = all.flatMap((r) => r.keystrokes);
      const floor = all.flatMap((r) => r.floor);
      summary[who] = {
        paintedMs: { median: median(all.map((r) => r.painted)), p95: p95(all.map((r) => r.painted)) },
        readyMs: { median: median(all.map((r) => r.ready)), p95: p95(all.map((r) => r.ready)) },
        secondPaintedMs: { median: median(all.map((r) => r.second.painted)), p95: p95(all.map((r) => r.second.painted)) },
        secondReadyMs: { median: median(all.map((r) => r.second.ready)), p95: p95(all.map((r) => r.second.ready)) },
        secondTransferredKB: median(all.map((r) => r.second.transferred)) / 1024,
        keystrokeWorkMs: { median: median(keystrokes.map((k) => k.work)), p95: p95(keystrokes.map((k) => k.work)), count: keystrokes.length },
        keystrokePaintMs: { median: median(keystrokes.map((k) => k.paint)), p95: p95(keystrokes.map((k) => k.paint)) },
        frameFloorMs: { median: median(floor), p95: p95(floor) },
        memoryStartMB: median(all.map((r) => r.memoryStart)) / 2 ** 20,
        memoryAfterMB: median(all.map((r) => r.memoryAfter)) / 2 ** 20,
      };
    }
    report.corpora[corpus] = summary;
    if (process.env.SLOWEST) {
      for (const who of ['ours', 'peer']) {
        console.log(`first ${who}: ${runs[who][0].keystrokes.slice(0, 12).map((k) => `"${k.query}" ${k.work.toFixed(1)}/${k.paint.toFixed(1)}`).join(', ')}`);
        const slow = runs[who].flatMap((r) => r.keystrokes).sort((a, b) => b.work - a.work).slice(0, 8);
        console.log(`slowest ${who}: ${slow.map((k) => `"${k.query}" ${k.work.toFixed(1)}`).join(', ')}`);
      }
    }
    const { ours, peer } = summary;
    const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
    const ms = (m) => `${m.median.toFixed(1)} / ${m.p95.toFixed(1)} ms`;
    console.log(`\n${corpus} (${rounds} rounds; median / p95; ratio = ours ÷ peer, below 1 is better)`);
    console.log(`  questions painted   ours ${ms(ours.paintedMs)}   peer ${ms(peer.paintedMs)}   ratio ${ratio(ours.paintedMs.median, peer.paintedMs.median)}`);
    console.log(`  live, can search    ours ${ms(ours.readyMs)}   peer ${ms(peer.readyMs)}   ratio ${ratio(ours.readyMs.median, peer.readyMs.median)}`);
    console.log(`  second story page (shared files cached; transferred ours ${ours.secondTransferredKB.toFixed(1)} KB, peer ${peer.secondTransferredKB.toFixed(1)} KB)`);
    console.log(`    questions painted ours ${ms(ours.secondPaintedMs)}   peer ${ms(peer.secondPaintedMs)}   ratio ${ratio(ours.secondPaintedMs.median, peer.secondPaintedMs.median)}`);
    console.log(`    live, can search  ours ${ms(ours.secondReadyMs)}   peer ${ms(peer.secondReadyMs)}   ratio ${ratio(ours.secondReadyMs.median, peer.secondReadyMs.median)}`);
    console.log(`  keystroke work      ours ${ms(ours.keystrokeWorkMs)}   peer ${ms(peer.keystrokeWorkMs)}   ratio ${ratio(ours.keystrokeWorkMs.median, peer.keystrokeWorkMs.median)} (${ours.keystrokeWorkMs.count} keystrokes each)`);
    console.log(`  keystroke to paint  ours ${ms(ours.keystrokePaintMs)}   peer ${ms(peer.keystrokePaintMs)}   ratio ${ratio(ours.keystrokePaintMs.median, peer.keystrokePaintMs.median)}`);
    console.log(`  (frame floor        ${ms(ours.frameFloorMs)}: waiting for the next frame alone)`);
    console.log(`  memory at start     ours ${ours.memoryStartMB.toFixed(1)} MB   peer ${peer.memoryStartMB.toFixed(1)} MB   ratio ${ratio(ours.memoryStartMB, peer.memoryStartMB)}`);
    console.log(`  after 100 queries   ours ${ours.memoryAfterMB.toFixed(1)} MB   peer ${peer.memoryAfterMB.toFixed(1)} MB   ratio ${ratio(ours.memoryAfterMB, peer.memoryAfterMB)}`);
  }
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
writeFileSync(join(root, 'target/bench/browser.json'), `${JSON.stringify(report, null, 2)}\n`);
