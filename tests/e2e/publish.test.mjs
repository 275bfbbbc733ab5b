// scripts/publish on a folder of three stories (the shipped one, a fixture
// whose text looks like markup, and a short one), beside the engine of the
// release build (dist/): each story page and each embed searches its own
// story only and fetches nothing but the shared files and its own; a host
// page with the three stories' embed scripts fetches the engine once; a malformed story among
// good ones exits 1 and leaves its old files as they were; the offline
// files work from file://; a story the reader opened reloads offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contract, openBrowser, openOfflineFile, recordingPage, savedCopy, LIVE_WIDGET } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const { classes } = contract;
const EMBEDS = `[${contract.embedAttribute}]`;

/** The stories, by name: their file and a word only that story has. */
const STORIES = {
  'ukraine-peacekeepers': { file: join(ROOT, 'tests/fixtures/ukraine-peacekeepers.txt'), word: 'Kremlin' },
  'markup-in-text': { file: join(ROOT, 'tests/fixtures/markup-in-text.txt'), word: 'CDATA' },
  'night-trains': { file: join(ROOT, 'tests/fixtures/night-trains.txt'), word: 'couchette' },
};
const questionsOf = (file) => (readFileSync(file, 'utf8').trim().split('\n').length - 1) / 2;

let scratch;
let out;
let session;

/** Runs scripts/publish with the release build's engine; returns its status and output. */
function publish(...args) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, FAQ_ENGINE_DIR: DIST },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The bytes of every file in `dir`, by name. */
const snapshot = (dir) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-publish-'));
  out = join(scratch, 'site');
  const { status, output } = publish('--out', out, ...Object.values(STORIES).map((s) => s.file));
  assert.equal(status, 0, output);
  assert.match(output, /published 3 of 3 stories/);
  writeFileSync(join(out, 'host.html'), `<!doctype html><html lang="en"><head><title>Two stories</title><link rel="icon" href="data:,">
    <script src="./ukraine-peacekeepers/faq-widget.js" defer></script>
    <script src="./night-trains/faq-widget.js" defer></script>
    <script src="./markup-in-text/faq-widget.js" defer></script></head>
    <body><main><h1>Host</h1><div ${contract.embedAttribute}="night-trains"></div>
    <div ${contract.embedAttribute}="ukraine-peacekeepers"></div>
    <div ${contract.embedAttribute}="markup-in-text"></div></main></body></html>`);
  session = await openBrowser(out);
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

test('the layout: shared files named by content at the top, four files per story, a front page', () => {
  const top = readdirSync(out);
  for (const name of top.filter((n) => /\.(js|wasm|css)$/.test(n) && n !== 'sw.js')) {
    assert.match(name, /-[0-9a-f]{16}(_bg)?\.[a-z]+$/, `${name} is named by its content`);
  }
  for (const name of Object.keys(STORIES)) {
    assert.deepEqual(readdirSync(join(out, name)).sort(), ['faq-story.json', 'faq-widget.html', 'faq-widget.js', 'index.html']);
  }
  const listing = readFileSync(join(out, 'index.html'), 'utf8');
  for (const name of Object.keys(STORIES)) assert.ok(listing.includes(`href="./${name}/"`), name);
});

for (const [name, { file, word }] of Object.entries(STORIES)) {
  test(`${name}: its page searches its own story only and fetches only shared files and its own`, async () => {
    const { context, page, messages } = await recordingPage(session);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${session.url}${name}/`);
    await page.locator(LIVE_WIDGET).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    const questions = questionsOf(file);
    assert.equal(await page.locator(`.${classes.itemButton}`).count(), questions);
    // Named after its story, character for character, markup and all.
    const summary = readFileSync(file, 'utf8').split('\n')[0];
    const title = await page.title();
    assert.ok(title.startsWith(summary.slice(0, 50)) && / · \S/.test(title), title);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    assert.ok(description.startsWith(summary.slice(0, 100)), description);
    const search = page.locator(`.${classes.searchInput}`);
    await search.fill(word);
    await page.getByRole('status').filter({ hasText: new RegExp(`of ${questions} questions? match`) }).waitFor();
    for (const [other, { word: theirs }] of Object.entries(STORIES)) {
      if (other === name) continue;
      await search.fill(theirs);
      await page.getByRole('status').filter({ hasText: /^No questions match/ }).waitFor();
    }
    const shared = new Set(readdirSync(out));
    for (const url of requests) {
      const path = new URL(url).pathname.slice(1);
      const ownFile = path === `${name}/` || path.startsWith(`${name}/`);
      assert.ok(ownFile || shared.has(path), `${url} is a shared file or the story's own`);
    }
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => v.id), []);
    assert.deepEqual(messages, []);
    await context.close();
  });
}

