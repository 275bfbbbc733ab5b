// The embed engine's runtime (faq-embed-<hash>.js, shared by every story).
// The build puts wasm-bindgen's glue (`wasm_bindgen`), the packed wasm
// (`PACKED_WASM`), `unpackWasm` and `EMBED_ATTRIBUTE` before this code, all
// inside one function scope. Stories reach it through their embed scripts
// (js/embed-story.js), which register in `window.FaqWidgetEngines` under
// this script's URL. It mounts a widget into every [data-faq-widget]
// element, now and later, each in its own shadow root, with the story the
// element names (`data-faq-widget="<story>"`; an empty value takes the
// first story), and offers FaqWidget.mount(element, options).
/* global wasm_bindgen, PACKED_WASM, unpackWasm, EMBED_ATTRIBUTE */
const engines = (window.FaqWidgetEngines ??= {});
const engine = (engines[document.currentScript.src] ??= { stories: [] });
const ready = unpackWasm(PACKED_WASM).then((bytes) => wasm_bindgen({ module_or_path: bytes }));
// Shared by every engine on the page, so no two mount one element.
const mounted = (window.FaqWidgetMounted ??= new WeakSet());
const selector = `[${EMBED_ATTRIBUTE}]`;

engine.storyFor = (element, options = {}) => {
  const name = options.story ?? element.getAttribute(EMBED_ATTRIBUTE);
  return name ? engine.stories.find((story) => story.name === name) : engine.stories[0];
};

// Mounts `element` if its story is here; a story whose script has not run
// yet is mounted when it does (`engine.added`).
engine.mount = (element, options = {}) => {
  const story = engine.storyFor(element, options);
  if (!story || mounted.has(element)) return Promise.resolve(false);
  mounted.add(element);
  return ready
    .then(() => wasm_bindgen.mountWidget(element, { ...element.dataset, ...options }, story.lines))
    .then(
      () => true,
      (error) => {
        console.warn('FAQ widget:', error);
        return false;
      },
    );
};

function mountAll(root) {
  if (root.matches && root.matches(selector)) engine.mount(root);
  if (root.querySelectorAll) root.querySelectorAll(selector).forEach((element) => engine.mount(element));
}

window.FaqWidget = {
  mount(element, options = {}) {
    if (!(element instanceof Element)) {
      console.warn('FAQ widget: mount() needs an element');
      return Promise.resolve(false);
    }
    const owner = Object.values(engines).find((e) => e.storyFor && e.storyFor(element, options));
    if (owner) return owner.mount(element, options);
    console.warn('FAQ widget: no story of that name is on this page; add its faq-widget.js');
    return Promise.resolve(false);
  },
};

// Once the page has loaded, an element that names a story no embed script
// on the page brought stays empty: say which, once per page.
function reportUnknownStories() {
  if (window.FaqWidgetReported) return;
  window.FaqWidgetReported = true;
  const known = (name) => Object.values(engines).some((e) => e.stories.some((story) => story.name === name));
  const unknown = [...document.querySelectorAll(selector)]
    .map((element) => element.getAttribute(EMBED_ATTRIBUTE))
    .filter((name) => name && !known(name));
  if (unknown.length) {
    const names = [...new Set(unknown)].map((name) => JSON.stringify(name)).join(', ');
    console.warn(`FAQ widget: no story named ${names} on this page; add that story's faq-widget.js`);
  }
}

function start() {
  engine.added = () => mountAll(document);
  mountAll(document);
  if (document.readyState === 'complete') reportUnknownStories();
  else window.addEventListener('load', reportUnknownStories);
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => node.nodeType === 1 && mountAll(node));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
