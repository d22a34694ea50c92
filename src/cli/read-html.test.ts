/**
 * The CLI reads HTML with the content script's own reading (read-html.ts), so it
 * reports what the extension draws: not the document's <title>, not captions,
 * not hidden text; links resolved as the browser resolves them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexPacks, isLinkList } from '../engine/index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeInput } from './analyze-input.ts';
import { NO_ADDRESS, readHtml } from './read-html.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const today = '2026-11-21';
const rewrite = readFileSync(
  new URL('../../demo/pages/rochester-rewrite.html', import.meta.url),
  'utf8',
);
const FIRED =
  'Several of the officers have since been fired, according to people familiar with the matter.';
const verdictOn = (html: string, words: string) =>
  analyzeInput(html, index, { today }).analysis.findings.find((f) => f.text.includes(words))
    ?.verdict ?? null;

describe('the CLI reads HTML as the extension reads the page', () => {
  it('reads the paragraph a caption is cut from, not the caption (the extension skips figure captions)', () => {
    expect(verdictOn(rewrite, 'have since been fired')).toBe('discrepant');
    const captioned = rewrite
      .replace(`<p>${FIRED} `, '<p>')
      .replace(
        '<h1>',
        `<figure><img src="x.jpg" alt=""><figcaption>${FIRED}</figcaption></figure><h1>`,
      );
    expect(captioned).toContain('<figcaption>');
    expect(verdictOn(captioned, 'have since been fired')).toBeNull();
  });

  it('leaves out hidden and aria-hidden text inside the article', () => {
    const hidden = rewrite.replace(
      `<p>${FIRED} `,
      `<p hidden>${FIRED}</p><p aria-hidden="true">The mayor resigned the next day.</p><p>`,
    );
    expect(verdictOn(hidden, 'have since been fired')).toBeNull();
    expect(analyzeInput(hidden, index, { today }).text).not.toContain('resigned');
  });

  it('reads the article, not the document title the browser never shows in the page', () => {
    const titled = rewrite.replace(
      /<title>[^<]*<\/title>/,
      '<title>Rochester police fired eight officers | Wire</title>',
    );
    const { text } = analyzeInput(titled, index, { today });
    expect(text).not.toContain('fired eight officers');
    expect(text.trimStart().startsWith('Rochester Cops Punished for Helping ICE Agents!')).toBe(
      true,
    );
  });

  it('reads HTML written without a <body> tag inside one, as a browser does', () => {
    const body = /<body>([\s\S]*)<\/body>/.exec(rewrite)?.[1] ?? '';
    const { text, analysis } = analyzeInput(
      `<meta charset="utf-8"><title>T</title>${body}`,
      index,
      { today },
    );
    expect(text).toContain('Mayor Malik Evans did not hold back.');
    expect(analysis.story?.storyId).toBe('rochester-border-patrol-backup-2025');
  });

  it("resolves links against the page's <base href>, as the browser does (a relative link to the original counts)", () => {
    const original =
      'https://www.gov1.com/public-safety/articles/heres-why-police-are-against-trump-on-immigration-enforcement-32KvANQJSXR0covD/';
    const page = readFileSync(
      new URL('../../demo/pages/police-chiefs-undated.html', import.meta.url),
      'utf8',
    );
    const signals = (html: string) =>
      analyzeInput(html, index, { today }).analysis.signals.map((s) => s.kind);
    expect(signals(page)).toContain('no-original-link');
    const linked = page
      .replace('<head>', '<head><base href="https://www.gov1.com/">')
      .replace(
        '</article>',
        `<p>Read <a href="${new URL(original).pathname.slice(1)}">the original</a>.</p></article>`,
      );
    expect(signals(linked)).not.toContain('no-original-link');
  });
});

describe("the CLI measures the page's shape as the extension does", () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>T</title></head><body><main>${body}</main></body></html>`;
  const prose =
    '<p>The council met on Tuesday evening and heard from residents about the plan for the harbour front, which has been debated for two years.</p>';
  const shareOf = (html: string) =>
    readHtml(html, index, { url: NO_ADDRESS, today }).collected.linkShare;

  it('a list of links or headlines is a link list; an article with a link in its prose is not', () => {
    const items = [
      'Harbour plan goes to a vote',
      'School bus contract delayed',
      'Library opens on Sundays',
      'Parade route announced',
    ];
    expect(
      isLinkList(
        shareOf(
          page(
            `<h1>Latest</h1><p>Updated hourly.</p><ul>${items.map((t) => `<li><a href="/a">${t}</a></li>`).join('')}</ul><ul><li>Weather: sunny</li></ul>`,
          ),
        ),
      ),
    ).toBe(true);
    expect(
      isLinkList(
        shareOf(
          page(
            `<h1>Council hears harbour plan</h1>${prose}<p>Read <a href="/plan">the plan</a> in full.</p>${prose}`,
          ),
        ),
      ),
    ).toBe(false);
  });
});
