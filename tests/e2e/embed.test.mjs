// The embed script on a news article with hostile styles and a strict CSP:
// two independent widgets in shadow roots, host styles kept out, widget
// styles kept in, widgets added later mounted too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import {
  openBrowser, classes, LIVE_WIDGET, contract, counted, matched, words, storyOf,
  FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE,
} from './browser.mjs';

const EMBEDS = `[${contract.embedAttribute}]`;
// The fixture story these tests search, embedded by the demo article
// (examples/), served beside the site scripts/test publishes.
const N = storyOf(FIXTURE_CORPUS).questions.length;
const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

let session;
before(async () => {
  session = await openBrowser(FIXTURE_SITE);
});
after(async () => {
  await session?.close();
});

/** Opens the article; resolves once both widgets are live. */
async function openArticle(hash = '') {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
  });
  const example = (name, type, edit = (text) => text) => context.route(`${session.root}${name}`,
    (route) => route.fulfill({ contentType: type, body: edit(readFileSync(`${EXAMPLES}${name}`, 'utf8')) }));
  await example('article.html', 'text/html', (html) => html.replace('src="faq-widget.js"', `src="${FIXTURE}/faq-widget.js"`));
  await example('article.css', 'text/css');
  await example('article-icon.svg', 'image/svg+xml');
  await page.goto(`${session.root}article.html${hash}`);
  await page.waitForFunction(([hosts, live]) => document.querySelectorAll(hosts).length === 2 &&
    [...document.querySelectorAll(hosts)].every((host) => host.shadowRoot?.querySelector(live)), [EMBEDS, LIVE_WIDGET]);
  const [first, second] = [page.locator(EMBEDS).nth(0), page.locator(EMBEDS).nth(1)];
  return { context, page, messages, first, second };
}

test("the embed finds a reader's own word through the newsroom's synonyms", async () => {
  const { context, messages, first } = await openArticle();
  await first.getByLabel(words.textLabel).fill('what does putin say');
  const question = first.locator(`.${classes.itemQuestion}`).first();
  await assert.doesNotReject(question.locator('mark', { hasText: 'Russia' }).waitFor());
  assert.match(await question.textContent(), /^What is Russia's position/);
  assert.deepEqual(messages, []);
  await context.close();
});

test('two widgets with their own options work independently', async () => {
  const { context, page, messages, first, second } = await openArticle();
  assert.equal(await first.locator(`.${classes.itemButton}`).count(), N);
  assert.equal(await first.locator(`.${classes.summary}`).count(), 0, 'data-show-summary="false"');
  assert.equal(await first.locator(`h2 > .${classes.itemButton}`).count(), N, 'data-heading-level="2"');
  assert.equal(await second.locator(`h3 > .${classes.itemButton}`).count(), N, 'data-heading-level="3"');
  assert.equal(await second.locator(`.${classes.summary}`).count(), 1);
  assert.equal(await second.evaluate((host) => host.dataset.theme), 'dark');
  const opened = await second.locator(`.${classes.itemButton}[aria-expanded="true"]`).allTextContents();
  assert.deepEqual(opened, ['How has NATO responded to the idea of peacekeepers in Ukraine?'], 'data-open="3"');

  await first.getByLabel(words.textLabel).fill('kremlin');
  assert.equal(await first.getByRole('status').textContent(), matched(1, N));
  assert.equal(await second.getByRole('status').textContent(), counted(N), 'the other widget is untouched');
  // A click turns the found question over, whichever way it was.
  const found = first.locator(`.${classes.itemButton}`).first();
  const before = await found.getAttribute('aria-expanded');
  await found.click();
  assert.equal(await found.getAttribute('aria-expanded'), before === 'true' ? 'false' : 'true');
  const ids = await page.evaluate((hosts) =>
    [...document.querySelectorAll(hosts)].flatMap((h) => [...h.shadowRoot.querySelectorAll('[id]')].map((e) => e.id)), EMBEDS);
  assert.equal(new Set(ids).size, ids.length, 'element ids are unique across widgets');

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'strict CSP, no violation');
  assert.deepEqual(messages, []);
  await context.close();
});

