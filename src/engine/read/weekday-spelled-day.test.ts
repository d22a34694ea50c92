/** A day of the month in words right after a weekday ("on Thursday the twelfth") is a date; with a noun after it, an ordinal. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const dates = (s: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'date')
    .map((m) => ({ text: m.text, ...m.value }));

describe('a weekday with a day of the month in words', () => {
  it('reads the day after a weekday, with or without a comma', () => {
    expect(dates('The council met on Thursday the twelfth.')).toEqual([
      { text: 'twelfth', day: 12 },
    ]);
    expect(dates('The letter went out on Sunday, the twenty-third, at noon.')).toEqual([
      { text: 'twenty-third', day: 23 },
    ]);
  });

  it('leaves an ordinal that numbers a noun, or one with no weekday before it', () => {
    expect(dates('On Friday the second meeting was held.')).toEqual([]);
    expect(dates('She finished the third.')).toEqual([]);
  });
});
