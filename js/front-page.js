// The site's front page (front-page-<hash>.js, a module beside the shared
// files): one search over every explainer of the site. The engine build
// puts `SITE` (the ids and classes of the front page's markup, which the
// publisher writes, and the names of the events it dispatches), `PAUSE` and
// `FORMS` (each plural category's form) before this code. The publisher
// puts the site's languages on the mount element (`SITE.data`,
// `data-faq-site`): each one's search engine (crates/faq-site-search) and
// the meta part of its index.
//
// Nothing is fetched until the reader searches: then the language's engine
// and meta part, and for each query the index parts and the stories it
// needs, all named by their content, from this site only. The service
// worker keeps them (the page names them to it, as the files of a first
// visit are fetched before it controls the page, and a host that sends
// `no-store` leaves no HTTP cache to fall back on), so a search runs
// offline over every part fetched so far. Once the reader has searched,
// more parts are fetched while the page is idle, at most `BACKGROUND_BYTES`
// (none under Save-Data or on a 2g connection); the whole site is kept
// only when the reader asks, by a button that says how much that is and
// shows its progress. A part that cannot be fetched is left out, and the
// page says so.
/* global SITE, PAUSE, FORMS */
const BACKGROUND_BYTES = 1_000_000;
const mount = document.getElementById(SITE.mount);
const site = JSON.parse(mount?.getAttribute(SITE.data) ?? '{"languages":[]}');
const text = (name, numbers = {}) =>
  (mount.dataset[name] ?? '').replace(/\{(\w+)\}/g, (whole, key) => (key in numbers ? numbers[key] : whole));
// A sentence with a number, in the form the page's language has for it
// (`data-text-<name>-one`, `-few`, `-many`: `FORMS` names the form of each
// of CLDR's categories, as the widget and the publisher choose it), else
// its `other` form.
const rules = new Intl.PluralRules(document.documentElement.lang || undefined);
const numbered = (name, count, numbers = {}) => {
  const form = name + (FORMS[rules.select(count)] ?? '');
  return text(mount.dataset[form] ? form : name, { count, ...numbers });
};
const search = document.getElementById(SITE.search);
const query = document.getElementById(SITE.query);
const language = document.getElementById(SITE.language);
const status = document.getElementById(SITE.status);
const results = document.getElementById(SITE.results);
const unreached = document.getElementById(SITE.unreached);
// The site's words nearest to a query that found nothing, as a search.
const suggestion = Object.assign(document.createElement('button'), { type: 'button', className: SITE.suggestion, hidden: true });
status.after(suggestion);
suggestion.addEventListener('click', () => {
  query.value = suggestion.dataset.words;
  query.focus();
  run();
});
const base = new URL('./', import.meta.url);
const engines = {};
const missing = new Set();

// The files of this site the page used, for the service worker to keep:
// the page's own (its styles, this script) and every one fetched since.
const used = new Set(performance.getEntriesByType('resource').map((entry) => entry.name)
  .filter((url) => url.startsWith(base.href)));
used.add(import.meta.url);
const sentToKeep = new Set();
function keepUsed() {
  const files = [...used].filter((url) => !sentToKeep.has(url));
  if (!files.length || !('serviceWorker' in navigator)) return;
  files.forEach((url) => sentToKeep.add(url));
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keep: files }));
}

/**
 * The body of `path` below the site (inflated, for the index's gzipped
 * parts), or null if it cannot be fetched.
 */
async function fetched(path, as = 'arrayBuffer') {
  try {
    const url = new URL(path, base);
    const response = await fetch(url);
    if (!response.ok) return null;
    used.add(url.href);
    if (as !== 'gzip') return await response[as]();
    return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  } catch {
    return null;
  }
}

/** The engine of `code`'s index, started once: `{ site, stories, lang }`. */
function engine(code) {
  engines[code] ??= (async () => {
    const entry = site.languages.find((l) => l.code === code);
    // The meta part comes while the engine starts, not after it.
    const metaFetched = fetched(entry.meta, 'gzip');
    const { default: init, Site } = await import(new URL(entry.glue, base));
    await init({ module_or_path: new URL(entry.wasm, base) });
    used.add(new URL(entry.glue, base).href);
    used.add(new URL(entry.wasm, base).href);
    const meta = await metaFetched;
    if (!meta) throw new Error(`${entry.meta} could not be fetched`);
    return { site: new Site(meta), stories: [], entry };
  })();
  return engines[code];
}

