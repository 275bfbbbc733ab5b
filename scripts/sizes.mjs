// Prints the raw, gzipped and Brotli size of each file of a build and of
// what a reader downloads for a story: on a first visit, the standalone page
// (the story's page, the shared engine, styles and icon, and the service
// worker) and the embed path (the story's faq-widget.js and the shared embed
// engine); once the engine is cached, only the story's own file (the next
// story); and faq-offline.html. With --check, fails when a download is over
// its budget in benches/budgets.json (the budgets are for the built-in
// story).
// Run: node scripts/sizes.mjs [--check] [dir [story]]
//   dir: trunk's dist/ (the story beside the engine), or a folder of
//   scripts/publish with the story's name as `story`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
 * The shared files of a build: the engine's manifest lists them in trunk's
 * dist/; a published folder holds them at its top, beside its listing.
 */
function sharedFiles(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'faq-engine.json'), 'utf8')).files;
  } catch {
    return readdirSync(dir).filter(
      (name) => statSync(join(dir, name)).isFile() && !['index.html', 'stories.json', 'sw.js'].includes(name),
    );
  }
}

// A download with a file missing is missing (null).
const total = (sizes) =>
  sizes.includes(null) ? null : sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

/**
 * The size of every file of the build in `dir` and of each download a
 * reader may get for the story in `dir/story`: `{ files: [[path, size]],
 * downloads: { name: size } }`, each size `{ raw, gzip, brotli }` in bytes.
 */
export function measureBuild(dir, story = '.') {
  const files = readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort()
    .map((path) => [path, measure(path)]);
  const shared = sharedFiles(dir);
  const maybe = (path) => (existsSync(path) ? measure(path) : null);
  const of = (name) => maybe(join(dir, name));
  const own = (name) => maybe(join(dir, story, name));
  // The peer pages of the benchmarks have no service worker.
  const worker = existsSync(join(dir, 'sw.js')) ? [of('sw.js')] : [];
  const embedEngine = shared.filter((name) => /^faq-embed-.*\.js$/.test(name));
  // The front page's files (its script, styles and search engines) are
  // never part of a story page.
  const pageEngine = shared.filter((name) => !/^(faq-embed-.*\.js|noscript-.*\.css|faq-site-.*|front-page-.*\.js|site-.*\.css|save-.*\.js|faq-offline-.*\.html)$/.test(name));
  const downloads = {
    'standalone page': total([own('index.html'), ...worker, ...pageEngine.map(of)]),
    'embed path': total([own('faq-widget.js'), ...embedEngine.map(of)]),
    'next story page': own('index.html'),
    'next story embed': own('faq-widget.js'),
    'faq-offline.html': own('faq-offline.html'),
  };
  return { files, downloads };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const [dir = 'dist', story = '.'] = args.filter((a) => !a.startsWith('--'));
  const budgets = JSON.parse(readFileSync(new URL('../benches/budgets.json', import.meta.url), 'utf8'));
  const { files, downloads } = measureBuild(dir, story);
  for (const [path, size] of files) row(path, size);
  console.log('');
  let over = 0;
  for (const [name, size] of Object.entries(downloads)) {
    if (!size) {
      console.error(`sizes: a file of the ${name} is missing from ${dir}`);
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
