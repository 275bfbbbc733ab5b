// Trunk post-build hook: moves trunk's inline loader script into a file, so
// the page runs under a strict Content-Security-Policy without
// 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
// Trunk runs it with TRUNK_STAGING_DIR set; it also takes the folder as an argument.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no folder given and TRUNK_STAGING_DIR is not set');
  process.exit(1);
}
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
// An inline module script: <script type=module> or <script type="module">, with a body.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(dir, name), `${body.trim()}\n`);
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; a strict CSP would block it');
  process.exit(1);
}
writeFileSync(htmlPath, html);
console.log(`post-build: moved ${moved} inline loader script(s) into files`);
