import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/static-server.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '/work/main/tests/e2e/browser.mjs';
const server = await startServer('/work/main/target/bench/pages');
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('ERR', e.message));
await page.goto(`${base}${process.argv[2]}/index.html`);
await page.waitForSelector('.faq-widget[data-ready]');
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(async () => {
  const input = document.querySelector('input[type=search]');
  for (let k = 0; k < 5; k++) for (const v of ['h', 'ho', 'hos', 'hos v', '', 'r', 'ra', 'rac', '']) {
    input.value = v; input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((d) => setTimeout(d, 30));
  }
});
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${(n.callFrame.functionName || '(anon)').slice(0, 110)}`; self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0)); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(1)} ms ${k}`).join('\n'));
await browser.close(); server.close();
