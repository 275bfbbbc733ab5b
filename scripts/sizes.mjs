// Prints the raw, gzipped and Brotli size of each file of a build and of the
// three downloads a reader may get: the standalone page (every file but the
// other two ways to get the widget, the include snippet and the demo
// article), faq-widget.js and faq-offline.html. With --check, fails when a
// download is over its budget in benches/budgets.json (the budgets are for
// the built-in story).
// Run: node scripts/sizes.mjs [--check] [dir]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { fileURLToPath } from 'node:url';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name, size) =>
  console.log(`${name.padEnd(46)} ${kb(size.raw).padStart(10)} raw ${kb(size.gzip).padStart(10)} gzip ${kb(size.brotli).padStart(10)} brotli`);

function measure(path) {
  const body = readFileSync(path);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The size of every file of the build in `dir` and of each download a
 * reader may get: `{ files: [[path, size]], downloads: { name: size } }`,
 * each size `{ raw, gzip, brotli }` in bytes.
 */
export function measureBuild(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort()
    .map((path) => [path, measure(path)]);
  const downloads = {
    'standalone page': { raw: 0, gzip: 0, brotli: 0 },
    'faq-widget.js': null,
    'faq-offline.html': null,
  };
  for (const [path, size] of files) {
    const name = path.slice(dir.length + 1);
    if (name in downloads) {
      downloads[name] = size;
    } else if (!/(faq-widget\.html|article[^/]*)$/.test(name)) {
      for (const key of ['raw', 'gzip', 'brotli']) downloads['standalone page'][key] += size[key];
    }
  }
  return { files, downloads };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const budgets = JSON.parse(readFileSync(new URL('../benches/budgets.json', import.meta.url), 'utf8'));
  const { files, downloads } = measureBuild(dir);
  for (const [path, size] of files) row(path, size);
  console.log('');
  let over = 0;
  for (const [name, size] of Object.entries(downloads)) {
    if (!size) {
      console.error(`sizes: ${name} is missing from ${dir}`);
      over += 1;
      continue;
    }
    row(name, size);
    const budget = budgets[name];
    if (!check || !budget) continue;
    for (const [encoding, key] of [['gzip', 'gzipKB'], ['brotli', 'brotliKB']]) {
      if (!budget[key]) continue;
      const fits = size[encoding] <= budget[key] * 1024;
      console.log(`  ${fits ? 'within' : 'OVER'} its budget of ${budget[key]} KB ${encoding} (${budget.why})`);
      if (!fits) over += 1;
    }
  }
  if (over > 0) {
    console.error(`sizes: ${over} download(s) over budget; see benches/README.md for what costs bytes`);
    process.exit(1);
  }
}
