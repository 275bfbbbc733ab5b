// The site beside Pagefind, on the same published story pages.
//   node benches/site.mjs [stories=100,1000,10000] [rounds=3]
// For each size: N synthetic story-sized corpora (8 pairs each, from
// faq-bench-data's seeded generator) published with faq-publish beside the
// release build's engine (dist/), then indexed by Pagefind 1.6 (npx, as a
// new user runs it) with --glob "*/index.html". Then, in Debian's Chromium
// with nothing cached, a reader's first search on each: ours on the front
// page, Pagefind's through its JavaScript API (pagefind.js, the first 5
// results with their data), each round a fresh browser context and a new
// query: bytes transferred (gzip, as served), requests and time from the
// query to the results on screen. Beside them: publishing and indexing
// time, one more story into the site, disk, and our front page's keystroke
// work (input to results laid out, parts already loaded). Writes
// target/bench/site.json; benches/README.md has the figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/browser.mjs';
import { median, p95 } from './stats.mjs';

const sizes = (process.argv[2] ?? '100,1000,10000').split(',').map(Number);
const rounds = Number(process.argv[3] ?? 3);
const root = new URL('../', import.meta.url).pathname;
const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const work = join(target, 'bench/site');
const publisher = join(target, 'release/faq-publish');
const PAGEFIND = 'pagefind@1.6.0';
mkdirSync(work, { recursive: true });

