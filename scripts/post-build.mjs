// Trunk post-build hook. Trunk runs it with TRUNK_STAGING_DIR set; it also
// takes the folder as an argument.
// 1. Moves trunk's inline loader script into a file, so the page runs under a
//    strict Content-Security-Policy without 'unsafe-inline'
//    (script-src 'self' 'wasm-unsafe-eval').
// 2. Puts the widget, rendered at build time by crates/faq-prerender (Yew
//    SSR), into the page, so it reads before the wasm runs and without
//    JavaScript (a <noscript> stylesheet then shows every answer and hides
//    the controls); adds the schema.org FAQPage JSON-LD; and ships the
//    rendered widget as faq-widget.html, a server-side include for hosts.
// 3. Writes sw.js, a service worker that keeps every file of the page, and
//    registers it from the loader: after the first visit the page reloads
//    with the network off.
// 4. Writes faq-widget.js: the embed script, one file that carries its wasm
//    (built with `--features embed`) and mounts a widget into every
//    [data-faq-widget] element, now and later, each in its own shadow root.
// 5. Writes faq-offline.html: the same page as one file, with its CSS, JS and
//    wasm inside, for readers who open it from disk with no network.
//    (Chromium cannot fetch a .wasm file from a file:// page.)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const sourceDir = process.env.TRUNK_SOURCE_DIR ?? new URL('..', import.meta.url).pathname;
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no folder given and TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
// An inline module script: <script type=module> or <script type="module">, with a body.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/g;
// Registered once the widget runs; a page opened from disk has no service worker.
const REGISTER_SERVICE_WORKER = `
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('FAQ widget: offline copy unavailable:', error.message));
}`;
let moved = 0;
// The page already holds the widget's text, so the wasm waits until that
// text is painted: fetched earlier (trunk preloads it), it shares a slow
// connection with the styles and, in Lighthouse's simulation, pushes the
// largest contentful paint from ~1.0 s to ~2.0 s. Measured cost: none
// beyond noise in the time until the widget is live (benches/first-paint.mjs).
// (A background tab paints no frames, hence the 100 ms fallback.)
const AFTER_FIRST_PAINT = 'await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });';
html = html.replace(/<link [^>]*_bg\.wasm[^>]*rel="?preload"?[^>]*>|<link [^>]*rel="?preload"?[^>]*_bg\.wasm[^>]*>/, '');
html = html.replace(inline, (_, body) => {
  if (!/^const wasm = await init/m.test(body)) {
    console.error("post-build: trunk's loader changed; cannot defer the wasm until after the first paint");
    process.exit(1);
  }
  const deferred = body.replace(/^const wasm = await init/m, `${AFTER_FIRST_PAINT}\nconst wasm = await init`);
  const code = `${deferred.trim()}\n${REGISTER_SERVICE_WORKER.trim()}\n`;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(dir, name), code);
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; a strict CSP would block it');
  process.exit(1);
}
console.log(`post-build: moved ${moved} inline loader script(s) into files`);

