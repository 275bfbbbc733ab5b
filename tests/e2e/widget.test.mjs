// The page as a reader sees it: the release build in Chromium.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import {
  openBrowser, openWidget, questionTexts, classes, LIVE_WIDGET, recordingPage,
  counted, matched, words, fill, storyOf, FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE,
} from './browser.mjs';

// The fixture story these tests search (scripts/test publishes it).
const N = storyOf(FIXTURE_CORPUS).questions.length;

const NATO = 'How has NATO responded to the idea of peacekeepers in Ukraine?';
const CONDITIONS = 'What conditions are necessary for deploying peacekeepers to Ukraine?';
const RUSSIA = "What is Russia's position on foreign troop deployment in Ukraine?";

let session;
let opened = [];
before(async () => {
  session = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
});
after(async () => {
  await session?.close();
});

async function widget(options) {
  const view = await openWidget(session, options);
  opened.push(view);
  return view;
}

// Every scenario ends with an empty console and no request after load.
afterEach(async () => {
  const views = opened;
  opened = [];
  for (const view of views) await view.context.close();
  for (const view of views) {
    assert.deepEqual(view.console, [], 'the browser console stays empty');
    assert.deepEqual(view.requestsAfterLoad, [], 'nothing is fetched after load');
  }
});

test('shows the summary, the search field, the status and eight closed questions', async () => {
  const { page } = await widget();
  assert.match(await page.locator(`.${classes.summary}`).textContent(), /^The potential deployment/);
  await assert.doesNotReject(page.getByLabel(words.textLabel).waitFor());
  assert.equal(await page.getByRole('status').textContent(), counted(N));
  assert.equal((await questionTexts(page)).length, N);
  assert.equal(await page.locator('h2 > button[aria-expanded="false"]').count(), N);
});

test('typing a query shows the right questions in the right order', async () => {
  const { page } = await widget();
  const search = page.getByLabel(words.textLabel);
  await search.pressSequentially('peace agreement conditions', { delay: 10 });
  const shown = await questionTexts(page);
  assert.equal(shown[0], CONDITIONS);
  assert.equal(await page.getByRole('status').textContent(), matched(shown.length, N));
  assert.deepEqual(await page.locator(`.${classes.itemButton} mark`).first().textContent(), 'conditions');

  await search.fill('');
  await search.pressSequentially('ceasef', { delay: 10 });
  assert.equal((await questionTexts(page))[0], NATO);
  assert.equal(await page.locator(`button:has-text("${NATO}")`).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator(`.${classes.itemPanel}:visible mark`).first().textContent(), 'ceasefire');

  await search.fill('Nauseda KYIV');
  assert.match((await questionTexts(page))[0], /^How does Ukraine perceive/);
});

test("a reader's own word finds the story's, below the word itself, with the story's word marked", async () => {
  // tests/fixtures/ukraine-peacekeepers.synonyms.txt: "Putin => Russia", "Trump => US".
  const { page } = await widget();
  const search = page.getByLabel(words.textLabel);
  await search.pressSequentially('what does putin say', { delay: 10 });
  assert.equal((await questionTexts(page))[0], RUSSIA);
  const marks = await page.locator(`.${classes.item}`).first().locator(`.${classes.itemButton} mark`).allTextContents();
  assert.ok(marks.includes('Russia'), `${marks}`);
  await search.fill('is trump sending troops');
  assert.match((await questionTexts(page))[0], /^Will the US be involved/);
  // The word itself outranks a synonym: "Kremlin" is the Russia answer's
  // own word, and no other question leads there.
  await search.fill('kremlin');
  assert.equal((await questionTexts(page))[0], RUSSIA);
});

