/** A list of people with one name in place of the record's (invented story: Ida Marsh, Ned Cole and Pat Vane signed a joint statement). */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function statementRecord() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  p.stories[0]!.entities.push(
    { id: 'ned-cole', kind: 'person', name: 'Ned Cole', world: 'ned-cole' },
    { id: 'pat-vane', kind: 'person', name: 'Pat Vane', world: 'pat-vane' },
  );
  p.stories[0]!.events.push({
    id: 'joint-statement',
    label: 'Ida Marsh, Ned Cole and Pat Vane sign a joint statement',
    words: ['joint statement'],
    date: '2024-06-13',
    participants: [{ role: 'spoke', entities: ['ida-marsh', 'ned-cole', 'pat-vane'] }],
    sources: ['ledger'],
    confidence: 'high',
  });
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = statementRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a list of as many people as the record lists, one of them another', () => {
  it('tells the odd name wrong, naming the one the record has', () => {
    expect(
      compare('Mayor Ida Marsh, Ned Cole and Sen. Tom Reese all signed the joint statement.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Tom Reese', record: 'Pat Vane' }],
    });
    expect(
      compare('Sen. Tom Reese, Ida Marsh and Ned Cole signed a joint statement.')?.outcome,
    ).toBe('discrepant');
    // The list is the run of names joined by commas and "and"; a name after the verb is no part of it.
    expect(
      compare(
        'Mayor Ida Marsh, Ned Cole and Sen. Tom Reese signed the joint statement with Pat Vane.',
      )?.outcome,
    ).toBe('discrepant');
  });

  it('reads a title with its body before it ("and Council Minority Leader …") as part of the list', () => {
    expect(
      compare(
        'Mayor Ida Marsh, Ned Cole and Council Minority Leader Tom Reese all signed the joint statement.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Tom Reese', record: 'Pat Vane' }],
    });
    expect(
      compare(
        'Mayor Ida Marsh, Ned Cole and Council Minority Leader Pat Vane all signed the joint statement.',
      )?.outcome,
    ).toBe('agrees');
  });

  it("agrees with the record's list, in any order or with titles", () => {
    expect(
      compare('Mayor Ida Marsh, Ned Cole and Pat Vane all signed the joint statement.')?.outcome,
    ).toBe('agrees');
    expect(
      compare('Pat Vane, Ned Cole and Mayor Ida Marsh signed a joint statement.')?.outcome,
    ).toBe('agrees');
  });

  it('leaves a longer list, a shorter one, or names that are no plain list, unconfirmed at most', () => {
    expect(
      compare('Ida Marsh, Ned Cole, Pat Vane and Sen. Tom Reese signed the joint statement.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Ida Marsh and Sen. Tom Reese signed the joint statement.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('Ida Marsh said Ned Cole had asked Sen. Tom Reese to sign the joint statement.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
