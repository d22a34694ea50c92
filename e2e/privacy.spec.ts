import { readdirSync } from 'node:fs';
import { DEMO_DIR } from '../scripts/demo-server.ts';
import { DIST_CHROME, launchChromium } from '../scripts/launch.ts';
import {
  builtFiles,
  extensionIdOf,
  PROBE_EXTENSION,
  probeStyles,
  readableUrls,
  sawStyles,
} from './probe.ts';
import { expect, openPopup, popupOf, tabIdFor, test } from './fixtures.ts';

test.describe('privacy in Chromium', () => {
  test("reading pages makes no network request: only the pages' own and the extension's own files load", async ({
    chromiumSession,
    demo,
  }) => {
    const { context, extensionId } = chromiumSession;
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    // Anything leaving for another host would also be stopped here, and recorded.
    const escaped: string[] = [];
    await context.route(
      (url) => !url.href.startsWith(demo.url) && url.protocol !== 'chrome-extension:',
      (route) => {
        escaped.push(route.request().url());
        return route.abort();
      },
    );

    const pages = readdirSync(DEMO_DIR).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const page = await context.newPage();
      await page.goto(demo.url + file);
      await page.waitForTimeout(700);
      // The popup, too, reads the page without asking anyone else.
      const popup = await popupOf(chromiumSession, page);
      await expect(popup.locator('#story-title, #empty-state').first()).toBeVisible();
      await popup.close();
      await page.close();
    }

    expect(escaped).toEqual([]);
    const foreign = seen.filter(
      (url) => !url.startsWith(demo.url) && !url.startsWith(`chrome-extension://${extensionId}/`),
    );
    expect(foreign).toEqual([]);
    // The demo pages themselves were requested, so the recording works.
    expect(seen.some((url) => url.endsWith('rochester-rewrite.html'))).toBe(true);
  });

  test('an unrelated page cannot see Sourcelight: no element, no global, no readable gate script', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + 'unrelated-bread.html');
    await page.waitForTimeout(700);
    const seen = await page.evaluate(async (id) => {
      const names = Object.getOwnPropertyNames(window).filter((n) => /sourcelight/i.test(n));
      const elements = [...document.querySelectorAll('*')].filter((el) =>
        el.tagName.toLowerCase().startsWith('sourcelight'),
      ).length;
      const probe = async (path: string) => {
        try {
          return (await fetch(`chrome-extension://${id}/${path}`)).status;
        } catch {
          return 'blocked';
        }
      };
      return {
        names,
        elements,
        highlights: CSS.highlights.size,
        gate: await probe('content.js'),
        manifest: await probe('manifest.json'),
      };
    }, chromiumSession.extensionId);
    expect(seen).toEqual({
      names: [],
      elements: 0,
      highlights: 0,
      gate: 'blocked',
      manifest: 'blocked',
    });
  });

  test('a page Sourcelight does not annotate sees none of its styles; an annotated page does', async ({
    chromiumSession,
    demo,
  }) => {
    const none = { highlight: false, mark: false };
    // A page failing the gate: no engine, and no stylesheet either.
    const bread = await chromiumSession.context.newPage();
    await bread.goto(demo.url + 'unrelated-bread.html');
    await bread.waitForTimeout(700);
    expect(sawStyles(await bread.evaluate(probeStyles))).toEqual(none);
    // A page passing the gate whose text retells no known story: the engine ran, and drew nothing, styles included.
    const lilacs = await chromiumSession.context.newPage();
    await lilacs.goto(demo.url + 'unrelated-rochester-lilacs.html');
    const popup = await openPopup(chromiumSession, await tabIdFor(chromiumSession, lilacs));
    await expect(popup.locator('#empty-state')).toContainText('does not retell a story');
    await popup.close();
    expect(sawStyles(await lilacs.evaluate(probeStyles))).toEqual(none);
    // The control: the same probes on an annotated page do see Sourcelight's styles.
    const annotated = await chromiumSession.context.newPage();
    await annotated.goto(demo.url + 'rochester-rewrite.html');
    await expect
      .poll(async () => sawStyles(await annotated.evaluate(probeStyles)))
      .toEqual({ highlight: true, mark: true });
  });

  test('turning Sourcelight off for a site takes its styles away with its highlights; on brings them back', async ({
    chromiumSession,
    demo,
  }) => {
    const page = await chromiumSession.context.newPage();
    await page.goto(demo.url + 'rochester-rewrite.html');
    await expect
      .poll(async () => sawStyles(await page.evaluate(probeStyles)))
      .toEqual({ highlight: true, mark: true });

    const options = await chromiumSession.context.newPage();
    await options.goto(
      `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
    );
    await options.getByLabel('Turn off on a site').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Turn off', exact: true }).click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    await expect
      .poll(async () => sawStyles(await page.evaluate(probeStyles)))
      .toEqual({ highlight: false, mark: false });

    await options.getByRole('button', { name: 'Turn back on: 127.0.0.1' }).click();
    await expect
      .poll(async () => sawStyles(await page.evaluate(probeStyles)))
      .toEqual({ highlight: true, mark: true });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(3);
  });

  test('no file of the extension is web-accessible, and an annotated page sees no mark of it', async ({
    demo,
  }) => {
    // Loaded beside a control extension that exposes one file, so the probe is shown to find what is exposed.
    const session = await launchChromium({ alsoLoad: [PROBE_EXTENSION] });
    try {
      const files = builtFiles(DIST_CHROME);
      expect(files).toContain('engine.js');
      const page = await session.context.newPage();
      await page.goto(demo.url + 'rochester-rewrite.html');
      // The engine is running in this page (injected by the background), yet its file stays out of the page's reach.
      await page.waitForFunction(() => CSS.highlights.size > 0);
      const control = `chrome-extension://${extensionIdOf(PROBE_EXTENSION)}/exposed.txt`;
      const readable = await page.evaluate(readableUrls, [
        control,
        ...files.map((file) => `chrome-extension://${session.extensionId}/${file}`),
      ]);
      expect(readable).toEqual([control]);
      // The engine's marks live on the content scripts' own global: the page's window has no trace of them.
      const seen = await page.evaluate(() => ({
        symbols: Object.getOwnPropertySymbols(window).map(String),
        names: Object.getOwnPropertyNames(window).filter((n) => /sourcelight/i.test(n)),
        mark:
          (window as unknown as Record<symbol, unknown>)[
            Symbol.for('sourcelight.engine-started')
          ] ?? null,
      }));
      expect(seen).toEqual({ symbols: [], names: [], mark: null });
    } finally {
      await session.close();
    }
  });
});
