// The static server serves its folder and nothing outside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';

let base;
let server;

/** Status and body of a raw request path (sent as written, not normalised). */
function get(path) {
  return new Promise((done, fail) => {
    const { port } = server.address();
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

before(async () => {
  base = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(base, 'dist'));
  mkdirSync(join(base, 'dist', 'sub'));
  mkdirSync(join(base, 'dist-old'));
  writeFileSync(join(base, 'dist', 'index.html'), 'inside');
  writeFileSync(join(base, 'dist', 'sub', 'a b.txt'), 'spaced');
  writeFileSync(join(base, 'dist-old', 'x'), 'SECRET sibling');
  writeFileSync(join(base, 'secret.txt'), 'SECRET parent');
  symlinkSync(join(base, 'secret.txt'), join(base, 'dist', 'link.txt'));
  server = await startServer(join(base, 'dist'));
});

after(async () => {
  await new Promise((done) => server.close(done));
  rmSync(base, { recursive: true, force: true });
});

test('serves the files of its folder', async () => {
  assert.deepEqual(await get('/'), { status: 200, body: 'inside' });
  assert.deepEqual(await get('/index.html'), { status: 200, body: 'inside' });
  assert.deepEqual(await get('/sub/a%20b.txt'), { status: 200, body: 'spaced' });
  assert.deepEqual(await get('/sub/../index.html'), { status: 200, body: 'inside' });
});

test('never serves anything outside its folder, however the path is spelled', async () => {
  for (const path of [
    '/..%2fdist-old%2fx',
    '/..%2Fdist-old%2Fx',
    '/%2e%2e/dist-old/x',
    '/%2e%2e%2fsecret.txt',
    '/../secret.txt',
    '/sub/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/link.txt',
    '/%00',
    '/%E0%A4%A',
    '/missing.html',
  ]) {
    const { status, body } = await get(path);
    assert.equal(status, 404, path);
    assert.ok(!body.includes('SECRET'), path);
  }
});