test('a host page with three stories fetches the engine once, and each widget has its own story', async () => {
  const before = session.served.length;
  const { context, page, messages } = await recordingPage(session);
  await page.goto(`${session.url}host.html`);
  await page.waitForFunction(([hosts, live]) => [...document.querySelectorAll(hosts)]
    .every((host) => host.shadowRoot?.querySelector(live)), [EMBEDS, LIVE_WIDGET]);
  const engines = session.served.slice(before).filter((path) => /faq-embed-[0-9a-f]{16}\.js$/.test(path));
  assert.equal(engines.length, 1, `one engine request: ${engines.join(', ')}`);
  const [trains, peacekeepers, markup] = [0, 1, 2].map((n) => page.locator(EMBEDS).nth(n));
  assert.equal(await trains.locator(`.${classes.itemButton}`).count(), questionsOf(STORIES['night-trains'].file));
  assert.equal(await peacekeepers.locator(`.${classes.itemButton}`).count(), questionsOf(STORIES['ukraine-peacekeepers'].file));
  await trains.getByLabel('Search the questions').fill('Kremlin');
  await trains.getByRole('status').filter({ hasText: /^No questions match/ }).waitFor();
  await peacekeepers.getByLabel('Search the questions').fill('Kremlin');
  await peacekeepers.getByRole('status').filter({ hasText: `1 of ${questionsOf(STORIES['ukraine-peacekeepers'].file)} questions matches` }).waitFor();
  await trains.getByLabel('Search the questions').fill('couchette');
  await trains.getByRole('status').filter({ hasText: `1 of ${questionsOf(STORIES['night-trains'].file)} questions matches` }).waitFor();
  assert.equal(await markup.locator(`.${classes.itemButton}`).first().textContent(), 'What happens to hidden="hidden" in a question?');
  await markup.getByLabel('Search the questions').fill('CDATA');
  await markup.getByRole('status').filter({ hasText: new RegExp(`of ${questionsOf(STORIES['markup-in-text'].file)} questions match`) }).waitFor();
  await markup.getByLabel('Search the questions').fill('couchette');
  await markup.getByRole('status').filter({ hasText: /^No questions match/ }).waitFor();
  assert.deepEqual(messages, []);
  await context.close();
});

test('the server-side include, pasted into a host page with the one script line it asks for, comes alive', async () => {
  const include = readFileSync(join(out, 'night-trains', 'faq-widget.html'), 'utf8');
  // The line the include's comment asks for, with this host's path to the story's folder.
  const script = include.split('\n')[0].match(/<script src="<this folder's URL>(\/faq-widget\.js)" defer><\/script>/);
  assert.ok(script, include.split('\n')[0]);
  const styles = readdirSync(out).filter((name) => /^faq-.*\.css$/.test(name))
    .map((name) => `<link rel="stylesheet" href="./${name}">`).join('');
  writeFileSync(join(out, 'include.html'), `<!doctype html><html lang="en"><head><title>Include</title><link rel="icon" href="data:,">
    ${styles}${script[0].replace("<this folder's URL>", './night-trains')}</head>
    <body><main><h1>Host</h1><h2>Explainer</h2>${include}</main></body></html>`);
  // Without JavaScript, the include shows the story's questions.
  const still = await session.browser.newContext({ javaScriptEnabled: false });
  const plain = await still.newPage();
  await plain.goto(`${session.url}include.html`);
  assert.equal(await plain.locator(`.${classes.itemButton}`).count(), questionsOf(STORIES['night-trains'].file));
  await still.close();

  const { context, page, messages } = await recordingPage(session);
  await page.goto(`${session.url}include.html`);
  // The live widget, in the element's shadow root (the rendered copy stays
  // in the element, unshown).
  const widget = page.locator(EMBEDS).locator(LIVE_WIDGET);
  await widget.waitFor();
  assert.equal(await page.locator(EMBEDS).locator(`> .${classes.widget}`).isVisible(), false, 'the rendered copy no longer shows');
  const first = widget.locator(`.${classes.itemButton}`).first();
  await first.click();
  assert.equal(await first.getAttribute('aria-expanded'), 'true', 'a question opens');
  await widget.locator(`.${classes.showAll}`).click();
  assert.equal(await widget.locator(`.${classes.itemButton}[aria-expanded="false"]`).count(), 0, '"Show all" opens every answer');
  await widget.getByLabel('Search the questions').fill('couchette');
  await widget.getByRole('status').filter({ hasText: `1 of ${questionsOf(STORIES['night-trains'].file)} questions matches` }).waitFor();
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  assert.deepEqual(messages, []);
  await context.close();
});

