// The site's front page: scripts/publish puts English stories and a
// Ukrainian one into one folder. The front page lists them newest first,
// each headline in its language, readable without JavaScript; it searches
// every story (stems, prefixes, typos) and links to the question, open; a
// query finds the stories of its language; after one visit it searches
// offline, and says so when a part is not saved yet. Eight publishes at
// once, several times over, lose no story.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contract, openBrowser, openFrontPage, recordingPage, searchSite, storyOf, LIVE_WIDGET } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const site = contract.site;
const STORIES = ['tests/fixtures/ukraine-peacekeepers.txt', 'corpus/heatwave-water-restrictions.txt', 'tests/fixtures/night-trains.txt'];
const UKRAINIAN = 'tests/fixtures/languages/uk.txt';

let scratch;
let out;
let session;

/** Runs scripts/publish; returns its status and output. */
function publish(args, env = { FAQ_ENGINE_DIR: DIST }) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-site-'));
  out = join(scratch, 'site');
  let run = publish(['--out', out, ...STORIES.map((s) => join(ROOT, s))]);
  assert.equal(run.status, 0, run.output);
  // Later, so it is the newest; its engine is built on the first run.
  run = publish(['--out', out, '--lang', 'uk', join(ROOT, UKRAINIAN)], {});
  assert.equal(run.status, 0, run.output);
  session = await openBrowser(out);
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const frontPage = (options) => openFrontPage(session, session.url, options);

test('the front page lists every story, newest first, each in its language, readable without JavaScript', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.url);
  const items = page.locator(`.${site.storiesClass} > li`);
  assert.equal(await items.count(), STORIES.length + 1);
  const first = items.first().locator('a');
  assert.equal(await first.getAttribute('lang'), 'uk', 'the Ukrainian story, published last, first');
  assert.equal(await first.getAttribute('href'), './uk/');
  // Its last update in the front page's words, the machine's date beside.
  assert.match(await items.first().textContent(), /Українська · 7 questions · Updated \d{1,2} [A-Z][a-z]+ \d{4}$/);
  assert.match(await items.first().locator('time').getAttribute('datetime'), /^\d{4}-\d\d-\d\d/);
  const trains = storyOf(join(ROOT, 'tests/fixtures/night-trains.txt'));
  const headline = await page.locator('a[href="./night-trains/"]').textContent();
  assert.ok(trains.summary.startsWith(headline.replace(/…$/, '')), headline);
  assert.equal(await page.locator(`#${site.searchId}`).isVisible(), false, 'no search without JavaScript');
  assert.equal(
    await page.locator(`#${site.searchId}`).evaluate((form) => form.getBoundingClientRect().height),
    0,
    'nor its place',
  );
  await context.close();
});

test('the search shows where its place was kept: no layout shift, on a phone and a desktop', async () => {
  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    const context = await session.browser.newContext({ viewport, isMobile: viewport.width < 500 });
    const page = await context.newPage();
    // Its script late, as on a slow network: the page is painted first.
    await page.route(/front-page-[0-9a-f]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    await page.addInitScript(() => {
      window.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.shifted += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(session.url);
    await page.locator(`#${site.searchId}:not([hidden])`).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.shifted), 0, `${viewport.width} px wide`);
    await context.close();
  }
});