test('only the question the reader toggles turns its chevron smoothly', async () => {
  const { page } = await widget();
  const search = page.getByLabel(words.textLabel);
  await search.fill('ceasef');
  assert.equal(await page.locator(`.${classes.itemButton}`).first().getAttribute('aria-expanded'), 'true');
  // The first slot now goes from an open question to a closed one.
  await search.fill('peace agreement conditions');
  assert.equal(await page.locator(`.${classes.itemButton}`).first().getAttribute('aria-expanded'), 'false');
  const durations = () => page.locator(`.${classes.itemIcon}`).evaluateAll((icons) => icons.map((icon) => getComputedStyle(icon).transitionDuration));
  assert.ok((await durations()).every((d) => d === '0s'), 'chevrons switch at once while the results change');
  assert.equal(await page.evaluate(() => document.getAnimations().length), 0, 'no chevron is turning');

  await page.locator(`.${classes.itemButton}`).nth(1).click();
  const [first, second] = await durations();
  assert.equal(first, '0s');
  assert.equal(second, '0.15s', 'the question clicked turns smoothly');
});

test('opens and closes with the mouse and the keyboard', async () => {
  const { page } = await widget();
  const russia = page.getByRole('button', { name: RUSSIA });
  const answer = page.getByRole('group', { name: RUSSIA });
  await russia.click();
  assert.equal(await russia.getAttribute('aria-expanded'), 'true');
  assert.match(await answer.textContent(), /Kremlin spokespersons/);
  await russia.click();
  assert.equal(await russia.getAttribute('aria-expanded'), 'false');
  assert.equal(await answer.isVisible(), false, 'a closed answer is hidden');
  assert.equal(await answer.getAttribute('hidden'), 'until-found', 'but find-in-page can still reach it');

  const first = page.locator(`.${classes.itemButton}`).first();
  await first.focus();
  await page.keyboard.press('Enter');
  assert.equal(await first.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('ArrowDown');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Which countries/);
  await page.keyboard.press('End');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^How does Ukraine perceive/);
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), CONDITIONS);

  await page.getByLabel(words.textLabel).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), CONDITIONS, 'Tab reaches the first question after Show all');
});

test('Show all answers opens every question, Hide all closes them', async () => {
  const { page } = await widget();
  await page.getByRole('button', { name: words.textShowAll }).click();
  assert.equal(await page.locator(`.${classes.itemButton}[aria-expanded="true"]`).count(), N);
  assert.equal(await page.locator(`.${classes.itemPanel}:visible`).count(), N);
  await page.getByRole('button', { name: 'Hide all answers' }).click();
  assert.equal(await page.locator(`.${classes.itemButton}[aria-expanded="true"]`).count(), 0);
});

test('no results, then clear', async () => {
  const { page } = await widget();
  const search = page.getByLabel(words.textLabel);
  await search.fill('weather forecast');
  assert.equal(await page.getByRole('status').textContent(), words.textNoMatch);
  assert.equal((await questionTexts(page)).length, 0);
  await page.getByRole('button', { name: 'Clear search' }).click();
  assert.equal(await search.inputValue(), '');
  assert.equal((await questionTexts(page)).length, N);
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search', 'focus returns to the field');

  await search.fill('((((');
  assert.equal(await page.getByRole('status').textContent(), words.textNoMatch);
  await search.press('Escape');
  assert.equal(await search.inputValue(), '');
  assert.equal(await page.getByRole('status').textContent(), counted(N));
});

test("a search that finds nothing offers the story's nearest words, which it searches", async () => {
  const { page } = await widget();
  const search = page.getByLabel(words.textLabel);
  // Three letters off "ceasefire", beyond what typo tolerance forgives.
  await search.fill('ceesfyre');
  assert.equal(await page.getByRole('status').textContent(), words.textNoMatch);
  const suggestion = page.locator(`.${classes.suggestion}`);
  assert.equal(await suggestion.textContent(), fill(words.textDidYouMean, { words: 'ceasefire' }));
  await assertNoAxeViolations(page, 'offering the nearest words');
  await suggestion.click();
  assert.equal(await search.inputValue(), 'ceasefire');
  assert.ok((await questionTexts(page)).length > 0, 'the suggestion finds questions');
  assert.equal(await suggestion.count(), 0, 'the button goes with the search that found nothing');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search', 'focus returns to the field');
});

