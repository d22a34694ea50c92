/** Keys for comparing quoted wording: words only, folded. */
import { describe, expect, it } from 'vitest';
import { containsKey, quoteKey, quotePieces } from './quote-key.ts';

describe('quoteKey', () => {
  it('folds case and drops punctuation, quotation marks and dashes', () => {
    expect(quoteKey('\u201CWe Will Rebuild!\u201D')).toBe('we will rebuild');
    expect(quoteKey('Now \u2014 and not later \u2013 we act.')).toBe('now and not later we act');
    expect(quoteKey('"Slowly," she said, "very slowly."')).toBe('slowly she said very slowly');
  });

  it('collapses and trims whitespace, line breaks included', () => {
    expect(quoteKey('  one\u00A0 two\n\tthree  ')).toBe('one two three');
  });

  it('keeps apostrophes inside words, typographic or not, and drops quote marks at word edges', () => {
    expect(quoteKey("I\u2019m sure it's fine.")).toBe("i'm sure it's fine");
    expect(quoteKey("'Tis the season, 'they' said.")).toBe('tis the season they said');
    expect(quoteKey('\u2018Stay put,\u2019 he said.')).toBe('stay put he said');
  });

  it('keeps digits and letters beyond ASCII', () => {
    expect(quoteKey('Caf\u00C9 n\u00BA 2: 8,000 people.')).toBe('caf\u00E9 n\u00BA 2 8 000 people');
    expect(quoteKey('\u00C9cole \u00D8st')).toBe('\u00E9cole \u00F8st');
  });

  it('gives the same key to wordings that differ only in punctuation', () => {
    expect(quoteKey('We came, we saw \u2014 we left.')).toBe(quoteKey('We came; we saw, we left!'));
  });

  it('is empty for text with no words', () => {
    expect(quoteKey('')).toBe('');
    expect(quoteKey(' \u201C\u2026\u201D -- !? ')).toBe('');
  });
});

describe('quotePieces', () => {
  it('gives each sentence of a quote with its key and word count', () => {
    expect(quotePieces('The water rose fast. We moved everyone upstairs in time.')).toEqual([
      { key: 'the water rose fast', words: 4 },
      { key: 'we moved everyone upstairs in time', words: 6 },
    ]);
  });

  it('drops pieces of fewer than three words, which are too common to match on', () => {
    expect(quotePieces('No. Thank you. Please stay calm. Go!')).toEqual([
      { key: 'please stay calm', words: 3 },
    ]);
    expect(quotePieces('Yes!')).toEqual([]);
  });
});

describe('containsKey', () => {
  it('finds a key as whole words', () => {
    expect(containsKey('she said we will rebuild the pier', 'we will rebuild')).toBe(true);
    expect(containsKey('we will rebuild', 'we will rebuild')).toBe(true);
  });

  it('does not find a key inside other words', () => {
    expect(containsKey('she said awe will rebuild it', 'we will rebuild')).toBe(false);
    expect(containsKey('we will rebuilding', 'we will rebuild')).toBe(false);
  });

  it('does not find a key whose words are in another order or interrupted', () => {
    expect(containsKey('we will soon rebuild', 'we will rebuild')).toBe(false);
    expect(containsKey('rebuild we will', 'we will rebuild')).toBe(false);
  });
});
