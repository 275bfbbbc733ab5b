// The service worker, beside the shared files of every published story.
// The publisher (crates/faq-publish) puts `FILES`, the shared files
// (engine, styles, icon), and `FRONT`, the front page's (its script,
// styles and search engines), before this code. It keeps `FILES` once for
// every story, when a story page asks it to keep itself (`keep`); the
// front page asks to keep itself and the files it used (`{ keep: [url…] }`,
// its script, styles, search engine and index parts), so a story's reader
// never downloads those. Both ask because a first visit fetches its files
// before this worker controls the page: on a host that sends `no-store`,
// no HTTP cache holds them either. What is kept already is not fetched
// again. Files of its folder fetched under its control are kept too.
// On activation, shared files that no current engine lists and no kept
// page needs are dropped: a kept page of an older engine still finds that
// engine's files here, and the reader's storage does not grow with every
// engine the site has published. A page or script the site has taken down
// (404 or 410) is dropped the next time the reader asks for it online, so
// it is not served from here offline any more, and a copy of it fetched
// before then is not kept after it.
/* global FILES, FRONT, URLPattern */
const CACHE = 'faq-widget';

// Where the browser can (Chromium's static routing), the shared files come
// from the kept copies without starting this worker, and from the network
// when not kept yet: a story page's styles do not wait for the worker.
self.addEventListener('install', (event) => {
  // Without routes, the fetch handler below serves them as well.
  let routed;
  try {
    routed = event.addRoutes?.([...SHARED].map((href) => ({ condition: { urlPattern: new URLPattern(href) }, source: 'cache' })));
  } catch {
    routed = null;
  }
  event.waitUntil(Promise.all([self.skipWaiting(), Promise.resolve(routed).catch(() => {})]));
});

// A page opened under this worker's control is asked for while the worker
// starts (navigation preload), not after: the worker's start-up does not
// delay the page's first paint.
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([
  self.clients.claim(),
  dropUnused(),
  self.registration.navigationPreload?.enable(),
])));

// A shared file of an engine (its name holds its content's hash, beside
// this worker) that the current engines do not list is old: kept only if a
// kept page or script names it, or an old file kept so does (a page names
// its loader, the loader its wasm).
async function dropUnused() {
  const cache = await caches.open(CACHE);
  const requests = await cache.keys();
  const name = (request) => request.url.slice(HERE.length);
  let old = requests.filter((r) => /^[^/]*-[0-9a-f]{16}[._]/.test(name(r)) && !SHARED.has(r.url));
  let named = requests.filter((r) => !old.includes(r) && !SHARED.has(r.url) && !r.url.startsWith(INDEX));
  let texts = '';
  while (named.length) {
    for (const r of named) texts += await (await cache.match(r)).text();
    named = old.filter((r) => texts.includes(name(r)));
    old = old.filter((r) => !named.includes(r));
  }
  old.forEach((r) => cache.delete(r));
}

// A story page asks to keep itself and the shared files (`keep`); the
// front page, itself and the files of this site it names (`{ keep }`): its
// reader need not download a story's engine. Each file is fetched only if
// it is not kept already.
self.addEventListener('message', (event) => {
  const page = event.source?.url;
  if (!page) return;
  let files;
  if (event.data === 'keep') files = [page, ...FILES];
  else if (Array.isArray(event.data?.keep)) files = [page, ...event.data.keep.filter((url) => typeof url === 'string')];
  else return;
  const here = files.map((file) => new URL(file, location.href)).filter((url) => url.href.startsWith(HERE));
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.all(here.map(async (url) => {
      if (await cache.match(url, { ignoreSearch: true })) return;
      const asked = performance.now();
      const response = await fetch(url).catch(() => null);
      if (response) await keep(url, response, asked);
    }))),
  );
});

// When each page or script was last found taken down (404 or 410): a copy
// fetched before then, slower than the news of its withdrawal, is not kept
// after it.
const withdrawn = new Map();
const address = (request) => {
  const url = new URL(request.url ?? request);
  url.search = '';
  url.hash = '';
  return url.href;
};

/**
 * Keeps `response` to `request`, asked for at `asked` (performance.now()),
 * or drops the kept copy if the site has taken it down.
 */
async function keep(request, response, asked) {
  const cache = await caches.open(CACHE);
  if (response.ok) {
    if ((withdrawn.get(address(request)) ?? -Infinity) < asked) await cache.put(request, response);
  } else if (response.status === 404 || response.status === 410) {
    withdrawn.set(address(request), performance.now());
    await cache.delete(request, { ignoreSearch: true });
  }
}

/** `response`, kept as `keep` says, without waiting for the cache. */
function kept(request, response, asked) {
  keep(request, response.clone(), asked);
  return response;
}

// The shared files' names change with their content: the cache answers
// first. Anything else (a story's page or script, republished under the
// same name) comes from the network first, from the cache when offline.
const SHARED = new Set([...FILES, ...FRONT].map((file) => new URL(file, location.href).href));
const HERE = new URL('./', location.href).href;
const INDEX = `${HERE}search/`;

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  const href = address(request);
  const asked = performance.now();
  if (SHARED.has(href) || href.startsWith(INDEX)) {
    event.respondWith(
      caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request).then((r) => kept(request, r, asked))),
    );
    return;
  }
  event.respondWith(
    Promise.resolve(event.preloadResponse)
      .then((response) => response || fetch(request))
      .then((response) => kept(request, response, asked))
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
