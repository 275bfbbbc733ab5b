// Takes the README's screenshots of a built or published page:
// node scripts/screenshot.mjs [out.png] [query] [width] [color-scheme] [folder] [page]
// (the release build, dist/, by default; `folder` and `page`, e.g.
// target/e2e/languages ar/, show a published story, as for docs/screenshot-ar.png).
import { openBrowser, openWidget, classes } from '../tests/e2e/browser.mjs';

const [
  out = 'docs/screenshot.png',
  query = 'peace agreement',
  width = '900',
  colorScheme = 'light',
  folder = undefined,
  path = '',
] = process.argv.slice(2);
const session = await openBrowser(folder);
try {
  const { page } = await openWidget(session, {
    viewport: { width: Number(width), height: 1500 },
    colorScheme,
    path,
  });
  if (query) await page.locator(`.${classes.searchInput}`).pressSequentially(query);
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