/**
 * Loads what `words` need into `e`; returns the result of the search and
 * the names of the texts of matching stories it could not fetch.
 */
async function searched(e, words) {
  const dir = `search/${e.entry.code}/`;
  const failed = new Set();
  for (;;) {
    const needed = [...e.site.partsNeeded(words)].filter(([, name]) => !failed.has(name));
    if (!needed.length) break;
    await Promise.all(needed.map(async ([part, name]) => {
      const bytes = await fetched(`${dir}p-${name}.bin`, 'gzip');
      if (bytes) e.site.addPart(part, bytes);
      else failed.add(name);
    }));
  }
  let result = e.site.search(words, 10);
  while (result.needs.length) {
    const before = result.needs.length;
    await Promise.all([...result.needs].map(async ([story, name]) => {
      const data = await fetched(`${dir}s-${name}.json`, 'json');
      if (!data) {
        failed.add(name);
        return;
      }
      e.stories[story] = data;
      e.site.addStory(story, data.pairs.flatMap(([q, a]) => [q, a]));
    }));
    result = e.site.search(words, 10);
    if (result.needs.length >= before && [...result.needs].every(([, name]) => failed.has(name))) break;
  }
  failed.forEach((name) => missing.add(name));
  return { result, unreachable: [...result.needs].map(([, name]) => name) };
}

/** `pieces` (`[text, marked]`) as nodes of `parent`. */
function fill(parent, pieces) {
  for (const [piece, marked] of pieces) {
    parent.append(marked ? Object.assign(document.createElement('mark'), { textContent: piece }) : piece);
  }
  return parent;
}

// What the reader searched for, told to the page's own analytics as the
// widgets tell it (src/page_events.rs): a `faq-search` event on the mount
// element once a query has stood for `PAUSE` ms or the reader leaves the
// field, the same query not twice in a row; a `faq-open` event when they
// follow a result to its question. Nothing is sent anywhere.
const tell = (name, detail) => mount.dispatchEvent(new CustomEvent(name, { bubbles: true, detail }));
let waiting = null;
let told = '';
let pause;
function tellSearch() {
  clearTimeout(pause);
  if (waiting && waiting.query !== told) {
    tell(SITE.searchEvent, waiting);
    told = waiting.query;
  }
  waiting = null;
}
function settled(words, results) {
  waiting = { query: words.trim(), results };
  clearTimeout(pause);
  pause = setTimeout(tellSearch, PAUSE);
}

/**
 * Names the matching stories whose texts could not be fetched (`names`):
 * each one this page lists as a link to it, the others by their number.
 */
function showUnreachable(names) {
  if (!unreached) return;
  const listed = names
    .map((name) => document.querySelector(`[${SITE.storyName}="${name}"] a`))
    .filter(Boolean)
    .map((link) => link.cloneNode(true));
  const others = names.length - listed.length;
  const parts = [text('textUnreached')];
  listed.forEach((link, at) => parts.push(at ? ', ' : ' ', link));
  if (others) {
    parts.push(listed.length ? ', ' : ' ', numbered('textUnreachedMore', others));
  }
  unreached.replaceChildren(...(names.length ? parts : []));
  unreached.hidden = !names.length;
}

function show(e, { result, unreachable }, words) {
  results.replaceChildren(...[...result.hits].map((hit) => {
    const story = e.stories[hit.story];
    const [, , slug] = story.pairs[hit.at];
    const item = document.createElement('li');
    item.lang = story.lang;
    item.dir = story.dir;
    const link = fill(document.createElement('a'), hit.question);
    link.href = new URL(`${story.stem}/#${slug}`, base).href;
    link.addEventListener('click', () => {
      tellSearch();
      tell(SITE.openEvent, { slug, question: story.pairs[hit.at][0], story: story.stem });
    });
    const about = Object.assign(document.createElement('span'), { className: SITE.story, textContent: story.headline });
    const passage = fill(Object.assign(document.createElement('p'), { className: SITE.passage }), hit.passage);
    item.append(link, about, passage);
    return item;
  }));
  const stories = new Set([...[...result.hits].map((hit) => hit.story), ...[...result.needs].map(([story]) => story)]).size;
  const explainers = numbered('textExplainers', stories, { stories });
  const found = result.total === 0 ? text('textNone') : numbered('textFound', result.total, { stories, explainers });
  status.textContent = missing.size ? `${found}. ${text('textMissing')}` : found;
  suggest(result.suggestion);
  showUnreachable(unreachable);
  settled(words, result.total);
}

