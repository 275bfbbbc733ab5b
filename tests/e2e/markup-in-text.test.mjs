// A corpus whose text looks like markup (hidden="hidden", aria attributes,
// </div>, <!--, id="faq-widget-2") reaches the reader character for
// character: in the prerendered page, in the live widget that replaces it,
// in the JSON-LD and in the offline file. Published by scripts/test with
// scripts/publish into target/e2e/published/markup-in-text/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contract, openBrowser, recordingPage, savedCopy } from './browser.mjs';

const TARGET = process.env.CARGO_TARGET_DIR ?? new URL('../../target/', import.meta.url).pathname;
const PUBLISHED = `${TARGET}/e2e/published`;
const CORPUS = new URL('../fixtures/markup-in-text.txt', import.meta.url);
const lines = readFileSync(CORPUS, 'utf8').split('\n').filter((line) => line.length > 0);
const summary = lines[0];
const questions = lines.slice(1).filter((_, i) => i % 2 === 0);
const answers = lines.slice(1).filter((_, i) => i % 2 === 1);
const { classes } = contract;

let session;
let story;
before(async () => {
  session = await openBrowser(PUBLISHED);
  story = `${session.url}markup-in-text/`;
});
after(async () => {
  await session?.close();
});

/** The summary, questions and answers as the page's DOM holds them. */
async function texts(page) {
  return {
    summary: await page.locator(`.${classes.summary}`).textContent(),
    questions: await page.locator(`.${classes.itemQuestion}`).allTextContents(),
    answers: await page.locator(`.${classes.itemAnswer}`).allTextContents(),
  };
}

const expected = { summary, questions, answers };

test('the fixture holds every string that once broke the build', () => {
  const all = lines.join('\n');
  for (const needle of ['hidden="hidden"', ' aria-expanded="false" aria-controls="x-answer"', '</div>', '<!--', 'id="faq-widget-2"']) {
    assert.ok(all.includes(needle), needle);
  }
});

test('the prerendered page, read without JavaScript, holds every character', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(story);
  assert.deepEqual(await texts(page), expected);
  assert.equal(await page.locator(`.${classes.item}`).count(), questions.length, 'no element made of text');
  await context.close();
});

test('the live widget takes over the page and holds every character', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(story);
  await page.locator(`.${classes.widget}[${contract.readyAttribute}]`).waitFor();
  assert.deepEqual(await texts(page), expected);
  await page.locator(`.${classes.searchInput}`).fill('aria-controls');
  await page.getByRole('status').filter({ hasText: /^(1|2) of 5 questions match/ }).waitFor();
  assert.deepEqual(messages, [], 'live without a warning or an error');
  await context.close();
});

test('the JSON-LD and the page saved as one file carry the same text', async () => {
  const html = await (await fetch(story)).text();
  const [, json] = html.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/);
  const ld = JSON.parse(json);
  assert.deepEqual(ld.mainEntity.map((q) => q.name), questions);
  assert.deepEqual(ld.mainEntity.map((q) => q.acceptedAnswer.text), answers);

  const saved = await savedCopy(session, story);
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`file://${saved}`);
  assert.deepEqual(await texts(page), expected);
  await context.close();
});

test('without its engine, the story page and the embed still hold every character', async () => {
  const { context, page, messages } = await recordingPage(session);
  await context.addInitScript(() => delete globalThis.WebAssembly);
  const host = `${session.url}host.html`;
  await context.route(host, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><title>Host</title><main><div ${contract.embedAttribute}></div></main>
      <script src="markup-in-text/faq-widget.js"></script>`,
  }));
  const fallback = `.${classes.widgetStatic}`;
  await page.goto(story);
  await page.locator(fallback).waitFor();
  assert.deepEqual(await texts(page), expected, 'the standalone page');
  await page.goto(host);
  const embedded = page.locator(`[${contract.embedAttribute}]`);
  await embedded.locator(fallback).waitFor();
  assert.deepEqual(await texts(embedded), expected, 'the embed, rendered without the engine');
  assert.equal(await embedded.locator(`.${classes.item}`).count(), questions.length, 'no element made of text');
  assert.equal(messages.length, 2, `one explanation per page: ${messages}`);
  await context.close();
});