const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;
const timed = (command, args, options = {}) => {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (run.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')}: ${run.stderr}`);
  return seconds(started);
};
const diskUsage = (dir, apparent) => Number(execFileSync('du', ['-sk', ...(apparent ? ['--apparent-size'] : []), dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;

/** N story files of 8 pairs from the seeded synthetic corpus; and queries. */
function stories(count) {
  const data = join(work, `data-${count}`);
  const pairs = count * 8;
  if (!existsSync(join(data, `synthetic-${pairs}.txt`))) {
    execFileSync(join(target, 'release/faq-bench-data'), ['synthetic', String(pairs), '42', data]);
  }
  const lines = readFileSync(join(data, `synthetic-${pairs}.txt`), 'utf8').trim().split('\n').slice(1);
  const dir = join(work, `stories-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const files = [];
  for (let n = 0; n < count; n += 1) {
    const body = lines.slice(n * 16, n * 16 + 16);
    const file = join(dir, `story-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(file, `Explainer ${n + 1}: ${body[1].split('.')[0]}.\n${body.join('\n')}\n`);
    files.push(file);
  }
  const queries = JSON.parse(readFileSync(join(data, `synthetic-${pairs}.queries.json`), 'utf8'))
    .filter((q) => q.kind === 'word' || q.kind === 'prefix')
    .map((q) => q.q);
  return { files, queries };
}

/**
 * A reader's first search, nothing cached: the bytes the server sent
 * (bodies as sent, gzip where the server compresses) and the requests it
 * answered from the query on, whoever asked (the page or its service
 * worker), and the milliseconds to the results on screen. The bytes of the
 * page itself, before the query, are `pageBytes`.
 */
async function firstSearch(browser, server, url, search) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const before = server.sent.length;
  await page.goto(url, { waitUntil: 'networkidle' });
  const loaded = server.sent.length;
  const ms = await search(page);
  // What the search fetched in the background (the rest of the index)
  // is not the first search's.
  const answered = server.sent.length;
  await context.close();
  const sum = (list) => list.reduce((total, n) => total + n, 0);
  return {
    ms,
    bytes: sum(server.sent.slice(loaded, answered)),
    requests: answered - loaded,
    pageBytes: sum(server.sent.slice(before, loaded)),
  };
}

const ours = (query) => async (page) => page.evaluate(async (query) => {
  const input = document.getElementById('faq-site-query');
  const results = document.getElementById('faq-site-results');
  const started = performance.now();
  const shown = new Promise((done) => new MutationObserver((_, observer) => {
    if (results.children.length) {
      observer.disconnect();
      done();
    }
  }).observe(results, { childList: true }));
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await shown;
  return performance.now() - started;
}, query);

const pagefind = (query) => async (page) => page.evaluate(async (query) => {
  const started = performance.now();
  const engine = await import('/pagefind/pagefind.js');
  const found = await engine.search(query);
  const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
  const list = document.createElement('ol');
  for (const result of data) {
    const item = document.createElement('li');
    item.innerHTML = `<a href="${result.url}">${result.meta.title}</a><p>${result.excerpt}</p>`;
    list.append(item);
  }
  document.body.append(list);
  list.offsetHeight;
  return performance.now() - started;
}, query);

/** Keystroke work on our front page: each letter of `query`, parts loaded. */
async function keystrokes(browser, url, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const times = [];
  for (const query of queries) {
    for (const measure of [false, true]) {
      const taken = await page.evaluate(async (query) => {
        const input = document.getElementById('faq-site-query');
        const status = document.getElementById('faq-site-status');
        const out = [];
        for (let end = 1; end <= query.length; end += 1) {
          const started = performance.now();
          const changed = new Promise((done) => new MutationObserver((_, o) => {
            o.disconnect();
            done();
          }).observe(status, { childList: true, characterData: true, subtree: true }));
          input.value = query.slice(0, end);
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
          await Promise.race([changed, new Promise((done) => setTimeout(done, 2000))]);
          document.body.offsetHeight;
          out.push(performance.now() - started);
        }
        return out;
      }, query);
      if (measure) times.push(...taken);
    }
  }
  await context.close();
  return times;
}

const report = { date: new Date().toISOString(), rounds, sizes: {} };
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const count of sizes) {
  const { files, queries } = stories(count);
  const site = join(work, `site-${count}`);
  rmSync(site, { recursive: true, force: true });
  const publish = timed(publisher, ['publish', '--engine', join(root, 'dist'), '--out', site, ...files]);
  // The site as published; the publisher's own folder (.faq-publish/,
  // not deployed) apart.
  const disk = {
    apparentMB: diskUsage(site, true),
    blocksMB: diskUsage(site, false),
    publisherMB: diskUsage(join(site, '.faq-publish'), true),
  };
  // One more story, three times over (a story each time): the median.
  const oneMoreRuns = [1, 2, 3].map((n) => {
    const extra = join(work, `extra-${count}-${n}.txt`);
    writeFileSync(extra, readFileSync(files[n], 'utf8').replace(/^Explainer \d+:/, `One more explainer, ${n}:`));
    return timed(publisher, ['publish', '--engine', join(root, 'dist'), '--out', site, extra]);
  });
  const oneMore = median(oneMoreRuns);
  const index = timed('npx', ['--yes', PAGEFIND, '--site', site, '--glob', '*/index.html', '--quiet']);
  writeFileSync(join(site, 'pagefind-search.html'), '<!doctype html><html lang="en"><title>Pagefind</title><body></body></html>');
  const server = await startServer(site);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const runs = { ours: [], pagefind: [] };
  for (let round = 0; round < rounds; round += 1) {
    const query = queries[round % queries.length];
    runs.ours.push(await firstSearch(browser, server, url, ours(query)));
    runs.pagefind.push(await firstSearch(browser, server, `${url}pagefind-search.html`, pagefind(query)));
  }
  const front = statSync(join(site, 'index.html')).size;
  const keys = count >= 1000 ? await keystrokes(browser, url, queries.slice(0, 3)) : [];
  await new Promise((done) => server.close(done));
  const summary = (list) => ({
    kb: median(list.map((r) => r.bytes / 1024)),
    pageKb: median(list.map((r) => r.pageBytes / 1024)),
    requests: median(list.map((r) => r.requests)),
    ms: median(list.map((r) => r.ms)),
    msP95: p95(list.map((r) => r.ms)),
  });
  const entry = {
    publishS: publish,
    oneMoreS: oneMore,
    oneMoreRunsS: oneMoreRuns,
    pagefindIndexS: index,
    disk,
    frontPageBytes: front,
    ours: summary(runs.ours),
    pagefind: summary(runs.pagefind),
    keystroke: keys.length ? { medianMs: median(keys), p95Ms: p95(keys), count: keys.length } : null,
  };
  report.sizes[count] = entry;
  const f = (n) => n.toFixed(1);
  console.log(`${count} stories: publish ${f(publish)} s, one more ${oneMore.toFixed(2)} s (${oneMoreRuns.map((t) => t.toFixed(2)).join(', ')}), Pagefind indexing ${f(index)} s; disk ${f(disk.apparentMB)} MB (${f(disk.blocksMB)} MB in blocks; of it the publisher's own ${f(disk.publisherMB)} MB)`);
  console.log(`  first search, ours: ${f(entry.ours.kb)} KB, ${entry.ours.requests} requests, ${f(entry.ours.ms)} ms (p95 ${f(entry.ours.msP95)}); the front page before it ${f(entry.ours.pageKb)} KB (HTML ${f(front / 1024)} KB raw)`);
  console.log(`  first search, Pagefind: ${f(entry.pagefind.kb)} KB, ${entry.pagefind.requests} requests, ${f(entry.pagefind.ms)} ms (p95 ${f(entry.pagefind.msP95)})`);
  console.log(`  ratio bytes ${(entry.ours.kb / entry.pagefind.kb).toFixed(2)}×, time ${(entry.ours.ms / entry.pagefind.ms).toFixed(2)}×`);
  if (entry.keystroke) console.log(`  keystroke work: median ${f(entry.keystroke.medianMs)} ms, p95 ${f(entry.keystroke.p95Ms)} ms (${entry.keystroke.count} keystrokes)`);
}
await browser.close();
writeFileSync(join(target, 'bench/site.json'), `${JSON.stringify(report, null, 2)}\n`);