test('one search over every story: stems, prefixes and typos, a link to the question, open', async () => {
  const { context, page, messages } = await frontPage();
  let results = await searchSite(page, 'bicycles', /^1 question found/);
  assert.equal(await results.locator('a').textContent(), 'Can I bring a bicycle on board?');
  assert.equal(await results.locator('mark').first().textContent(), 'bicycle');
  assert.match(await results.locator('.faq-site__story').textContent(), /^Night trains/);
  results = await searchSite(page, 'reservo', /questions? found/);
  // The count may still read as the previous query's: wait for this query's first result.
  await results.first().filter({ hasText: /reservoir/i }).waitFor({ timeout: 10_000 });
  assert.match(await results.first().textContent(), /reservoir/i, 'a prefix while typing');
  results = await searchSite(page, 'Belgum troops', /questions? found/);
  // The count may read as it did for the query before: wait for this query's first result.
  await results.first().locator('a', { hasText: /countries/ }).waitFor({ timeout: 10_000 });
  assert.match(await results.first().locator('a').textContent(), /countries/, 'a typo');
  results = await searchSite(page, 'kremlin', /^1 question found/);
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation, results shown');
  await results.locator('a').click();
  await page.locator(LIVE_WIDGET).waitFor();
  assert.match(page.url(), /\/ukraine-peacekeepers\/#what-is-russia/);
  const opened = page.locator(`.${contract.classes.itemButton}[aria-expanded="true"]`);
  assert.equal(await opened.count(), 1);
  assert.match(await opened.textContent(), /Russia/);
  assert.deepEqual(messages, []);
  await context.close();
});

test("a search that finds nothing offers the site's nearest words, which it searches", async () => {
  const { context, page, messages } = await frontPage();
  // Three letters off "ceasefire", beyond what typo tolerance forgives.
  await searchSite(page, 'ceesfyre', /^No questions match/);
  const suggestion = page.locator(`.${site.suggestionClass}`);
  await suggestion.waitFor();
  assert.match(await suggestion.textContent(), /^Did you mean ceasefire\?$/i);
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation, the suggestion shown');
  await suggestion.click();
  assert.equal(await page.locator(`#${site.queryId}`).inputValue(), 'ceasefire');
  const results = page.locator(`#${site.resultsId} > li`);
  await results.first().waitFor();
  assert.match(await results.first().textContent(), /ceasefire/i);
  assert.equal(await suggestion.isHidden(), true, 'the button goes with the search that found nothing');
  assert.equal(await page.evaluate(() => document.activeElement.id), site.queryId, 'focus in the search field');
  await searchSite(page, 'zzzzqqq', /^No questions match/);
  assert.equal(await suggestion.isHidden(), true, 'no word of the site is near');
  assert.deepEqual(messages, []);
  await context.close();
});

test("the front page tells its searches (after a pause, or when the reader leaves the field) and the question followed", async () => {
  const { context, page, messages } = await recordingPage(session);
  const told = [];
  await page.exposeFunction('recordTold', (e) => told.push(e));
  await page.addInitScript(([search, open]) => {
    for (const name of [search, open]) {
      document.addEventListener(name, (e) => window.recordTold({ name, on: e.target.id, ...e.detail }));
    }
  }, [contract.event.search, contract.event.open]);
  await page.goto(session.url);
  await page.locator(`#${site.searchId}:not([hidden])`).waitFor();
  const field = page.locator(`#${site.queryId}`);
  await field.pressSequentially('bicycles', { delay: 30 });
  await page.locator(`#${site.statusId}`).filter({ hasText: /^1 question found/ }).waitFor();
  assert.deepEqual(told, [], 'nothing while the reader types');
  await new Promise((done) => setTimeout(done, contract.event.pauseMs * 2));
  assert.deepEqual(told, [{ name: contract.event.search, on: site.mountId, query: 'bicycles', results: 1 }]);
  await field.fill('qzxv wplk');
  await page.locator(`#${site.statusId}`).filter({ hasText: /^No question/ }).waitFor();
  await field.blur();
  await new Promise((done) => setTimeout(done, 200));
  assert.deepEqual(told.slice(1), [{ name: contract.event.search, on: site.mountId, query: 'qzxv wplk', results: 0 }]);
  const results = await searchSite(page, 'kremlin', /^1 question found/);
  await results.locator('a').click();
  await page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual(told.slice(2).map((e) => [e.name, e.query ?? e.slug, e.story]), [
    [contract.event.search, 'kremlin', undefined],
    [contract.event.open, new URL(page.url()).hash.slice(1), 'ukraine-peacekeepers'],
  ]);
  assert.deepEqual(messages, []);
  await context.close();
});

test('a query finds the stories of its language, with that language stems', async () => {
  const { context, page, messages } = await frontPage();
  const language = page.locator(`#${site.languageId}`);
  assert.equal(await language.inputValue(), 'en', "the template's language first");
  await searchSite(page, 'миротворців', /^No questions match/);
  await language.selectOption('uk');
  const results = await searchSite(page, 'миротворці', /questions? found/);
  assert.equal(await results.first().getAttribute('lang'), 'uk');
  assert.match(await results.first().locator('a').getAttribute('href'), /\/uk\/#/);
  assert.deepEqual(messages, []);
  await context.close();
});

test('after one visit, the front page searches offline; a part not saved yet is said so', async () => {
  const { context, page, messages } = await frontPage();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await searchSite(page, 'bicycle', /^1 question found/);
  // Every part and story of the language, fetched while idle.
  await page.waitForFunction(async () => (await caches.keys()).length > 0
    && (await (await caches.open((await caches.keys())[0])).keys()).filter((r) => r.url.includes('/search/en/s-')).length === 3);
  await context.setOffline(true);
  await page.reload();
  await page.locator(`#${site.searchId}:not([hidden])`).waitFor();
  const results = await searchSite(page, 'water restrictions', /questions? found/);
  assert.match(await results.first().textContent(), /water/i, 'a query never typed online');
  await page.locator(`#${site.languageId}`).selectOption('uk');
  await searchSite(page, 'миротворці', /not saved on this device/);
  assert.deepEqual(messages.filter((m) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(m)
    && !m.includes('search is unavailable')), []);
  await context.close();
});

test('eight publishes at once, several times over, lose no story', async () => {
  const stories = join(scratch, 'parallel');
  mkdirSync(stories);
  const source = readFileSync(join(ROOT, 'tests/fixtures/night-trains.txt'), 'utf8');
  for (let round = 0; round < 3; round += 1) {
    const folder = join(scratch, `parallel-site-${round}`);
    const runs = Array.from({ length: 8 }, (_, run) => [0, 1].map((n) => {
      const file = join(stories, `r${round}-${run}-${n}.txt`);
      writeFileSync(file, source.replace(/^[^\n]*/, `Story ${run} ${n} of round ${round}.`));
      return file;
    }));
    const statuses = await Promise.all(runs.map((files) => new Promise((done) => {
      const child = spawn('bash', [join(ROOT, 'scripts/publish'), '--out', folder, ...files], {
        env: { ...process.env, FAQ_ENGINE_DIR: DIST }, stdio: 'ignore',
      });
      child.on('exit', done);
    })));
    assert.deepEqual(statuses, Array(8).fill(0));
    const listed = JSON.parse(readFileSync(join(folder, 'stories.json'), 'utf8')).map((s) => s.name).sort();
    const expected = runs.flat().map((file) => file.split('/').pop().replace('.txt', '')).sort();
    assert.deepEqual(listed, expected, `round ${round}: every story listed`);
    const front = readFileSync(join(folder, 'index.html'), 'utf8');
    for (const stem of expected) assert.ok(front.includes(`href="./${stem}/"`), stem);
    const texts = readdirSync(join(folder, 'search/en')).filter((n) => n.startsWith('s-'));
    assert.equal(texts.length, 16, `round ${round}: every story's text for the search`);
  }
});
