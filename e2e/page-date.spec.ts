/**
 * The page's own date, as the content script reads it (src/shared/published-date.ts):
 * "This week" about the November 2016 statements is the page's honest now on a
 * page dated that week (in its markup or by a visible date line), and a recycled
 * story on a page with no date read today.
 */
import { readFileSync } from 'node:fs';
import { expect, highlightedTexts, test } from './fixtures.ts';
import type { ChromiumSession } from '../scripts/launch.ts';

const HOST = 'http://dated.example/';
const UNDATED = readFileSync(
  new URL('../demo/pages/police-chiefs-undated.html', import.meta.url),
  'utf8',
);
const SENTENCE_START = 'This week, police chiefs in several sanctuary cities';
const JSON_LD =
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2016-11-18T10:00:00-05:00"}</script>';

const discrepantOn = async (chromiumSession: ChromiumSession, html: string, path: string) => {
  await chromiumSession.context.route(`${HOST}${path}`, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  const tab = await chromiumSession.context.newPage();
  await tab.goto(`${HOST}${path}`);
  await expect.poll(() => tab.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  return highlightedTexts(tab, 'sourcelight-discrepant');
};

test('"this week" is flagged on the undated page read today, not on the same page dated in November 2016 (JSON-LD)', async ({
  chromiumSession,
}) => {
  const undated = await discrepantOn(chromiumSession, UNDATED, 'undated.html');
  expect(undated.some((text) => text.startsWith(SENTENCE_START))).toBe(true);

  const dated = await discrepantOn(
    chromiumSession,
    UNDATED.replace('</head>', `${JSON_LD}</head>`),
    'dated.html',
  );
  expect(dated.some((text) => text.startsWith(SENTENCE_START))).toBe(false);
  // The rest of the page is judged as before: its misattributed and altered quotes are still flagged.
  expect(dated.length).toBe(undated.length - 1);
});

test('a visible date line under the headline dates the page when it states no date in its markup', async ({
  chromiumSession,
}) => {
  const undated = await discrepantOn(chromiumSession, UNDATED, 'undated-line.html');
  const dated = await discrepantOn(
    chromiumSession,
    UNDATED.replace('</h1>', '</h1><p class="byline">Published Nov. 18, 2016</p>'),
    'dated-line.html',
  );
  expect(dated.some((text) => text.startsWith(SENTENCE_START))).toBe(false);
  expect(dated.length).toBe(undated.length - 1);
});
