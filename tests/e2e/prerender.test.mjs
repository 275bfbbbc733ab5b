// Content before and without JavaScript: the release build's page (dist/,
// whatever story it carries) holds the whole widget as HTML, readable with
// scripts off, and FAQPage JSON-LD; the live widget takes its place (on the
// fixture story, which a query is typed into).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  openBrowser, classes, contract, LIVE_WIDGET, recordingPage, builtStory, matched, words, storyOf,
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
  const [comment, element] = snippet.split('\n');
  assert.match(comment, /^<!-- FAQ widget ".*": the page also needs <script src="<this folder's URL>\/faq-widget\.js" defer><\/script>, which brings it to life\. -->$/);
  assert.match(
    element,
    new RegExp(`^<div ${contract.embedAttribute}="[^"]+"><section lang="en" dir="ltr" class="${classes.widget}">`),
    'the include is an embed element holding the widget, its language and direction',
  );
  assert.doesNotMatch(element, /<!--/, 'the include carries no hydration markers');
});

test('the live widget takes the prerendered one\'s place: typed text, open answers and focus kept, no frame empty', async () => {
  const { context, page, messages } = await recordingPage(fixture);
  // Hold the wasm back until the reader has typed into the prerendered page.
  const release = await holdWasm(page);
  await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
  // Every frame painted from here on counts the questions it shows.
  await page.evaluate((item) => {
    window.framesShown = [];
    const count = () => {
      window.framesShown.push(document.querySelectorAll(item).length);
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  }, `.${classes.item}`);
  const total = storyOf(FIXTURE_CORPUS).questions.length;
  const third = page.locator(`.${classes.itemButton}`).nth(2);
  await third.click();
  assert.equal(await third.getAttribute('aria-expanded'), 'true', 'the accordion works before the engine');
  const search = page.getByLabel(words.textLabel);
  await search.fill('kremlin');
  assert.equal(await page.locator(LIVE_WIDGET).count(), 0, 'the wasm is still held back');
  release();
  await page.locator(LIVE_WIDGET).waitFor();
  await page.getByRole('status').filter({ hasText: matched(1, total) }).waitFor();
  assert.equal(await search.inputValue(), 'kremlin', 'typed text is kept');
  assert.ok(await search.evaluate((input) => document.activeElement === input), 'focus stays in the field');
  assert.equal(await page.locator(`.${classes.widget}`).count(), 1);
  assert.equal(await page.locator('mark').first().textContent(), 'Kremlin');
  await search.fill('');
  await page.getByRole('status').filter({ hasText: new RegExp(`^${total} `) }).waitFor();
  assert.equal(await page.locator(`.${classes.itemButton}`).nth(2).getAttribute('aria-expanded'), 'true',
    'the answer opened before the engine ran is still open');
  const frames = await page.evaluate(() => window.framesShown);
  assert.ok(frames.length > 0 && frames.every((n) => n > 0), `no frame without questions: ${frames}`);
  assert.deepEqual(messages, []);
  await context.close();
});

test('focus on a question before the engine runs stays on it', async () => {
  const { context, page, messages } = await recordingPage(fixture);
  const release = await holdWasm(page);
  await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
  const second = page.locator(`.${classes.itemButton}`).nth(1);
  await second.focus();
  const id = await second.getAttribute('id');
  release();
  await page.locator(LIVE_WIDGET).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), id);
  assert.ok(await page.evaluate(() => document.activeElement.closest('[data-ready]') !== null), 'on the live widget');
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
