// Saves the story page as one file, to read it from disk (save-<hash>.js,
// a module the page loads when the reader asks). The publisher writes, for
// each engine, an offline shell (faq-offline-<hash>.html): the page
// template self-contained, the engine inside, with a mark where each
// story's parts go (`MARKS`, which the engine build puts before this
// code, with `MOUNT_ID` and `ABOUT_CLASS`). This fills it with this page's story, as the
// server sent it, and hands it to the browser as a download.
/* global MARKS, MOUNT_ID, ABOUT_CLASS */
const escaped = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export default async function save(shell) {
  const [template, served] = await Promise.all(
    [new URL(shell, location.href), location.href.split('#')[0]].map((url) => fetch(url).then((r) => r.text())),
  );
  const page = new DOMParser().parseFromString(served, 'text/html');
  const mount = page.getElementById(MOUNT_ID);
  // The shell's title is the headline's mark, then the template's title:
  // what precedes that in this page's title is the headline.
  const titled = template.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
  const after = new DOMParser().parseFromString(`<title>${titled.split(MARKS.headline).pop()}</title>`, 'text/html').title;
  const headline = page.title.endsWith(after) ? page.title.slice(0, page.title.length - after.length) : page.title;
  const parts = {
    headline: escaped(headline),
    description: escaped(page.querySelector('meta[name=description]')?.content ?? ''),
    data: [...page.querySelectorAll('script[type="application/ld+json"], script[type="application/json"]')]
      .map((script) => script.outerHTML)
      .join(''),
    widget: mount?.innerHTML ?? '',
    // The headline in the page's first <h1>, and the line the publisher
    // wrote after it (ABOUT_CLASS), if the story's front matter gave one.
    heading: page.querySelector('h1')?.innerHTML ?? '',
    about: page.querySelector(`.${ABOUT_CLASS}`)?.outerHTML ?? '',
  };
  const file = Object.entries(parts).reduce((html, [name, part]) => html.split(MARKS[name]).join(part), template);
  const name = location.pathname.split('/').filter(Boolean).pop() ?? 'explainer';
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([file], { type: 'text/html' })),
    download: `${name}.html`,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
