// Shared set-up for the end-to-end tests: the release build (dist/) served on
// localhost, Debian's Chromium driven by playwright-core, and a page that
// records its console messages and every request it makes.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = new URL('../../dist/', import.meta.url).pathname;
const TARGET = process.env.CARGO_TARGET_DIR ?? new URL('../../target/', import.meta.url).pathname;

/** The publisher the release build ran (crates/faq-publish). */
export const PUBLISHER = `${TARGET}/release/faq-publish`;

/**
 * The page contract: ids, classes and data attributes, and the option
 * table, as `src/contract.rs` and `src/options.rs` declare them.
 */
export const contract = JSON.parse(execFileSync(PUBLISHER, ['contract'], { encoding: 'utf8' }));
/** The widget's class names, by their names in `src/contract.rs`. */
export const { classes } = contract;
/** The live widget's root, once it runs. */
export const LIVE_WIDGET = `.${classes.widget}[${contract.readyAttribute}]`;

// Without the background-networking flags Chromium floods the closed network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The site scripts/test publishes beside the release build's engine, from
 * fixture corpora: the suites that search for particular words load their
 * story from here, so that they hold whatever story the release build
 * carries (`FAQ_CORPUS`), which the others take from `builtStory()`.
 */
export const FIXTURE_SITE = `${TARGET}/e2e/published`;
/** The fixture story those suites search, published from this corpus file. */
export const FIXTURE = 'ukraine-peacekeepers';
export const FIXTURE_CORPUS = new URL('../fixtures/ukraine-peacekeepers.txt', import.meta.url).pathname;

/**
 * Starts the server (for `dir`, the release build by default) and the
 * browser; call `close()` when done. `url` is the page at `start` below the
 * served folder (a story's folder, `ukraine-peacekeepers/`), `root` the
 * folder's own. `serverOptions` go to the server (`{ noStore: true }`).
 */
export async function openBrowser(dir = DIST, start = '', serverOptions = {}) {
  if (!existsSync(`${dir}/${start}index.html`)) {
    throw new Error(`${dir}/${start}index.html is missing: run scripts/test (the release build, then the fixtures' publishing) first`);
  }
  const server = await startServer(dir, 0, serverOptions);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const root = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: `${root}${start}`,
    root,
    browser,
    /** Every path the server was asked for. */
    served: server.served,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * A new browser context and page that records every console message and
 * page error, as `type: text` (`warning: FAQ widget: …`, `pageerror: …`).
 */
export async function recordingPage(session, contextOptions = {}) {
  const context = await session.browser.newContext(contextOptions);
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return { context, page, messages };
}

/**
 * Opens a file (an offline page) from `file://` in a recording page (see
 * `recordingPage`), aborting every other request; `aborted` lists them.
 */
export async function openOfflineFile(session, path) {
  const opened = await recordingPage(session);
  const aborted = [];
  await opened.context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    aborted.push(route.request().url());
    return route.abort();
  });
  await opened.page.goto(pathToFileURL(path).href);
  return { ...opened, aborted };
}

/**
 * Opens the widget page (`path` below the served folder) and waits until
 * the widget has mounted.
 * Returns the page plus `console` (every message and page error) and
 * `requestsAfterLoad`: every request after the widget was ready that left
 * the browser, i.e. reached our server or went to any other host. (Chromium
 * re-reads the favicon from its cache when the URL fragment changes; a
 * cache hit is not a request to the network.)
 */
export async function openWidget(session, { viewport, colorScheme, path = '' } = {}) {
  const { context, page, messages: consoleMessages } = await recordingPage(session, { viewport, colorScheme });
  let ready = false;
  const elsewhere = [];
  page.on('request', (request) => {
    if (ready && !request.url().startsWith(session.root)) elsewhere.push(request.url());
  });
  await page.goto(`${session.url}${path}`, { waitUntil: 'load' });
  // The page shows the prerendered widget at once; wait for the live one.
  await page.locator(LIVE_WIDGET).waitFor();
  // The service worker keeps its copy of the page during load; what counts
  // is that nothing is fetched once it is in place.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
  const servedAtLoad = session.served.length;
  ready = true;
  return {
    page,
    context,
    console: consoleMessages,
    get requestsAfterLoad() {
      return [...session.served.slice(servedAtLoad), ...elsewhere];
    },
  };
}

/**
 * Types `query` into the site's front page and waits until its status says
 * `expected`; returns the results' list items.
 */
export async function searchSite(page, query, expected) {
  await page.locator(`#${contract.site.queryId}`).fill(query);
  await page.locator(`#${contract.site.statusId}`).filter({ hasText: expected }).waitFor();
  return page.locator(`#${contract.site.resultsId} > li`);
}

/** The front page at `url` in a new recording page, its search shown. */
export async function openFrontPage(session, url = session.url, contextOptions = {}) {
  const opened = await recordingPage(session, contextOptions);
  await opened.page.goto(url);
  await opened.page.locator(`#${contract.site.searchId}:not([hidden])`).waitFor();
  return opened;
}

/** The question texts on show, in order. */
export function questionTexts(page) {
  return page.locator(`.${classes.itemButton}`).allTextContents();
}

/**
 * The story the release build carries (`FAQ_CORPUS`, as `trunk build` took
 * it, or the built-in one): `{ summary, questions, answers }`, so that a
 * test expects what the build holds, whatever story that is.
 */
export function builtStory() {
  const root = new URL('../../', import.meta.url).pathname;
  const path = process.env.FAQ_CORPUS ?? 'corpus/ukraine-peacekeepers.txt';
  return storyOf(path.startsWith('/') ? path : `${root}${path}`);
}

/** The story of the corpus file `path`: `{ summary, questions, answers }`. */
export function storyOf(path) {
  const [summary, ...pairs] = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line, i, lines) => i < lines.length - 1 || line !== '');
  return {
    summary,
    questions: pairs.filter((_, i) => i % 2 === 0),
    answers: pairs.filter((_, i) => i % 2 === 1),
  };
}

/** The widget's English words, by option name, from the option table. */
export const words = Object.fromEntries(
  contract.options.filter((option) => option.english !== undefined).map((option) => [option.option, option.english]),
);
export const fill = (template, numbers) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in numbers ? String(numbers[name]) : whole));
/** The status line when nobody searches a story of `total` questions. */
export const counted = (total) => fill(total === 1 ? words.textCountOne : words.textCount, { total });
/** The status line when `shown` of `total` questions match a search. */
export const matched = (shown, total) =>
  (shown === 0 ? words.textNoMatch : fill(shown === 1 ? words.textMatchesOne : words.textMatches, { shown, total }));

/**
 * Holds back every `.wasm` request of `page` until the returned function
 * is called: the prerendered page, before the engine is live.
 */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/**
 * Saves the story page at `url` as one file, as a reader does with its
 * save button (js/save.js, which fills the engine's offline shell); returns
 * the file's path.
 */
export async function savedCopy(session, url) {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(url);
  await page.locator(LIVE_WIDGET).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[${contract.saveAttribute}]`).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'faq-saved-')), download.suggestedFilename());
  await download.saveAs(path);
  await context.close();
  if (messages.length) throw new Error(`saving ${url}: ${messages.join('; ')}`);
  return path;
}
