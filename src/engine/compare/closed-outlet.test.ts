/**
 * An outlet that had closed before the story's events (closed-outlet.ts), on
 * the invented story of test-story.ts (a raid on 11 June 2024, Mayor Ida
 * Marsh speaking the next day), with an invented world where the Kells
 * Evening Star closed on 30 April 2010 and the Kells Courier still prints.
 */
import { describe, expect, it } from 'vitest';
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

function closedStory() {
  const parsed = parsePack(pack);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const w = JSON.parse(JSON.stringify(world)) as Record<string, unknown> & {
    outlets: Record<string, unknown>[];
  };
  w.outlets.push(
    {
      id: 'kells-evening-star',
      name: 'Kells Evening Star',
      kind: 'newspaper',
      locality: 'kells',
      closed: '2010-04-30',
    },
    { id: 'kells-courier', name: 'Kells Courier', kind: 'newspaper', locality: 'kells' },
  );
  const pw = parseWorld(w);
  if (!pw.ok) throw new Error(JSON.stringify(pw.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, indexWorld(pw.world));
}

const record = closedStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('an outlet that had closed, said to report the story', () => {
  it.each([
    'The Kells Evening Star published the statement in full.',
    "Mayor Ida Marsh's statement on the raid ran in the Kells Evening Star the next morning.",
    'Mayor Ida Marsh told the Kells Evening Star that nobody was deported.',
    'According to the Kells Evening Star, about fifteen officers raided the warehouse.',
    'The Kells Evening Star reported that two men were detained in the raid.',
    // Told in the present, as past: the same printing.
    "The Kells Evening Star prints Ida Marsh's statement on page one.",
    "Mayor Ida Marsh's words are carried in full by the Kells Evening Star.",
    'The full text was carried in full by the Kells Evening Star.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', record: expect.stringContaining('closed 30 April 2010') }],
    });
  });
});

describe('never a false alarm', () => {
  it('an outlet still printing, and the closed one in its own years or named as past', () => {
    for (const sentence of [
      'The Kells Courier published the statement in full.',
      'Mayor Ida Marsh told the Kells Courier that nobody was deported.',
      'In 2008 the Kells Evening Star published a series on the Harbor Unit.',
      'Ida Marsh, a former Kells Evening Star reporter, spoke about the raid the next day.',
      'The now-defunct Kells Evening Star once covered the harbor like no other paper.',
      'The Kells Evening Star, which closed years ago, would have covered the raid on its front page.',
      'Mayor Ida Marsh spoke about the raid the next day.',
      "The Kells Courier prints Ida Marsh's statement on page one.",
      'The full text was carried in full by the Kells Courier.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});
