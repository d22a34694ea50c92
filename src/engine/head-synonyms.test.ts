/**
 * The wording of a claim the pack calls unverified, said with another head noun (head-synonyms.ts): the men's
 * criminal record, on which the sources disagree (sources.md B12), stays unverified however it is called.
 */
import { describe, expect, it } from 'vitest';
import { withHeadSynonyms } from './head-synonyms.ts';
import { rochesterVerdict } from './test-embedded-page.ts';

describe('a phrase with its head noun said another way', () => {
  it('adds the other nouns of the set only to phrases of two words or more', () => {
    expect(withHeadSynonyms(['criminal record'])).toEqual([
      'criminal record',
      'criminal history',
      'criminal background',
      'criminal past',
    ]);
    expect(withHeadSynonyms(['record', 'rap sheet'])).toEqual(['record', 'rap sheet']);
  });
});

describe('a record the sources disagree on, in other words', () => {
  it.each([
    'The three men taken into custody, students should note, had no criminal history.',
    'The driver had no prior history of arrests, one station said.',
    'The men had no criminal histories at all.',
  ])('is unverified, never discrepant nor silent: %s', (line) => {
    expect(rochesterVerdict(line)).toBe('unverified');
  });
});
