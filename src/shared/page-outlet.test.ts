import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageOutletNames } from './page-outlet.ts';
import type { DocumentLike } from './published-date.ts';

const doc = (head: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`)
    .document as unknown as DocumentLike;

describe('pageOutletNames', () => {
  it('reads the site name, the JSON-LD publisher and the address', () => {
    expect(
      pageOutletNames(doc('<meta property="og:site_name" content="The Brackwater Lantern">')),
    ).toEqual(['The Brackwater Lantern']);
    expect(
      pageOutletNames(
        doc(
          '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Tidewatch"}}]}</script>',
        ),
      ),
    ).toEqual(['Tidewatch']);
    expect(pageOutletNames(doc(''), 'https://www.brackwaterlantern.example/news/1')).toEqual([
      'brackwaterlantern',
    ]);
  });

  it("says nothing for a page with none, broken JSON-LD, or the CLI's placeholder address", () => {
    expect(
      pageOutletNames(
        doc('<script type="application/ld+json">{ not json</script>'),
        'https://example.invalid/',
      ),
    ).toEqual([]);
  });
});
