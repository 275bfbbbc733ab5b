// Readers' words the story never uses, through published pages: a story
// (tests/fixtures/border-talks.txt) that says Russia, the US and a water
// main, published with scripts/publish beside the release build's engine.
// With no synonyms file, a reader's places find the story's (Moscow and
// Russian for Russia, Washington and American for the US), marked on the
// story's word; a newsroom's phrase leads only to the question that holds
// it; a rule that does nothing for the story is said at publish time; a
// bad synonyms file names every bad line and publishes nothing. The front
// page searches with the same words: the places, and the newsroom's
// synonyms, which the site keeps for runs without the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classes, matched, openBrowser, openFrontPage, questionTexts, recordingPage, searchSite, words, LIVE_WIDGET } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const STORY = join(ROOT, 'tests/fixtures/border-talks.txt');
const RUSSIA = 'What does Russia want from the talks?';
const US = 'Will the US pay for rebuilding?';
const WATER = 'Why did the water supply fail in the border towns?';

let scratch;
let session;
/** What the newsroom's publish said. */
let said;

/** Runs scripts/publish; returns its status and output. */
function publish(args) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), ...args], {
    encoding: 'utf8', env: { ...process.env, FAQ_ENGINE_DIR: join(ROOT, 'dist') },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-readers-words-'));
  const plain = publish(['--out', join(scratch, 'plain'), STORY]);
  assert.equal(plain.status, 0, plain.output);
  const synonyms = join(scratch, 'synonyms.txt');
  // "pipe" leads to the water main; "week" stands in the summary only;
  // "armistice" to the truce, on the story page and the front page.
  writeFileSync(synonyms, 'water main, pipe\nweek, fortnight\narmistice => truce\n');
  const newsroom = publish(['--out', join(scratch, 'newsroom'), '--synonyms', synonyms, STORY]);
  assert.equal(newsroom.status, 0, newsroom.output);
  said = newsroom.output;
  session = await openBrowser(scratch, 'plain/border-talks/');
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The story's page at `path` below the scratch folder, live. */
async function story(path) {
  const opened = await recordingPage(session);
  await opened.page.goto(`${session.root}${path}`);
  await opened.page.locator(LIVE_WIDGET).waitFor();
  return opened;
}

/** The first question shown for `query`, and its marks. */
async function first(page, query) {
  await page.getByLabel(words.textLabel).fill(query);
  await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  const shown = await questionTexts(page);
  const marks = await page.locator(`.${classes.item}`).first().locator('mark').allTextContents();
  return { question: shown[0], marks };
}

test("with no synonyms file, a reader's places find the story's, marked on the story's word", async () => {
  const { context, page, messages } = await story('plain/border-talks/');
  for (const [query, question, marked] of [
    ['what does moscow want', RUSSIA, 'Russia'],
    ['what are the russians asking for', RUSSIA, 'Russia'],
    ['will washington pay', US, 'US'],
    ['american loans', US, 'US'],
  ]) {
    const shown = await first(page, query);
    assert.equal(shown.question, question, query);
    assert.ok(shown.marks.includes(marked), `${query}: ${shown.marks}`);
  }
  // A reader's "us" is a word, not the country.
  const shown = await first(page, 'tell us where the talks are');
  assert.equal(shown.question, 'Where will the talks be held?');
  assert.deepEqual(messages, []);
  await context.close();
});

test("a newsroom's phrase leads to the question that holds it, not to its first word", async () => {
  const { context, page } = await story('newsroom/border-talks/');
  const shown = await first(page, 'pipe');
  assert.equal(shown.question, WATER);
  assert.equal(await page.getByRole('status').textContent(), matched(1, 5), 'one question: not every water');
  await context.close();
});

test('a rule that does nothing for a story is said at publish time; a bad file names every bad line and publishes nothing', () => {
  assert.match(said, /synonyms\.txt:2: `week` is only in the story's summary, which search does not read, so `fortnight` finds nothing for it/);
  const bad = join(scratch, 'bad.txt');
  writeFileSync(bad, 'US, America\nKremlin\nok, fine\n=> Russia\n');
  const out = join(scratch, 'bad-site');
  const { status, output } = publish(['--out', out, '--synonyms', bad, STORY]);
  assert.notEqual(status, 0);
  assert.match(output, /bad\.txt:2: `Kremlin` alone has no synonym/);
  assert.match(output, /bad\.txt:4: a side of `=>` is empty/);
  assert.match(output, /nothing was published/);
  assert.equal(existsSync(join(out, 'border-talks')), false);
});

test("the front page finds the explainers by readers' places and by the newsroom's words, kept for later runs", async () => {
  // A later run into the same site, without the synonyms file.
  const later = publish(['--out', join(scratch, 'newsroom'), join(ROOT, 'tests/fixtures/night-trains.txt')]);
  assert.equal(later.status, 0, later.output);
  const { context, page, messages } = await openFrontPage(session, `${session.root}newsroom/`);
  for (const [query, question, marked] of [
    ['what does moscow want', RUSSIA, 'Russia'],
    ['armistice', null, 'truce'],
  ]) {
    const results = await searchSite(page, query, /questions? found/);
    const first = results.first();
    if (question) assert.equal(await first.locator('a').textContent(), question, query);
    assert.ok((await first.locator('mark').allTextContents()).some((m) => m.toLowerCase() === marked.toLowerCase()), `${query}: marks ${marked}`);
  }
  // The other story is searched too, by its own words.
  const trains = await searchSite(page, 'bicycle', /^1 question found/);
  assert.match(await trains.first().locator('a').textContent(), /bicycle/);
  assert.deepEqual(messages, []);
  await context.close();
});
