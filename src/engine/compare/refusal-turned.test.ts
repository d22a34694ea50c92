/**
 * A refusal the record states, turned round, on the invented story
 * (test-story.ts) with two events added: on 13 June Mayor Ida Marsh said she
 * would not meet Ned Voss, who came to Port Alder on 14 June. "Marsh agreed to
 * sit down with Voss" is discrepant; agreeing to meet someone else, or a
 * pronoun not set against a refusal, says nothing of it.
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

describe('a refusal the record states, turned round', () => {
  it.each([
    [
      'Mayor Ida Marsh agreed to sit down with Ned Voss during his visit.',
      'Ida Marsh agreed to sit down with',
    ],
    [
      'Mayor Ida Marsh accepted an invitation to meet Ned Voss during his visit.',
      'Ida Marsh accepted an invitation to meet',
    ],
  ])('%s', (sentence, page) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({
      slot: 'person',
      page,
      record: 'Mayor Ida Marsh said she would not meet Voss.',
    });
  });

  it.each([
    'Mayor Ida Marsh refused to meet with Ned Voss.',
    'Mayor Ida Marsh agreed to meet with him.',
    'Mayor Ida Marsh did not agree to sit down with Ned Voss.',
  ])('not turned round, or not about whom she refused: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
