// Explainers as newsrooms write them: a Markdown story with front matter
// (tests/fixtures/harbour-bridge.md: two-paragraph answers, bulleted and
// numbered lists, bold, italic, links to the web, mail and a telephone),
// published with scripts/publish beside the release build's engine, no
// --lang given. Its answers have the same structure live, without
// JavaScript, embedded with and without the engine, printed, saved as one
// file and in its JSON-LD; search highlights inside list items; its
// headline, dates and section are in <h1>, <title>, the JSON-LD, the front
// page and stories.json; its search field says its own words, not the
// demo's; a story in another language is published in it, and said;
// every Markdown fault gets its own error; theming works on the page and
// the embed as the README says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contract, openBrowser, openOfflineFile, recordingPage, savedCopy, searchSite, openFrontPage, LIVE_WIDGET } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const { classes } = contract;
const BRIDGE = 'harbour-bridge';
const HEADLINE = 'Harbour Bridge closure: what drivers need to know';
const EMBED = `[${contract.embedAttribute}]`;

let scratch;
let out;
let session;

/** Runs scripts/publish; returns its status and output. */
function publish(args, env = { FAQ_ENGINE_DIR: join(ROOT, 'dist') }) {
  const run = spawnSync('bash', [join(ROOT, 'scripts/publish'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'faq-markdown-'));
  out = join(scratch, 'site');
  const stories = [join(ROOT, 'tests/fixtures/harbour-bridge.md'), join(ROOT, 'tests/fixtures/night-trains.txt')];
  const { status, output } = publish(['--out', out, ...stories]);
  assert.equal(status, 0, output);
  assert.match(output, /harbour-bridge\.md: English \(en\), as its front matter says/);
  assert.match(output, /night-trains\.txt: English \(en\), found in its text/);
  writeFileSync(
    join(out, 'host.html'),
    `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">
    <style>[${contract.embedAttribute}] { --faq-accent: rgb(176, 0, 32); }</style>
    <script src="./${BRIDGE}/faq-widget.js" defer></script></head>
    <body><main><h1>Host</h1><div ${contract.embedAttribute}="${BRIDGE}"></div></main></body></html>`,
  );
  writeFileSync(join(out, 'theme.css'), `#${contract.mountId} { --faq-accent: rgb(0, 100, 0); }`);
  session = await openBrowser(out);
});
after(async () => {
  await session?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * The answers of class `answerClass` under `root` (the document, or a
 * shadow root) as structure: each answer's blocks, each block its tag and
 * its pieces, bold, italic and links kept, highlights dropped. Runs in the
 * page.
 */
function answersOf(answerClass, root = document) {
  const shape = (node) => {
    if (node.nodeType === 3) return node.textContent; // a text node
    const inner = [...node.childNodes].map(shape).join('');
    const tag = node.tagName.toLowerCase();
    if (tag === 'mark') return inner;
    if (tag === 'a') return `a[${node.getAttribute('href')}](${inner})`;
    return `${tag}(${inner})`;
  };
  return [...root.querySelectorAll(`.${answerClass}`)].map((answer) =>
    answer.tagName === 'P' ? [shape(answer)] : [...answer.children].map(shape),
  );
}

/** `answersOf` in the page, under the shadow root of the element `host`. */
function answersInShadow(page, host, answerClass) {
  return page.evaluate(
    ([selector, name, source]) => new Function(`return ${source}`)()(name, document.querySelector(selector).shadowRoot),
    [host, answerClass, answersOf.toString()],
  );
}

/** The structure of every answer in the JSON-LD's FAQPage of `page`. */
function answersInJsonLd(page) {
  return page.evaluate(() => {
    const data = [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent))
      .find((json) => json['@type'] === 'FAQPage');
    return data.mainEntity.map((question) => question.acceptedAnswer.text);
  });
}

let expected;

test('the Markdown explainer: the same structure live, without JavaScript, embedded with and without its engine, and saved', async () => {
  const url = `${session.url}${BRIDGE}/`;
  // Live.
  const live = await recordingPage(session);
  await live.page.goto(url);
  await live.page.locator(LIVE_WIDGET).waitFor();
  expected = await live.page.evaluate(answersOf, classes.itemAnswer);
  assert.deepEqual(expected[0], [
    'p(The bridge closes at strong(10pm on Sunday 30 November) and reopens on em(Monday 12 January).)',
    'p(Pedestrians and cyclists can still cross on the east walkway.)',
  ]);
  assert.deepEqual(expected[1], [
    'p(There are three ways across:)',
    'ul(li(the strong(ferry) from Quay Street, every ten minutes;)li(the harbour tunnel, toll-free for residents;)li(the number 12 bus, which goes round by the ring road.))',
    'p(Check the a[https://council.example/bridge](council\'s travel page) before you leave.)',
  ]);
  assert.deepEqual(expected[2], ['ol(li(Keep your old pass.)li(Show it to the driver.)li(Ask for a replacement at any ferry office.))']);
  assert.deepEqual(expected[3], [
    'p(a[mailto:desk@news.example?subject=Bridge](Write to the desk) or a[tel:+44-20-7946-0000](call us). Markup-like text such as 3 < 4 > 2, 5 * 6 and [brackets] stays text.)',
  ]);
  const axe = await new AxeBuilder({ page: live.page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation');
  assert.deepEqual(live.messages, []);

  // The JSON-LD's answers, read as HTML, hold the same.
  const html = await answersInJsonLd(live.page);
  const fromJsonLd = await live.page.evaluate(
    ([answers, answerClass, source]) => {
      const answersIn = new Function(`return ${source}`)();
      return answers.map((text) => {
        // An answer of one paragraph is its inline HTML; one of blocks,
        // its paragraphs and lists.
        const holder = document.createElement('div');
        holder.innerHTML = text;
        const blocks = holder.querySelector('p, ul, ol') !== null;
        holder.innerHTML = blocks ? `<div class="${answerClass}">${text}</div>` : `<p class="${answerClass}">${text}</p>`;
        return answersIn(answerClass, holder)[0];
      });
    },
    [html, classes.itemAnswer, answersOf.toString()],
  );
  assert.deepEqual(fromJsonLd, expected, 'the JSON-LD');
  await live.context.close();

  // Without JavaScript: the prerendered page.
  const still = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await still.newPage();
  await page.goto(url);
  assert.deepEqual(await page.evaluate(answersOf, classes.itemAnswer), expected, 'without JavaScript');
  await still.close();

  // Embedded, live and without its engine.
  for (const engine of [true, false]) {
    const host = await recordingPage(session);
    if (!engine) await host.context.addInitScript(() => delete globalThis.WebAssembly);
    await host.page.goto(`${session.url}host.html`);
    const ready = engine ? LIVE_WIDGET : `.${classes.widgetStatic}`;
    await host.page.waitForFunction(([embed, done]) => document.querySelector(embed)?.shadowRoot?.querySelector(done), [EMBED, ready]);
    const embedded = await answersInShadow(host.page, EMBED, classes.itemAnswer);
    assert.deepEqual(embedded, expected, engine ? 'embedded' : 'embedded without its engine');
    await host.context.close();
  }

  // Saved as one file and opened from disk, with nothing fetched.
  const saved = await savedCopy(session, url);
  const offline = await openOfflineFile(session, saved);
  await offline.page.locator(LIVE_WIDGET).waitFor();
  assert.deepEqual(await offline.page.evaluate(answersOf, classes.itemAnswer), expected, 'the saved copy');
  assert.equal(await offline.page.locator('h1').textContent(), HEADLINE, "the saved copy's headline");
  assert.equal(await offline.page.locator(`.${contract.aboutClass}`).count(), 1, 'and what its front matter says');
  assert.deepEqual(offline.aborted, []);
  await offline.context.close();
});

test('printed, every answer shows its paragraphs and lists', async () => {
  const { context, page } = await recordingPage(session);
  await page.goto(`${session.url}${BRIDGE}/`);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await page.evaluate(answersOf, classes.itemAnswer), expected);
  const visible = await page.locator(`.${classes.itemAnswer} li`).evaluateAll((items) => items.map((li) => li.checkVisibility()));
  assert.deepEqual(visible, [true, true, true, true, true, true], 'every list item prints');
  await context.close();
});

test('search reads every list item and highlights inside it', async () => {
  const { context, page, messages } = await recordingPage(session);
  await page.goto(`${session.url}${BRIDGE}/`);
  await page.locator(LIVE_WIDGET).waitFor();
  await page.locator(`.${classes.searchInput}`).fill('replacement');
  const marked = page.locator(`.${classes.itemAnswer} ol > li mark`);
  await marked.first().waitFor();
  assert.equal(await marked.first().textContent(), 'replacement');
  await page.locator(`.${classes.searchInput}`).fill('tunnel');
  await page.locator(`.${classes.itemAnswer} ul > li mark`).first().waitFor();
  assert.deepEqual(await page.locator(`.${classes.itemButton}`).allTextContents(), ['How do I get across instead?']);
  assert.deepEqual(messages, []);
  await context.close();
});

test('the headline, dates and section: <h1>, <title>, JSON-LD, the front page and stories.json', async () => {
  const { context, page } = await recordingPage(session);
  await page.goto(`${session.url}${BRIDGE}/`);
  assert.equal(await page.title(), `${HEADLINE} · Explainer: your questions answered`);
  assert.equal(await page.locator('h1').textContent(), HEADLINE);
  assert.equal(
    await page.locator(`.${contract.aboutClass}`).textContent(),
    'Transport · Published 20 November 2026 · Updated 28 November 2026 · news.example/transport/harbour-bridge',
  );
  const article = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)).find((j) => j['@type'] === 'NewsArticle'),
  );
  assert.deepEqual(
    [article.headline, article.datePublished, article.dateModified, article.articleSection, article.keywords, article.url],
    [HEADLINE, '2026-11-20', '2026-11-28T09:30:00Z', 'Transport', ['roads', 'ferries'], 'https://news.example/transport/harbour-bridge'],
  );
  // The masthead goes to the front page.
  await page.locator(`[${contract.homeAttribute}]`).click();
  await page.waitForURL(session.url);
  const listed = await page.locator(`.${contract.site.storiesClass} li`).allTextContents();
  assert.equal(listed.length, 2);
  assert.match(listed.find((item) => item.startsWith(HEADLINE)), /Transport · English · 4 questions · Updated 28 November 2026$/);
  await context.close();
  const stories = JSON.parse(readFileSync(join(out, 'stories.json'), 'utf8'));
  const bridge = stories.find((story) => story.name === BRIDGE);
  assert.deepEqual(
    [bridge.headline, bridge.date, bridge.updated, bridge.section, bridge.tags, bridge.url],
    [HEADLINE, '2026-11-20', '2026-11-28T09:30:00Z', 'Transport', ['roads', 'ferries'], 'https://news.example/transport/harbour-bridge'],
  );
  // The .txt story: its summary's first whole sentence, not a cut.
  const trains = stories.find((story) => story.name === 'night-trains');
  assert.ok(!trains.headline.endsWith('…'), trains.headline);
});

