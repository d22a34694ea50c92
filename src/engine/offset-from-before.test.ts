/**
 * An offset opening a sentence, counted from what the sentence before told of (the embedded pack's police-chiefs
 * record: Beck's interview and Denver's statement on Monday 14 November 2016, Magnus's statement on Wednesday 16th).
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from './index.ts';
import { analyzeText } from './analyze.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING =
  'After the election, police chiefs in sanctuary cities spoke out. On November 14, 2016, Los Angeles Police Chief Charlie Beck told the Los Angeles Times his department would not work with Homeland Security on deportations.';
const verdictOf = (sentence: string) =>
  analyzeText(`${OPENING} ${sentence}`, index, {
    published: '2021-05-04',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;

describe('an offset counted from the sentence before', () => {
  it('is wrong when the record puts the two events another span apart', () => {
    expect(
      verdictOf(
        'Two weeks later, in Tucson, Chief Chris Magnus followed with a written statement of his own.',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf('A month later, Tucson Police Chief Chris Magnus issued a written statement.'),
    ).toBe('discrepant');
  });

  it('agrees with the recorded span, and says nothing of an offset inside the sentence', () => {
    expect(
      verdictOf(
        'Two days later, in Tucson, Chief Chris Magnus followed with a written statement of his own.',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf('Tucson Police Chief Chris Magnus issued a written statement two days later.'),
    ).not.toBe('discrepant');
  });

  it('reads "the next day", "the following week", "the same day" opening the sentence', () => {
    expect(
      verdictOf(
        'The next day, in Tucson, Chief Chris Magnus followed with a written statement of his own.',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf('The following week, Chief Chris Magnus of Tucson put out a written statement.'),
    ).toBe('discrepant');
    expect(verdictOf('The same day, the Denver Police Department issued a statement.')).toBe(
      'consistent',
    );
  });

  it('is green only when the count agrees: counted from nothing the record dates, unverified', () => {
    const alone = (sentence: string) =>
      analyzeText(`${OPENING} The weather that week was mild. ${sentence}`, index, {
        published: '2021-05-04',
        today: '2026-11-21',
      }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)));
    const found = alone('The same day, the Denver Police Department issued a statement.');
    expect(found?.verdict).toBe('unverified');
    expect(found?.comparison).toEqual([
      { slot: 'date', page: 'The same day', record: 'not in the record' },
    ]);
  });
});
