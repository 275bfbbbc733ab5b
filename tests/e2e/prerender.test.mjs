// Content before and without JavaScript: the release build's page (dist/,
// whatever story it carries) holds the whole widget as HTML, readable with
// scripts off, and FAQPage JSON-LD; the live widget hydrates it (on the
// fixture story, which a query is typed into).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  openBrowser, classes, LIVE_WIDGET, recordingPage, builtStory, matched, words, storyOf,
  FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE, holdWasm,
} from './browser.mjs';

const { questions, answers } = builtStory();

let session;
let fixture;
before(async () => {
  session = await openBrowser();
  fixture = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
});
after(async () => {
  await session?.close();
  await fixture?.close();
});

test('with JavaScript off, every question and answer is readable and no control shows', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.url);
  const text = await page.locator('body').innerText();
  for (const line of [...questions, ...answers]) {
    assert.ok(text.includes(line), `visible without JavaScript: ${line.slice(0, 40)}…`);
  }
  assert.equal(await page.getByLabel(words.textLabel).isVisible(), false);
  assert.equal(await page.locator(`.${classes.showAll}`).isVisible(), false);
  assert.equal(await page.locator(`.${classes.itemIcon}`).first().isVisible(), false);
  assert.equal(await page.locator(`.${classes.itemButton}[aria-expanded]`).count(), 0,
    'no question claims to be collapsed while its answer shows');
  await context.close();
});

test('the served HTML already holds the widget, with closed answers findable', async () => {
  const html = await (await fetch(session.url)).text();
  // As Yew writes text into HTML (an apostrophe as it is, or as &#39;).
  const escaped = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
  for (const question of questions) {
    assert.ok(html.includes(escaped(question)) || html.includes(escaped(question).replaceAll("'", '&#39;')), question);
  }
  const panels = (html.match(new RegExp(`class="${classes.itemPanel}"`, 'g')) ?? []).length;
  assert.ok(panels > 0);
  assert.equal((html.match(/hidden="until-found"/g) ?? []).length, panels, 'every answer closed and findable');
  const snippet = await (await fetch(`${session.url}faq-widget.html`)).text();
  assert.ok(
    snippet.startsWith(`<section lang="en" dir="ltr" class="${classes.widget}">`),
    'the include starts with the widget, its language and direction',
  );
  assert.doesNotMatch(snippet, /<!--/, 'the include carries no hydration markers');
});

test('the live widget hydrates the prerendered one: same elements, typed text and focus kept', async () => {
  const { context, page, messages } = await recordingPage(fixture);
  // Hold the wasm back until the reader has typed into the prerendered page.
  const release = await holdWasm(page);
  await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(([list, button]) => {
    window.prerenderedList = document.querySelector(list);
    window.prerenderedButton = document.querySelector(button);
  }, [`.${classes.list}`, `.${classes.itemButton}`]);
  const search = page.getByLabel(words.textLabel);
  await search.fill('kremlin');
  assert.equal(await page.locator(LIVE_WIDGET).count(), 0, 'the wasm is still held back');
  release();
  await page.locator(LIVE_WIDGET).waitFor();
  await page.getByRole('status').filter({ hasText: matched(1, storyOf(FIXTURE_CORPUS).questions.length) }).waitFor();
  assert.equal(await search.inputValue(), 'kremlin', 'typed text is kept');
  assert.ok(await search.evaluate((input) => document.activeElement === input), 'focus stays in the field');
  assert.ok(await page.evaluate((list) => document.querySelector(list) === window.prerenderedList, `.${classes.list}`),
    'the list element is the prerendered one, adopted, not rebuilt');
  assert.equal(await page.locator(`.${classes.widget}`).count(), 1);
  assert.equal(await page.locator('mark').first().textContent(), 'Kremlin');
  // Items are keyed by position, so the first prerendered button now
  // shows the match (question 4), updated in place rather than rebuilt.
  assert.ok(await page.evaluate((button) => document.querySelector(button) === window.prerenderedButton, `.${classes.itemButton}`),
    'the first button is the prerendered one, updated in place');
  assert.equal(await page.locator(`.${classes.itemButton}`).first().getAttribute('id'), 'faq-4-question');
  assert.deepEqual(messages, []);
  await context.close();
});

test('the page carries schema.org FAQPage JSON-LD built from the corpus', async () => {
  const html = await (await fetch(session.url)).text();
  const json = html.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/)[1];
  const page = JSON.parse(json);
  assert.equal(page['@type'], 'FAQPage');
  assert.deepEqual(page.mainEntity.map((q) => q.name), questions);
  assert.deepEqual(page.mainEntity.map((q) => q.acceptedAnswer.text), answers);
});
