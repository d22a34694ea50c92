import { describe, expect, it } from 'vitest';
import { foldText } from './normalize.ts';
import { findAnyTerm, findTerm, hasAnyTerm } from './terms.ts';

describe('findTerm matches whole words only', () => {
  it.each(['police', 'justice', 'service', 'notice', 'iced', 'ices', 'slice of pizza', 'icebox'])(
    '"ice" does not match %j',
    (text) => {
      expect(findTerm(text, 'ice')).toBe(-1);
    },
  );

  it.each([
    ['ICE agents', 0],
    ['the ICE office', 4],
    ['agents of ICE.', 10],
    ['(ICE)', 1],
    ['ICE\u2019s director', 0],
    ['\u201CICE\u201D', 1],
    ['ICE\u00A0agents', 0],
  ])('"ice" matches %j after folding, at %i', (text, at) => {
    expect(findTerm(foldText(text), 'ice')).toBe(at);
  });

  it('skips partial matches and returns the first whole-word one', () => {
    expect(findTerm('police and justice and ice', 'ice')).toBe(23);
  });

  it('starts searching at `from`', () => {
    expect(findTerm('ice and ice', 'ice', 1)).toBe(8);
    expect(findTerm('ice and ice', 'ice', 9)).toBe(-1);
  });

  it('treats digits as word characters: "8" is not part of "18" or "80"', () => {
    expect(findTerm('18 people', '8')).toBe(-1);
    expect(findTerm('80 people', '8')).toBe(-1);
    expect(findTerm('the 8th officer', '8')).toBe(-1);
    expect(findTerm('a 2018 case', '8')).toBe(-1);
    expect(findTerm('8 people', '8')).toBe(0);
    expect(findTerm('18 and 8', '8')).toBe(7);
    expect(findTerm('(8)', '8')).toBe(1);
  });

  it('treats non-ASCII letters as word characters', () => {
    expect(findTerm('icé', 'ic')).toBe(-1);
    expect(findTerm('naïve', 'na')).toBe(-1);
    expect(findTerm('évan', 'van')).toBe(-1);
    expect(findTerm('a van', 'van')).toBe(2);
  });

  it('matches multi-word terms as a whole', () => {
    expect(findTerm('border patrol agents', 'border patrol')).toBe(0);
    expect(findTerm("the border patrol's dispatch", 'border patrol')).toBe(4);
    expect(findTerm('a border patrolman', 'border patrol')).toBe(-1);
    expect(findTerm('crossborder patrol', 'border patrol')).toBe(-1);
  });

  it('needs a boundary only at an edge of the term that is a word character', () => {
    // Term ending with punctuation: nothing is required after it.
    expect(findTerm('the u.s. army', 'u.s.')).toBe(4);
    expect(findTerm('the u.s.a', 'u.s.')).toBe(4);
    // ...but its start still needs a boundary.
    expect(findTerm('thu.s. army', 'u.s.')).toBe(-1);
    // Term starting with punctuation: nothing is required before it.
    expect(findTerm('example.com today', '.com')).toBe(7);
    expect(findTerm('example.community', '.com')).toBe(-1);
    // Punctuation at both edges.
    expect(findTerm('x(ice)y', '(ice)')).toBe(1);
    // Inner hyphen.
    expect(findTerm('a back-up unit', 'back-up')).toBe(2);
    expect(findTerm('two back-ups', 'back-up')).toBe(-1);
  });

  it('returns -1 when the term is absent or the text is empty', () => {
    expect(findTerm('', 'ice')).toBe(-1);
    expect(findTerm('border', 'border patrol')).toBe(-1);
  });

  it('does not match a digit term inside a number with group separators or a decimal point', () => {
    expect(findTerm('more than 8,000 people', '8')).toBe(-1);
    expect(findTerm('more than 1,008 people', '8')).toBe(-1);
    expect(findTerm('a rate of 8.5 percent', '8')).toBe(-1);
    expect(findTerm('a rate of 2.8 percent', '8')).toBe(-1);
    expect(findTerm('8,000', '8,000')).toBe(0);
  });

  it('still matches a digit term next to ordinary punctuation', () => {
    expect(findTerm('they arrested 8, then left', '8')).toBe(14);
    expect(findTerm('the count was 8.', '8')).toBe(14);
    expect(findTerm('8. then more', '8')).toBe(0);
    expect(findTerm('count: 8,and more', '8')).toBe(7);
  });
});

describe('findAnyTerm', () => {
  it('returns the span of the earliest match of any term', () => {
    const text = 'the mayor met border patrol agents and ice';
    expect(findAnyTerm(text, ['ice', 'border patrol'])).toEqual([14, 27]);
    expect(text.slice(14, 27)).toBe('border patrol');
    expect(findAnyTerm(text, ['ice'])).toEqual([39, 42]);
  });

  it('skips matches inside other words', () => {
    expect(findAnyTerm('police and justice and ice', ['ice'])).toEqual([23, 26]);
  });

  it('keeps the first of two terms that start at the same place', () => {
    expect(findAnyTerm('border patrol agents', ['border', 'border patrol'])).toEqual([0, 6]);
    expect(findAnyTerm('border patrol agents', ['border patrol', 'border'])).toEqual([0, 13]);
  });

  it('is null when no term matches, or there are no terms', () => {
    expect(findAnyTerm('police justice', ['ice'])).toBeNull();
    expect(findAnyTerm('anything', [])).toBeNull();
    expect(findAnyTerm('', ['ice'])).toBeNull();
  });
});

describe('hasAnyTerm', () => {
  it('is true when any one term is present as a whole word', () => {
    expect(hasAnyTerm('rochester police', ['ice', 'police'])).toBe(true);
    expect(hasAnyTerm(foldText('ICE agents'), ['border patrol', 'ice'])).toBe(true);
  });

  it('is false when every term only appears inside other words', () => {
    expect(hasAnyTerm('police justice service', ['ice', 'just', 'serv'])).toBe(false);
  });

  it('is false for an empty term list', () => {
    expect(hasAnyTerm('anything at all', [])).toBe(false);
  });
});
