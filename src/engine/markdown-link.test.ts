import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMarkdownLink } from './markdown-link.ts';

/** The pattern hasMarkdownLink answers for, in linear time. */
const PATTERN = /\[[^\]\n]{1,200}\]\(https?:\/\/[^)\s]+\)/;

describe('hasMarkdownLink', () => {
  it('finds link syntax and nothing that only looks like it', () => {
    expect(hasMarkdownLink('Read [the report](https://example.com/report) here.')).toBe(true);
    expect(hasMarkdownLink('[a](http://b)')).toBe(true);
    expect(hasMarkdownLink('[](http://b)')).toBe(false);
    expect(hasMarkdownLink('[a](http://)')).toBe(false);
    expect(hasMarkdownLink('[a](http://b c)')).toBe(false);
    expect(hasMarkdownLink('[a](ftp://b)')).toBe(false);
    expect(hasMarkdownLink(`[${'x'.repeat(200)}](http://b)`)).toBe(true);
    expect(hasMarkdownLink(`[${'x'.repeat(201)}](http://b)`)).toBe(false);
    expect(hasMarkdownLink('see](http://a [b](http://c)')).toBe(true);
  });

  it('answers as the pattern does, for any line made of link syntax', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      'http',
      's',
      '://',
      ' ',
      '\n',
      'a',
      '\u00A0',
      '](http://',
      '](https://',
      '[a',
      'x'.repeat(100),
      'x'.repeat(199),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (line) => hasMarkdownLink(line) === PATTERN.test(line),
      ),
      { numRuns: 3000 },
    );
  });
});
