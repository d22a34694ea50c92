/**
 * A post told by its platform and its speaker, without the event's words, is the record's post on that platform:
 * its day is a day of the speaker's speaking (embedded Rochester record: Homan posted on X on Friday 28 March 2025;
 * he spoke again in April, at a briefing on 28 April and in Rochester on 29 April).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const record = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, record, '2025-07-10');

describe('a post told by its platform', () => {
  it.each([
    'Tom Homan wrote on X on June 28 that he stood with the Rochester officers.',
    'On June 2, Homan posted on X that the officers had his backing.',
    'Homan, writing on X on May 30, backed the officers.',
  ])("on a day none of the speaker's: %s", (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'date' })]),
    });
  });

  it.each([
    'Tom Homan wrote on X on March 28 that he stood with the Rochester officers.',
    'Homan posted on X on Friday that he stood with the officers.',
    // Another day he spoke: he may have posted then too.
    'Homan posted on X on April 29 that he had met the officers.',
    'Homan wrote on X on Tuesday that he stood with the officers.',
    // Someone the record has posting on no platform.
    'Evans wrote on X on June 28 that the city would keep its policy.',
  ])('not wrong: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});