test("the host page's styles stay out and the widget's stay in", async () => {
  const { context, page, first } = await openArticle();
  const style = (locator, ...names) => locator.evaluate((e, names) => {
    const s = getComputedStyle(e);
    return Object.fromEntries(names.map((n) => [n, s[n]]));
  }, names);
  const heading = await style(first.locator(`h2.${classes.itemHeading}`).first(), 'fontSize', 'color');
  assert.notEqual(heading.fontSize, '48px', 'h2 { font-size: 3rem } does not reach the widget');
  assert.notEqual(heading.color, 'rgb(255, 0, 0)', 'h2 { color: red } does not reach the widget');
  const button = await style(first.locator(`.${classes.itemButton}`).first(), 'display', 'cursor', 'fontFamily', 'boxSizing');
  assert.equal(button.display, 'flex', 'button { all: unset } does not reach the widget');
  assert.equal(button.cursor, 'pointer');
  assert.doesNotMatch(button.fontFamily, /Comic/);
  assert.equal(button.boxSizing, 'border-box');
  await first.getByLabel(words.textLabel).fill('NATO');
  const widgetMark = await style(first.locator('mark').first(), 'backgroundColor');
  assert.notEqual(widgetMark.backgroundColor, 'rgb(0, 0, 0)', 'mark { background: black } does not reach the widget');
  const accent = await style(first.locator(`.${classes.showAll}`), 'color');
  assert.equal(accent.color, 'rgb(138, 21, 56)', 'the host themes the widget through --faq-accent');

  const hostMark = await style(page.locator('article > p > mark'), 'backgroundColor');
  assert.equal(hostMark.backgroundColor, 'rgb(0, 0, 0)', "the widget's styles do not reach the host");
  const hostButton = await style(page.locator('article > p > button'), 'color', 'cursor');
  assert.equal(hostButton.color, 'rgb(128, 0, 128)');
  assert.equal(await page.locator('style').count(), 0, 'no <style> element');
  assert.equal(await page.locator('[style]').count(), 0, 'no style= attribute');
  await context.close();
});

test('widgets added later mount; invalid options warn once and fall back', async () => {
  const { context, page, messages } = await openArticle();
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.dataset.faqWidget = '';
    late.id = 'late';
    document.querySelector('article').append(late);
    const manual = document.createElement('div');
    manual.id = 'manual';
    document.querySelector('article').append(manual);
    window.FaqWidget.mount(manual, { headingLevel: 9, theme: 'sepia' });
  });
  await page.waitForFunction((live) => ['late', 'manual'].every((id) => document.getElementById(id).shadowRoot?.querySelector(live)), LIVE_WIDGET);
  assert.equal(await page.locator(`#late .${classes.itemButton}`).count(), N);
  assert.equal(await page.locator(`#manual h3 > .${classes.itemButton}`).count(), N, 'invalid heading level falls back to 3');
  assert.deepEqual(messages, [
    'warning: FAQ widget: headingLevel must be 1 to 6; keeping the default',
    "warning: FAQ widget: theme must be light, dark or auto; following the reader's setting",
  ]);
  await context.close();
});

test('axe-core finds no violation on the article page', async () => {
  const { context, page, first } = await openArticle();
  let results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  await first.getByRole('button', { name: words.textShowAll }).click();
  results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  await context.close();
});

test('a single-open widget keeps one answer open', async () => {
  const { context, page, messages } = await openArticle();
  await page.evaluate(() => {
    const single = document.createElement('div');
    single.id = 'single';
    document.querySelector('article').append(single);
    window.FaqWidget.mount(single, { exclusive: 'true' });
  });
  await page.waitForFunction((live) => document.getElementById('single').shadowRoot?.querySelector(live), LIVE_WIDGET);
  const single = page.locator('#single');
  assert.equal(await single.locator(`.${classes.showAll}`).count(), 0, 'no Show all in a single-open accordion');
  const buttons = single.locator(`.${classes.itemButton}`);
  await buttons.nth(0).click();
  await buttons.nth(4).click();
  assert.deepEqual(
    await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-expanded'))),
    ['false', 'false', 'false', 'false', 'true', 'false', 'false', 'false'],
  );
  assert.deepEqual(messages, []);
  await context.close();
});

