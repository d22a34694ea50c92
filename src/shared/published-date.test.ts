import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dateOfLine, publishedDate, type DocumentLike } from './published-date.ts';

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as DocumentLike;

describe('publishedDate', () => {
  it('reads article meta tags, keeping the day of a timestamp', () => {
    expect(
      publishedDate(
        doc('<meta property="article:published_time" content="2016-11-18T09:30:00-05:00">'),
      ),
    ).toBe('2016-11-18');
    expect(publishedDate(doc('<meta name="date" content="2025-03-28">'))).toBe('2025-03-28');
  });

  it('reads JSON-LD datePublished, in a @graph or a list too', () => {
    expect(
      publishedDate(
        doc(
          '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-11-18T10:00:00Z"}</script>',
        ),
      ),
    ).toBe('2016-11-18');
    expect(
      publishedDate(
        doc(
          '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-03-27"}]}</script>',
        ),
      ),
    ).toBe('2025-03-27');
    expect(
      publishedDate(
        doc(
          '<script type="application/ld+json">[{"@type":"Article","datePublished":"2025-04-01"}]</script>',
        ),
      ),
    ).toBe('2025-04-01');
  });

  it('falls back to a <time datetime>, and says nothing for broken or missing dates', () => {
    expect(
      publishedDate(doc('', '<p>Posted <time datetime="2025-03-29">Saturday</time></p>')),
    ).toBe('2025-03-29');
    expect(
      publishedDate(
        doc(
          '<script type="application/ld+json">{ not json</script><meta name="date" content="yesterday">',
        ),
      ),
    ).toBeNull();
    expect(publishedDate(doc(''))).toBeNull();
  });

  it('does not read a JSON-LD block larger than its cap', () => {
    const padding = ' '.repeat(100_001);
    expect(
      publishedDate(
        doc(`<script type="application/ld+json">{"datePublished":"2025-03-27"}${padding}</script>`),
      ),
    ).toBeNull();
  });

  it('falls back to a visible date line or byline under the headline', () => {
    const page = (line: string) =>
      doc(
        '',
        `<article><h1>Chiefs speak out</h1>${line}<p>${'Body text of the article. '.repeat(10)}</p></article>`,
      );
    expect(publishedDate(page('<p class="byline">Published March 26, 2025</p>'))).toBe(
      '2025-03-26',
    );
    expect(publishedDate(page('<div>Updated: Nov. 15, 2016 3:04 p.m. ET</div>'))).toBe(
      '2016-11-15',
    );
    expect(publishedDate(page('<p>By Jane Doe | November 15, 2016</p>'))).toBe('2016-11-15');
    expect(
      publishedDate(page('<p class="byline">Metro Policy Review \u00B7 February 2, 2017</p>')),
    ).toBe('2017-02-02');
    expect(publishedDate(page('<time>Tuesday, 15 November 2016</time>'))).toBe('2016-11-15');
  });

  it('prefers the stated metadata to the visible line', () => {
    expect(
      publishedDate(
        doc(
          '<meta name="date" content="2025-03-28">',
          '<h1>Title</h1><p>Published March 26, 2025</p>',
        ),
      ),
    ).toBe('2025-03-28');
  });

  it("never takes a date inside a body sentence, in navigation, or below the body's start", () => {
    const body =
      'The stop happened on March 24, 2025, and the mayor spoke about it two days later.';
    expect(publishedDate(doc('', `<article><h1>Title</h1><p>${body}</p></article>`))).toBeNull();
    expect(
      publishedDate(
        doc(
          '',
          '<nav><p>March 3, 2026</p></nav><article><h1>Title</h1><p>No date here.</p></article>',
        ),
      ),
    ).toBeNull();
    expect(
      publishedDate(
        doc('', '<h1>Title</h1><aside><p>Published March 3, 2026</p></aside><p>Text.</p>'),
      ),
    ).toBeNull();
    const long = `<p>${'Body text of the article. '.repeat(10)}</p>`;
    expect(
      publishedDate(
        doc('', `<article><h1>Title</h1>${long}${long}<p>Published March 26, 2025</p></article>`),
      ),
    ).toBeNull();
    // Above the headline and outside the article: site chrome, not the article's line.
    expect(publishedDate(doc('', '<div>March 3, 2026</div><h1>Title</h1><p>Text.</p>'))).toBeNull();
    // A site name in an <h1> above the article is not the article's headline.
    expect(
      publishedDate(
        doc(
          '',
          '<h1>The Daily Site</h1><ul><li>March 3, 2026</li></ul><article><h1>Title</h1><p>Text.</p></article>',
        ),
      ),
    ).toBeNull();
    expect(
      publishedDate(
        doc(
          '',
          '<h1>The Daily Site</h1><ul><li>March 3, 2026</li></ul><article><h1>Title</h1><p>By Jane Doe | March 26, 2025</p></article>',
        ),
      ),
    ).toBe('2025-03-26');
  });
});

describe('dateOfLine', () => {
  it.each([
    ['Published March 26, 2025', '2025-03-26'],
    ['Updated: Nov. 15, 2016 3:04 p.m. ET', '2016-11-15'],
    ['By Jane Doe | November 15, 2016', '2016-11-15'],
    ['By Jane Doe, Staff Writer | Nov 15, 2016', '2016-11-15'],
    ['Posted on 26 March 2025 at 10:30 AM', '2025-03-26'],
    ['Published 2025-03-26', '2025-03-26'],
    ['Liberty Ledger Online \u00B7 May 2, 2025', '2025-05-02'],
    ['Updated Nov. 16, 2016 | Published Nov. 15, 2016', '2016-11-15'],
  ])('%s', (line, day) => {
    expect(dateOfLine(line)).toBe(day);
  });

  it.each([
    'The stop happened on March 24, 2025, and the mayor spoke.',
    'Denver police said on Nov. 14, 2016 that they would not help.',
    'On March 24, 2025',
    'Police said nothing \u2014 Nov. 14, 2016',
    'Published February 30, 2016',
    'Published in March',
  ])('not a date line: %s', (line) => {
    expect(dateOfLine(line)).toBeNull();
  });
});