/** Offers `words` as a search, or nothing when there are none. */
function suggest(words) {
  suggestion.hidden = !words;
  if (!words) return;
  suggestion.dataset.words = words;
  suggestion.textContent = text('textDidYouMean', { words });
}

let latest = 0;
async function run() {
  const words = query.value;
  const asked = (latest += 1);
  if (!words.trim()) {
    results.replaceChildren();
    showUnreachable([]);
    suggest(null);
    status.textContent = '';
    clearTimeout(pause);
    waiting = null;
    told = '';
    return;
  }
  try {
    const e = await engine(language?.value ?? site.default);
    const found = await searched(e, words);
    if (asked === latest) show(e, found, words);
    keepUsed();
    prefetchWhenIdle(e);
  } catch (error) {
    console.warn('FAQ site: search is unavailable:', error.message);
    if (asked === latest) {
      status.textContent = text('textMissing');
      suggest(null);
    }
  }
}

/** Whether the reader's connection asks for no more than they need. */
const sparing = () => Boolean(navigator.connection?.saveData) || /(^|-)2g$/.test(navigator.connection?.effectiveType ?? '');

/**
 * Fetches the files of `e`'s index (parts first, then stories) one at a
 * time while the page is idle, until `budget` bytes are spent; `counted` is
 * told each file's bytes. The service worker keeps them. Resolves when
 * done.
 */
function fetchFiles(e, budget, counted = () => {}) {
  const paths = [...e.site.allFiles()].map((name) => `search/${e.entry.code}/${name}`);
  let spent = 0;
  return new Promise((done) => {
    const next = () => {
      const path = paths.shift();
      // The next file may not take the spending over: parts are at most
      // 16 KB gzipped, a story's text rarely more.
      if (!path || spent + 64 * 1024 > budget) {
        done();
        return;
      }
      fetched(path).then((body) => {
        spent += body?.byteLength ?? 0;
        counted(body?.byteLength ?? 0);
        (window.requestIdleCallback ?? setTimeout)(next);
      });
    };
    (window.requestIdleCallback ?? setTimeout)(next);
  });
}

// Once the reader has searched, some more of the language's index is
// fetched while the page is idle, within a budget a phone plan can bear.
const prefetched = new Set();
function prefetchWhenIdle(e) {
  if (prefetched.has(e.entry.code) || sparing()) return;
  prefetched.add(e.entry.code);
  fetchFiles(e, BACKGROUND_BYTES).then(keepUsed);
}

// The whole site, kept for offline reading when the reader asks: the
// button says how much that is (the publisher wrote it); the progress bar,
// in the place kept for it, how far it has got.
const keep = document.getElementById(SITE.keep);
const progress = document.getElementById(SITE.keepProgress);
const total = Number(progress?.max ?? 0);
const size = (bytes) => new Intl.NumberFormat(document.documentElement.lang || undefined, {
  style: 'unit', unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1,
}).format(bytes >= 1e6 ? bytes / 1e6 : Math.max(bytes / 1e3, 0.1));
async function keepEverything() {
  keep.disabled = true;
  progress.value = 0;
  progress.hidden = false;
  const counted = (bytes) => {
    progress.value = Math.min(total, progress.value + bytes);
    progress.setAttribute('aria-valuetext', text('textKeeping', { done: size(progress.value), size: size(total) }));
  };
  counted(0);
  for (const entry of site.languages) {
    try {
      await fetchFiles(await engine(entry.code), Infinity, counted);
    } catch (error) {
      console.warn('FAQ site: could not keep every explainer:', error.message);
    }
  }
  keepUsed();
  progress.value = total;
  keep.textContent = text('textKept');
}

if (search && query && status && results && site.languages.length) {
  search.hidden = false;
  query.addEventListener('input', run);
  query.addEventListener('blur', tellSearch);
  language?.addEventListener('change', run);
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker
      .register(new URL('./sw.js', base))
      .then(keepUsed)
      .catch((error) => console.warn('FAQ site: offline copy unavailable:', error.message));
    if (keep && progress && total) {
      keep.parentElement.hidden = false;
      keep.addEventListener('click', keepEverything);
    }
  }
}
