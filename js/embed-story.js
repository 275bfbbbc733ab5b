// A story's embed script (faq-widget.js in the story's folder). The
// publisher puts `STORY` (the story's lines), `NAME` (the story's name) and
// `ENGINE` (the shared embed engine, relative to this script) before this
// code, all inside one function scope. It hands the story to the engine
// and loads the engine once per page, however many stories use it: a host
// page with two stories fetches one engine.
/* global STORY, NAME, ENGINE */
const src = new URL(ENGINE, document.currentScript?.src ?? document.baseURI).href;
const engines = (window.FaqWidgetEngines ??= {});
const engine = (engines[src] ??= { stories: [] });
engine.stories.push({ name: NAME, lines: STORY });
if (engine.added) {
  engine.added();
} else if (!engine.loading) {
  engine.loading = true;
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}