// ---- prerendered widget, no-JavaScript styles, JSON-LD ----------------------
const prerendered = mkdtempSync(join(tmpdir(), 'faq-prerender-'));
execFileSync('cargo', ['run', '--locked', '--release', '--quiet', '-p', 'faq-prerender', '--', prerendered], {
  cwd: sourceDir,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const widgetHtml = readFileSync(join(prerendered, 'widget.html'), 'utf8')
  // Closed answers stay reachable by find-in-page before the wasm runs.
  .replaceAll('hidden="hidden"', 'hidden="until-found"')
  // Without JavaScript every answer shows, so a question must not claim to
  // be collapsed; hydration sets aria-expanded on every button anyway.
  .replace(/ aria-expanded="false"(?= aria-controls="[^"]*-answer")/g, '');
const jsonLd = readFileSync(join(prerendered, 'faq.jsonld'), 'utf8');
rmSync(prerendered, { recursive: true });
const noscriptCss = readFileSync(join(sourceDir, 'styles/noscript.css'), 'utf8');
const noscriptName = `noscript-${shortHash(noscriptCss)}.css`;
writeFileSync(join(dir, noscriptName), noscriptCss);
// The include is never hydrated (the embed script mounts its own widget),
// so it goes without the hydration markers.
const includeHtml = widgetHtml.replace(/<!--<\/?\[[^\]]*\]>-->/g, '');
writeFileSync(join(dir, 'faq-widget.html'), `${includeHtml}\n`);

const mount = /(<div[^>]*\bid="?faq-widget"?[^>]*>)[\s\S]*?(<\/div>)/;
if (!mount.test(html)) {
  console.error('post-build: index.html has no <div id="faq-widget"> to render into');
  process.exit(1);
}
html = html
  .replace(mount, (_, open, close) => `${open}${widgetHtml}${close}`)
  .replace(
    '</head>',
    `<noscript><link rel=stylesheet href="./${noscriptName}"></noscript>` +
      `<script type="application/ld+json">${jsonLd}</script></head>`,
  );
writeFileSync(htmlPath, html);
console.log('post-build: rendered the widget into index.html; wrote faq-widget.html');

// ---- sw.js -----------------------------------------------------------------
const pageFiles = ['./', ...readdirSync(dir).filter((f) => f !== 'faq-offline.html').map((f) => `./${f}`)];
// Asset names carry their content hash; index.html does not, so add its text.
const version = createHash('sha256').update(pageFiles.join('\n')).update(html).digest('hex').slice(0, 16);
writeFileSync(
  join(dir, 'sw.js'),
  `// Keeps every file of the page, so it reloads with the network off.
// Written by scripts/post-build.mjs; the cache name changes with the files.
const CACHE = 'faq-widget-${version}';
const FILES = ${JSON.stringify(pageFiles)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(
    caches.match(event.request, { ignoreSearch: true }).then((hit) => hit ?? fetch(event.request)),
  );
});
`,
);
console.log(`post-build: wrote sw.js (${pageFiles.length} files)`);

// ---- wasm inside a script --------------------------------------------------
// Base64 of raw wasm gzips poorly (the transfer gzip cannot see through the
// encoding), so the wasm is gzipped first, then base64-encoded, and the
// browser inflates it with DecompressionStream: ~40% fewer bytes on the wire.
const packWasm = (wasm) => gzipSync(wasm, { level: 9 }).toString('base64');
const UNPACK_WASM = `((packed) => new Response(new Blob([Uint8Array.from(atob(packed), (c) => c.charCodeAt(0))])
  .stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer())`;

// ---- faq-widget.js -----------------------------------------------------------
const embedDir = mkdtempSync(join(tmpdir(), 'faq-embed-'));
execFileSync('cargo', ['build', '--locked', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '--lib', '-p', 'faq-widget', '--no-default-features', '--features', 'embed'], {
  cwd: sourceDir,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const targetDir = process.env.CARGO_TARGET_DIR ?? join(sourceDir, 'target');
execFileSync('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', embedDir, join(targetDir, 'wasm32-unknown-unknown/release/faq_widget.wasm')], { stdio: 'inherit' });
execFileSync('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', join(embedDir, 'faq_widget_bg.wasm'), '-o', join(embedDir, 'faq_widget_bg.wasm')], { stdio: 'inherit' });
const glue = readFileSync(join(embedDir, 'faq_widget.js'), 'utf8');
const embedWasm = packWasm(readFileSync(join(embedDir, 'faq_widget_bg.wasm')));
rmSync(embedDir, { recursive: true });
const EMBED_USAGE = `/* FAQ widget embed script: <script src="faq-widget.js" defer></script> then
   <div data-faq-widget></div>. Options as data- attributes
   (data-heading-level, data-show-summary, data-open, data-theme,
   data-exclusive) or as FaqWidget.mount(element, { headingLevel,
   showSummary, open, theme, exclusive }). */`;
// wasm-bindgen's glue comes unminified (trunk minifies only its own
// output): terser takes it from 6.8 to 5.0 KB gzip.
const minified = async (code, module) => (await minify(code, { module, compress: { passes: 2 } })).code;
writeFileSync(
  join(dir, 'faq-widget.js'),
  `${EMBED_USAGE}\n${await minified(`(() => {
${glue}
const ready = ${UNPACK_WASM}("${embedWasm}").then((bytes) => wasm_bindgen({ module_or_path: bytes }));
const mounted = new WeakSet();
function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    console.warn('FAQ widget: mount() needs an element');
    return Promise.resolve(false);
  }
  if (mounted.has(element)) return Promise.resolve(false);
  mounted.add(element);
  return ready
    .then(() => wasm_bindgen.mountWidget(element, { ...element.dataset, ...options }))
    .then(() => true, (error) => { console.warn('FAQ widget:', error); return false; });
}
function mountAll(root) {
  if (root.matches && root.matches('[data-faq-widget]')) mount(root);
  if (root.querySelectorAll) root.querySelectorAll('[data-faq-widget]').forEach((el) => mount(el));
}
window.FaqWidget = { mount };
function start() {
  mountAll(document);
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node.nodeType === 1 && mountAll(node));
  }).observe(document.documentElement, { childList: true, subtree: true });
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
})();
`, false)}\n`,
);
console.log('post-build: wrote faq-widget.js');
// The demo news article that embeds it, with its own aggressive styles.
for (const name of ['article.html', 'article.css', 'article-icon.svg']) {
  writeFileSync(join(dir, name), readFileSync(join(sourceDir, 'examples', name)));
}

