// Lighthouse 12.2.3 (mobile defaults: simulated slow 4G, 4x CPU slowdown)
// on the standalone page in dist/, served gzipped on localhost, with
// Debian's Chromium. Prints the four category scores and every scored audit
// that stands in the way of 100, and keeps the report in target/bench/.
// Run (after `trunk build --release`): node benches/lighthouse.mjs [runs] [folder [path]]
// (a published site's folder and a page of it, e.g. its front page: `site/ ''`).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../scripts/static-server.mjs';
import { CHROMIUM } from '../tests/e2e/browser.mjs';

const runs = Number(process.argv[2] ?? 3);
const root = new URL('../', import.meta.url).pathname;
const out = join(root, 'target/bench');
mkdirSync(out, { recursive: true });
const server = await startServer(process.argv[3] ?? join(root, 'dist'));
const url = `http://127.0.0.1:${server.address().port}/${process.argv[4] ?? ''}`;
try {
  for (let run = 1; run <= runs; run += 1) {
    const report = join(out, `lighthouse-${run}.json`);
    // Asynchronously: the server answering Lighthouse runs in this process.
    await promisify(execFile)('npx', ['--yes', 'lighthouse@12.2.3', url, '--quiet', '--output=json', `--output-path=${report}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
    });
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.values(result.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`);
    console.log(`run ${run}: ${scores.join(', ')}`);
    for (const category of Object.values(result.categories)) {
      for (const ref of category.auditRefs) {
        const audit = result.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`  in the way (${category.title}): ${ref.id} score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
        }
      }
    }
    const metrics = result.audits.metrics.details.items[0];
    console.log(`  simulated FCP ${metrics.firstContentfulPaint} ms, LCP ${metrics.largestContentfulPaint} ms, ` +
      `TBT ${metrics.totalBlockingTime} ms; observed FCP ${metrics.observedFirstContentfulPaint} ms, LCP ${metrics.observedLargestContentfulPaint} ms`);
  }
} finally {
  await new Promise((done) => server.close(done));
}
