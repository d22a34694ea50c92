import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const gaz = buildGazetteer([
  { kind: 'state', id: 'ny', names: ['New York', 'N.Y.'] },
  { kind: 'agency', id: 'ice', names: ['ICE'] },
  { kind: 'person', id: 'p', names: ['Jane Doe', 'Doe'] },
]);

/** Words the finders react to, so that random sentences exercise them. */
const WORDS = [
  'Mayor',
  'former',
  'then',
  '-',
  'Sen.',
  'Jane',
  'Doe',
  'said',
  ',',
  '.',
  ';',
  '\u2014',
  'not',
  'no',
  'Street',
  'St.',
  'Main',
  'and',
  'Police',
  'Department',
  'of',
  'County',
  'New',
  'York',
  'N.Y.',
  'Monday',
  'March',
  '24',
  '2025',
  'the',
  '24th',
  '5:30',
  'p.m.',
  'about',
  'eight',
  'twenty',
  'people',
  'were',
  'detained',
  'fired',
  'ICE',
  'agents',
  'DEA',
  'Times',
  'according',
  'to',
  'WXYZ',
  'reported',
  '?',
  'if',
  'would',
  'days',
  'later',
  'since',
  "'s",
  'west',
  'side',
  'corner',
  'dozens',
  'up',
  'between',
  '\u201C',
  '\u{1F600}',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((ws) => ws.join(' '));

function checkOffsets(s: string): void {
  const clauses = readSentence(s, gaz);
  for (const c of clauses) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(s.length);
    for (const m of c.mentions) {
      expect(s.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(c.start);
      expect(m.end).toBeGreaterThan(m.start);
    }
  }
}

describe('readSentence on any input', () => {
  it('never throws, and every mention slices back to its text (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => checkOffsets(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkOffsets(s)),
      { numRuns: 300 },
    );
  });

  it('never throws, and every mention slices back to its text (sentences of trigger words)', () => {
    fc.assert(
      fc.property(sentence, (s) => checkOffsets(s)),
      { numRuns: 500 },
    );
  });

  it('mentions do not overlap, except an intersection over its streets', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const ms = readSentence(s, gaz)
          .flatMap((c) => c.mentions)
          .filter((m) => m.type !== 'intersection');
        for (let i = 1; i < ms.length; i++)
          expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a long sentence of repeated streets to the end', () => {
    const s = 'Main Street and '.repeat(125) + 'Oak Avenue.';
    expect(s.length).toBeGreaterThan(2000);
    const ms = readSentence(s, gaz).flatMap((c) => c.mentions);
    expect(ms.filter((m) => m.type === 'street')).toHaveLength(126);
    expect(ms.at(-1)?.text).toBe('Oak Avenue');
  });

  it('reads a name with a title after a dash that ends the sentence (fast-check found "Doe — Mayor" threw)', () => {
    for (const s of ['Doe \u2014 Mayor', 'Jane Doe - Mayor', 'Doe \u2013 Mayor'])
      expect(() => checkOffsets(s), s).not.toThrow();
  });

  it('reads long runs of capitals, numbers and titles to the end', () => {
    for (const unit of [
      'Mayor Jane ',
      'A B C D ',
      '24 24 ',
      'not no ',
      'the 24th of ',
      'New York, N.Y., ',
    ]) {
      const s = unit.repeat(Math.ceil(2000 / unit.length)) + 'on Monday.';
      const ms = readSentence(s, gaz).flatMap((c) => c.mentions);
      expect(ms.at(-1)?.text).toBe('Monday');
    }
  });
});
