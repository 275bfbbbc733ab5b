// Takes the README's screenshot of the release build (dist/):
// node scripts/screenshot.mjs [out.png] [query] [width] [color-scheme]
import { openBrowser, openWidget } from '../tests/e2e/browser.mjs';

const [out = 'docs/screenshot.png', query = 'peace agreement', width = '900', colorScheme = 'light'] =
  process.argv.slice(2);
const session = await openBrowser();
try {
  const { page } = await openWidget(session, {
    viewport: { width: Number(width), height: 1500 },
    colorScheme,
  });
  if (query) await page.getByLabel('Search the questions').pressSequentially(query);
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
