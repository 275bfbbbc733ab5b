// The reader's offline storage does not grow with every engine the site
// publishes (issue 26): three releases of the engine in turn, and on
// activation the service worker drops the files of the one that no current
// engine lists and no kept page needs, keeps an older one that a story the
// reader kept still uses, and both stories reload offline after that.
//
// The releases are the release build's engine (dist/) and two copies of it
// under other names, as a new release's files are: every content hash in
// their names and in the files that name them changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classes, openBrowser, recordingPage, LIVE_WIDGET } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const KEPT = { name: 'night-trains', file: join(ROOT, 'tests/fixtures/night-trains.txt'), word: 'couchette' };
const UPDATED = { name: 'ukraine-peacekeepers', file: join(ROOT, 'tests/fixtures/ukraine-peacekeepers.txt'), word: 'Kremlin' };

let scratch;
let site;
let session;

/**
 * Two hex digits that start no hash in the names of the files in `dir`, so
 * that a copy tagged with one names no file as the original names another
 * (a content hash never does).
 */
function freeTags(dir) {
  const firsts = new Set(readdirSync(dir).flatMap((name) => name.match(/[0-9a-f]{16}/g) ?? []).map((hash) => hash[0]));
  return [...'0123456789abcdef'].filter((digit) => !firsts.has(digit)).slice(0, 2);
}

/** A copy of the engine in `from` as another release: each hash in a name is `tag` + its last 15 digits. */
function release(from, tag) {
  const dir = join(scratch, `engine-${tag}`);
  cpSync(from, dir, { recursive: true });
  const hashes = new Set(readdirSync(dir).flatMap((name) => name.match(/[0-9a-f]{16}/g) ?? []));
  const renamed = (text) => text.replace(/[0-9a-f]{16}/g, (hash) => (hashes.has(hash) ? `${tag}${hash.slice(1)}` : hash));
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (/\.(js|json|html|css|svg)$/.test(name)) writeFileSync(path, renamed(readFileSync(path, 'utf8')));
    if (renamed(name) !== name) renameSync(path, join(dir, renamed(name)));
  }
  return dir;
}

/** The shared files of the engine in `dir` that every story's reader keeps. */
function sharedFiles(dir) {
  const { files } = JSON.parse(readFileSync(join(dir, 'faq-engine.json'), 'utf8'));
  return files.filter((name) => /^(faq-widget-|loader-|faq-[0-9a-f]{16}\.css)/.test(name));
}

/** Publishes `story` into the site with the engine in `engine`. */
function publish(engine, ...stories) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), '--out', site, ...stories.map((s) => s.file)], {
    encoding: 'utf8',
    env: { ...process.env, FAQ_ENGINE_DIR: engine },
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
}

/** Which of `names` (beside the service worker) the reader's cache holds. */
const cached = (page, names) => page.evaluate(async (urls) => {
  const found = await Promise.all(urls.map((url) => caches.match(url)));
  return urls.filter((_, i) => found[i]).map((url) => url.slice(url.lastIndexOf('/') + 1));
}, names.map((name) => `${session.root}${name}`));

/** Opens a story online, as a reader does, until the live widget runs. */
async function open(page, story) {
  await page.goto(`${session.root}${story.name}/`);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
}

/** Searches the open story for its word; resolves once a question is found. */
async function search(page, story) {
  await page.locator(`.${classes.searchInput}`).fill(story.word);
  await page.getByRole('status').filter({ hasText: /questions? match/ }).waitFor();
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-sw-storage-'));
  site = join(scratch, 'site');
  publish(DIST, KEPT, UPDATED);
  session = await openBrowser(site, `${KEPT.name}/`);
});

after(async () => {
  await session?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("an old engine's files are dropped, a kept older story keeps its own and works offline", async () => {
  const tags = freeTags(DIST);
  assert.equal(tags.length, 2, 'two digits start no hash of the release build');
  const [first, second, third] = [DIST, release(DIST, tags[0]), release(DIST, tags[1])].map((dir) => ({ dir, files: sharedFiles(dir) }));
  const secondOnly = second.files.filter((name) => !first.files.includes(name) && !third.files.includes(name));
  assert.equal(secondOnly.length, second.files.length, `the second release's files are its own: ${secondOnly}`);
  const { context, page, messages } = await recordingPage(session);
  // The reader keeps both stories, of the first release.
  for (const story of [KEPT, UPDATED]) await open(page, story);
  await page.waitForFunction(async (url) => Boolean(await caches.match(url)), `${session.root}${first.files[0]}`);

  // The updated story moves to the second release, then to the third; the
  // kept one stays on the first. The reader reads the updated one each time.
  publish(second.dir, UPDATED);
  await open(page, UPDATED);
  await page.waitForFunction(async (url) => Boolean(await caches.match(url)), `${session.root}${second.files[0]}`);
  assert.deepEqual(await cached(page, second.files), second.files, 'the second release is kept while a page uses it');
  publish(third.dir, UPDATED);
  await open(page, UPDATED);
  // The new worker drops it once it takes over.
  for (const deadline = Date.now() + 20_000; (await cached(page, secondOnly)).length && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.deepEqual(await cached(page, secondOnly), [], 'the second release, which nothing needs, is dropped');
  assert.deepEqual(await cached(page, first.files), first.files, 'the first release, which the kept story uses, stays');
  assert.deepEqual(await cached(page, third.files), third.files, 'the third release, the current one, stays');

  // Offline: the kept older story and the updated one reload and search.
  await context.setOffline(true);
  for (const story of [KEPT, UPDATED, UPDATED]) {
    await page.goto(`${session.root}${story.name}/`);
    await page.locator(LIVE_WIDGET).waitFor();
    await search(page, story);
  }
  await page.reload();
  await page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual(messages.filter((m) => !m.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});
