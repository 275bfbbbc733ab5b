// The downloads' table at the top of benches/README.md is the release
// build's, to the byte: a change that moves a size without writing the
// table again (node scripts/sizes.mjs --readme dist) fails here. Needs the
// release build in dist/ (scripts/test makes it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBuild, readmeTable, sizeTable } from '../../scripts/sizes.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = `${ROOT}dist/`;
// The table is the built-in story's: a release build of another story
// (FAQ_CORPUS, as `FAQ_CORPUS=<story> scripts/test` makes it) has its own sizes.
const BUILT_IN = resolve(ROOT, 'corpus/ukraine-peacekeepers.txt');
const other = process.env.FAQ_CORPUS && resolve(ROOT, process.env.FAQ_CORPUS) !== BUILT_IN;

test("benches/README.md's downloads table is the release build's", { skip: other && `dist/ carries FAQ_CORPUS (${process.env.FAQ_CORPUS}), not the built-in story the table measures` }, () => {
  assert.ok(existsSync(`${DIST}faq-engine.json`), 'dist/ has no release build: run trunk build --release first');
  const written = readmeTable();
  assert.ok(written, 'benches/README.md has its sizes marks');
  const { downloads } = measureBuild(DIST);
  assert.equal(written, sizeTable(downloads), 'the sizes moved: run node scripts/sizes.mjs --readme dist');
});

test('the table names every download and its budget', () => {
  const table = sizeTable({
    'standalone page': { raw: 3000, gzip: 2048, brotli: 1024 },
    'next story page': null,
  }, { 'standalone page': { gzipKB: 122, brotliKB: 102 } });
  assert.equal(table.split('\n')[2], '| standalone page | 2.0 KB (2,048 B) | 1.0 KB (1,024 B) | 122 KB gzip, 102 KB Brotli |');
  assert.equal(table.split('\n').length, 3, 'a missing download has no row');
});