test('hostile text in the search box is shown as text', async () => {
  const { page } = await widget();
  await page.getByLabel(words.textLabel).fill('<img src=x onerror=alert(1)> "\'; --');
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.getByLabel(words.textLabel).inputValue(), '<img src=x onerror=alert(1)> "\'; --');
});

async function assertNoAxeViolations(page, state) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  assert.deepEqual(summary, [], `axe-core violations when ${state}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violation, collapsed and expanded (${colorScheme})`, async () => {
    const { page } = await widget({ colorScheme });
    await assertNoAxeViolations(page, 'collapsed');
    await page.getByRole('button', { name: words.textShowAll }).click();
    await assertNoAxeViolations(page, 'expanded');
    await page.getByLabel(words.textLabel).fill('peace');
    await assertNoAxeViolations(page, 'searching with highlights');
  });
}

test('fits a 320 px wide screen without horizontal scrolling', async () => {
  const { page } = await widget({ viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: words.textShowAll }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
});

test('focus is visible on question buttons', async () => {
  const { page } = await widget();
  await page.getByLabel(words.textLabel).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
});

test('a slug in the URL opens that question and scrolls to it', async () => {
  const { context, page, messages } = await recordingPage(session, { viewport: { width: 800, height: 600 } });
  await page.goto(`${session.url}#what-role-does-the-coalition-of-the-willing-have-in-the`);
  await page.locator(LIVE_WIDGET).waitFor();
  const button = page.getByRole('button', { name: /^What role does the Coalition/ });
  await page.waitForFunction(() => document.querySelectorAll('[aria-expanded="true"]').length === 1);
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const top = await button.evaluate((b) => b.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 600, `the question is scrolled into view (top ${top})`);
  await page.getByRole('button', { name: NATO }).click();
  assert.match(page.url(), /#how-has-nato-responded-to-the-idea-of-peacekeepers-in$/);
  assert.deepEqual(messages, []);
  await context.close();
});

test('a text-fragment link opens the closed answer that holds the text', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${session.url}#:~:text=Kremlin%20spokespersons`);
  const russia = page.getByRole('button', { name: RUSSIA });
  await page.locator(LIVE_WIDGET).waitFor();
  await page.waitForFunction(
    ([name, buttons]) => [...document.querySelectorAll(buttons)].some((b) => b.textContent === name && b.getAttribute('aria-expanded') === 'true'),
    [RUSSIA, `.${classes.itemButton}`],
    { timeout: 5000 },
  );
  assert.equal(await russia.getAttribute('aria-expanded'), 'true');
  await context.close();
});

test('a text fragment found in the live widget opens its answer (beforematch)', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  const russia = page.getByRole('button', { name: RUSSIA });
  assert.equal(await russia.getAttribute('aria-expanded'), 'false');
  // A same-document navigation: only the browser's reveal can open it now.
  await page.goto(`${session.url}#:~:text=Moscow%20advocates`);
  await page.waitForFunction(
    ([name, buttons]) => [...document.querySelectorAll(buttons)].some((b) => b.textContent === name && b.getAttribute('aria-expanded') === 'true'),
    [RUSSIA, `.${classes.itemButton}`],
    { timeout: 5000 },
  );
  assert.equal(await page.locator('#faq-4-answer').getAttribute('hidden'), null);
  await context.close();
});

test('runs under a strict Content-Security-Policy with no violation', async () => {
  const { context, page, messages } = await recordingPage(session);
  // Init scripts come from the browser, so the page's CSP does not block them.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(session.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  assert.ok(response.ok());
  assert.equal(await page.locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])').count(), 0, 'no inline script (data blocks are not run)');
  // A word of one answer only, which the search opens.
  await page.getByLabel(words.textLabel).fill('spokespersons');
  await page.getByRole('button', { name: 'Hide all answers' }).click();
  await page.getByRole('button', { name: words.textShowAll }).click();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(messages, []);
  await context.close();
});

test('after one visit the page reloads and searches with the network off', async () => {
  const { page, context } = await widget();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  const search = page.getByLabel(words.textLabel);
  await search.fill('ceasef');
  assert.equal((await questionTexts(page))[0], NATO);
  await context.setOffline(false);
});
