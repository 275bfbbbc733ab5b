// A story page saved as one file, opened from disk with the network cut: it must show,
// search and expand with nothing but the one file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import {
  CHROMIUM, CHROMIUM_ARGS, classes, matched, words, storyOf, openBrowser, savedCopy,
  FIXTURE, FIXTURE_CORPUS, FIXTURE_SITE,
} from './browser.mjs';

// The fixture story's page (scripts/test publishes it), saved as one file
// as a reader does.
let OFFLINE;
const N = storyOf(FIXTURE_CORPUS).questions.length;

let browser;
before(async () => {
  const site = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
  OFFLINE = new URL(`file://${await savedCopy(site, site.url)}`);
  await site.close();
  assert.ok(existsSync(OFFLINE), `${OFFLINE.pathname} saved`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
});

test('a story page saved as one file works from file:// with every other request aborted', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages = [];
  const aborted = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  await page.goto(OFFLINE.href);
  const search = page.getByLabel(words.textLabel);
  await search.waitFor();
  assert.equal(await page.locator(`.${classes.itemButton}`).count(), N);

  await search.fill('Belgum');
  assert.equal(await page.getByRole('status').textContent(), matched(1, N));
  const countries = page.getByRole('button', { name: /^Which countries/ });
  assert.equal(await countries.getAttribute('aria-expanded'), 'true', 'answer-only match opens');
  await search.fill('');
  await page.getByRole('button', { name: /^How has NATO/ }).click();
  assert.match(await page.getByRole('group', { name: /^How has NATO/ }).textContent(), /ceasefire/);

  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation');

  assert.deepEqual(aborted, [], 'no request left the file');
  assert.deepEqual(messages, []);
  await context.close();
});

test('a story page saved as one file, in a browser without WebAssembly: every answer still opens, search is hidden', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await context.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto(OFFLINE.href);
  await page.locator(`.${classes.widgetStatic}`).waitFor();
  assert.equal(await page.getByLabel(words.textLabel).isVisible(), false);
  const buttons = page.locator(`.${classes.itemButton}`);
  const count = await buttons.count();
  assert.ok(count > 0);
  await page.locator(`.${classes.showAll}`).click();
  assert.equal(await page.locator(`.${classes.itemPanel}:visible`).count(), count, 'Show all opens every answer');
  await buttons.first().click();
  assert.equal(await buttons.first().getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator(`.${classes.itemPanel}`).first().isVisible(), false);
  assert.deepEqual(messages, ['warning: FAQ widget: search is off, its engine could not start (this browser has no WebAssembly). Every answer still opens.']);
  await context.close();
});