test('an element naming a story that is not on the page gets a console warning, and the others still mount', async () => {
  writeFileSync(join(out, 'typo.html'), `<!doctype html><html lang="en"><head><title>Typo</title><link rel="icon" href="data:,">
    <script src="./night-trains/faq-widget.js" defer></script></head>
    <body><main><h1>Host</h1><div ${contract.embedAttribute}="night-train"></div>
    <div ${contract.embedAttribute}="night-trains"></div></main></body></html>`);
  const { context, page, messages } = await recordingPage(session);
  await page.goto(`${session.url}typo.html`);
  await page.locator(EMBEDS).nth(1).locator(LIVE_WIDGET).waitFor();
  await page.waitForFunction(() => window.FaqWidgetReported);
  assert.deepEqual(messages, ['warning: FAQ widget: no story named "night-train" on this page; add that story\'s faq-widget.js']);
  assert.equal(await page.locator(EMBEDS).nth(0).evaluate((host) => host.shadowRoot), null, 'the misnamed element stays as it was');
  await context.close();
});

test('a malformed story among good ones: exit 1 with file:line, its old files unchanged, the others published', () => {
  const stories = join(scratch, 'again');
  mkdirSync(stories);
  const broken = join(stories, 'night-trains.txt');
  writeFileSync(broken, 'A summary.\nA question?\n\nAn answer.\n');
  const fresh = join(stories, 'fresh.txt');
  copyFileSync(STORIES['night-trains'].file, fresh);
  const old = snapshot(join(out, 'night-trains'));
  const { status, output } = publish('--out', out, broken, fresh);
  assert.equal(status, 1, output);
  assert.match(output, new RegExp(`${broken.replaceAll('.', '\\.')}:3`), 'names the file and line');
  assert.match(output, /published 1 of 2 stories/);
  assert.deepEqual(snapshot(join(out, 'night-trains')), old, 'its old files, byte for byte, and no temporary file');
  assert.equal(readdirSync(join(out, 'fresh')).length, 4);
  const listing = readFileSync(join(out, 'index.html'), 'utf8');
  for (const name of ['fresh', ...Object.keys(STORIES)]) assert.ok(listing.includes(`href="./${name}/"`), name);
  rmSync(join(out, 'fresh'), { recursive: true });
});

test('two stories of one name are an error, and nothing of them is written', () => {
  const elsewhere = join(scratch, 'elsewhere');
  mkdirSync(elsewhere, { recursive: true });
  const twin = join(elsewhere, 'twin.txt');
  copyFileSync(STORIES['night-trains'].file, twin);
  const other = join(scratch, 'twin.txt');
  copyFileSync(STORIES['night-trains'].file, other);
  const { status, output } = publish('--out', out, twin, other);
  assert.equal(status, 1, output);
  assert.match(output, /same name "twin"/);
  assert.ok(!readdirSync(out).includes('twin'));
});

