// A small static file server for the built widget (dist/), with the right
// MIME type for .wasm. Used by `scripts/serve` and by the end-to-end tests.
// Run: node scripts/static-server.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|txt)$/;

/**
 * The file a request path names inside `root` (a canonical path), or null
 * when it names anything outside it: `..` segments, encoded (`%2e%2e%2f`)
 * or not, and links that lead out are all refused. Compares canonical
 * paths, not prefixes of strings, so `/../dist-old/x` is not `dist/`.
 */
export async function fileInside(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const inside = (path) => path === root || path.startsWith(root + sep);
  const named = resolve(root, `.${sep}${decoded}`);
  if (!inside(named)) return null;
  let file;
  try {
    file = await realpath(named);
  } catch {
    return null;
  }
  if (!inside(file)) return null;
  if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  return file;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port). Resolves to the
 * server; `server.served` lists every path asked for, in order, and
 * `server.sent` the bytes of each response's body, as sent. With `noStore`
 * every response says `Cache-Control: no-store`, as some hosts do: the
 * browser's HTTP cache then keeps nothing.
 */
export function startServer(dir, port = 0, { noStore = false } = {}) {
  const served = [];
  const sent = [];
  const rootReady = realpath(resolve(dir));
  // Compressed bodies by file, size and time, as a host or CDN keeps them:
  // compressing a large wasm on every request would time the server.
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    served.push(request.url);
    try {
      const root = await rootReady;
      const file = await fileInside(root, new URL(request.url, 'http://x').pathname);
      if (!file) throw new Error('not a file inside the served folder');
      const { size, mtimeMs } = await stat(file);
      let body = await readFile(file);
      // Trunk names assets by content hash: they never change, so the
      // browser need not ask again. Pages are checked on every visit.
      const immutable = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(file);
      const headers = {
        'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': noStore ? 'no-store' : immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
      };
      // Gzip, as any real host does: sizes and timings then match what a
      // reader would get.
      if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${size}:${mtimeMs}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 6 }));
        body = compressed.get(key);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
      sent.push(body.length);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      sent.push(9);
    }
  });
  server.served = served;
  server.sent = sent;
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const server = await startServer(dir, port);
  console.log(`Serving ${dir} on http://127.0.0.1:${server.address().port}/ (Ctrl+C stops)`);
}
