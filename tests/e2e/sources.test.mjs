// Answers that cite their sources (issue 26): a corpus answer's
// `[text](url)` is a link on the page, in the embed (live or without its
// engine), without JavaScript and in the JSON-LD; its text is searched and
// highlighted, its URL is not; a relative link is followed; `mailto:` and
// `tel:` are links, and `//host` is external; a link to `javascript:`, or
// with a backslash a browser would read as `/` towards another host, is
// refused at publish time with its file and line, and nothing of that
// story is written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contract, classes, LIVE_WIDGET, openBrowser, openFrontPage, openOfflineFile, recordingPage, matched, savedCopy, searchSite, words } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const GAZETTE = 'https://www.example.org/gazette?id=7&lang=en';
const EARLIER = '../night-trains/#can-i-bring-a-bicycle-on-board';

let scratch;
let session;

function publish(out, ...stories) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), '--out', out, ...stories.map((s) => join(ROOT, s))], {
    encoding: 'utf8',
    env: { ...process.env, FAQ_ENGINE_DIR: join(ROOT, 'dist') },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-sources-'));
  const run = publish(join(scratch, 'site'), 'tests/fixtures/sources.txt', 'tests/fixtures/night-trains.txt');
  assert.equal(run.status, 0, run.output);
  session = await openBrowser(join(scratch, 'site'), 'sources/');
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const THIRD = [
  ["Harbour Authority's annual report", 'http://harbour.example.net/report.pdf', 'noopener', null],
  ['mirror', '//mirror.example.org/report.pdf', 'noopener', null],
  ['write to the desk', 'mailto:desk@news.example?subject=Ferry%20report', 'noopener', null],
  ['call it', 'tel:+44-20-7946-0000', 'noopener', null],
];

/** The links of answer `n` (the first by default), as `[text, href, rel, target]`. */
function linksOf(root, n = 0) {
  return root.locator(`.${classes.itemAnswer}`).nth(n).locator('a').evaluateAll(
    (links) => links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]));
}

test('a link in an answer is a link: searched by its text, not its URL, highlighted, and followed', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual(await linksOf(page), [
    ['the Railway Gazette', GAZETTE, 'noopener', null],
    ['earlier explainer', EARLIER, null, null],
  ], 'external links get rel="noopener"; both open in the same tab');
  assert.deepEqual(await linksOf(page, 2), THIRD, 'mailto:, tel: and //host are links that leave the site');
  const search = page.getByLabel(words.textLabel);
  await search.fill('railway gazette');
  await page.getByRole('status').filter({ hasText: matched(1, 3) }).waitFor();
  const answer = page.locator(`.${classes.itemAnswer}`).first();
  // The words are in the answer only, so the search opens it.
  assert.equal(await page.locator(`.${classes.itemButton}`).first().getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await answer.locator('a mark').allTextContents(), ['Railway', 'Gazette'], 'highlighted inside the link');
  assert.equal(await answer.locator('a').first().getAttribute('href'), GAZETTE);
  // A URL's words are not the answer's.
  await search.fill('example');
  await page.getByRole('status').filter({ hasText: matched(0, 3) }).waitFor();
  await search.fill('');
  const second = page.locator(`.${classes.itemAnswer}`).nth(1);
  assert.equal(await second.textContent(),
    'They stay text: [this note] (with a space) and a lone [ bracket, and <b>markup</b> & entities like &amp; too.');
  assert.equal(await second.locator('a, b').count(), 0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  // Followed: the relative link leads to the other story's question, open.
  await page.locator(`.${classes.itemButton}`).first().click();
  await answer.getByRole('link', { name: 'earlier explainer' }).click();
  await page.waitForURL(/\/night-trains\/#can-i-bring-a-bicycle-on-board$/);
  await page.locator(LIVE_WIDGET).waitFor();
  const open = page.locator(`.${classes.itemButton}[aria-expanded="true"]`);
  assert.equal(await open.textContent(), 'Can I bring a bicycle on board?');
  assert.deepEqual(messages, []);
  await context.close();
});

test('links without JavaScript, in the JSON-LD as HTML, on paper with their address, and in a new tab when the page asks', async () => {
  const html = readFileSync(join(scratch, 'site', 'sources', 'index.html'), 'utf8');
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/)[1]);
  assert.equal(ld.mainEntity[0].acceptedAnswer.text,
    'The timetable was first published by <a href="https://www.example.org/gazette?id=7&amp;lang=en" rel="noopener">the Railway Gazette</a> on Monday, ' +
    `and our <a href="${EARLIER}">earlier explainer</a> covers bicycles.`);
  // An answer without links keeps its text as the corpus writes it, as before.
  assert.equal(ld.mainEntity[1].acceptedAnswer.text,
    'They stay text: [this note] (with a space) and a lone [ bracket, and <b>markup</b> & entities like &amp; too.');

  const still = await session.browser.newContext({ javaScriptEnabled: false });
  const plain = await still.newPage();
  await plain.goto(session.url);
  assert.deepEqual(await linksOf(plain), [
    ['the Railway Gazette', GAZETTE, 'noopener', null],
    ['earlier explainer', EARLIER, null, null],
  ]);
  assert.deepEqual(await linksOf(plain, 2), THIRD);
  await still.close();

  const { context, page, messages } = await recordingPage(session);
  await page.addInitScript((mountId) => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') document.getElementById(mountId).setAttribute('data-links-in-new-tab', 'true');
    });
  }, contract.mountId);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual((await linksOf(page)).map((link) => link[3]), ['_blank', '_blank']);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator(`.${classes.itemAnswer} a`).first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(printed, /example\.org\/gazette/, 'the address prints after the link');
  assert.deepEqual(messages, []);
  await context.close();
});

