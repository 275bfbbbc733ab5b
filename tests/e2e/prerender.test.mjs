// Content before and without JavaScript: the built page carries the whole
// widget as HTML, readable with scripts off, and FAQPage JSON-LD.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openBrowser } from './browser.mjs';

const root = new URL('../../', import.meta.url).pathname;
const corpus = readFileSync(`${root}corpus/ukraine-peacekeepers.txt`, 'utf8').trim().split('\n');
const questions = corpus.slice(1).filter((_, i) => i % 2 === 0);
const answers = corpus.slice(1).filter((_, i) => i % 2 === 1);

let session;
before(async () => {
  session = await openBrowser();
});
after(async () => {
  await session?.close();
});

test('with JavaScript off, every question and answer is readable and no control shows', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(session.url);
  const text = await page.locator('body').innerText();
  for (const line of [...questions, ...answers]) {
    assert.ok(text.includes(line), `visible without JavaScript: ${line.slice(0, 40)}…`);
  }
  assert.equal(await page.getByLabel('Search the questions').isVisible(), false);
  assert.equal(await page.locator('.faq-show-all').isVisible(), false);
  assert.equal(await page.locator('.faq-item__icon').first().isVisible(), false);
  await context.close();
});

test('the served HTML already holds the widget, with closed answers findable', async () => {
  const html = await (await fetch(session.url)).text();
  for (const question of questions) {
    assert.ok(html.includes(question.replaceAll("'", '&#39;')) || html.includes(question), question);
  }
  assert.equal((html.match(/hidden="until-found"/g) ?? []).length, questions.length);
  const snippet = await (await fetch(`${session.url}faq-widget.html`)).text();
  assert.match(snippet, /^<section class="faq-widget">/);
});

test('the page carries schema.org FAQPage JSON-LD built from the corpus', async () => {
  const html = await (await fetch(session.url)).text();
  const json = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1];
  const page = JSON.parse(json);
  assert.equal(page['@type'], 'FAQPage');
  assert.deepEqual(page.mainEntity.map((q) => q.name), questions);
  assert.deepEqual(page.mainEntity.map((q) => q.acceptedAnswer.text), answers);
});
