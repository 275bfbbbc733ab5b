// The offline page's loader (faq-offline.html), a module script. The build
// puts the standalone page's glue as text (`GLUE_SOURCE`), the packed wasm
// (`PACKED_WASM`), `unpackWasm` and js/accordion.js with its constants
// before this code. Chromium cannot fetch a .wasm file from a file:// page,
// so both travel inside the page. As on the standalone page, the accordion
// works without the engine, and search is hidden if it cannot start.
/* global GLUE_SOURCE, PACKED_WASM, unpackWasm, takeChargeOfPage */
const searchOff = takeChargeOfPage();
try {
  if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
  const wasm = await unpackWasm(PACKED_WASM);
  const url = URL.createObjectURL(new Blob([GLUE_SOURCE], { type: 'text/javascript' }));
  const { default: init } = await import(url);
  URL.revokeObjectURL(url);
  await init({ module_or_path: wasm });
} catch (error) {
  searchOff(error);
}
