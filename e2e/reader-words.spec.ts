import type { PageState } from '../src/extension/messaging/protocol.ts';
import { readCard } from './card-reader.ts';
import { callInCardFirefox } from './card-geometry.ts';
import { EXPECTED } from './expected.ts';
import { firefoxTabShowing, openFirefoxPopup, type ChromiumSession } from '../scripts/launch.ts';
import { expect, openPopup, tabIdFor, test } from './fixtures.ts';

const ENVELOPE = { channel: 'sourcelight/v1' };
/** Demo pages that retell a known story: the ones with a popup report and cards to read. */
const STORY_PAGES = Object.entries(EXPECTED).flatMap(([file, expected]) =>
  expected.story ? [file] : [],
);

/** What a reader should never have to decode: machine dates, broken plurals, parentheses inside parentheses. */
function wordProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/\b\d{4}-\d{2}(-\d{2})?\b/g))
    problems.push(
      `ISO-like date "${m[0]}" in "…${text.slice(Math.max(0, (m.index ?? 0) - 80), (m.index ?? 0) + 20)}…"`,
    );
  for (const m of text.matchAll(
    /\b1 (?:[a-z]+ )?(claims|sentences|events|discrepancies|findings|signals|reports|sources|dates|places|times|pages|stories)\b/g,
  ))
    problems.push(`plural "${m[0]}"`);
  for (const m of text.matchAll(/\b[a-z]+\(s\)/g)) problems.push(`"(s)" in "${m[0]}"`);
  for (const m of text.matchAll(/\([^()]*\([^()]*\)[^()]*\)/g))
    problems.push(`nested parentheses "${m[0]}"`);
  return problems;
}

test('wordProblems finds what it looks for', () => {
  expect(
    wordProblems('On 2025-03-26 (Police1 (re-posted by Gov1)) 1 claims, 2 sentence(s), 2025-03.'),
  ).toHaveLength(5);
  expect(wordProblems('differs in 1 places; in 1 sentences on this page')).toHaveLength(2);
  expect(
    wordProblems('On March 26, 2025, 1 dated claim (Police1, re-posted by Gov1); 2016.'),
  ).toEqual([]);
});

/**
 * Sentences the engine writes (a quote's record line, explanations, page
 * signals), which the UI shows as they are: checked on their own, so that a
 * failure says which side wrote the date or the parentheses.
 */
const ENGINE_WRITTEN = ['original-text', 'explanation'];
/** The page's own words, quoted: whatever they say is the page's. */
const PAGE_WORDS = ['page-text', 'signal-text'];

/** The text an element shows and the names it gives a screen reader, less the parts the selector names. */
function ownText(main: Element, selector: string): string {
  const copy = main.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll(selector)) el.remove();
  const labels = [...copy.querySelectorAll('[aria-label]')].map(
    (el) => el.getAttribute('aria-label') ?? '',
  );
  document.body.append(copy);
  const text = copy.innerText;
  copy.remove();
  return [text, ...labels].join('\n');
}

async function readPage(session: ChromiumSession, demoUrl: string, file: string) {
  const page = await session.context.newPage();
  await page.goto(demoUrl + file);
  await page.waitForFunction(() => CSS.highlights.size > 0);
  const tabId = await tabIdFor(session, page);
  const popup = await openPopup(session, tabId);
  await expect(popup.locator('#story-title')).toBeVisible();
  await popup.locator('#timeline summary').click();
  const engineSelector = ENGINE_WRITTEN.map((c) => `.${c}`).join(', ');
  const popupEngine = await popup.locator(engineSelector).allInnerTexts();
  // What the popup shows, and what it tells a screen reader, without the engine's sentences.
  const notOwn = [...ENGINE_WRITTEN, ...PAGE_WORDS].map((c) => `.${c}`).join(', ');
  const popupOwn = await popup.locator('main').evaluate(ownText, notOwn);

  const state = (await session.serviceWorker.evaluate(
    ([id, message]) => chrome.tabs.sendMessage(id, message),
    [tabId, { ...ENVELOPE, type: 'get-page-state', payload: null }] as const,
  )) as PageState;
  if (state.status !== 'analysed') throw new Error(`${file} not analysed`);
  await page.bringToFront();
  const cardsOwn: string[] = [];
  const cardsEngine: string[] = [];
  for (const finding of state.report.findings) {
    await session.serviceWorker.evaluate(([id, message]) => chrome.tabs.sendMessage(id, message), [
      tabId,
      {
        ...ENVELOPE,
        type: 'show-finding',
        payload: { claimId: finding.claimId, text: finding.text },
      },
    ] as const);
    const start = finding.text.replace(/\s+/g, ' ').slice(0, 40);
    await expect
      .poll(
        async () =>
          (await readCard(session.context, page))?.parts.find((p) => p.cls === 'page-text')?.text ??
          '',
      )
      .toContain(start);
    const card = await readCard(session.context, page);
    if (!card) throw new Error('no card');
    const engine = card.parts.filter((p) => ENGINE_WRITTEN.includes(p.cls)).map((p) => p.text);
    cardsEngine.push(...engine);
    let own = `${card.text}\n${card.label}`;
    for (const part of card.parts.filter((p) => [...ENGINE_WRITTEN, ...PAGE_WORDS].includes(p.cls)))
      own = own.replace(part.text, '');
    cardsOwn.push(own);
  }
  await page.close();
  await popup.close();
  return {
    popupOwn,
    popupEngine: popupEngine.join('\n'),
    cardsOwn: cardsOwn.join('\n'),
    cardsEngine: cardsEngine.join('\n'),
  };
}

