// Appended to the standalone page's loader (a module beside the shared
// files): registers the service worker beside it, which keeps the shared
// files once for every story, and asks it to keep this page too, so that
// any story the reader opened reloads with the network off. A page opened
// from disk has no service worker.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker
    .register(new URL('./sw.js', import.meta.url))
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage('keep'))
    .catch((error) => console.warn('FAQ widget: offline copy unavailable:', error.message));
}
