/**
 * The typed comparison as it ships: the extension's engine reads a sentence's
 * values against the story's record and the world file (data/world.json), as
 * the CLI does. "FBI" is another agency only with the world file's list of
 * agencies; without it the sentence is merely unverified.
 */
import { readFileSync } from 'node:fs';
import { pointOnHighlight, readCard } from './card-reader.ts';
import { expect, highlightedTexts, test } from './fixtures.ts';

const HOST = 'http://typed.example/';
const RETELLING = readFileSync(
  new URL('../demo/pages/rochester-rewrite.html', import.meta.url),
  'utf8',
);
const SENTENCE =
  'FBI agents stopped the van on Whitney Street and called Rochester police for backup.';
/** The demo retelling with one more paragraph, written for this test. */
const PAGE = RETELLING.replace('</article>', `<p>${SENTENCE}</p></article>`);

test('a sentence naming another agency is discrepant in the page, and its card shows both values', async ({
  chromiumSession,
}) => {
  await chromiumSession.context.route(`${HOST}**`, (route) =>
    route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' }),
  );
  const tab = await chromiumSession.context.newPage();
  await tab.goto(`${HOST}page.html`);
  await expect.poll(() => highlightedTexts(tab, 'sourcelight-discrepant')).toContain(SENTENCE);

  const discrepant = await highlightedTexts(tab, 'sourcelight-discrepant');
  const spot = await pointOnHighlight(tab, 'sourcelight-discrepant', discrepant.indexOf(SENTENCE));
  await tab.mouse.click(spot.x, spot.y);
  await expect.poll(async () => (await readCard(chromiumSession.context, tab))?.open).toBe(true);
  const card = await readCard(chromiumSession.context, tab);
  expect(card?.text).toContain(SENTENCE);
  expect(card?.text).toMatch(/FBI/);
  expect(card?.text).toMatch(/Homeland Security Investigations/);
});
