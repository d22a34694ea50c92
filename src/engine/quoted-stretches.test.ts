import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedStretches } from './quoted-stretches.ts';

/** The pattern quotedStretches answers for, in linear time. */
const QUOTED =
  /"([^"]+)"|\u201C([^\u201D]+)\u201D|\u201E([^\u201C\u201D]+)[\u201C\u201D]|\u00AB([^\u00BB]+)\u00BB|\u2018([^\u2019]+(?:\u2019[\p{L}][^\u2019]*)*)\u2019/gu;
const byPattern = (s: string) =>
  [...s.matchAll(QUOTED)].map((m) => m.slice(1).find((g) => g !== undefined) ?? '');

describe('quotedStretches', () => {
  it('finds the text between each pair of marks', () => {
    expect(
      quotedStretches('He said "go home" and \u201Cstay\u201D, then \u00ABnever\u00BB.'),
    ).toEqual(['go home', 'stay', 'never']);
    expect(quotedStretches('\u201Elow\u201C and \u201Elow\u201D')).toEqual(['low', 'low']);
    expect(
      quotedStretches('\u2018it\u2019s here\u2019 and \u2018rock \u2019n\u2019 roll\u2019'),
    ).toEqual(['it\u2019s here', 'rock \u2019n']);
    expect(quotedStretches('""x" \u201C\u201D open \u201C only')).toEqual(['x']);
  });

  it('gives the stretches the pattern gives, for any sentence made of marks and letters', () => {
    const piece = fc.constantFrom(
      '"',
      '\u201C',
      '\u201D',
      '\u201E',
      '\u00AB',
      '\u00BB',
      '\u2018',
      '\u2019',
      'a',
      'B',
      ' ',
      '1',
      '.',
      '\uD835\uDC00',
      '\uD800',
      '\u00E9',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        (s) => {
          expect(quotedStretches(s)).toEqual(byPattern(s));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
