/**
 * How many sources counted things came from ("statements from six agencies"), on the invented story (test-story.ts)
 * with the Alder Ledger's round-up, which quoted three statements (counts-outcomes.test.ts), and fifteen officers put
 * on desk duty. More sources than things is wrong; as many or fewer says nothing (source-count.ts).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push({ id: 'alder-ledger', kind: 'outlet', name: 'Alder Ledger' });
  const base = { sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'review',
      label: 'The raid officers are put on desk duty pending retraining',
      words: ['desk duty'],
      date: '2024-06-13',
      participants: [{ role: 'subject', entities: ['harbor-unit'] }],
      quantities: [{ nouns: ['officers', 'agents'], min: 15, max: 15 }],
      outcomes: [{ kind: 'desk-duty', count: 15, nouns: ['officers'] }],
    },
    {
      ...base,
      id: 'roundup',
      label: "The Alder Ledger's round-up of statements",
      words: ['alder ledger'],
      date: '2024-06-14',
      participants: [{ role: 'reported', entities: ['alder-ledger'] }],
      quantities: [{ nouns: ['statements', 'officials'], min: 3, max: 3, quoted: true }],
    },
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}
const story = record();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('more sources than the things they gave', () => {
  it.each([
    ['The Alder Ledger stitched together statements from six agencies.', 'six'],
    [
      "The Alder Ledger's round-up carried statements from at least five police departments.",
      'five',
    ],
    ['Statements by seven mayors were gathered in the Alder Ledger round-up.', 'seven'],
    ['The fifteen officers from twenty departments were put on desk duty.', 'twenty'],
  ])('is wrong: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'count', page })],
    });
  });

  it.each([
    'The Alder Ledger stitched together statements from three agencies.',
    'The Alder Ledger gathered statements from two cities.',
    'The Alder Ledger quoted statements from two police chiefs, one of them twice.',
    'The officers from two departments were put on desk duty.',
    'The Alder Ledger did not gather statements from six agencies.',
    'Six agencies sent officers to the Quay Street raid.',
  ])('says nothing wrong of as many or fewer, a denial, or no counted things: %s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'silent').not.toBe('discrepant');
  });
});
