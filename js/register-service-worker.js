// Appended to the standalone page's loader: registers the service worker
// that keeps every file of the page, so it reloads with the network off. A
// page opened from disk has no service worker.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker
    .register('./sw.js')
    .catch((error) => console.warn('FAQ widget: offline copy unavailable:', error.message));
}
