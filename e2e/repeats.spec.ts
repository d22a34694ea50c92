import { readCard } from './card-reader.ts';
import { textsOf } from './expected.ts';
import { expect, openPopup, tabIdFor, test } from './fixtures.ts';

test('a claim repeated through the page (headline and body) is one discrepancy: on the badge, and one popup entry that steps through its sentences', async ({
  chromiumSession,
  demo,
}) => {
  const file = 'rochester-echo.html';
  const repeated = textsOf(file, 'discrepant');
  expect(repeated.length).toBe(4);
  const page = await chromiumSession.context.newPage();
  await page.goto(demo.url + file);
  await page.waitForFunction(() => CSS.highlights.size > 0);
  const tabId = await tabIdFor(chromiumSession, page);

  const badge = () =>
    chromiumSession.serviceWorker.evaluate(
      (id) => chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
  await expect.poll(badge).toBe('1');

  const popup = await openPopup(chromiumSession, tabId);
  const entries = popup.locator('#findings .finding[data-verdict="discrepant"]');
  await expect(entries).toHaveCount(1);
  await expect(entries.locator('.repeats')).toHaveText('In 4 sentences on this page');
  // Each press goes to the next sentence that repeats the claim, in page order, and round again.
  for (const [i, text] of [...repeated, repeated[0] as string].entries()) {
    await entries
      .getByRole('button', {
        name: `Show in page, sentence ${(i % 4) + 1} of 4: ${text.slice(0, 80)}`,
      })
      .click();
    await expect
      .poll(
        async () =>
          (await readCard(chromiumSession.context, page))?.parts.find((p) => p.cls === 'page-text')
            ?.text,
      )
      .toBe(text);
  }
});
