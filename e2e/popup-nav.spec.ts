import { textsOf } from './expected.ts';
import { annotatedDemoPage, expect, popupOf, test } from './fixtures.ts';

test.describe('popup navigation in Chromium', () => {
  test('the first screen gives the verdict and jump links that move focus to each section', async ({
    chromiumSession,
    demo,
  }) => {
    const file = 'rochester-rewrite.html';
    const page = await annotatedDemoPage(chromiumSession, demo, file, 3);
    const popup = await popupOf(chromiumSession, page);
    await popup.setViewportSize({ width: 380, height: 600 });
    const discrepant = textsOf(file, 'discrepant').length;
    await expect(popup.locator('#verdict-line')).toHaveText(
      `This page differs from the original reports in ${discrepant} places`,
    );
    const links = popup.locator('#jump-links a');
    await expect(links).toHaveText([
      'What differs from the originals',
      'Consistent sentences',
      'How this page is made',
      'When it happened',
    ]);
    // The verdict and every jump link are on the first screen.
    for (const box of [
      await popup.locator('#verdict-line').boundingBox(),
      ...(await Promise.all((await links.all()).map((l) => l.boundingBox()))),
    ]) {
      expect(box).not.toBeNull();
      expect((box?.y ?? 999) + (box?.height ?? 999)).toBeLessThanOrEqual(600);
    }
    for (const [name, heading] of [
      ['When it happened', 'timeline-heading'],
      ['How this page is made', 'signals-heading'],
      ['Consistent sentences', 'consistent-heading'],
      ['What differs from the originals', 'discrepancies-heading'],
    ] as const) {
      await popup.getByRole('link', { name }).focus();
      await popup.keyboard.press('Enter');
      await expect(popup.locator(`#${heading}`)).toBeFocused();
      await expect(popup.locator(`#${heading}`)).toBeInViewport();
    }

    // A careful retelling agrees; a page with one difference says so in the singular.
    await page.goto(demo.url + 'rochester-careful.html');
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(1);
    const careful = await popupOf(chromiumSession, page);
    await expect(careful.locator('#verdict-line')).toHaveText(
      'This page agrees with the original reports',
    );
    await page.goto(demo.url + 'police-chiefs-undated.html');
    const undated = await popupOf(chromiumSession, page);
    await expect(undated.locator('#verdict-line')).toHaveText(
      'This page differs from the original reports in 1 place',
    );
  });

  test('a page whose every finding is unverified says it could not be checked, not that it agrees', async ({
    chromiumSession,
  }) => {
    // The demo retelling's two sentences the record neither confirms nor contradicts, and one it has nothing on.
    const unverified = textsOf('rochester-rewrite.html', 'unverified');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rochester police and the mayor</title></head><body><main><article>
      <h1>Rochester police and the mayor</h1>${unverified.map((text) => `<p>${text}</p>`).join('')}
      <p>Rochester police officers answered a call from federal agents on a highway, and the mayor of Rochester later spoke about immigration enforcement and the city's sanctuary policy.</p>
      </article></main></body></html>`;
    await chromiumSession.context.route('http://unchecked.example/**', (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    const page = await chromiumSession.context.newPage();
    await page.goto('http://unchecked.example/page.html');
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('sourcelight-unverified')?.size ?? 0))
      .toBe(unverified.length);
    expect(
      await page.evaluate(
        () =>
          (CSS.highlights.get('sourcelight-discrepant')?.size ?? 0) +
          (CSS.highlights.get('sourcelight-consistent')?.size ?? 0),
      ),
    ).toBe(0);
    const popup = await popupOf(chromiumSession, page);
    await expect(popup.locator('#verdict-line')).toHaveText(
      'This page could not be checked against the original reports',
    );
    await expect(popup.locator('#verdict-line')).toHaveClass(/verdict-unverified/);
    await expect(popup.locator('#summary')).toHaveText(
      `0 discrepant · 0 consistent · ${unverified.length} unverified`,
    );
    await expect(popup.locator('#findings .page-text')).toHaveText(unverified);
  });

  test('the consistent sentences are listed on demand, as many as the summary counts', async ({
    chromiumSession,
    demo,
  }) => {
    const file = 'rochester-rewrite.html';
    const page = await annotatedDemoPage(chromiumSession, demo, file, 3);
    const popup = await popupOf(chromiumSession, page);
    const consistent = textsOf(file, 'consistent');
    await expect(popup.locator('#consistent')).toBeHidden();
    await popup.locator('#consistent-section > summary').click();
    await expect(popup.locator('#consistent > li')).toHaveCount(consistent.length);
    await expect(popup.locator('#consistent .page-text')).toHaveText(consistent);
    for (const original of await popup.locator('#consistent .original-text').all())
      await expect(original).not.toBeEmpty();
  });

  test('the sections fold: what differs open, how the page is made folded with its count', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const popup = await popupOf(chromiumSession, page);
    await popup.setViewportSize({ width: 380, height: 600 });
    await expect(popup.locator('#findings-section')).toHaveAttribute('open', '');
    await expect(popup.locator('#findings')).toBeVisible();
    await expect(popup.locator('#signals-section')).not.toHaveAttribute('open');
    await expect(popup.locator('#signals')).toBeHidden();
    await expect(popup.locator('#signals-heading')).toHaveText('How this page is made (4)');
    // Folding what differs brings the other sections up to the first screens.
    await popup.locator('#findings-section > summary').click();
    await expect(popup.locator('#findings')).toBeHidden();
    const folded = await popup.locator('#signals-section > summary').boundingBox();
    expect(folded?.y ?? 9999).toBeLessThan(900); // was about six screens down
    await popup.locator('#signals-section > summary').click();
    await expect(popup.locator('#signals > li')).toHaveCount(4);
    await expect(popup.locator('#signals > li').first()).toBeVisible();
  });

  test('every marker on the timeline has a name, and a legend says what the marks are', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await annotatedDemoPage(chromiumSession, demo, 'rochester-rewrite.html', 3);
    const popup = await popupOf(chromiumSession, page);
    const markers = popup.locator('#timeline svg.strip [role="img"]');
    await popup.locator('#timeline summary').click();
    await expect(markers).toHaveCount(await popup.locator('.timeline-list li').count());
    const names = await markers.evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label') ?? ''),
    );
    expect(names.every((name) => name.length > 3)).toBe(true);
    expect(names).toContainEqual(expect.stringMatching(/^This page: .*Biden administration/i));
    await expect(
      popup.getByRole('img', { name: /^This page: .*Biden administration/i }),
    ).toHaveCount(1);
    await expect(popup.locator('#timeline-legend li')).toHaveText([
      'an event of the story',
      'a time this page gives',
      "the story's time",
    ]);
    await expect(popup.locator('#timeline-legend')).toBeVisible();
  });
});
