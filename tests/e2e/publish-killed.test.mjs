// A publish killed part-way (kill -9, at a random moment of its run, 20
// times over) and then a normal run: every story is listed, each has its
// page, and no temporary file of the killed runs is left anywhere in the
// site, since the next run removes those whose process is gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const PUBLISHER = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release/faq-publish');
const KILLS = 20;

let scratch;
let stories;

/** `count` stories of the night-trains fixture, each of its own words. */
function writeStories(dir, count) {
  const [summary, ...pairs] = readFileSync(join(ROOT, 'tests/fixtures/night-trains.txt'), 'utf8').trim().split('\n');
  mkdirSync(dir);
  return Array.from({ length: count }, (_, n) => {
    const file = join(dir, `story-${n}.txt`);
    const own = pairs.map((line, i) => (i % 2 ? `${line} Route ${n}k${n}.` : line.replace(/\?$/, ` on route ${n}?`)));
    writeFileSync(file, `${summary} Story ${n}.\n${own.join('\n')}\n`);
    return file;
  });
}

const run = (out) => spawn(PUBLISHER, ['publish', '--engine', join(ROOT, 'dist'), '--out', out, '--lang', 'en', ...stories], {
  stdio: ['ignore', 'ignore', 'pipe'],
});

/** Every file below `dir` whose name is a temporary one. */
function temporaries(dir) {
  return readdirSync(dir, { recursive: true }).filter((path) => /(^|\/)\.[^/]*\.tmp$/.test(path));
}

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-killed-'));
  stories = writeStories(join(scratch, 'stories'), 12);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test(`${KILLS} publishes killed at random moments, then one run: every story listed, no temporary file left`, async () => {
  const out = join(scratch, 'site');
  // How long a whole run takes here, so that the kills fall inside one.
  // The machine's load changes while the test runs (other tests run
  // beside it), so a run that ends before its kill shortens the window to
  // its own length, and runs go on until 20 were killed part-way.
  let started = Date.now();
  const whole = spawnSync(PUBLISHER, ['publish', '--engine', join(ROOT, 'dist'), '--out', join(scratch, 'timing'), '--lang', 'en', ...stories]);
  assert.equal(whole.status, 0, String(whole.stderr));
  let duration = Date.now() - started;

  let killedMidway = 0;
  let runs = 0;
  while (killedMidway < KILLS && runs < 3 * KILLS) {
    runs += 1;
    started = Date.now();
    const child = run(out);
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal)));
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * duration);
    if ((await exited) === 'SIGKILL') {
      killedMidway += 1;
    } else {
      clearTimeout(timer);
      duration = Math.min(duration, Date.now() - started);
    }
  }
  assert.equal(killedMidway, KILLS, `${killedMidway} of ${runs} runs were killed before they ended (a run takes ${duration} ms)`);

  const last = spawnSync(PUBLISHER, ['publish', '--engine', join(ROOT, 'dist'), '--out', out, '--lang', 'en', ...stories], { encoding: 'utf8' });
  assert.equal(last.status, 0, last.stderr);
  assert.deepEqual(temporaries(out), [], 'no temporary file is left in the site');
  const listed = JSON.parse(readFileSync(join(out, 'stories.json'), 'utf8'));
  const names = (Array.isArray(listed) ? listed : listed.stories).map((story) => story.stem ?? story.name);
  assert.deepEqual(names.sort(), stories.map((_, n) => `story-${n}`).sort(), 'every story is listed');
  for (const name of names) assert.ok(existsSync(join(out, name, 'index.html')), `${name} has its page`);
});