// ---- faq-offline.html ------------------------------------------------------
const files = readdirSync(dir);
const find = (pattern) => {
  const name = files.find((f) => pattern.test(f));
  if (!name) {
    console.error(`post-build: no file matching ${pattern} in ${dir}`);
    process.exit(1);
  }
  return name;
};
const wasmName = find(/_bg\.wasm$/);
const jsName = find(/^faq-widget-[0-9a-f]+\.js$/);
const read = (name) => readFileSync(join(dir, name));
// The standalone page's glue, minified in place (the offline page inlines it
// below). Its name keeps trunk's hash of the unminified text, which decides
// the minified one, so caching stays right.
writeFileSync(join(dir, jsName), await minified(read(jsName).toString('utf8'), true));
/** Text safe inside a <script> or <style> element. */
const inert = (text) => text.replace(/<\/(script|style)/gi, '<\\/$1');

let offline = html
  // The policy of the served page would block the inline code below.
  .replace(/<meta [^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i, '')
  .replace(/<link [^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '')
  .replace(/<link [^>]*href="?\.\/([^" >]+\.svg)"?[^>]*rel="?icon"?[^>]*>/, (_, name) =>
    `<link rel=icon href="data:image/svg+xml;base64,${read(name).toString('base64')}">`)
  .replace(/<link [^>]*href="?\.\/([^" >]+\.css)"?[^>]*>/g, (_, name) =>
    `<style>${inert(read(name).toString('utf8'))}</style>`);
// (The <noscript> styles came along inline: a file without script shows every answer.)
const loader = `<script type="module">
const source = ${inert(JSON.stringify(read(jsName).toString('utf8')))};
const wasm = await ${UNPACK_WASM}("${packWasm(read(wasmName))}");
const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
const { default: init } = await import(url);
URL.revokeObjectURL(url);
await init({ module_or_path: wasm });
</script>`;
offline = offline.replace(/<script type="module" src="[^"]+"><\/script>/, () => loader);
if (/<link [^>]*href="?\.\//.test(offline) || /src="\.\//.test(offline)) {
  console.error('post-build: faq-offline.html still refers to another file');
  process.exit(1);
}
writeFileSync(join(dir, 'faq-offline.html'), offline);
console.log(`post-build: wrote faq-offline.html (${(offline.length / 1024).toFixed(0)} KB)`);
