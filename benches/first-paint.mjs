// First contentful paint and the time until every widget on a page is live
// (polled, so an upper bound), median of several runs, in headless Chromium
// against the release build in dist/.
// Run: node benches/first-paint.mjs [article.html | index.html] [runs]
import { openBrowser } from '../tests/e2e/browser.mjs';
const path = process.argv[2] ?? 'article.html';
const runs = Number(process.argv[3] ?? 7);
const s = await openBrowser();
const fcp = [], live = [];
for (let i = 0; i < runs; i++) {
  const ctx = await s.browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${s.url}${path}`);
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('[data-faq-widget]')];
    const roots = hosts.length ? hosts.map((h) => h.shadowRoot) : [document];
    return roots.every((r) => r?.querySelector('.faq-widget[data-ready]'));
  });
  const t = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime, now: performance.now() }));
  // time-to-interactive ≈ when the live widget reported ready (polled, so an upper bound)
  fcp.push(t.fcp); live.push(t.now);
  await ctx.close();
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`${path}: first contentful paint median ${med(fcp).toFixed(0)} ms; widgets live (upper bound) median ${med(live).toFixed(0)} ms over ${runs} runs`);
await s.close();
