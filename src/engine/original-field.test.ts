/**
 * A record sheet's field for the original report's publication, its value on the next line (original-field.ts),
 * on the embedded pack: the police chiefs' round-up ran in November 2016, after the reports it credits (the Arizona
 * Daily Star's of 17 November among them; sources.md A2, C7).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { originalFieldSentence } from './original-field.ts';

describe('reading the field', () => {
  it('a label naming the original or the source, then a date', () => {
    expect(
      originalFieldSentence('Original publication date', 'Entered as 3 May 2019, late evening'),
    ).toBe('The original was published on 3 May 2019, late evening');
    expect(originalFieldSentence('Source published (per log):', 'Friday, June 7, 2019')).toBe(
      'The original was published on Friday, June 7, 2019',
    );
  });
  it('no other label, and no value that is not a date first', () => {
    expect(originalFieldSentence('Publication date', '3 May 2019')).toBeNull();
    expect(originalFieldSentence('Destination go-live', 'Logged as 3 May 2019')).toBeNull();
    expect(originalFieldSentence('Source publication', 'The Harbour Gazette')).toBeNull();
    expect(originalFieldSentence('Source publication', 'Some weeks after 3 May 2019')).toBeNull();
  });
});

describe('on a page of the police chiefs story', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const verdictOf = (label: string, value: string) =>
    analyzeText(
      [
        'Once Donald Trump had won the November 2016 election, LAPD Chief Charlie Beck told the Los Angeles Times his officers would not help with deportations; Cole Zercoe of PoliceOne rounded up such statements.',
        label,
        value,
      ].join('\n'),
      index,
      { today: '2026-11-21' },
    ).findings.find((f) => f.text === value)?.verdict;

  it('a day before the reports the round-up credits is discrepant', () => {
    expect(verdictOf('Original publication date', 'Filed as 10 November 2016.')).toBe('discrepant');
    expect(verdictOf('Source publication', 'November 12, 2016')).toBe('discrepant');
  });
  it('never a false alarm: a day the record allows, another field, a label with no original', () => {
    expect(verdictOf('Original publication date', 'Filed as 21 November 2016.')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('Destination go-live', 'Filed as 10 November 2016.')).not.toBe('discrepant');
    expect(verdictOf('Publication date', 'Filed as 10 November 2016.')).not.toBe('discrepant');
  });
});
