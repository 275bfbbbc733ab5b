// The standalone page's loader (loader-<hash>.js, a module beside the shared
// files). The engine build puts `GLUE` and `WASM` (the engine's files, beside
// this one), `SAVE` (the script that saves the page as one file) and
// `SAVE_ATTRIBUTE` (its button's, which names the offline shell),
// js/accordion.js with its constants, js/after-first-paint.js and
// js/register-service-worker.js before this code.
// The accordion works at once; the engine then takes it over, or, if it
// cannot start, the answers keep opening and search is hidden. The glue is
// imported here rather than by a static import, so that its file missing is
// an error caught here, not a module that never runs.
/* global GLUE, WASM, SAVE, SAVE_ATTRIBUTE, takeChargeOfPage, afterFirstPaint, keepOffline */
const searchOff = takeChargeOfPage();
// The page as one file, on the reader's asking (js/save.js).
const save = document.querySelector(`[${SAVE_ATTRIBUTE}]`);
const shell = save?.getAttribute(SAVE_ATTRIBUTE);
if (shell) {
  save.hidden = false;
  save.addEventListener('click', () => import(new URL(SAVE, import.meta.url).href).then((m) => m.default(shell)));
}
try {
  if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
  const glue = new URL(GLUE, import.meta.url).href;
  const { default: init } = await import(glue);
  await afterFirstPaint(glue);
  await init({ module_or_path: new URL(WASM, import.meta.url) });
  keepOffline(new URL('./sw.js', import.meta.url));
} catch (error) {
  searchOff(error);
}