test("links use a namespaced hash, and the host's own anchors keep working", async () => {
  const { context, page, first, second, messages } = await openArticle();
  const entries = await page.evaluate(() => history.length);
  await first.locator(`.${classes.itemButton}`).nth(2).click();
  const nato = 'how-has-nato-responded-to-the-idea-of-peacekeepers-in';
  assert.equal(await page.evaluate(() => location.hash), `#explainer:${nato}`, 'the host id names the namespace');
  assert.equal(await page.evaluate(() => history.length), entries, 'replaceState, no history entry');

  await page.getByRole('link', { name: 'Politics' }).click();
  assert.equal(await page.evaluate(() => location.hash), '#politics');
  assert.ok(await page.evaluate(() => document.getElementById('politics').getBoundingClientRect().top < 5),
    "the host's anchor scrolls as before");

  const expanded = (host) => host.locator(`.${classes.itemButton}`).evaluateAll((all) =>
    all.map((b, i) => b.getAttribute('aria-expanded') === 'true' ? i + 1 : 0).filter(Boolean));
  await page.evaluate(() => { location.hash = 'faq-widget-2:will-the-us-be-involved-in-sending-peacekeepers-to-ukraine'; });
  await page.waitForFunction((hosts) => document.querySelectorAll(hosts)[1].shadowRoot
    .querySelector('#faq-widget-2-7-question').getAttribute('aria-expanded') === 'true', EMBEDS);
  assert.deepEqual(await expanded(second), [3, 7], "the second widget's namespace opens its question");
  assert.deepEqual(await expanded(first), [3], 'the first widget ignores it');
  assert.deepEqual(messages, []);
  await context.close();

  const linked = await openArticle(`#explainer:${nato}`);
  assert.deepEqual(await expanded(linked.first), [3], 'a shared link opens the question');
  assert.deepEqual(await expanded(linked.second), [3], '(the second widget opens 3 by its own option)');
  const top = await linked.first.locator('#faq-widget-1-3-question').evaluate((b) => b.getBoundingClientRect().top);
  assert.ok(top > -5 && top < 100, `the linked question is scrolled into view (top ${top})`);
  await linked.context.close();
});

test('the UI text can be translated, and a bad text warns and falls back', async () => {
  const { context, page, messages } = await openArticle();
  await page.evaluate(() => {
    const german = document.createElement('div');
    german.id = 'german';
    Object.assign(german.dataset, {
      textLabel: 'Fragen durchsuchen',
      textPlaceholder: 'Zum Beispiel: NATO',
      textCount: '{total} Fragen',
      textMatches: '{shown} von {total} Fragen passen',
      textMatchesOne: '1 von {total} Fragen passt',
      textNoMatch: 'Keine Frage passt',
      textClear: 'Suche löschen',
      textShowAll: 'Alle Antworten zeigen',
    });
    document.querySelector('article').append(german);
    window.FaqWidget.mount(german, { textHideAll: 'Alle Antworten verbergen', textMatches: '{n} passen', textClear: 7 });
  });
  await page.waitForFunction((live) => document.getElementById('german').shadowRoot?.querySelector(live), LIVE_WIDGET);
  const german = page.locator('#german');
  const search = german.getByLabel('Fragen durchsuchen');
  assert.equal(await search.getAttribute('placeholder'), 'Zum Beispiel: NATO');
  assert.equal(await german.getByRole('status').textContent(), `${N} Fragen`);
  await german.getByRole('button', { name: 'Alle Antworten zeigen' }).click();
  await german.getByRole('button', { name: 'Alle Antworten verbergen' }).click();
  await search.fill('kremlin');
  assert.equal(await german.getByRole('status').textContent(), `1 von ${N} Fragen passt`);
  await search.fill('troops');
  assert.match(await german.getByRole('status').textContent(), new RegExp(`^\\d of ${N} questions match$`), 'the bad textMatches fell back');
  await search.fill('zzzzqx');
  assert.equal(await german.getByRole('status').textContent(), 'Keine Frage passt');
  assert.equal(await german.locator(`.${classes.clear}`).textContent(), 'Clear search', 'the bad textClear fell back');
  assert.deepEqual(messages, [
    'warning: FAQ widget: textMatches may hold {shown} and {total}, not {n}; using the built-in words',
    'warning: FAQ widget: textClear must be text; using the built-in words',
  ]);
  await context.close();
});