test.describe('the words around the findings, on every demo page with a story', () => {
  for (const file of STORY_PAGES) {
    test(`${file}: popup and cards write dates for people and plurals right`, async ({
      chromiumSession,
      demo,
    }) => {
      const words = await readPage(chromiumSession, demo.url, file);
      expect(words.popupOwn.length).toBeGreaterThan(200);
      expect(wordProblems(words.popupOwn), `popup of ${file}`).toEqual([]);
      expect(wordProblems(words.cardsOwn), `cards on ${file}`).toEqual([]);
    });
  }
  test('the sentences the engine writes (explanations, the record of a quote, page signals)', async ({
    chromiumSession,
    demo,
  }) => {
    const problems: string[] = [];
    for (const file of STORY_PAGES) {
      const words = await readPage(chromiumSession, demo.url, file);
      problems.push(...wordProblems(`${words.popupEngine}\n${words.cardsEngine}`));
    }
    expect(problems).toEqual([]);
  });
});

test('the options page writes pack dates and story counts for people', async ({
  chromiumSession,
}) => {
  const options = await chromiumSession.context.newPage();
  await options.goto(
    `chrome-extension://${chromiumSession.extensionId}/src/extension/options/index.html`,
  );
  await expect(options.locator('#packs')).toContainText('sourcelight-core');
  await expect(options.locator('#packs')).toContainText(/\d+ stor(y|ies), updated /);
  expect(wordProblems(await options.locator('main').innerText())).toEqual([]);
});

test.describe('the words around the findings in Firefox', () => {
  /** In the card's shadow root: the first words of the sentence it explains, and its own words (without the engine's sentences and the page's). */
  const CARD_WORDS = `function () {
    const card = this.querySelector('.card');
    if (!card || card.hidden) return '';
    const skip = new Set([...card.querySelectorAll('${[...ENGINE_WRITTEN, ...PAGE_WORDS].map((c) => `.${c}`).join(', ')}')]);
    const words = [];
    const walk = (node) => {
      if (skip.has(node)) return;
      if (node.nodeType === 3) words.push(node.nodeValue);
      for (const child of node.childNodes) walk(child);
    };
    walk(card);
    return JSON.stringify({ page: card.querySelector('.page-text')?.textContent ?? '', own: words.join(' ') + '\\n' + card.getAttribute('aria-label') });
  }`;

  test('popup and cards on every demo page with a story write dates for people and plurals right', async ({
    firefox,
    demo,
  }) => {
    const problems: string[] = [];
    for (const file of STORY_PAGES) {
      const url = demo.url + file;
      const page = await firefox.browser.newPage();
      await page.goto(url);
      await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
      const popup = await openFirefoxPopup(firefox.browser, url);
      await popup.click('#timeline summary');
      const popupOwn = await popup.$eval(
        'main',
        ownText,
        [...ENGINE_WRITTEN, ...PAGE_WORDS].map((c) => `.${c}`).join(', '),
      );
      expect(popupOwn.length, file).toBeGreaterThan(200);
      problems.push(...wordProblems(popupOwn).map((p) => `popup of ${file}: ${p}`));
      const tabId = await firefoxTabShowing(popup, url);
      const state = (await popup.evaluate(
        (id, message) => browser.tabs.sendMessage(id, message),
        tabId,
        { ...ENVELOPE, type: 'get-page-state', payload: null },
      )) as PageState;
      if (state.status !== 'analysed') throw new Error(`${file} not analysed`);
      for (const finding of state.report.findings) {
        await popup.evaluate((id, message) => browser.tabs.sendMessage(id, message), tabId, {
          ...ENVELOPE,
          type: 'show-finding',
          payload: { claimId: finding.claimId, text: finding.text },
        });
        const start = finding.text.replace(/\s+/g, ' ').slice(0, 40);
        let own = '';
        await expect
          .poll(async () => {
            const read = await callInCardFirefox(page, CARD_WORDS);
            const card = read ? (JSON.parse(read) as { page: string; own: string }) : null;
            own = card?.own ?? '';
            return card?.page.replace(/\s+/g, ' ') ?? '';
          })
          .toContain(start);
        expect(own.length).toBeGreaterThan(20);
        problems.push(...wordProblems(own).map((p) => `card on ${file}: ${p}`));
      }
      await popup.close();
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});
