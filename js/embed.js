// The embed engine's runtime (faq-embed-<hash>.js, shared by every story).
// The build puts wasm-bindgen's glue (`wasm_bindgen`), the packed wasm
// (`PACKED_WASM`) and `unpackWasm` before this code, all inside one
// function scope. It starts the wasm and hands its functions (mountWidget,
// unmountWidget) to the story
// scripts that loaded it (js/embed-story.js), which registered under this
// script's URL in `window.FaqWidgetEngines`; they mount the widgets, or show
// the story without search if this fails.
/* global wasm_bindgen, PACKED_WASM, unpackWasm */
window.FaqWidgetEngines?.[document.currentScript.src]?.started(
  unpackWasm(PACKED_WASM)
    .then((bytes) => wasm_bindgen({ module_or_path: bytes }))
    .then(() => wasm_bindgen),
);
