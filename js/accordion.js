// The accordion without the engine, as GOV.UK's accordion works: a plain
// script takes charge of the questions and "Show all" until the engine is
// live, and for good when it cannot start (a Content-Security-Policy without
// 'wasm-unsafe-eval', its files missing, a browser without WebAssembly), so
// the story is never a dead accordion. Search needs the engine: without it
// the field and the count are hidden (`CLASS.widgetStatic`).
// The engine build puts `CLASS` (the page contract's classes this code and
// its caller name), `READY` (set on the widget once the engine runs it),
// `MOUNT_ID` (the standalone page's mount element) and `DEFAULTS` (the
// engine language's words and an embedded widget's defaults) before it; the
// loaders and the story's embed script call these functions.
/* global CLASS, READY, MOUNT_ID, DEFAULTS */

/**
 * Works the accordion in `widget` (its root, prerendered or made by the
 * embed script) until the engine marks it live. `hide` is the words of
 * "Hide all answers"; those of "Show all answers" are on its button.
 */
function takeCharge(widget, hide) {
  const all = (name, within = widget) => [...within.querySelectorAll(`.${CLASS[name]}`)];
  const [showAll] = all('showAll');
  const show = showAll?.textContent;
  const isOpen = (item) => !all('itemPanel', item)[0].hidden;
  const set = (item, open) => {
    const [panel] = all('itemPanel', item);
    if (open) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'until-found');
    all('itemButton', item)[0].setAttribute('aria-expanded', open);
    item.classList.toggle(CLASS.itemOpen, open);
  };
  // Opens or closes `item`, or every item when it is none; a single-open
  // accordion, which has no "Show all", closes the others first.
  const toggle = (item, open) => {
    if (item && open && !showAll) all('item').forEach((other) => set(other, false));
    (item ? [item] : all('item')).forEach((each) => set(each, open));
    const everyOpen = all('item').every(isOpen);
    showAll?.setAttribute('aria-expanded', everyOpen);
    if (showAll) showAll.textContent = everyOpen ? hide : show;
  };
  // The page without JavaScript claims no state; with it, each button does.
  all('item').forEach((item) => toggle(item, isOpen(item)));
  const item = (event) => !widget.hasAttribute(READY) && event.target.closest(`.${CLASS.item}`);
  widget.addEventListener('click', (event) => {
    if (widget.hasAttribute(READY)) return;
    if (event.target.closest(`.${CLASS.showAll}`)) toggle(null, !all('item').every(isOpen));
    else if (event.target.closest(`.${CLASS.itemButton}`)) toggle(item(event), !isOpen(item(event)));
  });
  // Find-in-page and text-fragment links reveal a closed answer.
  widget.addEventListener('beforematch', (event) => item(event) && toggle(item(event), true), true);
}

/** Says, in the console, why search is off. */
function explainSearchOff(error) {
  const why = String(error?.message ?? error);
  const policy = /Content.Security.Policy|unsafe-eval/i.test(why) ? "; allow 'wasm-unsafe-eval' in the page's CSP" : '';
  console.warn(`FAQ widget: search is off, its engine could not start (${why})${policy}. Every answer still opens.`);
}

/**
 * Takes charge of the standalone page's prerendered widget (`#MOUNT_ID`);
 * returns what to call if the engine cannot start.
 */
// eslint-disable-next-line no-unused-vars
function takeChargeOfPage() {
  const mount = document.getElementById(MOUNT_ID);
  const widget = mount?.querySelector(`.${CLASS.widget}`);
  if (widget) takeCharge(widget, mount.dataset.textHideAll?.trim() || DEFAULTS.hideAll);
  return (error) => {
    widget?.classList.add(CLASS.widgetStatic);
    explainSearchOff(error);
  };
}