test("the front page's passages read a list item's words", async () => {
  const { context, page } = await openFrontPage(session);
  const results = await searchSite(page, 'ring road', /^1 question found/);
  assert.match(await results.first().textContent(), /number 12 bus, which goes round by the ring road/);
  await context.close();
});

test("each story's search field says its own words; the demo's are on no other story", async () => {
  const { context, page } = await recordingPage(session);
  const placeholders = {};
  for (const name of [BRIDGE, 'night-trains']) {
    await page.goto(`${session.url}${name}/`);
    placeholders[name] = await page.locator(`.${classes.searchInput}`).getAttribute('placeholder');
  }
  assert.equal(placeholders[BRIDGE], 'For example: bridge, bus, ferries');
  assert.match(placeholders['night-trains'], /^For example: /);
  for (const placeholder of Object.values(placeholders)) assert.doesNotMatch(placeholder, /NATO|Kyiv|ceasefire/);
  // The embed says the story's words too.
  await page.goto(`${session.url}host.html`);
  await page.waitForFunction(([embed, live]) => document.querySelector(embed)?.shadowRoot?.querySelector(live), [EMBED, LIVE_WIDGET]);
  const embedded = await page.evaluate(
    ([embed, input]) => document.querySelector(embed).shadowRoot.querySelector(`.${input}`).placeholder,
    [EMBED, classes.searchInput],
  );
  assert.equal(embedded, placeholders[BRIDGE]);
  await context.close();
});

