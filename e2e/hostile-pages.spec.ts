/**
 * Pages written to break Sourcelight, served on a made-up host by the test
 * itself. For each: the page keeps working, Sourcelight throws nothing, and
 * its highlights are right or cleanly absent.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pointOnHighlight, readCard } from './card-reader.ts';
import { textsOf } from './expected.ts';
import { expect, highlightedTexts, test } from './fixtures.ts';
import type { ChromiumSession } from '../scripts/launch.ts';

const HOST = 'http://hostile.example/';
const RETELLING = readFileSync(
  new URL('../demo/pages/rochester-rewrite.html', import.meta.url),
  'utf8',
);
/** The demo retelling's <article>, to put inside hostile pages. */
const ARTICLE = /<article>[\s\S]*<\/article>/.exec(RETELLING)?.[0] ?? '';
const DISCREPANT = textsOf('rochester-rewrite.html', 'discrepant');

const page = (head: string, body: string, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>${head}</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

async function open(
  session: ChromiumSession,
  html: string,
): Promise<{ page: Page; errors: string[] }> {
  await session.context.route(`${HOST}**`, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  const tab = await session.context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on(
    'console',
    (message) =>
      message.type() === 'error' &&
      !message.text().includes('favicon') &&
      errors.push(message.text()),
  );
  await tab.goto(`${HOST}page.html`);
  return { page: tab, errors };
}

test.describe('hostile pages in Chromium', () => {
  test('a retelling nested 5,000 elements deep (the parser flattens it out of its <article>) is still annotated', async ({
    chromiumSession,
  }) => {
    const depth = 5000;
    const { page: tab, errors } = await open(
      chromiumSession,
      page('', `${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`),
    );
    await expect.poll(() => highlightedTexts(tab, 'sourcelight-discrepant')).toEqual(DISCREPANT);
    expect(errors).toEqual([]);
  });

  test('a retelling padded to 5 MB is annotated (its cost is measured by npm run bench:browser)', async ({
    chromiumSession,
  }) => {
    const filler = Array.from(
      { length: 40_000 },
      (_, i) =>
        `<p>The allotment committee met on Tuesday to plan the spring planting of beans and squash. Plot ${i} reported a good harvest.</p>`,
    ).join('');
    const { page: tab, errors } = await open(
      chromiumSession,
      page('', ARTICLE.replace('</article>', `${filler}</article>`)),
    );
    await expect
      .poll(() => highlightedTexts(tab, 'sourcelight-discrepant'), { timeout: 15_000 })
      .toEqual(DISCREPANT);
    expect(errors).toEqual([]);
  });

  test('100,000 elements of unrelated text: nothing drawn, nothing added, the page still answers', async ({
    chromiumSession,
  }) => {
    const cells = Array.from({ length: 100_000 }, (_, i) => `<span>cell ${i}</span>`).join('');
    const { page: tab, errors } = await open(chromiumSession, page('', `<main>${cells}</main>`));
    await tab.waitForTimeout(1000);
    expect(
      await tab.evaluate(() => [CSS.highlights.size, document.querySelectorAll('*').length]),
    ).toEqual([0, 100_006]);
    expect(errors).toEqual([]);
  });

  test("a page that takes Sourcelight's element names and styles its marks still gets working highlights and cards", async ({
    chromiumSession,
  }) => {
    const head = `<style>
      sourcelight-card, sourcelight-mark { display: none !important; }
      ::highlight(sourcelight-discrepant) { background: transparent; }
    </style>`;
    // The page defines <sourcelight-card> first and grabs its shadow root.
    const script = `customElements.define('sourcelight-card', class extends HTMLElement {
      constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>gotcha</p>'; }
    });`;
    const { page: tab, errors } = await open(chromiumSession, page(head, ARTICLE, script));
    await expect.poll(() => highlightedTexts(tab, 'sourcelight-discrepant')).toEqual(DISCREPANT);
    const spot = await pointOnHighlight(tab, 'sourcelight-discrepant', 2);
    await tab.mouse.click(spot.x, spot.y);
    await expect.poll(async () => (await readCard(chromiumSession.context, tab))?.open).toBe(true);
    // The card is on screen despite the page's CSS (its host's own styles win), and the page's shadow root is not ours.
    const shown = await tab.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) =>
        el.tagName.toLowerCase().startsWith('sourcelight-card'),
      );
      return host
        ? [getComputedStyle(host).display !== 'none', (host as HTMLElement).shadowRoot]
        : null;
    });
    expect(shown).toEqual([true, null]);
    expect(errors).toEqual([]);
  });

  test("a flood of messages shaped like Sourcelight's, and a page mutating itself without end, change nothing", async ({
    chromiumSession,
  }) => {
    const script = `
      for (let i = 0; i < 5000; i++) window.postMessage({ channel: 'sourcelight/v1', type: 'step-finding', payload: { direction: 1 } }, '*');
      for (let i = 0; i < 500; i++) window.postMessage({ channel: 'sourcelight/v1', type: 'get-page-state', payload: null }, '*');
      const ticker = document.createElement('p'); document.body.append(ticker);
      let n = 0; setInterval(() => { ticker.textContent = 'tick ' + (n++); }, 5);`;
    const { page: tab, errors } = await open(chromiumSession, page('', ARTICLE, script));
    await expect.poll(() => highlightedTexts(tab, 'sourcelight-discrepant')).toEqual(DISCREPANT);
    // Through several re-analyses (at least every 2.5 s while the page keeps changing), the marks stay right and no card opens.
    await tab.waitForTimeout(3000);
    expect(await highlightedTexts(tab, 'sourcelight-discrepant')).toEqual(DISCREPANT);
    expect(await readCard(chromiumSession.context, tab)).toBeNull();
    expect(
      await tab.evaluate(() =>
        document.querySelector('body > p:last-of-type')?.textContent?.startsWith('tick'),
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  test("an editable article is annotated, and typing into it keeps the page's text intact", async ({
    chromiumSession,
  }) => {
    const { page: tab, errors } = await open(
      chromiumSession,
      page('', ARTICLE.replace('<article>', '<article contenteditable="true">')),
    );
    await expect.poll(() => highlightedTexts(tab, 'sourcelight-discrepant')).toEqual(DISCREPANT);
    await tab.click('article h1');
    await tab.keyboard.press('End');
    await tab.keyboard.type(' Updated');
    await expect(tab.locator('article h1')).toHaveText(
      'Rochester Cops Punished for Helping ICE Agents! Updated',
    );
    expect(await tab.locator('sourcelight-mark').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('text in an iframe or an open shadow root is left alone, without errors', async ({
    chromiumSession,
  }) => {
    const script = `const host = document.createElement('div'); document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(ARTICLE)};`;
    const { page: tab, errors } = await open(
      chromiumSession,
      page(
        '',
        `<main><p>A short note.</p><iframe srcdoc="${ARTICLE.replace(/"/g, '&quot;')}"></iframe></main>`,
        script,
      ),
    );
    await tab.waitForTimeout(1000);
    expect(await tab.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(errors).toEqual([]);
  });
});
