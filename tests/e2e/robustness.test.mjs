// Nothing a host page, an option or a changed page can do kills the live
// widget: every heading level, a prerendered widget that was tampered with
// or stripped out, each ends in a live, searchable widget and no page error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, openBrowser, PUBLISHER, recordingPage, counted, matched, storyOf, FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE } from './browser.mjs';

// The fixture story's page, published by scripts/test beside the release build's engine.
const STORY_PAGE = join(FIXTURE_SITE, FIXTURE, 'index.html');
const { classes } = contract;
const mount = `#${contract.mountId}`;
const STORY = storyOf(FIXTURE_CORPUS);
const FIRST_QUESTION = STORY.questions[0];
const N = STORY.questions.length;

let session;
let scratch;
before(async () => {
  session = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
  scratch = mkdtempSync(join(tmpdir(), 'faq-robustness-'));
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * Opens the standalone page, served as `html` if given, with `tamper` run
 * in the page once it is parsed and before the widget's code runs (as a
 * CMS, an extension or a host script would). Returns the page and every
 * console message and page error.
 */
async function openPage({ html, tamper } = {}) {
  const { context, page, messages } = await recordingPage(session);
  if (html) {
    await page.route(session.url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  }
  if (tamper) {
    await page.addInitScript(`document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (${tamper})();
    });`);
  }
  await page.goto(session.url);
  await page.locator(`.${classes.widget}[${contract.readyAttribute}]`).waitFor();
  return { page, context, messages };
}

/** The widget is live and searchable, and nothing failed or warned. */
async function assertLiveAndSearchable({ page, messages }) {
  const search = page.locator(`.${classes.searchInput}`);
  await search.fill('Kremlin');
  await page.getByRole('status').filter({ hasText: matched(1, N) }).waitFor();
  assert.equal(await page.locator(`.${classes.mark}`).first().textContent(), 'Kremlin');
  await search.fill('');
  await page.getByRole('status').filter({ hasText: counted(N) }).waitFor();
  const button = page.locator(`.${classes.itemButton}`).first();
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true', 'a question opens');
  assert.equal(await page.locator(`.${classes.widget}`).count(), 1, 'one widget');
  assert.deepEqual(messages, []);
}

/** The built page prerendered again by the build's own tool, with `sets`. */
function prerendered(name, ...sets) {
  const out = join(scratch, name);
  execFileSync(PUBLISHER, ['page', STORY_PAGE, out, ...sets]);
  return readFileSync(out, 'utf8');
}

for (const level of [1, 2, 3, 4, 5, 6]) {
  test(`heading level ${level}: the prerendered page and the live widget agree`, async () => {
    const html = prerendered(`level-${level}.html`, `data-heading-level=${level}`);
    const headings = html.match(new RegExp(`<h${level} class="${classes.itemHeading}"`, 'g')) ?? [];
    assert.equal(headings.length, N, 'prerendered at that level');
    const view = await openPage({ html });
    assert.equal(await view.page.locator(`h${level} > .${classes.itemButton}`).count(), N);
    assert.equal(await view.page.locator(`.${classes.itemHeading}`).count(), N);
    await assertLiveAndSearchable(view);
    await view.context.close();
  });

  test(`heading level ${level} set on the built page after prerendering: rendered afresh, not dead`, async () => {
    const tamper = `() => document.querySelector('${mount}').setAttribute('data-heading-level', '${level}')`;
    const view = await openPage({ tamper });
    assert.equal(await view.page.locator(`h${level} > .${classes.itemButton}`).count(), N);
    await assertLiveAndSearchable(view);
    await view.context.close();
  });
}

test('a prerendered item removed: rendered afresh with every question', async () => {
  const view = await openPage({ tamper: `() => document.querySelector('.${classes.item}').remove()` });
  assert.equal(await view.page.locator(`.${classes.item}`).count(), N);
  await assertLiveAndSearchable(view);
  await view.context.close();
});

test("a prerendered question's text changed: the corpus text is back", async () => {
  const tamper = `() => { document.querySelector('.${classes.itemQuestion}').textContent = 'Tampered'; }`;
  const view = await openPage({ tamper });
  const first = view.page.locator(`.${classes.itemQuestion}`).first();
  assert.equal(await first.textContent(), FIRST_QUESTION);
  await assertLiveAndSearchable(view);
  await view.context.close();
});

test('an element added inside the prerendered list: rendered afresh without it', async () => {
  const tamper = `() => {
    const ad = document.createElement('aside');
    ad.className = 'injected-ad';
    ad.textContent = 'Advertisement';
    document.querySelector('.${classes.list}').insertBefore(ad, document.querySelector('.${classes.item}:nth-child(3)'));
  }`;
  const view = await openPage({ tamper });
  assert.equal(await view.page.locator('.injected-ad').count(), 0);
  assert.equal(await view.page.locator(`.${classes.item}`).count(), N);
  await assertLiveAndSearchable(view);
  await view.context.close();
});

test('the prerendered widget stripped out entirely: rendered afresh', async () => {
  const tamper = `() => { document.querySelector('${mount}').replaceChildren(); }`;
  const view = await openPage({ tamper });
  assert.equal(await view.page.locator(`.${classes.item}`).count(), N);
  await assertLiveAndSearchable(view);
  await view.context.close();
});

test('every option works on the standalone page: prerendered with it, then live', async () => {
  const html = prerendered(
    'options.html',
    'data-theme=dark',
    'data-exclusive=true',
    'data-show-summary=false',
    'data-hash=false',
    'data-open=2',
    'data-text-label=Fragen durchsuchen',
    'data-text-count={total} Fragen',
  );
  const view = await openPage({ html });
  const { page } = view;
  assert.equal(await page.locator(`.${classes.summary}`).count(), 0, 'no summary');
  assert.equal(await page.locator(`.${classes.showAll}`).count(), 0, 'single-open: no "Show all"');
  assert.equal(await page.locator(`.${classes.searchLabel}`).textContent(), 'Fragen durchsuchen');
  assert.equal(await page.getByRole('status').textContent(), `${N} Fragen`);
  const buttons = page.locator(`.${classes.itemButton}`);
  assert.equal(await buttons.nth(1).getAttribute('aria-expanded'), 'true', 'question 2 starts open');
  const background = await page.locator(`.${classes.widget}`).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(background, 'rgb(22, 24, 27)', 'the dark theme');
  await buttons.nth(4).click();
  assert.equal(await buttons.nth(4).getAttribute('aria-expanded'), 'true');
  assert.equal(await buttons.nth(1).getAttribute('aria-expanded'), 'false', 'opening one closed the other');
  assert.equal(new URL(page.url()).hash, '', 'the URL is left alone');
  assert.deepEqual(view.messages, []);
  await view.context.close();
});

test('an invalid option on the standalone page warns once and keeps its default', async () => {
  const tamper = `() => document.querySelector('${mount}').setAttribute('data-theme', 'purple')`;
  const view = await openPage({ tamper });
  const warnings = view.messages.filter((m) => m.startsWith('warning: '));
  assert.deepEqual(warnings,
    ["warning: FAQ widget: theme must be light, dark or auto; following the reader's setting"]);
  view.messages.length = 0;
  await assertLiveAndSearchable(view);
  await view.context.close();
});
