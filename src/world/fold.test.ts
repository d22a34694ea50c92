import { describe, expect, it } from 'vitest';
import { foldName, foldNameFully as slow } from './fold.ts';

describe('foldName', () => {
  it('folds names as the full fold does', () => {
    for (const name of [
      'Rochester',
      'N.Y.',
      'U.S. Border Patrol',
      'Meléndez',
      'O\u2019Brien',
      "O'Brien",
      'a`b',
      '  Two  Spaces ',
      'Tab\tName',
      'Kansas City',
      'ICE',
      '',
      ' ',
      'x-ray',
      'AT&T',
      'A.',
      '~!{}',
      'Ω',
    ]) {
      expect(foldName(name)).toBe(slow(name));
    }
  });

  it('agrees with the full fold on random names over a small alphabet', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = [
      'a',
      'B',
      ' ',
      '.',
      '`',
      '-',
      '\u2013',
      '\u2019',
      '\u00e9',
      'e\u0301',
      '\t',
      '/',
      '_',
      '~',
      '!',
      '0',
      '\u00a0',
    ];
    for (let round = 0; round < 3000; round++) {
      const name = Array.from(
        { length: Math.floor(next() * 8) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      expect(foldName(name)).toBe(slow(name));
    }
  });
});
