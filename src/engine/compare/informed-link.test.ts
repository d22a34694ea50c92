/**
 * "X heard about it on <day>", for someone the record has in two events: the one where the record has them told of
 * it (participant role `informed`) is the clause's, not the other one (compare-sentence.ts, linkClause). On the
 * invented story (test-story.ts): Councillor Ora Lind hears of the raid from neighbours on Tuesday 11 June 2024 and
 * raises it at the funding vote a week later. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Json = {
  stories: { entities: unknown[]; events: { id: string; participants?: unknown[] }[] }[];
};

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as Json;
  const story = p.stories[0]!;
  story.entities.push({ id: 'ora-lind', kind: 'person', name: 'Ora Lind' });
  story.events.find((e) => e.id === 'funding-vote')!.participants = [
    { role: 'spoke', entities: ['ora-lind'] },
  ];
  story.events.push({
    id: 'lind-hears',
    label: 'Councillor Ora Lind hears of the raid from neighbours',
    words: ['heard from neighbours'],
    date: '2024-06-11',
    participants: [{ role: 'informed', entities: ['ora-lind'], from: 'neighbours' }],
    sources: ['ledger'],
    confidence: 'high',
  } as never);
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const story = record();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-07-01');

describe('a clause of being told, for someone of several events', () => {
  it.each([
    'Ora Lind heard about it on Tuesday night.',
    'Ora Lind found out about the raid on June 11.',
    'Councillor Ora Lind was told of it on Tuesday, June 11.',
  ])('is the event where the record has them told: the day agrees (%s)', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it.each(['Ora Lind heard about it on Sunday night.', 'Ora Lind found out about it on June 14.'])(
    'and another day is wrong, against that event: %s',
    (sentence) => {
      const r = compare(sentence);
      expect(r?.outcome).toBe('discrepant');
      expect(r?.events).toEqual(['lind-hears']);
    },
  );
});
