// Prints the raw, gzipped and Brotli size of each file of a build and of
// what a reader downloads for a story: on a first visit, the standalone page
// (the story's page, the shared engine, styles and icon, and the service
// worker) and the embed path (the story's faq-widget.js and the shared embed
// engine); once the engine is cached, only the story's own file (the next
// story); and faq-offline.html. With --check, fails when a download is over
// its budget in benches/budgets.json (the budgets are for the built-in
// story). With --readme, writes the downloads' table at the top of
// benches/README.md (between its sizes marks), which a test checks
// against the build (tests/node/figures.test.mjs).
// Run: node scripts/sizes.mjs [--check] [--readme] [dir [story]]
//   dir: trunk's dist/ (the story beside the engine), or a folder of
//   scripts/publish with the story's name as `story`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

export const BUDGETS = JSON.parse(readFileSync(new URL('../benches/budgets.json', import.meta.url), 'utf8'));
export const BENCHES_README = new URL('../benches/README.md', import.meta.url);
const TABLE_START = '<!-- sizes: written by `node scripts/sizes.mjs --readme dist`; tests/node/figures.test.mjs checks it against the build -->';
const TABLE_END = '<!-- /sizes -->';

const bytes = (n) => n.toLocaleString('en-US');
const inKB = (size, encoding) => `${(size[encoding] / 1024).toFixed(1)} KB (${bytes(size[encoding])} B)`;

/** The downloads of a build as the rows of benches/README.md's table. */
export function sizeTable(downloads, budgets = BUDGETS) {
  const rows = ['| download | gzip | Brotli | budget (benches/budgets.json) |', '|---|---|---|---|'];
  for (const [name, size] of Object.entries(downloads)) {
    if (!size) continue;
    const budget = budgets[name];
    const limits = budget ? [['gzip', budget.gzipKB], ['Brotli', budget.brotliKB]].filter(([, kb]) => kb).map(([encoding, kb]) => `${kb} KB ${encoding}`).join(', ') : '–';
    rows.push(`| ${name} | ${inKB(size, 'gzip')} | ${inKB(size, 'brotli')} | ${limits} |`);
  }
  return rows.join('\n');
}

/** Where benches/README.md holds the table: `[start, end]` of its text, or null. */
function tablePlace(text) {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  return start < 0 || end < start ? null : [start + TABLE_START.length, end];
}

/** The table as benches/README.md holds it, or null if it has none. */
export function readmeTable(text = readFileSync(BENCHES_README, 'utf8')) {
  const place = tablePlace(text);
  return place && text.slice(...place).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const [dir = 'dist', story = '.'] = args.filter((a) => !a.startsWith('--'));
  const budgets = BUDGETS;
  const { files, downloads } = measureBuild(dir, story);
  if (args.includes('--readme')) {
    const text = readFileSync(BENCHES_README, 'utf8');
    const place = tablePlace(text);
    if (!place) throw new Error(`${BENCHES_README.pathname} has no sizes marks`);
    writeFileSync(BENCHES_README, `${text.slice(0, place[0])}\n${sizeTable(downloads, budgets)}\n${text.slice(place[1])}`);
  }
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
