// The front page on a real host and a real phone plan. A site of 600
// stories (its index well over 1 MB) is served by a host that sends
// `Cache-Control: no-store` on every file, so no HTTP cache can stand in
// for the service worker:
// - after one visit, one search and one story opened, the front page and
//   that story work with the server gone, and the search says which
//   stories it could not reach;
// - after a search, the page fetches at most 1 MB in the background, and
//   nothing under Save-Data or on a 2g connection;
// - keeping the whole site is the reader's choice: a button that states
//   its size and shows its progress, after which every story searches
//   with the server gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../scripts/static-server.mjs';
import { contract, openFrontPage, recordingPage, searchSite, LIVE_WIDGET, CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
const site = contract.site;
const STORIES = 600;
const BACKGROUND_LIMIT = 1_000_000;

let scratch;
let out;
let browser;

// Seeded words, so that each story has words of its own and the index is
// as large as a real archive's of that size.
function* words(seed) {
  let state = seed;
  const letters = 'abcdefghijklmnoprstuvwyz';
  for (;;) {
    state = (state * 1103515245 + 12345) % 2147483648;
    let word = '';
    for (let n = 4 + (state % 6), s = state; n > 0; n -= 1, s = Math.floor(s / 7) + n * 31) word += letters[s % letters.length];
    yield word;
  }
}

function writeStories(dir) {
  mkdirSync(dir);
  const source = words(7);
  const take = (n) => Array.from({ length: n }, () => source.next().value).join(' ');
  const files = [join(ROOT, 'tests/fixtures/night-trains.txt')];
  for (let story = 0; story < STORIES - 1; story += 1) {
    const lines = [`Story ${story}: ${take(30)}.`];
    for (let pair = 0; pair < 8; pair += 1) lines.push(`What about ${take(6)} ${story}x${pair}?`, `${take(60)}.`);
    const file = join(dir, `story-${String(story).padStart(4, '0')}.txt`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  }
  return files;
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-site-offline-'));
  out = join(scratch, 'site');
  const files = writeStories(join(scratch, 'stories'));
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), '--out', out, ...files], {
    encoding: 'utf8', env: { ...process.env, FAQ_ENGINE_DIR: join(ROOT, 'dist') },
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
after(async () => {
  await Promise.all(hosts.map((host) => host.stop()));
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The servers started, each stopped once, and all by `after` if a test failed first. */
const hosts = [];

/** A server that sends `no-store` on every file; `stop()` takes it off the network. */
async function noStoreHost() {
  const server = await startServer(out, 0, { noStore: true });
  let stopped;
  const host = {
    server,
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => (stopped ??= new Promise((done) => {
      server.closeAllConnections();
      server.close(done);
    })),
  };
  hosts.push(host);
  return host;
}

const frontPage = (host) => openFrontPage({ browser }, host.url);

/** Waits until the server has been asked for nothing for `quiet` ms; returns the bytes it sent since `from`. */
async function sentAfter(server, from, quiet = 3000) {
  let count = server.served.length;
  for (;;) {
    await new Promise((done) => setTimeout(done, quiet));
    if (server.served.length === count) break;
    count = server.served.length;
  }
  return server.sent.slice(from).reduce((sum, bytes) => sum + bytes, 0);
}

/** Whether every file of this site the page used is kept by the service worker. */
const everyFileKept = (page) => page.waitForFunction(async () => {
  const files = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]
    .filter((url) => url.startsWith(location.origin) && !url.endsWith('/sw.js'));
  const kept = await Promise.all(files.map((url) => caches.match(url, { ignoreSearch: true })));
  return kept.every(Boolean);
}, null, { timeout: 20_000, polling: 250 });

test('on a host that sends no-store, the front page and the story opened work with the server gone', async () => {
  const host = await noStoreHost();
  const { context, page, messages } = await frontPage(host);
  let results = await searchSite(page, 'bicycle', /^1 question found/);
  await everyFileKept(page);
  await results.locator('a').click();
  await page.locator(LIVE_WIDGET).waitFor();
  await everyFileKept(page);
  await page.goto(host.url);
  await page.locator(`#${site.searchId}:not([hidden])`).waitFor();
  await everyFileKept(page);
  await host.stop();
  await context.setOffline(true);

  await page.reload();
  await page.locator(`#${site.searchId}:not([hidden])`).waitFor();
  results = await searchSite(page, 'bicycle', /^1 question found/);
  assert.equal(await results.locator('a').textContent(), 'Can I bring a bicycle on board?');
  // A story whose part was never fetched: the page says it could not reach it.
  const unreached = readFileSync(join(scratch, 'stories', 'story-0421.txt'), 'utf8').split('\n')[1].replace(/^What about |\?$/g, '');
  await searchSite(page, unreached, /not saved on this device/);
  await page.goto(`${host.url}night-trains/`);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.locator(`.${contract.classes.searchInput}`).fill('couchette');
  await page.getByRole('status').filter({ hasText: /1 of \d+ questions matches/ }).waitFor();
  assert.deepEqual(messages.filter((m) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(m)
    && !m.includes('search is unavailable')), []);
  await context.close();
});

test(`after a search the front page fetches at most ${BACKGROUND_LIMIT / 1e6} MB in the background, and nothing under Save-Data or on 2g`, async () => {
  const host = await noStoreHost();
  const { context, page, messages } = await frontPage(host);
  await searchSite(page, 'bicycle', /^1 question found/);
  const background = await sentAfter(host.server, host.server.served.length);
  console.log(`background after one search, ${STORIES} stories: ${background} B`);
  assert.ok(background > 100_000, `it fetches some of the index while idle (${background} B)`);
  assert.ok(background <= BACKGROUND_LIMIT, `${background} B`);
  assert.deepEqual(messages, []);
  await context.close();

  for (const connection of [{ saveData: true, effectiveType: '4g' }, { saveData: false, effectiveType: '2g' }, { saveData: false, effectiveType: 'slow-2g' }]) {
    const opened = await recordingPage({ browser });
    await opened.page.addInitScript((given) => {
      Object.defineProperty(window.Navigator.prototype, 'connection', { get: () => given, configurable: true });
    }, connection);
    await opened.page.goto(host.url);
    await opened.page.locator(`#${site.searchId}:not([hidden])`).waitFor();
    await searchSite(opened.page, 'bicycle', /^1 question found/);
    const from = host.server.served.length;
    const bytes = await sentAfter(host.server, from, 2000);
    const fetchedParts = host.server.served.slice(from).filter((path) => path.includes('/search/'));
    assert.deepEqual(fetchedParts, [], `${JSON.stringify(connection)}: nothing of the index in the background (${bytes} B)`);
    await opened.context.close();
  }
  await host.stop();
});

test('keeping every explainer is the reader\'s choice: its size said, its progress shown, then every story searches offline', async () => {
  const host = await noStoreHost();
  const { context, page, messages } = await frontPage(host);
  const keep = page.locator(`#${site.keepId}`);
  const label = await keep.textContent();
  const data = JSON.parse(await page.locator(`#${site.mountId}`).getAttribute(site.dataAttribute));
  const total = data.languages.reduce((sum, l) => sum + l.bytes, 0);
  assert.ok(total > BACKGROUND_LIMIT, `the site's index is more than the background budget (${total} B)`);
  const megabytes = (Math.round(total / 1e5) / 10).toString();
  assert.equal(label, `Keep every explainer for offline reading: ${megabytes} MB`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  await keep.click();
  const progress = page.locator(`#${site.keepProgressId}`);
  await progress.waitFor();
  await page.waitForFunction((id) => document.getElementById(id).value > 0, site.keepProgressId);
  assert.match(await progress.getAttribute('aria-valuetext'), /^Keeping every explainer for offline reading: [\d.]+\s?[kM]B of [\d.]+\s?MB$/);
  assert.equal(await keep.isDisabled(), true, 'asked once');
  await keep.filter({ hasText: 'Every explainer is kept for offline reading.' }).waitFor({ timeout: 120_000 });
  assert.equal(await progress.evaluate((bar) => bar.value === bar.max), true);
  await everyFileKept(page);
  await page.waitForFunction(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).filter((r) => r.url.includes('/search/')).length;
  });
  await host.stop();
  await context.setOffline(true);
  await page.reload();
  await page.locator(`#${site.searchId}:not([hidden])`).waitFor();
  const [, question] = readFileSync(join(scratch, 'stories', 'story-0421.txt'), 'utf8').split('\n');
  // Its words and its own token (421x0): one question of the whole site.
  const results = await searchSite(page, question.replace(/^What about |\?$/g, ''), /questions? found/);
  assert.equal(await results.first().locator('a').textContent(), question);
  assert.deepEqual(messages.filter((m) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(m)), []);
  await context.close();
});

test('a search names the matching explainers whose texts it could not reach, linked where the page lists them', async () => {
  const host = await noStoreHost();
  const { context, page, messages } = await frontPage(host, { serviceWorkers: 'block' });
  // Every story's text is out of reach; the index's parts are not.
  await context.route('**/search/**/s-*.json', (route) => route.abort());
  const listed = await page.locator(`[${site.storyNameAttribute}] a`).allTextContents();
  assert.equal(listed.length, 100, 'the first page lists a hundred explainers, each named');
  const number = (headline) => Number(/^Story (\d+):/.exec(headline)?.[1]);
  const onPage = listed.map(number).find((n) => n >= 0);
  const older = Array.from({ length: STORIES - 1 }, (_, n) => n).find((n) => !listed.some((h) => number(h) === n));
  const note = page.locator(`#${site.unreachedId}`);
  // A story's first question, its words and its own token (421x0): that
  // question ranks first, though others share some of its words.
  const question = (story) => readFileSync(join(scratch, 'stories', `story-${String(story).padStart(4, '0')}.txt`), 'utf8')
    .split('\n')[1].replace(/^What about |\?$/g, '');

  await searchSite(page, question(onPage), /questions? found.*\. Some explainers could not be searched/);
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /^Also matching, not saved on this device yet: Story \d+:/);
  const first = note.locator('a').first();
  assert.match(await first.textContent(), new RegExp(`^Story ${onPage}:`));
  assert.equal(new URL(await first.evaluate((a) => a.href)).pathname, `/story-${String(onPage).padStart(4, '0')}/`);

  await searchSite(page, question(older), /questions? found/);
  assert.match(await note.textContent(), /^Also matching, not saved on this device yet: .*\b(1 older explainer|\d+ older explainers)$/);
  const named = await note.locator('a').allTextContents();
  assert.ok(named.every((headline) => listed.includes(headline)), 'only explainers the page lists are links');
  assert.ok(!named.some((headline) => number(headline) === older));

  await page.locator(`#${site.queryId}`).fill('');
  await note.waitFor({ state: 'hidden' });
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  assert.deepEqual(messages.filter((m) => !/Failed to load resource|ERR_FAILED/.test(m)), []);
  await context.close();
  await host.stop();
});
