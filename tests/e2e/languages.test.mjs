// Stories in other languages, published with scripts/publish --lang: each
// page and widget says its language and direction; the status line counts
// with the language's plural forms (Ukrainian and Polish at 1, 2, 5 and 21
// results); the search stems the language (an inflected query finds its
// question); the offline files work from file://; the Arabic page mirrors,
// with no axe violation; an English and a Ukrainian story embedded on one
// host page each keep their own words.
// scripts/publish builds each language's engine (target/engine-<code>) when
// its sources changed, so the first run takes a trunk build per language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contract, openBrowser, openOfflineFile, recordingPage, savedCopy, LIVE_WIDGET } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/languages');
const { classes } = contract;
const EMBEDS = `[${contract.embedAttribute}]`;

let scratch;
let out;
let session;

/** Runs scripts/publish; returns its status and output. */
function publish(args, env = {}) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/**
 * A story of 30 questions in which the marker `alfa` is in 1 question,
 * `beta` in 2, `gamma` in 5 and `delta` in 21: searching a marker gives that
 * many results. `question(n)` and `answer(n)` write the language's lines.
 */
function countingStory(summary, question, answer) {
  const lines = [summary];
  for (let n = 1; n <= 30; n += 1) {
    const markers = [['alfa', 1], ['beta', 2], ['gamma', 5], ['delta', 21]]
      .filter(([, upTo]) => n <= upTo)
      .map(([marker]) => marker);
    lines.push(`${question(n)} ${markers.join(' ')}?`.replace(' ?', '?'), answer(n));
  }
  return `${lines.join('\n')}\n`;
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-languages-'));
  out = join(scratch, 'site');
  const counts = {
    uk: countingStory('Питання для перевірки лічби.', (n) => `Питання номер ${n}`, (n) => `Відповідь номер ${n}.`),
    pl: countingStory('Pytania do sprawdzenia liczby.', (n) => `Pytanie numer ${n}`, (n) => `Odpowiedź numer ${n}.`),
  };
  for (const [code, text] of Object.entries(counts)) {
    writeFileSync(join(scratch, `liczby-${code}.txt`), text);
  }
  for (const code of ['uk', 'pl', 'ar']) {
    const stories = [join(FIXTURES, `${code}.txt`)];
    if (counts[code]) stories.push(join(scratch, `liczby-${code}.txt`));
    const { status, output } = publish(['--out', out, '--lang', code, ...stories]);
    assert.equal(status, 0, output);
  }
  // An English story beside them, with the release build's engine.
  const english = publish(['--out', out, join(ROOT, 'tests/fixtures/night-trains.txt')], { FAQ_ENGINE_DIR: join(ROOT, 'dist') });
  assert.equal(english.status, 0, english.output);
  writeFileSync(join(out, 'host.html'), `<!doctype html><html lang="en"><head><title>Two languages</title><link rel="icon" href="data:,">
    <script src="./uk/faq-widget.js" defer></script>
    <script src="./night-trains/faq-widget.js" defer></script></head>
    <body><main><h1>Host</h1><div ${contract.embedAttribute}="uk"></div>
    <div ${contract.embedAttribute}="night-trains"></div></main></body></html>`);
  session = await openBrowser(out);
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens a published story page and waits for the live widget. */
async function openStory(name, contextOptions) {
  const opened = await recordingPage(session, contextOptions);
  await opened.page.goto(`${session.url}${name}/`);
  await opened.page.locator(LIVE_WIDGET).waitFor();
  return opened;
}

test('an unknown language is an error that names the supported ones, and nothing is written', () => {
  const { status, output } = publish(['--out', join(scratch, 'never'), '--lang', 'xx', join(FIXTURES, 'uk.txt')]);
  assert.equal(status, 2, output);
  assert.match(output, /unknown language "xx"; supported: ar, cs, .*uk, zh/);
  assert.equal(existsSync(join(scratch, 'never')), false);
});

for (const [code, dir, label, inflected, found] of [
  ['uk', 'ltr', 'Пошук у питаннях', 'миротворці', 'Які країни готові надіслати миротворців?'],
  ['pl', 'ltr', 'Szukaj w pytaniach', 'żołnierz', 'Ilu żołnierzy może być potrzebnych?'],
  ['ar', 'rtl', 'ابحث في الأسئلة', 'المهمة', 'هل تحتاج المهمة إلى تفويض من مجلس الأمن الدولي؟'],
]) {
  test(`${code}: the page and the widget say their language and direction, and the search stems ${code}`, async () => {
    const { context, page, messages } = await openStory(code);
    assert.equal(await page.getAttribute('html', 'lang'), code);
    assert.equal(await page.getAttribute('html', 'dir'), dir);
    const widget = page.locator(LIVE_WIDGET);
    assert.equal(await widget.getAttribute('lang'), code);
    assert.equal(await widget.getAttribute('dir'), dir);
    // The story's FAQPage (its NewsArticle stands beside it).
    const jsonLd = JSON.parse(await page.locator(`script[type="application/ld+json"]#${contract.storyDataId}`).textContent());
    assert.equal(jsonLd.inLanguage, code);
    await page.getByLabel(label).fill(inflected);
    await page.locator(`.${classes.itemButton}`).first().filter({ hasText: found }).waitFor();
    const offline = readFileSync(await savedCopy(session, `${session.url}${code}/`), 'utf8');
    assert.match(offline, new RegExp(`<html lang="${code}" dir="${dir}">`));
    assert.deepEqual(messages, []);
    await context.close();
  });
}

for (const [code, dir, inflected, found] of [
  // The question with its word, and two with the related миротворчі,
  // миротворчу (peacekeeping).
  ['uk', 'ltr', 'миротворці', 'Знайдено 3 питання з 7'],
  ['ar', 'rtl', 'المهمة', 'تطابق 2 أسئلة من 7'],
]) {
  test(`${code}: its page saved as one file works from file:// in its language, with every other request aborted`, async () => {
    const saved = await savedCopy(session, `${session.url}${code}/`);
    const { context, page, messages, aborted } = await openOfflineFile(session, saved);
    const widget = page.locator(LIVE_WIDGET);
    await widget.waitFor();
    assert.equal(await widget.getAttribute('lang'), code);
    assert.equal(await widget.getAttribute('dir'), dir);
    await page.locator(`.${classes.searchInput}`).fill(inflected);
    await page.getByRole('status').filter({ hasText: found }).waitFor();
    assert.deepEqual(aborted, []);
    assert.deepEqual(messages, []);
    await context.close();
  });
}

for (const [code, label, sentences] of [
  ['uk', 'Пошук у питаннях', {
    start: '30 питань',
    alfa: 'Знайдено 1 питання з 30',
    beta: 'Знайдено 2 питання з 30',
    gamma: 'Знайдено 5 питань з 30',
    delta: 'Знайдено 21 питання з 30',
  }],
  ['pl', 'Szukaj w pytaniach', {
    start: '30 pytań',
    alfa: 'Pasuje 1 pytanie z 30',
    beta: 'Pasują 2 pytania z 30',
    gamma: 'Pasuje 5 pytań z 30',
    delta: 'Pasuje 21 pytań z 30',
  }],
]) {
  test(`${code}: the status line counts 1, 2, 5 and 21 results in the language's plural forms`, async () => {
    const { context, page, messages } = await openStory(`liczby-${code}`);
    const status = page.getByRole('status');
    await status.filter({ hasText: new RegExp(`^${sentences.start}$`) }).waitFor();
    for (const marker of ['alfa', 'beta', 'gamma', 'delta']) {
      await page.getByLabel(label).fill(marker);
      await status.filter({ hasText: sentences[marker] }).waitFor();
    }
    assert.deepEqual(messages, []);
    await context.close();
  });
}

test('ar: the widget mirrors (chevron and summary rule on the left and right as Arabic reads) and axe finds nothing', async () => {
  const { context, page, messages } = await openStory('ar', { viewport: { width: 900, height: 1200 } });
  const widget = page.locator(LIVE_WIDGET);
  const button = widget.locator(`.${classes.itemButton}`).first();
  const icon = await button.locator(`.${classes.itemIcon}`).boundingBox();
  const question = await button.locator(`.${classes.itemQuestion}`).boundingBox();
  assert.ok(icon.x + icon.width <= question.x, 'the chevron stands at the left, after the question');
  const rule = await widget.locator(`.${classes.summary}`).evaluate((summary) => {
    const style = getComputedStyle(summary);
    return { right: style.borderRightWidth, left: style.borderLeftWidth };
  });
  assert.deepEqual(rule, { right: '4px', left: '0px' });
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  assert.deepEqual(messages, []);
  await context.close();
});

test('a host page with a Ukrainian and an English story: each widget has its engine, its words and its language', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(`${session.url}host.html`);
  await page.waitForFunction(([hosts, live]) => [...document.querySelectorAll(hosts)]
    .every((host) => host.shadowRoot?.querySelector(live)), [EMBEDS, LIVE_WIDGET]);
  const [ukrainian, english] = [0, 1].map((n) => page.locator(EMBEDS).nth(n));
  assert.equal(await ukrainian.locator(LIVE_WIDGET).getAttribute('lang'), 'uk');
  assert.equal(await english.locator(LIVE_WIDGET).getAttribute('lang'), 'en');
  await ukrainian.getByLabel('Пошук у питаннях').fill('коаліція');
  await ukrainian.getByRole('status').filter({ hasText: 'Знайдено 1 питання з 7' }).waitFor();
  await english.getByLabel('Search the questions').fill('couchette');
  await english.getByRole('status').filter({ hasText: '1 of 5 questions matches' }).waitFor();
  // Each story's record names its engine's files: the service worker keeps
  // every one, for both languages.
  const sw = readFileSync(join(out, 'sw.js'), 'utf8');
  for (const story of ['uk', 'night-trains']) {
    const record = JSON.parse(readFileSync(join(out, story, 'faq-story.json'), 'utf8'));
    for (const file of record.engine) assert.ok(sw.includes(`"./${file}"`), `the service worker keeps ${file}`);
  }
  assert.deepEqual(messages, []);
  await context.close();
});