for (const name of Object.keys(STORIES)) {
  test(`${name}: its page saved as one file works from file:// with every other request aborted`, async () => {
    const saved = await savedCopy(session, `${session.url}${name}/`);
    const { context, page, messages, aborted } = await openOfflineFile(session, saved);
    await page.locator(LIVE_WIDGET).waitFor();
    const questions = questionsOf(STORIES[name].file);
    assert.equal(await page.locator(`.${classes.itemButton}`).count(), questions);
    await page.locator(`.${classes.searchInput}`).fill(STORIES[name].word);
    await page.getByRole('status').filter({ hasText: new RegExp(`of ${questions} questions? match`) }).waitFor();
    assert.deepEqual(aborted, []);
    assert.deepEqual(messages, []);
    await context.close();
  });
}

/** Opens a story page and waits until its service worker has kept it (the page asks it to). */
async function openAndKeep(page, url) {
  await page.goto(url);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async (kept) => Boolean(await caches.match(kept)), page.url());
}

/**
 * Whether a kept copy of `url` answers, offline: a navigation that fails
 * does not, and neither does one the server answered. (Chromium may start
 * the service worker for the navigation before Playwright's offline
 * emulation reaches it, so its fetch can still reach the server, which
 * then says 404 for a withdrawn page and 200 for one never opened: what
 * matters is that no kept copy answers.)
 */
async function servedOffline(page, url) {
  const asked = session.served.length;
  const response = await page.goto(url).catch(() => null);
  const path = new URL(url).pathname;
  const fromServer = session.served.slice(asked).some((served) => served.split('?')[0] === path);
  return Boolean(response?.ok()) && !fromServer;
}

test('a story the site took down is gone from the reader\'s offline copy after one visit online', async () => {
  const withdrawn = join(scratch, 'withdrawn.txt');
  copyFileSync(STORIES['night-trains'].file, withdrawn);
  const { status, output } = publish('--out', out, withdrawn);
  assert.equal(status, 0, output);
  const { context, page } = await recordingPage(session);
  const url = `${session.url}withdrawn/`;
  await openAndKeep(page, url);
  rmSync(join(out, 'withdrawn'), { recursive: true });
  const online = await page.goto(url);
  assert.equal(online.status(), 404);
  await page.waitForFunction(async (kept) => !(await caches.match(kept)), url);
  await context.setOffline(true);
  assert.equal(await servedOffline(page, url), false, 'the withdrawn page is not served from the cache');
  await context.close();
});

test('a story page opened under the service worker is asked for while the worker starts (navigation preload), its shared files come from the kept copies without it (static routes)', async () => {
  const { context, page, messages } = await recordingPage(session);
  await openAndKeep(page, `${session.url}night-trains/`);
  const preload = await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.getState());
  assert.equal(preload.enabled, true);
  // The next story, opened under the worker's control, comes from the
  // network through the preload, and is kept.
  await page.goto(`${session.url}ukraine-peacekeepers/`);
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'controlled by the worker');
  await page.locator(LIVE_WIDGET).waitFor();
  await page.waitForFunction(async (kept) => Boolean(await caches.match(kept)), page.url());
  const styles = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.css')).map((entry) => entry.workerMatchedSourceType));
  assert.ok(styles.length > 0, 'the page has stylesheets');
  assert.deepEqual(new Set(styles), new Set(['cache']), 'each stylesheet routed to the kept copy');
  assert.deepEqual(messages, []);
  await context.close();
});

test('every story a reader opened reloads and searches with the network off', async () => {
  const { context, page, messages } = await recordingPage(session);
  const opened = ['night-trains', 'ukraine-peacekeepers'];
  for (const name of opened) await openAndKeep(page, `${session.url}${name}/`);
  await context.setOffline(true);
  for (const name of opened) {
    await page.goto(`${session.url}${name}/`);
    await page.locator(LIVE_WIDGET).waitFor();
    await page.locator(`.${classes.searchInput}`).fill(STORIES[name].word);
    await page.getByRole('status').filter({ hasText: /questions? match/ }).waitFor();
  }
  assert.equal(await servedOffline(page, `${session.url}markup-in-text/`), false, 'a story never opened is not there offline');
  assert.deepEqual(messages.filter((m) => !m.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});
