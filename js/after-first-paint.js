// Inserted into trunk's loader before the wasm is fetched. The page already
// holds the widget's text, so the wasm waits until that text is painted:
// fetched earlier (trunk preloads it), it shares a slow connection with the
// styles and, in Lighthouse's simulation, pushes the largest contentful
// paint from ~1.0 s to ~2.0 s. Measured cost: none beyond noise in the time
// until the widget is live (benches/first-paint.mjs). A background tab
// paints no frames, hence the 100 ms fallback.
await new Promise((go) => {
  requestAnimationFrame(() => setTimeout(go));
  setTimeout(go, 100);
});
