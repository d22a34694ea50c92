/** A numbered highway against the record's (invented story: a blockade on Interstate 12 in Port Alder; the raid has no highway). */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function blockadeRecord() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  p.stories[0]!.entities.push({
    id: 'i-12',
    kind: 'street',
    name: 'Interstate 12',
    aliases: ['I-12'],
    within: 'port-alder',
  });
  p.stories[0]!.events.push({
    id: 'blockade',
    label: 'Protesters block the Interstate 12 overpasses',
    words: ['blockade', 'overpasses'],
    date: '2024-06-12',
    places: ['i-12'],
    sources: ['ledger'],
    confidence: 'high',
  });
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = blockadeRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a numbered highway', () => {
  it('is another road when the record has the event on a highway of another number', () => {
    expect(compare('Protesters stood on the overpasses of I-21 and at the harbor.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'street', page: 'I-21', record: 'Interstate 12' }],
    });
    expect(compare('Protesters crowded the overpasses over Interstate 112.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees in either spelling, and its number is no count', () => {
    expect(compare('Protesters stood on the I-12 overpasses and in Port Alder.')?.outcome).toBe(
      'agrees',
    );
    expect(
      compare('Protesters crowded the overpasses over Interstate 12 in Port Alder.')?.outcome,
    ).toBe('agrees');
  });

  it('is left alone where the linked event has no highway', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse after driving in on I-21.')?.outcome,
    ).not.toBe('discrepant');
  });
});
