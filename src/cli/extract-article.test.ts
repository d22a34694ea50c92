/** The CLI's HTML reader measures the page's shape as the extension's collector does (the engine's PageContext.linkShare). */
import { describe, expect, it } from 'vitest';
import { isLinkList } from '../engine/index.ts';
import { extractArticle } from './extract-article.ts';

const html = (body: string) => `<!doctype html><html><head><title>T</title></head><body><main>${body}</main></body></html>`;
const prose = '<p>The council met on Tuesday evening and heard from residents about the plan for the harbour front, which has been debated for two years.</p>';

describe('extractArticle linkShare', () => {
  it('is high for a page that is a list of links or headlines', () => {
    const items = ['Harbour plan goes to a vote', 'School bus contract delayed', 'Library opens on Sundays', 'Parade route announced'];
    const page = extractArticle(html(`<h1>Latest</h1><p>Updated hourly.</p><ul>${items.map((t) => `<li><a href="/a">${t}</a></li>`).join('')}</ul><ul><li>Weather: sunny</li></ul>`));
    expect(page.linkShare).toBeGreaterThan(0.5);
    expect(isLinkList(page.linkShare)).toBe(true);
  });

  it('is low for an article with a link in its prose', () => {
    const page = extractArticle(html(`<h1>Council hears harbour plan</h1>${prose}<p>Read <a href="/plan">the plan</a> in full.</p>${prose}`));
    expect(page.linkShare).toBeLessThan(0.1);
    expect(isLinkList(page.linkShare)).toBe(false);
  });
});
