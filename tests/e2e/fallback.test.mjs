// A story stays readable when its engine cannot start: a host policy
// without 'wasm-unsafe-eval', the engine's files answering 404, a browser
// without WebAssembly. On the standalone page and in the embed, every
// answer opens by its button and by "Show all", search is out of sight, axe
// finds nothing, no script fails, and the console says why once. On a
// normal load the engine takes over with no layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { openBrowser, recordingPage, classes, contract, LIVE_WIDGET, builtStory, holdWasm } from './browser.mjs';

const story = builtStory();
const STATIC_WIDGET = `.${classes.widgetStatic}`;
const EMBEDS = `[${contract.embedAttribute}]`;

/** What makes the engine fail, set on a browser context before the page loads. */
const FAILURES = {
  "a Content-Security-Policy without 'wasm-unsafe-eval'": (context) =>
    context.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" };
      return route.fulfill({ response, headers });
    }),
  "the engine's files answering 404": (context) =>
    // The page's glue and wasm, and the embed engine; not a story's own
    // faq-widget.js.
    context.route(/\/faq-(widget|embed)-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => route.fulfill({ status: 404, body: 'gone' })),
  'WebAssembly deleted before load': (context) => context.addInitScript(() => delete globalThis.WebAssembly),
};

/**
 * The console's messages but those the browser itself writes about the
 * failure we caused (a resource refused), which no page
 * can silence.
 */
const ours = (messages) =>
  messages.filter((m) => !/^error: Failed to load resource: /.test(m));

let session;
before(async () => {
  session = await openBrowser();
});
after(async () => {
  await session?.close();
});

/**
 * Checks that `widget` (a locator of one widget's root) shows the story
 * whole with every answer opening, and search out of sight.
 */
async function assertReadable(widget, { summary = true } = {}) {
  const buttons = widget.locator(`.${classes.itemButton}`);
  assert.deepEqual(await buttons.allTextContents(), story.questions);
  assert.equal(await widget.locator(`.${classes.summary}`).count(), summary ? 1 : 0);
  if (summary) assert.equal(await widget.locator(`.${classes.summary}`).textContent(), story.summary);
  assert.equal(await widget.locator(`.${classes.searchInput}`).isVisible(), false, 'no search field');
  assert.equal(await widget.locator(`.${classes.status}`).isVisible(), false, 'no count');
  const panels = widget.locator(`.${classes.itemPanel}`);
  for (let n = 0; n < story.questions.length; n += 1) {
    const button = buttons.nth(n);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await panels.nth(n).innerText(), story.answers[n], `answer ${n + 1} reads`);
    await button.click();
    assert.equal(await panels.nth(n).isVisible(), false, `answer ${n + 1} closes`);
  }
  const showAll = widget.locator(`.${classes.showAll}`);
  assert.equal(await showAll.textContent(), 'Show all answers');
  await showAll.click();
  assert.deepEqual(await panels.evaluateAll((all) => all.map((p) => p.checkVisibility())), story.answers.map(() => true));
  assert.equal(await showAll.textContent(), 'Hide all answers');
  assert.equal(await showAll.getAttribute('aria-expanded'), 'true');
}

async function assertExplainedOnce(messages, cause) {
  const said = ours(messages);
  assert.equal(said.length, 1, `one message of ours: ${JSON.stringify(messages)}`);
  assert.match(said[0], /^warning: FAQ widget: search is off, its engine could not start \(.+\)/);
  assert.match(said[0], cause);
}

const CAUSES = {
  "a Content-Security-Policy without 'wasm-unsafe-eval'": /allow 'wasm-unsafe-eval' in the page's CSP/,
  "the engine's files answering 404": /faq-(widget|embed)-/,
  'WebAssembly deleted before load': /no WebAssembly/,
};

for (const [failure, cause] of Object.entries(FAILURES)) {
  test(`the standalone page with ${failure}: every answer opens, search is hidden, the console says why`, async () => {
    const { context, page, messages } = await recordingPage(session);
    await cause(context);
    await page.goto(session.url);
    const widget = page.locator(STATIC_WIDGET);
    await widget.waitFor();
    await assertReadable(widget);
    assert.equal(await page.locator(LIVE_WIDGET).count(), 0, 'the engine never ran');
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation');
    await assertExplainedOnce(messages, CAUSES[failure]);
    await context.close();
  });

  test(`the embed with ${failure}: each widget shows its story in its shadow root, styled, with every answer`, async () => {
    const { context, page, messages } = await recordingPage(session);
    await cause(context);
    await page.goto(`${session.url}article.html`);
    await page.waitForFunction(
      ([hosts, done]) => [...document.querySelectorAll(hosts)].every((host) => host.shadowRoot?.querySelector(done)),
      [EMBEDS, STATIC_WIDGET],
    );
    const [first, second] = [page.locator(EMBEDS).nth(0), page.locator(EMBEDS).nth(1)];
    // The story as the publisher prerendered it with the live widget's
    // components, at an embedded widget's defaults (heading level 3, the
    // summary shown): the article's options for the first (level 2, no
    // summary) apply once the engine runs, and no script reads them here.
    for (const widget of [first, second]) {
      assert.equal(await widget.locator(`h3 > .${classes.itemButton}`).count(), story.questions.length);
      await assertReadable(widget);
    }
    const firstQuestion = `#${contract.embedIdPrefix}-1-1-question`;
    assert.equal(await first.locator(firstQuestion).count(), 1, "the first embedded widget's ids, in each shadow root");
    assert.equal(await second.locator(firstQuestion).count(), 1);
    const button = await first.locator(`.${classes.itemButton}`).first().evaluate((b) => {
      const style = getComputedStyle(b);
      return { display: style.display, cursor: style.cursor };
    });
    assert.deepEqual(button, { display: 'flex', cursor: 'pointer' }, "the widget's styles, not the host's `button { all: unset }`");
    assert.equal(await page.locator('style, [style]').count(), 0, 'no <style> element or style= attribute');
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation');
    await assertExplainedOnce(messages, CAUSES[failure]);
    await context.close();
  });
}

test('before the engine is live, the prerendered accordion already opens; the engine then takes over what was open', async () => {
  const { context, page, messages } = await recordingPage(session);
  const release = await holdWasm(page);
  await page.goto(session.url, { waitUntil: 'domcontentloaded' });
  const buttons = page.locator(`.${classes.itemButton}`);
  await page.waitForFunction((button) => document.querySelector(button)?.hasAttribute('aria-expanded'), `.${classes.itemButton}`);
  await buttons.nth(1).click();
  assert.equal(await buttons.nth(1).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator(`.${classes.itemPanel}`).nth(1).innerText(), story.answers[1]);
  assert.equal(await page.locator(LIVE_WIDGET).count(), 0, 'the wasm is still held back');
  release();
  await page.locator(LIVE_WIDGET).waitFor();
  assert.equal(await buttons.nth(1).getAttribute('aria-expanded'), 'true', 'the live widget keeps it open');
  await buttons.nth(1).click();
  assert.equal(await buttons.nth(1).getAttribute('aria-expanded'), 'false', 'one click closes it: the engine alone answers');
  await buttons.nth(2).click();
  assert.equal(await buttons.nth(2).getAttribute('aria-expanded'), 'true');
  assert.deepEqual(messages, []);
  await context.close();
});

test('a normal load: the engine takes over with no layout shift and no message', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value)))
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
  assert.equal(await page.locator(STATIC_WIDGET).count(), 0);
  assert.deepEqual(messages, []);
  await context.close();
});
