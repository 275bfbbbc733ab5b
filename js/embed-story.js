// A story's embed script (faq-widget.js in the story's folder): the story,
// and the runtime that mounts it. The publisher puts `STORY` (the story's
// lines), `NAME` (the story's name), `ENGINE` (the shared embed engine,
// relative to this script) and `STATIC` (the story's widget, prerendered)
// before this code; the engine build puts
// `EMBED_ATTRIBUTE` and js/accordion.js with its constants. All of it is
// inside one function scope.
// Every story registers in `window.FaqWidgetEngines` under its engine's URL,
// and the first story of an engine loads that engine once, however many
// stories a host page has. Widgets are mounted into every [data-faq-widget]
// element, now and later, each in its own shadow root, with the story the
// element names (`data-faq-widget="<story>"`; an empty value takes the first
// story), and by FaqWidget.mount(element, options). An element that leaves
// the document (a single-page app's route change) is unmounted: its widget
// and everything it holds are released, and the element mounts again if it
// comes back. FaqWidget.unmount(element) does the same by hand.
// If the engine cannot start (a host Content-Security-Policy without
// 'wasm-unsafe-eval', its file missing, a browser without WebAssembly), each
// widget shows its story all the same, with its styles: summary, questions
// and answers that open, without search (`STATIC`, as the live widget's
// components render it with an embedded widget's defaults); the console
// says why, once.
/* global STORY, NAME, ENGINE, STATIC, STYLES, EMBED_ATTRIBUTE, CLASS, DEFAULTS, takeCharge, explainSearchOff */
const src = new URL(ENGINE, document.currentScript?.src ?? document.baseURI).href;
const engines = (window.FaqWidgetEngines ??= {});
const story = { name: NAME, lines: STORY, html: STATIC };
if (engines[src]) {
  engines[src].stories.push(story);
  engines[src].added?.();
} else {
  start((engines[src] = { stories: [story] }));
}

function start(engine) {
  // The engine's functions (mountWidget, unmountWidget) once its script has
  // run and its wasm started; rejected if it cannot. The engine script
  // calls `engine.started`.
  const live = new Promise((resolve, reject) => {
    engine.started = resolve;
    if (typeof WebAssembly !== 'object') {
      reject(new Error('this browser has no WebAssembly'));
      return;
    }
    const script = document.createElement('script');
    script.src = src;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    // After the engine's own code: a no-op if it called `started`.
    script.onload = () => reject(new Error(`${src} did not start`));
    document.head.append(script);
  });
  live.catch(explainSearchOff);
  // Shared by every engine on the page, so no two mount one element.
  const mounted = (window.FaqWidgetMounted ??= new WeakSet());
  const selector = `[${EMBED_ATTRIBUTE}]`;
  // This engine's elements, each with what unmounts its widget once it is
  // mounted (a promise until then).
  const widgets = new Map();

  engine.storyFor = (element, options = {}) => {
    const name = options.story ?? element.getAttribute(EMBED_ATTRIBUTE);
    return name ? engine.stories.find((story) => story.name === name) : engine.stories[0];
  };

  // Mounts `element` if its story is here; a story whose script has not run
  // yet is mounted when it does (`engine.added`). The shadow root is made
  // only when there is something to show in it, so the element's own
  // content shows until then.
  engine.mount = (element, options = {}) => {
    const story = engine.storyFor(element, options);
    if (!story || mounted.has(element)) return Promise.resolve(false);
    mounted.add(element);
    const given = { ...element.dataset, ...options };
    const mounting = live
      .then(
        (api) => {
          const container = shadowOf(element);
          const number = api.mountWidget(container, given, story.lines);
          return () => {
            api.unmountWidget(number);
            container.remove();
          };
        },
        () => {
          const container = shadowOf(element);
          showStatic(container, story.html);
          return () => container.remove();
        },
      )
      .then(
        (release) => {
          // Removed, or unmounted by hand, while its engine was starting.
          if (widgets.get(element) !== mounting) release();
          else widgets.set(element, release);
          if (!element.isConnected) engine.unmount(element);
          return widgets.has(element);
        },
        (error) => {
          widgets.delete(element);
          console.warn('FAQ widget:', error);
          return false;
        },
      );
    widgets.set(element, mounting);
    return mounting;
  };

  // Releases `element`'s widget (its app, its listeners and timers, its
  // story's index once no widget shows it) and empties its shadow root;
  // false if this engine did not mount it.
  engine.unmount = (element) => {
    const release = widgets.get(element);
    if (!release) return false;
    widgets.delete(element);
    mounted.delete(element);
    if (typeof release === 'function') release();
    return true;
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
    // Releases what the widget of `element` holds; true if there was one.
    unmount(element) {
      return Object.values(engines).some((e) => e.unmount?.(element));
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

  function begin() {
    engine.added = () => mountAll(document);
    mountAll(document);
    if (document.readyState === 'complete') reportUnknownStories();
    else window.addEventListener('load', reportUnknownStories);
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => node.nodeType === 1 && mountAll(node));
      }
      // Gone from the document, not merely moved within it.
      if (records.some((record) => record.removedNodes.length)) {
        [...widgets.keys()].filter((element) => !element.isConnected).forEach(engine.unmount);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
  else begin();
}

/**
 * A shadow root on `host`, styled by a constructable stylesheet (no
 * `<style>` element, no `style=` attribute: a strict CSP allows it), and
 * the element in it that the widget goes into. The shadow root of a widget
 * unmounted earlier is used again, emptied. Throws if `host` cannot hold a
 * shadow root (another's, or of a kind that cannot).
 */
function shadowOf(host) {
  const shadow = (window.FaqWidgetShadows ??= new WeakSet()).has(host) ? host.shadowRoot : host.attachShadow({ mode: 'open' });
  window.FaqWidgetShadows.add(host);
  shadow.replaceChildren();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  shadow.adoptedStyleSheets = [sheet];
  return shadow.appendChild(document.createElement('div'));
}

/**
 * The story in `container` without the engine: `html`, the embedded
 * widget as the live one's components render it (the publisher prerenders
 * it with an embedded widget's defaults), worked by js/accordion.js, with
 * its search out of sight. A host's options apply once the engine runs.
 */
function showStatic(container, html) {
  container.innerHTML = html;
  const widget = container.firstElementChild;
  widget.classList.add(CLASS.widgetStatic);
  takeCharge(widget, DEFAULTS.hideAll);
}