test('theming as the README says: custom properties on the page and on the embed element', async () => {
  const { context, page } = await recordingPage(session);
  await page.goto(`${session.url}host.html`);
  await page.waitForFunction(([embed, live]) => document.querySelector(embed)?.shadowRoot?.querySelector(live), [EMBED, LIVE_WIDGET]);
  const embedded = await page.evaluate(
    ([embed, button]) => getComputedStyle(document.querySelector(embed).shadowRoot.querySelector(`.${button}`)).color,
    [EMBED, classes.showAll],
  );
  assert.equal(embedded, 'rgb(176, 0, 32)', 'the embed takes --faq-accent from its element');
  await page.goto(`${session.url}${BRIDGE}/`);
  await page.locator(LIVE_WIDGET).waitFor();
  // A stylesheet of the site's own: the page's CSP allows no inline style.
  await page.addStyleTag({ url: `${session.url}theme.css` });
  const standalone = await page.locator(`.${classes.showAll}`).evaluate((button) => getComputedStyle(button).color);
  assert.equal(standalone, 'rgb(0, 100, 0)', 'the page takes --faq-accent from the mount element');
  await context.close();
});

test('every Markdown fault is its own error at its file, line and column, and publishes nothing of its story', () => {
  const dir = join(ROOT, 'tests/fixtures/markdown-errors');
  const files = readdirSync(dir).map((name) => join(dir, name));
  const site = join(scratch, 'faults');
  const { status, output } = publish(['--out', site, '--lang', 'en', ...files]);
  assert.equal(status, 1, output);
  for (const file of files) {
    assert.match(output, new RegExp(`error: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `), file);
  }
  assert.match(output, new RegExp(`published 0 of ${files.length} stories`));
  assert.deepEqual(readdirSync(site).filter((name) => !name.includes('.') && name !== 'search'), [], 'no story folder');
});

