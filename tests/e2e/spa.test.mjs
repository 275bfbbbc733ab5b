// A single-page app that removes the widget: React 19 (npm `react`,
// `react-dom`, served as their own files with no build step) switches
// between an article with an embedded explainer and a page without one, by
// its links, 100 times over. Every widget the route change removes is
// released: the window's listeners come back to what they were, the DOM
// nodes kept alive to within 2 % of one widget's, and the engine's
// WebAssembly memory to within 0.2 MB. The
// widget mounted last still searches; FaqWidget.unmount(element) releases
// one by hand and an element added again mounts again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { openBrowser, recordingPage, classes, contract, LIVE_WIDGET, FIXTURE, FIXTURE_SITE } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CYCLES = 100;
const EMBED = `[${contract.embedAttribute}]`;

/** React's CommonJS files, by the name they are required by. */
const MODULES = {
  react: 'node_modules/react/cjs/react.production.js',
  scheduler: 'node_modules/scheduler/cjs/scheduler.production.js',
  'react-dom': 'node_modules/react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'node_modules/react-dom/cjs/react-dom-client.production.js',
};

// The app: a masthead with two links, and the route's page. The article
// holds the embed element; the home page does not. A tiny CommonJS loader
// stands in for a bundler (no build step): it fetches React's own files.
const APP = `
const modules = ${JSON.stringify(Object.keys(MODULES))};
const sources = Object.fromEntries(await Promise.all(modules.map(async (name) =>
  [name, await (await fetch('/react/' + name)).text()])));
const cache = {};
const require = (name) => {
  if (!cache[name]) {
    const module = { exports: {} };
    cache[name] = module;
    new Function('module', 'exports', 'require', 'process', sources[name])(module, module.exports, require, { env: { NODE_ENV: 'production' } });
  }
  return cache[name].exports;
};
const React = require('react');
const { createRoot } = require('react-dom/client');
const e = React.createElement;
const routes = {
  '/spa/': () => e('main', null, e('h1', null, 'Latest news'), e('p', null, 'Pick a story.')),
  '/spa/article': () => e('main', null,
    e('h1', null, 'Peacekeepers for Ukraine'),
    e('p', null, 'The story.'),
    e('h2', null, 'Your questions'),
    e('div', { id: 'explainer', 'data-faq-widget': '${FIXTURE}' })),
};
function App() {
  const [path, setPath] = React.useState(location.pathname);
  React.useEffect(() => {
    const back = () => setPath(location.pathname);
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const go = (to) => (event) => {
    event.preventDefault();
    history.pushState(null, '', to);
    setPath(to);
  };
  return e(React.Fragment, null,
    e('nav', { 'aria-label': 'Site' },
      e('a', { href: '/spa/', onClick: go('/spa/') }, 'Home'), ' ',
      e('a', { href: '/spa/article', onClick: go('/spa/article') }, 'Article')),
    (routes[path] ?? routes['/spa/'])());
}
createRoot(document.getElementById('app')).render(e(App));
`;

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News app</title>
<link rel="icon" href="data:,">
<script src="/${FIXTURE}/faq-widget.js" defer></script>
<script type="module" src="/spa/app.js"></script></head>
<body><div id="app"></div></body></html>`;

let session;
before(async () => {
  session = await openBrowser(FIXTURE_SITE, `${FIXTURE}/`);
});
after(async () => session?.close());

/** A page of the app, its routes served as the app's one HTML page. */
async function openApp() {
  const opened = await recordingPage(session);
  const { context } = opened;
  await context.route(/\/spa\/(article)?$/, (route) => route.fulfill({ contentType: 'text/html', body: HOST }));
  await context.route(/\/spa\/app\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: APP }));
  await context.route(/\/react\//, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice('/react/'.length));
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${ROOT}${MODULES[name]}`, 'utf8') });
  });
  await opened.page.goto(`${session.root}spa/`);
  await opened.page.getByRole('heading', { name: 'Latest news' }).waitFor();
  return opened;
}

/** The window's listeners, the DOM's nodes and the WebAssembly memories' bytes, after a garbage collection. */
async function footprint(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: window } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: window.objectId });
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result: bytes } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.reduce((sum, memory) => sum + memory.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  return { listeners: listeners.length, nodes, memory: bytes.value };
}