test('mail, telephone and //host links in the saved one-file copy, on paper, and as text in the front page\'s passages', async () => {
  // Saved as one file and opened from disk, every other request aborted.
  const opened = await openOfflineFile(session, await savedCopy(session, session.url));
  await opened.page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual(await linksOf(opened.page, 2), THIRD);
  assert.deepEqual(opened.messages, []);
  await opened.context.close();
  // Printed: each link is followed by its address.
  const { context, page, messages } = await recordingPage(session);
  await page.goto(session.url);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator(`.${classes.itemAnswer}`).nth(2).locator('a')
    .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
  assert.deepEqual(printed.map((content) => /mirror\.example|desk@news|\+44|harbour\.example/.test(content)), [true, true, true, true], printed.join(' | '));
  assert.deepEqual(messages, []);
  await context.close();
  // The front page shows a passage as text: the link's words, no link.
  const front = await openFrontPage(session, session.root);
  const results = await searchSite(front.page, 'desk printed copy', /questions? found/);
  const passage = results.first().locator(`.${contract.site.passageClass}`);
  assert.match(await passage.textContent(), /write to the desk/);
  assert.equal(await passage.locator('a').count(), 0);
  assert.deepEqual(front.messages, []);
  await front.context.close();
});

test('the embed shows the links, live and when its engine cannot start', async () => {
  for (const engine of ['live', 'missing']) {
    const { context, page, messages } = await recordingPage(session);
    if (engine === 'missing') {
      await context.route(/\/faq-embed-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    }
    await page.route(`${session.root}article.html`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>
        <script src="sources/faq-widget.js" defer></script></head>
        <body><main><h1>Article</h1><h2>Explainer</h2><div id="explainer" data-faq-widget data-links-in-new-tab="true"></div></main></body></html>`,
    }));
    await page.goto(`${session.root}article.html`);
    const embed = page.locator('#explainer');
    await embed.locator(`.${classes.itemAnswer}`).first().waitFor({ state: 'attached' });
    if (engine === 'live') await embed.locator(LIVE_WIDGET).waitFor();
    // The page's option (new tabs) applies once the engine runs; without
    // it the story shows as the publisher rendered it, links in this tab.
    const tab = engine === 'live' ? '_blank' : null;
    assert.deepEqual(await linksOf(embed), [
      ['the Railway Gazette', GAZETTE, 'noopener', tab],
      ['earlier explainer', EARLIER, null, tab],
    ], engine);
    assert.deepEqual(await linksOf(embed, 2), THIRD.map(([text, href, rel]) => [text, href, rel, tab]), engine);
    assert.equal(await embed.locator(`.${classes.itemAnswer}`).nth(1).locator('a').count(), 0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => v.id), [], engine);
    const errors = messages.filter((m) => !m.startsWith('warning: FAQ widget: search is off') && !/404|Failed to load/.test(m));
    assert.deepEqual(engine === 'live' ? messages : errors, [], engine);
    await context.close();
  }
});

test('a link to javascript: is refused at publish time with its file, line and column, and nothing of the story is written', () => {
  const out = join(scratch, 'site');
  const before = readFileSync(join(out, 'stories.json'), 'utf8');
  const run = publish(out, 'tests/fixtures/hostile-link.txt');
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /tests\/fixtures\/hostile-link\.txt:5: column 5: a link to a `javascript:` URL is not allowed/);
  assert.equal(existsSync(join(out, 'hostile-link')), false, 'no folder for the story');
  assert.equal(readFileSync(join(out, 'stories.json'), 'utf8'), before, 'the site lists the same stories');
});

test('a link with a backslash, which a browser would send to another host, is refused with its file, line and column', () => {
  const out = join(scratch, 'site');
  const before = readFileSync(join(out, 'stories.json'), 'utf8');
  const run = publish(out, 'tests/fixtures/hostile-backslash.txt');
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /tests\/fixtures\/hostile-backslash\.txt:3: column 4: a link whose URL holds a backslash/);
  assert.equal(existsSync(join(out, 'hostile-backslash')), false, 'no folder for the story');
  assert.equal(readFileSync(join(out, 'stories.json'), 'utf8'), before, 'the site lists the same stories');
});
