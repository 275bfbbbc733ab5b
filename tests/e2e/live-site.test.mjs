// What a newsroom expects of the widget on a live site (issue 26): the DOM
// events its own analytics can count (`faq-search` once the reader pauses
// or leaves the field, `faq-open` with the question's slug), from the
// standalone page and the embed; and the answers open and the query typed
// kept for the tab, back after a reload, with nothing stored when the page
// says `data-remember="false"` and nothing broken when storage is blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import {
  contract, classes, LIVE_WIDGET, recordingPage, openBrowser, matched, counted, storyOf, words,
  FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE,
} from './browser.mjs';

const STORY = storyOf(FIXTURE_CORPUS);
const N = STORY.questions.length;
const { event } = contract;

let session;
before(async () => {
  session = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
});
after(async () => {
  await session?.close();
});

/** Records, from the start, every widget event that reaches the document. */
async function recordEvents(page) {
  await page.addInitScript(([search, open]) => {
    window.told = [];
    for (const name of [search, open]) {
      document.addEventListener(name, (e) => window.told.push({ name, on: e.target.id || e.target.tagName, ...e.detail }));
    }
  }, [event.search, event.open]);
}

async function axeViolations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

test('the standalone page tells its searches once the reader pauses or leaves the field, and each question opened', async () => {
  const { context, page, messages } = await recordingPage(session);
  await recordEvents(page);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  const search = page.getByLabel(words.textLabel);
  // Typed a key at a time: one event, after the pause, for what was typed.
  await search.pressSequentially('kremlin', { delay: 40 });
  await page.getByRole('status').filter({ hasText: matched(1, N) }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.told), [], 'nothing while the reader types');
  await page.waitForFunction(() => window.told.length === 1, null, { timeout: event.pauseMs * 5 });
  assert.deepEqual(await page.evaluate(() => window.told), [
    { name: event.search, on: contract.mountId, query: 'kremlin', results: 1 },
  ]);
  // Leaving the field tells at once; the same query is not told twice.
  await search.fill('qzxv wplk');
  await page.getByRole('status').filter({ hasText: matched(0, N) }).waitFor();
  await search.blur();
  await page.waitForFunction(() => window.told.length === 2);
  await page.waitForTimeout(event.pauseMs * 1.5);
  const told = await page.evaluate(() => window.told);
  assert.deepEqual(told.slice(1), [{ name: event.search, on: contract.mountId, query: 'qzxv wplk', results: 0 }]);
  // Opening a question tells its slug; closing it tells nothing.
  await search.fill('');
  await page.getByRole('status').filter({ hasText: counted(N) }).waitFor();
  const third = page.locator(`.${classes.itemButton}`).nth(2);
  await third.click();
  await third.click();
  const opened = (await page.evaluate(() => window.told)).filter((e) => e.name === event.open);
  const slug = new URL(page.url()).hash.slice(1);
  assert.deepEqual(opened, [{ name: event.open, on: contract.mountId, slug, question: STORY.questions[2] }]);
  assert.ok(slug.length > 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(messages, []);
  await context.close();
});

/**
 * A news article with the story embedded twice, one of them without an id.
 * Only the test's route serves it, so `page` must be in a context that has
 * not visited the story's page, whose service worker would answer instead.
 */
