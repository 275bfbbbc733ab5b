// Prints the raw and gzipped size of each file of a build, and the total a
// reader of the standalone page downloads: every file but the other ways to
// get the widget (the one-file offline copy, the embed script, the include
// snippet) and the demo article.
// Run: node scripts/sizes.mjs [dir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const files = readdirSync(dir, { recursive: true })
  .map((name) => join(dir, name))
  .filter((path) => statSync(path).isFile())
  .sort();
let raw = 0;
let gzipped = 0;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const path of files) {
  const body = readFileSync(path);
  const zipped = gzipSync(body, { level: 9 }).length;
  const otherDownload = /(faq-offline\.html|faq-widget\.js|faq-widget\.html|article[^/]*)$/.test(path);
  if (!otherDownload) {
    raw += body.length;
    gzipped += zipped;
  }
  console.log(`${path.padEnd(48)} ${kb(body.length).padStart(10)} raw ${kb(zipped).padStart(10)} gzipped`);
}
console.log(`${'standalone page, all files'.padEnd(48)} ${kb(raw).padStart(10)} raw ${kb(gzipped).padStart(10)} gzipped`);
