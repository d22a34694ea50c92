/**
 * A page of fact bullets (short list items that end as sentences, no links) is content, not a link list; the
 * same items as links are still an index (page-shape.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isLinkList } from '../../../engine/index.ts';
import { collectText } from './collect-text.ts';

describe('a page of fact bullets', () => {
  const main = (html: string) =>
    parseHTML(
      `<!doctype html><html><body><main>${html}</main></body></html>`,
    ).document.querySelector('main') as unknown as Element;

  it('is not a link list; a page of linked headlines still is', () => {
    const facts = [
      'Date: Tuesday 11 June.',
      'Place: a warehouse on Quay Street.',
      'Units: the Harbor Unit, with Dunmore police.',
      'Dogs searched the building afterwards.',
    ];
    expect(
      isLinkList(
        collectText(
          main(
            `<h1>The raid at a glance</h1><ul>${facts.map((f) => `<li>${f}</li>`).join('')}</ul>`,
          ),
        ).linkShare,
      ),
    ).toBe(false);
    expect(
      isLinkList(
        collectText(
          main(
            `<h1>Latest</h1><ul>${facts.map((f) => `<li><a href="/a">${f}</a></li>`).join('')}</ul>`,
          ),
        ).linkShare,
      ),
    ).toBe(true);
  });
});