async function hostPage(page, attributes = '') {
  const host = `${session.root}article.html`;
  await page.route(host, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <script src="${FIXTURE}/faq-widget.js" defer></script></head>
      <body><main><h1>Host</h1><h2>Explainers</h2><div id="explainer" data-faq-widget ${attributes}></div>
      <div data-faq-widget ${attributes}></div></main></body></html>`,
  }));
  await page.goto(host);
  await page.waitForFunction((live) => [...document.querySelectorAll('[data-faq-widget]')]
    .filter((el) => el.shadowRoot?.querySelector(live)).length === 2, LIVE_WIDGET);
  return page.locator('#explainer');
}

test('an embedded widget tells the same events on its own element', async () => {
  const { context, page, messages } = await recordingPage(session);
  await recordEvents(page);
  const embed = await hostPage(page);
  const search = embed.getByLabel(words.textLabel);
  await search.fill('kremlin');
  await embed.getByRole('status').filter({ hasText: matched(1, N) }).waitFor();
  await search.blur();
  await search.fill('');
  await embed.getByRole('status').filter({ hasText: counted(N) }).waitFor();
  await embed.locator(`.${classes.itemButton}`).first().click();
  await page.waitForFunction(() => window.told.length === 2);
  assert.deepEqual(await page.evaluate(() => window.told), [
    { name: event.search, on: 'explainer', query: 'kremlin', results: 1 },
    { name: event.open, on: 'explainer', slug: new URL(page.url()).hash.replace('#explainer:', ''), question: await embed.locator(`.${classes.itemQuestion}`).first().textContent() },
  ]);
  assert.match(new URL(page.url()).hash, /^#explainer:./);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(messages, []);
  await context.close();
});

/** The open questions (their numbers in the list) and the query. */
async function shown(root) {
  const expanded = await root.locator(`.${classes.itemButton}`).evaluateAll(
    (buttons) => buttons.map((b, i) => (b.getAttribute('aria-expanded') === 'true' ? i : -1)).filter((i) => i >= 0));
  return { open: expanded, query: await root.locator(`.${classes.searchInput}`).inputValue() };
}

test('answers open and the query typed are back after a reload and on back-navigation, on the page and in the embed', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  const buttons = page.locator(`.${classes.itemButton}`);
  await buttons.nth(1).click();
  await buttons.nth(4).click();
  await page.getByLabel(words.textLabel).fill('troops');
  await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  const before = await shown(page);
  await page.goto(`${session.url}`);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  assert.deepEqual(await shown(page), before, 'the same answers open, the same query');
  await page.getByLabel(words.textLabel).fill('');
  await page.getByRole('status').filter({ hasText: counted(N) }).waitFor();
  assert.deepEqual((await shown(page)).open, [1, 4]);
  assert.deepEqual(await axeViolations(page), []);
  // Back-navigation: to another story and back, the answers are open again.
  await page.goto(`${session.root}markup-in-text/`);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.goBack();
  await page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual((await shown(page)).open, [1, 4], 'back again, the same answers open');

  assert.deepEqual(messages, []);
  await context.close();

  // The embed keeps each widget's own.
  const host = await recordingPage(session);
  const embed = await hostPage(host.page);
  await embed.locator(`.${classes.itemButton}`).nth(3).click();
  await host.page.reload();
  await host.page.waitForFunction((live) => document.querySelector('#explainer').shadowRoot?.querySelector(live), LIVE_WIDGET);
  assert.deepEqual((await shown(host.page.locator('#explainer'))).open, [3]);
  assert.deepEqual((await shown(host.page.locator('[data-faq-widget]:not([id])'))).open, []);
  assert.deepEqual(host.messages, []);
  await host.context.close();
});

test('with data-remember="false" nothing is stored; with storage blocked the widget works as ever', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.addInitScript((mountId) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') document.getElementById(mountId)?.setAttribute('data-remember', 'false');
    });
  }, contract.mountId);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.locator(`.${classes.itemButton}`).nth(2).click();
  await page.getByLabel(words.textLabel).fill('troops');
  await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing written');
  assert.deepEqual(messages, []);
  await context.close();
  const host = await recordingPage(session);
  const embed = await hostPage(host.page, 'data-remember="false"');
  await embed.locator(`.${classes.itemButton}`).nth(2).click();
  assert.equal(await embed.locator(`.${classes.itemButton}`).nth(2).getAttribute('aria-expanded'), 'true');
  assert.equal(await host.page.evaluate(() => sessionStorage.length), 0, 'nothing written by the embed either');
  assert.deepEqual(host.messages, []);
  await host.context.close();

  const blocked = await recordingPage(session);
  await blocked.page.addInitScript(() => {
    Object.defineProperty(window, 'sessionStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await blocked.page.goto(session.url);
  await blocked.page.locator(LIVE_WIDGET).waitFor();
  const button = blocked.page.locator(`.${classes.itemButton}`).nth(2);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await blocked.page.getByLabel(words.textLabel).fill('kremlin');
  await blocked.page.getByRole('status').filter({ hasText: matched(1, N) }).waitFor();
  // Back to the page without the question's link in the URL.
  await blocked.page.goto(session.url);
  await blocked.page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual(await shown(blocked.page), { open: [], query: '' }, 'a fresh start, nothing kept');
  assert.deepEqual(blocked.messages, []);
  await blocked.context.close();
});
