// Part of the standalone page's loader, once the engine runs: registers the
// service worker beside the shared files, which keeps them once for every
// story, and asks it to keep this page too, so that any story the reader
// opened reloads with the network off. A page opened from disk has no
// service worker.
// eslint-disable-next-line no-unused-vars
function keepOffline(url) {
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker
      .register(url)
      // The newest worker: during an update, the old one would keep its
      // engine's files after the new one has dropped them.
      .then((registration) => (registration.installing ?? registration.waiting ?? registration.active).postMessage('keep'))
      .catch((error) => console.warn('FAQ widget: offline copy unavailable:', error.message));
  }
}