/** Follows the app's link to the article and waits for its widget to be live. */
async function toArticle(page) {
  await page.getByRole('link', { name: 'Article' }).click();
  await page.locator(EMBED).locator(LIVE_WIDGET).waitFor();
}

async function toHome(page) {
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: 'Latest news' }).waitFor();
}

test(`a React app that removes the widget ${CYCLES} times releases it each time`, async () => {
  const { context, page, messages } = await openApp();
  const cdp = await context.newCDPSession(page);
  // One round first: the engine's script, its wasm and the story's index
  // belong to the page, not to a widget.
  await toArticle(page);
  const mounted = await footprint(cdp);
  await toHome(page);
  const start = await footprint(cdp);
  // What one widget holds: the bar for what 100 may leave behind.
  const own = { nodes: mounted.nodes - start.nodes };
  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    await toArticle(page);
    // The reader searched: the widget's timers and records are in use too.
    if (cycle % 10 === 0) await page.locator(EMBED).getByRole('searchbox').fill('ceasefire');
    await toHome(page);
  }
  const end = await footprint(cdp);
  console.log(`after ${CYCLES} mounts and removals: window listeners ${start.listeners} -> ${end.listeners}, `
    + `nodes ${start.nodes} -> ${end.nodes} (one widget's own: ${own.nodes}), wasm memory ${start.memory} -> ${end.memory} B`);
  assert.equal(end.listeners, start.listeners, 'no listener left on window');
  assert.ok(own.nodes > 50, `a widget holds its nodes (${own.nodes})`);
  assert.ok(end.nodes - start.nodes <= own.nodes * 0.02, `nodes ${start.nodes} -> ${end.nodes}, one widget's ${own.nodes}`);
  assert.ok(end.memory - start.memory <= 200 * 1024, `wasm memory ${start.memory} -> ${end.memory}`);

  // The widget mounted after all that still works, and its page passes axe.
  await toArticle(page);
  const widget = page.locator(EMBED);
  await widget.getByRole('searchbox').fill('Kremlin');
  await widget.getByRole('status').filter({ hasText: /^1 of \d+ questions matches/ }).waitFor();
  assert.equal(await widget.locator(`.${classes.itemButton}[aria-expanded="true"]`).count(), 1);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), []);
  assert.deepEqual(messages, []);
  await context.close();
});

test('FaqWidget.unmount(element) releases a widget by hand; mount() and adding the element again mount it again', async () => {
  const { context, page, messages } = await openApp();
  await toArticle(page);
  const live = () => page.evaluate((selector) => document.querySelector(selector).shadowRoot.childElementCount, EMBED);
  assert.equal(await page.evaluate((selector) => window.FaqWidget.unmount(document.querySelector(selector)), EMBED), true);
  assert.equal(await live(), 0, 'the shadow root is emptied');
  assert.equal(await page.evaluate(() => window.FaqWidget.unmount(document.body)), false, 'nothing to unmount');
  assert.equal(await page.evaluate((selector) => window.FaqWidget.mount(document.querySelector(selector)), EMBED), true);
  await page.locator(EMBED).locator(LIVE_WIDGET).waitFor();
  // The same element taken out of the document and put back.
  await page.evaluate((selector) => {
    window.taken = document.querySelector(selector);
    window.takenFrom = window.taken.parentNode;
    window.taken.remove();
  }, EMBED);
  await page.waitForFunction(() => window.taken.shadowRoot.childElementCount === 0);
  await page.evaluate(() => window.takenFrom.append(window.taken));
  await page.locator(EMBED).locator(LIVE_WIDGET).waitFor();
  assert.equal(await live(), 1, 'one widget in the shadow root');
  // Moved within the document in one task: kept, not remounted.
  const before = await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    window.kept = element.shadowRoot.firstElementChild;
    element.parentNode.prepend(element);
    return true;
  }, EMBED);
  assert.ok(before);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate((selector) => document.querySelector(selector).shadowRoot.firstElementChild === window.kept, EMBED), true);
  await page.locator(EMBED).getByRole('searchbox').fill('ceasefire');
  await page.locator(EMBED).getByRole('status').filter({ hasText: /questions? match/ }).waitFor();
  assert.deepEqual(messages, []);
  await context.close();
});
