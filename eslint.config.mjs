// Lints the code that runs in the browser (js/), the Node scripts, the
// benchmarks and the tests. `scripts/test` runs it.
import js from '@eslint/js';

const browser = Object.fromEntries(
  ['window', 'document', 'navigator', 'location', 'console', 'self', 'caches', 'fetch', 'URL', 'Blob',
    'Response', 'DecompressionStream', 'atob', 'requestAnimationFrame', 'setTimeout', 'MutationObserver',
    'Element', 'NodeFilter', 'CustomEvent', 'dispatchEvent', 'WebAssembly', 'InputEvent', 'getComputedStyle',
    'history', 'performance', 'CSSStyleSheet', 'PerformanceObserver', 'DOMParser', 'clearTimeout', 'sessionStorage',
    'DOMException']
    .map((name) => [name, 'readonly']),
);
const node = Object.fromEntries(
  ['process', 'console', 'URL', 'setTimeout', 'clearTimeout', 'global', 'performance', 'fetch', 'Buffer',
    'TextEncoder', 'TextDecoder', 'structuredClone', 'require', 'module', '__dirname']
    .map((name) => [name, 'readonly']),
);

export default [
  js.configs.recommended,
  {
    files: ['js/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: browser },
  },
  {
    files: ['benches/peers/**/*.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: { ...browser, MiniSearch: 'readonly' } },
  },
  {
    files: ['js/accordion.js', 'js/after-first-paint.js', 'js/embed.js', 'js/embed-story.js', 'js/register-service-worker.js',
      'js/sw.js', 'js/unpack-wasm.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...node, ...browser } },
  },
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'vendor/**'] },
];
