// The publisher at scale, and what the next story costs a reader:
//   publish time   scripts/publish's per-story work (faq-publish publish,
//                  the engine already built) for 1, 100 and 1,000
//                  story-sized corpora (the shipped story, its summary
//                  numbered so no two are the same), median and p95 of
//                  `rounds` runs into a fresh folder each;
//   next story     gzip and Brotli bytes of a story's own files, which is
//                  all a reader who has the engine cached downloads: its
//                  page (index.html) or its embed script (faq-widget.js),
//                  for the story (8 pairs), StackFAQ (125 long answers,
//                  from ../shared) and 1,000 synthetic pairs.
// Run (after benches/build-engine.sh): node benches/publish.mjs [rounds]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild } from '../scripts/sizes.mjs';
import { median, p95 } from './stats.mjs';

const rounds = Number(process.argv[2] ?? 5);
const root = new URL('../', import.meta.url).pathname;
const work = join(root, 'target/bench/publish');
const engine = process.env.FAQ_ENGINE_DIR ?? join(root, 'target/engine');
const prerender = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'release/faq-publish');
const story = readFileSync(join(root, 'corpus/ukraine-peacekeepers.txt'), 'utf8');

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'stories'), { recursive: true });
// Builds the engine if it is out of date, through the README's command.
execFileSync('bash', [join(root, 'scripts/publish'), '--out', join(work, 'warm'), join(root, 'corpus/ukraine-peacekeepers.txt')],
  { stdio: ['ignore', 'ignore', 'inherit'] });

const files = Array.from({ length: 1000 }, (_, i) => {
  const file = join(work, 'stories', `story-${String(i).padStart(4, '0')}.txt`);
  writeFileSync(file, story.replace(/^([^\n]*)/, `$1 (Edition ${i + 1}.)`));
  return file;
});

const report = { date: new Date().toISOString(), rounds, publish: {}, nextStory: {} };
console.log(`publish time, engine built (${rounds} rounds, median / p95)`);
for (const count of [1, 100, 1000]) {
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    const out = join(work, `out-${count}`);
    rmSync(out, { recursive: true, force: true });
    const started = process.hrtime.bigint();
    execFileSync(prerender, ['publish', '--engine', engine, '--out', out, ...files.slice(0, count)], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  report.publish[count] = { medianS: median(times), p95S: p95(times) };
  console.log(`  ${String(count).padStart(5)} stories  ${median(times).toFixed(2)} / ${p95(times).toFixed(2)} s` +
    `  (${((median(times) / count) * 1000).toFixed(1)} ms a story)`);
}

const corpora = {
  story: join(root, 'corpus/ukraine-peacekeepers.txt'),
  stackfaq: join(root, '../shared/queries/stackfaq/corpus.txt'),
  '1000': join(root, 'target/bench/data/synthetic-1000.txt'),
};
const named = Object.entries(corpora).map(([name, file]) => {
  const copy = join(work, 'stories', `${name}.txt`);
  writeFileSync(copy, readFileSync(file));
  return copy;
});
const out = join(work, 'sizes');
execFileSync(prerender, ['publish', '--engine', engine, '--out', out, ...named], { stdio: 'ignore' });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nnext story, engine cached: the story\'s own file (gzip / Brotli)');
for (const name of Object.keys(corpora)) {
  const { downloads } = measureBuild(out, name);
  report.nextStory[name] = {
    page: downloads['next story page'],
    embed: downloads['next story embed'],
    firstVisitPage: downloads['standalone page'],
    firstVisitEmbed: downloads['embed path'],
  };
  const { page, embed } = report.nextStory[name];
  console.log(`  ${name.padEnd(9)} page ${kb(page.gzip)} / ${kb(page.brotli)}   embed script ${kb(embed.gzip)} / ${kb(embed.brotli)}` +
    `   (first visit: page ${kb(downloads['standalone page'].gzip)}, embed ${kb(downloads['embed path'].gzip)} gzip)`);
}
writeFileSync(join(root, 'target/bench/publish.json'), `${JSON.stringify(report, null, 2)}\n`);
