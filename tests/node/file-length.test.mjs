// The house's rule for long files (issue 32): no Rust file of the project is
// over 600 lines before its tests (its first `#[cfg(test)]` line, or its end).
// Vendored code (vendor/) is not the project's. The files are git's, so a
// file not yet added is not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const LIMIT = 600;

/** The lines of `text` before its first `#[cfg(test)]` line. */
export function linesBeforeTests(text) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const tests = lines.findIndex((line) => line.startsWith('#[cfg(test)]'));
  return tests === -1 ? lines.length : tests;
}

test('lines before the tests are counted up to the first #[cfg(test)], or to the end', () => {
  assert.equal(linesBeforeTests('fn a() {}\n\n#[cfg(test)]\nmod tests {}\n'), 2);
  assert.equal(linesBeforeTests('fn a() {}\nfn b() {}\n'), 2);
  assert.equal(linesBeforeTests('    #[cfg(test)]\nfn a() {}\n'), 2, 'an indented attribute inside an item is not the tests');
});

test(`no Rust file of the project is over ${LIMIT} lines before its tests`, () => {
  const files = execFileSync('git', ['ls-files', '*.rs'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.startsWith('vendor/'));
  assert.ok(files.length > 50, `git lists the project's Rust files (${files.length})`);
  const long = files
    .map((file) => [file, linesBeforeTests(readFileSync(join(ROOT, file), 'utf8'))])
    .filter(([, lines]) => lines > LIMIT)
    .map(([file, lines]) => `${file}: ${lines} lines`);
  assert.deepEqual(long, [], `split these files (${LIMIT} lines at most before their tests)`);
});
