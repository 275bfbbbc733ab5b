// `FAQ_CORPUS=path trunk build` (README, "Publishing stories"), which had only
// been tried by hand: the build's page carries that story, not the built-in
// one, in its prerendered accordion and its JSON-LD, and its live widget
// searches it. Built into a folder of its own, so the release build (dist/)
// the other suites test stays as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { classes, openBrowser, openWidget, questionTexts, storyOf } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = 'tests/fixtures/night-trains.txt';
const story = storyOf(join(ROOT, CORPUS));
const builtIn = storyOf(join(ROOT, 'corpus/ukraine-peacekeepers.txt'));

let scratch;
let out;
let session;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-trunk-corpus-'));
  out = join(scratch, 'dist');
  // As a user runs it: a path relative to where trunk starts.
  const run = spawnSync('trunk', ['build', '--release', '--dist', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FAQ_CORPUS: CORPUS },
  });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
  session = await openBrowser(out);
});

after(async () => {
  await session?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the page and its JSON-LD carry FAQ_CORPUS, not the built-in story', () => {
  const page = readFileSync(join(out, 'index.html'), 'utf8');
  const text = page.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  for (const question of story.questions) assert.ok(text.includes(question), question);
  for (const question of builtIn.questions) assert.ok(!text.includes(question), `built-in: ${question}`);
  const jsonLd = JSON.parse(page.match(/<script type="application\/ld\+json"[^>]*>([^]*?)<\/script>/)[1]);
  assert.deepEqual(jsonLd.mainEntity.map((entry) => entry.name), story.questions);
});

test('the live widget shows and searches FAQ_CORPUS, with no accessibility violations', async () => {
  const { page, context, console: messages } = await openWidget(session);
  assert.deepEqual(await questionTexts(page), story.questions);
  await page.locator(`.${classes.searchInput}`).fill('couchete');
  await page.waitForFunction((button) => document.querySelectorAll(`.${button}`).length === 1, classes.itemButton);
  assert.deepEqual(await questionTexts(page), [story.questions[1]]);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  assert.deepEqual(messages, []);
  await context.close();
});
