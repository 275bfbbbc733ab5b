// Printing (issue 26): a story page, and a host page with the embed, print
// every answer, open or not, under its question, without the search field
// and the buttons (print media emulated; page.pdf() makes the PDF).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { classes, contract, openBrowser, recordingPage, storyOf, LIVE_WIDGET, FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE } from './browser.mjs';

const EMBEDS = `[${contract.embedAttribute}]`;
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const story = storyOf(FIXTURE_CORPUS);

let session;
before(async () => {
  session = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
});
after(async () => {
  await session?.close();
});

/**
 * In the page (or, given `hosts` and `index`, that embed's shadow root),
 * with the contract's classes `c` and save button's attribute `save`: which answers and which controls a
 * reader sees, and the answers' text. Runs in the page.
 */
function seen([c, save, hosts, index]) {
  const root = hosts ? document.querySelectorAll(hosts)[index].shadowRoot : document;
  const visible = (selector) => [...root.querySelectorAll(selector)].map((element) => element.checkVisibility());
  return {
    answers: visible(`.${c.itemAnswer}`),
    answerTexts: [...root.querySelectorAll(`.${c.itemAnswer}`)].map((element) => element.textContent),
    questions: visible(`.${c.itemQuestion}`),
    controls: visible(`.${c.searchInput}, .${c.showAll}, .${c.status}, .${c.itemIcon}, [${save}]`),
  };
}

test('a story page prints every answer, open or not, without the search and the buttons', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  // One answer open, the others closed, as a reader leaves them.
  await page.locator(`.${classes.itemButton}`).nth(1).click();
  const onScreen = await page.evaluate(seen, [classes, contract.saveAttribute]);
  assert.equal(onScreen.answers.filter(Boolean).length, 1, 'on screen, one answer is open');

  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(seen, [classes, contract.saveAttribute]);
  assert.deepEqual(printed.answers, story.answers.map(() => true));
  assert.deepEqual(printed.answerTexts, story.answers);
  assert.deepEqual(printed.questions, story.questions.map(() => true));
  assert.deepEqual(printed.controls.filter(Boolean), [], 'no search field, count, toggle or save button');
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);

  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await page.evaluate(seen, [classes, contract.saveAttribute]), onScreen, 'the screen is as the reader left it');
  assert.deepEqual(messages, []);
  await context.close();
});

test('a host page prints its embedded widgets whole', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  const example = (name, type, edit = (text) => text) => context.route(`${session.root}${name}`,
    (route) => route.fulfill({ contentType: type, body: edit(readFileSync(`${EXAMPLES}${name}`, 'utf8')) }));
  await example('article.html', 'text/html', (html) => html.replace('src="faq-widget.js"', `src="${FIXTURE}/faq-widget.js"`));
  await example('article.css', 'text/css');
  await example('article-icon.svg', 'image/svg+xml');
  await page.goto(`${session.root}article.html`);
  await page.waitForFunction(([hosts, live]) => [...document.querySelectorAll(hosts)].length === 2 &&
    [...document.querySelectorAll(hosts)].every((host) => host.shadowRoot?.querySelector(live)), [EMBEDS, LIVE_WIDGET]);

  await page.emulateMedia({ media: 'print' });
  const printed = [
    await page.evaluate(seen, [classes, contract.saveAttribute, EMBEDS, 0]),
    await page.evaluate(seen, [classes, contract.saveAttribute, EMBEDS, 1]),
  ];
  for (const widget of printed) {
    assert.deepEqual(widget.answers, story.answers.map(() => true));
    assert.deepEqual(widget.controls.filter(Boolean), []);
  }
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(messages, []);
  await context.close();
});