test('a Spanish story with no --lang and no lang: is published in Spanish, and said, beside a Polish one in the same run; its page searches in Spanish', async () => {
  const story = join(scratch, 'tarifa.md');
  writeFileSync(
    story,
    `---\ntitle: La tarifa del autobús sube en enero\n---\nEl billete sencillo del autobús urbano pasará de un euro y medio a dos euros a partir del primero de enero, según aprobó ayer el pleno municipal.\n\n## ¿Cuánto costará el billete sencillo?\n\nDos euros desde el **primero de enero**; los menores de doce años siguen viajando gratis.\n\n## ¿Qué pasa con el bono mensual?\n\n- mantiene su precio hasta marzo;\n- después sube un diez por ciento.\n`,
  );
  // Beside it in the same run, a story whose front matter says Polish.
  const polish = join(scratch, 'rozklad.md');
  writeFileSync(
    polish,
    `---\ntitle: Nowy rozkład jazdy tramwajów\nlang: pl\n---\nOd poniedziałku tramwaje linii 3 jeżdżą co dziesięć minut.\n\n## Jak często jeżdżą tramwaje?\n\nCo **dziesięć minut** w dni robocze.\n`,
  );
  // The whole way, as a newsroom runs it: scripts/publish finds the
  // language, says so, and builds (or finds) the Spanish engine; one run
  // publishes each story in its own language.
  const site = join(scratch, 'es-site');
  const { status, output } = publish(['--out', site, story, polish], {});
  assert.equal(status, 0, output);
  assert.match(output, /tarifa\.md: Español \(es\), found in its text/);
  assert.match(output, /rozklad\.md: Polski \(pl\), as its front matter says/);
  assert.match(readFileSync(join(site, 'rozklad/index.html'), 'utf8'), /<html lang="pl" dir="ltr">/);
  const html = readFileSync(join(site, 'tarifa/index.html'), 'utf8');
  assert.match(html, /<html lang="es" dir="ltr">/);
  assert.match(html, /<h1[^>]*>La tarifa del autobús sube en enero<\/h1>/);
  assert.match(html, /placeholder="Por ejemplo: /, 'its own words, in Spanish');
  assert.doesNotMatch(html, /Your questions, answered|Save this explainer|NATO/, 'no English page words, no demo words');
  // Told English, the run publishes it as English, with a warning that
  // names both languages.
  const told = publish(['--out', join(scratch, 'es-told-en'), '--lang', 'en', story]);
  assert.equal(told.status, 0, told.output);
  assert.match(told.output, /tarifa\.md: .*published as English \(en\), but its text reads as Español \(es\); if that is its language, give `lang: es`/);
  const spanish = await openBrowser(site);
  try {
    const { context, page, messages } = await recordingPage(spanish);
    await page.goto(`${spanish.url}tarifa/`);
    const widget = page.locator(LIVE_WIDGET);
    await widget.waitFor();
    assert.equal(await widget.getAttribute('lang'), 'es');
    // "billetes" finds "billete" through the Spanish stemmer; the list
    // item's "sube" is found inside the list, and highlighted there.
    await page.getByLabel('Buscar en las preguntas').fill('billetes');
    await page.getByRole('status').filter({ hasText: /^1 de 2 preguntas coincide$/ }).waitFor();
    assert.equal(await page.locator(`.${classes.itemButton}`).first().textContent(), '¿Cuánto costará el billete sencillo?');
    await page.getByLabel('Buscar en las preguntas').fill('sube');
    await page.getByRole('status').filter({ hasText: /^1 de 2 preguntas coincide$/ }).waitFor();
    const marked = page.locator(`.${classes.itemAnswer} ul > li mark`);
    await marked.first().waitFor();
    assert.equal(await marked.first().textContent(), 'sube');
    assert.deepEqual(messages, [], 'an empty console');
    await context.close();
  } finally {
    await spanish.close();
  }
});

test('a Polish story with no --lang and no lang: is published in Polish, and said; its front page speaks Polish', async () => {
  const story = join(scratch, 'bilety.md');
  writeFileSync(
    story,
    `---\ntitle: Nowe ceny biletów od poniedziałku\n---\nOd poniedziałku bilet jednorazowy kosztuje cztery złote, a miesięczny o dziesięć procent więcej.\n\n## Ile kosztuje teraz bilet jednorazowy?\n\nBilet jednorazowy kosztuje **cztery złote**; dzieci do lat siedmiu jeżdżą za darmo.\n\n## Gdzie kupię bilet miesięczny?\n\n- w biletomatach na przystankach;\n- w aplikacji przewoźnika.\n`,
  );
  const site = join(scratch, 'pl-site');
  const { status, output } = publish(['--out', site, story], {});
  assert.equal(status, 0, output);
  assert.match(output, /bilety\.md: Polski \(pl\), found in its text/);
  const page = readFileSync(join(site, 'bilety/index.html'), 'utf8');
  assert.match(page, /<html lang="pl" dir="ltr">/);
  assert.match(page, /Szukaj w pytaniach/, 'the Polish words');
  assert.match(page, /placeholder="Na przykład: /, 'its own words, in Polish');
  // The built-in front page, in the language of its explainers.
  const polish = await openBrowser(site);
  try {
    const { context, page: front, messages } = await openFrontPage(polish);
    assert.equal(await front.getAttribute('html', 'lang'), 'pl');
    assert.equal(await front.locator('h1').textContent(), 'Wyjaśniamy');
    assert.equal(await front.title(), 'Wyjaśniamy');
    assert.equal(await front.locator(`label[for="${contract.site.queryId}"]`).textContent(), 'Przeszukaj wszystkie wyjaśnienia');
    assert.match(await front.locator(`.${contract.site.storiesClass} li`).textContent(), / · 2 pytania · /);
    await searchSite(front, 'bilet', /^Znaleziono 2 pytania w 1 wyjaśnieniu$/);
    await searchSite(front, 'zzzz', /^Żadne pytanie nie pasuje$/);
    const axe = await new AxeBuilder({ page: front }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation');
    assert.deepEqual(messages, [], 'an empty console');
    await context.close();
  } finally {
    await polish.close();
  }
});

test("a newsroom's own templates: ten stories branded with no engine rebuild, the page live and themed", async () => {
  const stories = join(scratch, 'gazette-stories');
  mkdirSync(stories, { recursive: true });
  const files = Array.from({ length: 10 }, (_, i) => {
    const file = join(stories, `story-${i + 1}.md`);
    writeFileSync(
      file,
      `---\ntitle: Riverton story ${i + 1}: what readers ask\nsection: Local\nupdated: 2026-11-${String(10 + i).padStart(2, '0')}\n---\nRiverton's council met on Monday about the ferry timetable.\n\n## When does the ferry run?\n\nEvery **twenty minutes** from the quay.\n\n## Who decides?\n\n- the council;\n- the harbour board.\n`,
    );
    return file;
  });
  const site = join(scratch, 'gazette');
  const started = performance.now();
  const { status, output } = publish(['--out', site, '--template', join(ROOT, 'tests/fixtures/newsroom-template'), ...files]);
  const seconds = (performance.now() - started) / 1000;
  assert.equal(status, 0, output);
  assert.doesNotMatch(output, /building the .* engine/, 'no engine rebuild');
  console.log(`published 10 stories with a new template in ${seconds.toFixed(2)} s`);
  const gazette = await openBrowser(site);
  try {
    const { context, page, messages } = await recordingPage(gazette);
    await page.goto(`${gazette.url}story-3/`);
    await page.locator(LIVE_WIDGET).waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Riverton story 3: what readers ask');
    assert.equal(await page.locator('.gazette-masthead').textContent(), 'The Riverton Gazette');
    assert.equal(await page.title(), 'Riverton story 3: what readers ask · The Riverton Gazette');
    const accent = await page.locator(`.${classes.showAll}`).evaluate((button) => getComputedStyle(button).color);
    assert.equal(accent, 'rgb(122, 0, 25)', "the newsroom's stylesheet themes the widget");
    assert.deepEqual(await page.locator(`.${classes.itemAnswer} li`).allTextContents(), ['the council;', 'the harbour board.']);
    const axe = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe-core finds no violation');
    await page.locator(`[${contract.homeAttribute}]`).click();
    await page.waitForURL(gazette.url);
    assert.equal(await page.locator('h1').textContent(), 'Your questions, answered by the Gazette');
    const listed = await page.locator(`.${contract.site.storiesClass} li a`).allTextContents();
    assert.equal(listed[0], 'Riverton story 10: what readers ask', 'newest updated first');
    assert.deepEqual(messages, []);
    await context.close();
    // The saved copy carries the newsroom's stylesheet and the logo it names.
    const saved = await savedCopy(gazette, `${gazette.url}story-3/`);
    const offline = await openOfflineFile(gazette, saved);
    const logo = await offline.page.locator('.gazette-masthead').evaluate((el) => getComputedStyle(el).backgroundImage);
    assert.match(logo, /^url\("data:image\/svg\+xml;base64,/, 'the logo inside the file');
    assert.deepEqual(offline.aborted, [], 'nothing asked of the network');
    await offline.context.close();
  } finally {
    await gazette.close();
  }
});
