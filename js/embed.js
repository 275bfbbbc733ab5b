// The embed script's runtime (faq-widget.js). The build puts wasm-bindgen's
// glue (`wasm_bindgen`), the packed wasm (`PACKED_WASM`), `unpackWasm` and
// `EMBED_ATTRIBUTE` before this code, all inside one function scope.
// It mounts a widget into every [data-faq-widget] element, now and later,
// each in its own shadow root, and offers FaqWidget.mount(element, options).
/* global wasm_bindgen, PACKED_WASM, unpackWasm, EMBED_ATTRIBUTE */
const ready = unpackWasm(PACKED_WASM).then((bytes) => wasm_bindgen({ module_or_path: bytes }));
const mounted = new WeakSet();
const selector = `[${EMBED_ATTRIBUTE}]`;

function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    console.warn('FAQ widget: mount() needs an element');
    return Promise.resolve(false);
  }
  if (mounted.has(element)) return Promise.resolve(false);
  mounted.add(element);
  return ready
    .then(() => wasm_bindgen.mountWidget(element, { ...element.dataset, ...options }))
    .then(
      () => true,
      (error) => {
        console.warn('FAQ widget:', error);
        return false;
      },
    );
}

function mountAll(root) {
  if (root.matches && root.matches(selector)) mount(root);
  if (root.querySelectorAll) root.querySelectorAll(selector).forEach((element) => mount(element));
}

window.FaqWidget = { mount };

function start() {
  mountAll(document);
  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => node.nodeType === 1 && mountAll(node));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
