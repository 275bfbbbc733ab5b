// What a story in each supported language costs a reader beside an English
// one: the engine's wasm and glue, built for each language (FAQ_LANG) as the
// release build makes them (cargo's release profile, wasm-bindgen, wasm-opt
// with templates/story.html's flags), gzip -9 and Brotli 11, and the difference from
// English. The rest of a standalone page (styles, loader, the story's own
// page) does not depend on the language.
//   node benches/languages.mjs [code...]     (default: every supported code)
// Takes about 20 s per language. Writes nothing outside target/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = new URL('../', import.meta.url).pathname;
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const PUBLISHER = join(TARGET, 'release/faq-publish');
const GOAL_KB = 10;

const supported = () => {
  const error = (() => {
    try {
      execFileSync(PUBLISHER, ['language', 'xx'], { stdio: 'pipe' });
      return '';
    } catch (failed) {
      return String(failed.stderr);
    }
  })();
  // Aliases (nb, nn) name an engine another code already builds.
  return error.split('supported: ')[1].trim().split(', ').filter((code) => !['nb', 'nn'].includes(code));
};

function build(code) {
  const env = { ...process.env, FAQ_LANG: code };
  execFileSync('cargo', ['build', '--locked', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'faq-widget'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  const out = join(TARGET, 'languages', code);
  mkdirSync(out, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, join(TARGET, 'wasm32-unknown-unknown/release/faq-widget.wasm')]);
  const wasm = join(out, 'faq-widget_bg.wasm');
  execFileSync('wasm-opt', ['-Oz', '--low-memory-unused', '--converge', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', wasm, '-o', wasm]);
  const size = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of readdirSync(out).filter((n) => /\.(js|wasm)$/.test(n))) {
    const body = readFileSync(join(out, name));
    size.raw += body.length;
    size.gzip += gzipSync(body, { level: 9 }).length;
    size.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return size;
}

execFileSync('cargo', ['build', '--locked', '--release', '--quiet', '-p', 'faq-publish'], { cwd: ROOT, stdio: 'inherit' });
const codes = process.argv.slice(2).length ? process.argv.slice(2) : supported();
const kb = (bytes) => (bytes / 1024).toFixed(1);
const english = build('en');
console.log(`${'language'.padEnd(10)} ${'wasm+glue gzip'.padStart(15)} ${'Brotli'.padStart(8)} ${'vs en gzip'.padStart(11)} ${'Brotli'.padStart(8)}`);
let over = 0;
for (const code of codes) {
  const size = code === 'en' ? english : build(code);
  const more = size.gzip - english.gzip;
  if (more > GOAL_KB * 1024) over += 1;
  console.log(`${code.padEnd(10)} ${kb(size.gzip).padStart(12)} KB ${kb(size.brotli).padStart(8)} ${`${more >= 0 ? '+' : ''}${kb(more)}`.padStart(11)} ${`${size.brotli >= english.brotli ? '+' : ''}${kb(size.brotli - english.brotli)}`.padStart(8)}`);
}
console.log(over ? `${over} language(s) cost more than ${GOAL_KB} KB gzip over English` : `every language within ${GOAL_KB} KB gzip of English`);
// Leave the English engine's wasm as the last build, as trunk expects none.
build('en');
