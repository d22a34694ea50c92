/**
 * A place after "from" is where someone came from, not where the event happened (compare-values.ts place): the stop
 * was on Whitney Street in Rochester (sources.md B7); a town elsewhere after "in" is still wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) =>
  (s.entities ?? []).some((e) => e.id === 'whitney-street'),
)!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2025-04-30');

describe('a place after "from"', () => {
  it('is no place of the event', () => {
    for (const s of [
      'The agents, all from Texas, detained three men.',
      'Agents from Texas detained three men on Whitney Street.',
      'Federal agents from the Buffalo sector detained three men.',
      'Border Patrol agents from nearby Buffalo stopped the van.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
  it('a place the event is put in is still compared', () => {
    expect(compare('Agents detained three men in Buffalo.')?.outcome).toBe('discrepant');
  });
});
