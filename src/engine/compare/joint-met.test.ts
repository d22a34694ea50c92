/**
 * Two people told as meeting each other, joined as one subject, where the record has one refusing to meet the other
 * (joint-met.ts), on the invented story (test-story.ts) with the refusal of refusal-turned.test.ts: on 13 June Mayor
 * Ida Marsh said she would not meet Ned Voss, who came to Port Alder on 14 June.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Json = { stories: { entities: unknown[]; events: unknown[] }[] };

function refusalStory() {
  const p = JSON.parse(JSON.stringify(raidPack())) as Json;
  const story = p.stories[0]!;
  story.entities.push({ id: 'ned-voss', kind: 'person', name: 'Ned Voss' });
  const base = { sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'marsh-refuses',
      date: '2024-06-13',
      label: 'Mayor Ida Marsh says she will not meet Ned Voss',
      words: ['would not meet'],
      participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
      negatives: [{ kind: 'met', explanation: 'Mayor Ida Marsh said she would not meet Voss.' }],
    },
    {
      ...base,
      id: 'voss-visit',
      date: '2024-06-14',
      label: 'Ned Voss visits Port Alder',
      words: ['visit'],
      participants: [{ role: 'came', entities: ['ned-voss'] }],
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = refusalStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('two people joined as the subject of a meeting the record has one of them refusing', () => {
  it.each([
    'During his visit, Ned Voss and the mayor met for about twenty minutes at City Hall.',
    'By the end of the visit Voss and Mayor Ida Marsh had quietly sat down together.',
    'Ned Voss and Ida Marsh later held private talks during his visit.',
    'Ida Marsh and Ned Voss, the paper said, had a brief meeting during his visit.',
  ])('is wrong, whichever comes first: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', record: 'Mayor Ida Marsh said she would not meet Voss.' }],
    });
  });

  it.each([
    'Ned Voss and the mayor did not meet during his visit.',
    'Ned Voss and the mayor traded barbs during his visit.',
    'Ned Voss and the mayor met again in 2023.',
    'Ned Voss and Chief Ana Ruiz met during his visit.',
    'Mayor Ida Marsh and the council met during the visit to discuss the raid.',
  ])('says nothing wrong of a denial, another act, another day or another pair: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
