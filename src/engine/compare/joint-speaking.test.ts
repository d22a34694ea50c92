/**
 * Two speakers told as speaking together where the record has each speaking apart (joint-speaking.ts), on the invented
 * story (test-story.ts): Ned Cole spoke on Wednesday 12 June 2024, in his talks with Lou Pike; Pat Vane gave a statement
 * on Thursday 13 June. Nothing records Cole and Vane together; Pike and Cole were together.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { COLE_AND_VANE, PIKE_MEETS_COLE, pikePack, westmark } from './test-story.ts';

const VANE_STATEMENT = {
  id: 'vane-statement',
  label: 'Pat Vane issues a statement',
  words: ['statement'],
  date: '2024-06-13',
  participants: [{ role: 'spoke', entities: ['pat-vane'] }],
  sources: ['ledger'],
  confidence: 'high',
};
const COLE_REMARKS = {
  id: 'cole-remarks',
  label: 'Ned Cole speaks to reporters',
  words: ['remarks'],
  date: '2024-06-12',
  participants: [{ role: 'spoke', entities: ['ned-cole'] }],
  sources: ['ledger'],
  confidence: 'high',
};

const record = buildStoryRecord(
  pikePack([PIKE_MEETS_COLE, VANE_STATEMENT, COLE_REMARKS], COLE_AND_VANE).stories[0]!,
  westmark(),
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('two speakers told as speaking together', () => {
  it.each([
    'Cole and Vane made these remarks side by side at a meeting of county leaders that week.',
    'Ned Cole and Pat Vane delivered their statements jointly.',
    'Vane and Cole, by most accounts, spoke together from the same podium on the same day.',
    'Cole and Vane held a joint news conference in June 2024.',
  ])('is an invented joint occasion when the record has them apart: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toMatch(
      /no occasion where (Ned Cole and Pat Vane|Pat Vane and Ned Cole) spoke together/,
    );
    expect(r?.explanation).toContain('Wednesday 12 June 2024');
    expect(r?.explanation).toContain('Thursday 13 June 2024');
  });

  it.each([
    // The record has them together: not this reader's to deny.
    'Pike and Cole made their remarks side by side that week.',
    // Later occasions, hedged or denied ones: the record does not cover them.
    'Cole and Vane have since appeared side by side at a forum.',
    'Cole and Vane later made the same remarks together in 2025.',
    'Cole and Vane may hold a joint news conference.',
    'Cole and Vane did not make their remarks together.',
    'Cole and Vane never spoke together that week.',
    // Nothing says it was the recorded speaking.
    'Cole and Vane appeared together at a fundraiser.',
    // Together, but not as one occasion of speaking.
    'Cole and Vane together run the county board.',
    'Taken together, the remarks of Cole and Vane made the same point.',
  ])('is no finding of this kind: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.explanation ?? '').not.toMatch(/spoke together/);
  });
});
