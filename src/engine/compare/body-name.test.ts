/**
 * A body of the story called by another name (body-name.ts), on the invented story (test-story.ts) with a union of
 * its own described by its role. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Json = { stories: { entities: unknown[]; events: unknown[] }[] };
const p = JSON.parse(JSON.stringify(raidPack())) as Json;
const story = p.stories[0]!;
story.entities.push({ id: 'quay-union', kind: 'organization', name: 'Westmark Harbor Wardens Guild', aliases: ['Wardens Guild'], role: 'the union of Westmark harbor officers' });
story.events.push({
  sources: ['ledger'], confidence: 'high', id: 'union-backs', label: 'The Wardens Guild backs the raid officers', words: ['union'], date: '2024-06-14',
  participants: [{ role: 'spoke', entities: ['quay-union'] }],
});
const parsed = parsePack(p);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a described body given another name', () => {
  it.each([
    ["The officers' union, the Westmark Harbor Benevolent Association, backed the officers.", 'Westmark Harbor Benevolent Association'],
    ["The Westmark Fraternal Order of Police, the officers' union, backed them.", 'Westmark Fraternal Order of Police'],
    ["The officers' union (the Harbor Police Federation) backed the officers.", 'Harbor Police Federation'],
  ])('%s', (sentence, name) => {
    const result = compare(sentence);
    expect(result).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'name', page: name, record: 'Westmark Harbor Wardens Guild' }] });
    expect(result?.explanation).toContain(`The record has the union of Westmark harbor officers as the Westmark Harbor Wardens Guild, not the ${name}.`);
  });

  it.each([
    "The officers' union, the Westmark Harbor Wardens Guild, backed the officers.",
    'The union (the Wardens Guild) backed the officers.',
    "The officers' union backed the officers, and the Westmark Harbor Benevolent Association said nothing.",
    'A union, the Harbor Police Federation, backed the officers.',
    'Marchers from the union, the Harbor Police Federation, rallied.',
    "The state's largest union, the Harbor Police Federation, backed the officers.",
    'The guild said: "the officers\' union, the Harbor Police Federation, backed us."',
    'Its president, Tam Reed Association, spoke.',
  ])('never wrong: %s', (sentence) => {
    expect(compare(sentence)?.comparisons.some((c) => c.slot === 'name')).not.toBe(true);
  });
});
