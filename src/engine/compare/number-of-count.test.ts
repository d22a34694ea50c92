/**
 * A count set after "the number of <noun>" counts that noun: the embedded Rochester record (10 officers involved,
 * the chief's estimate 10 to 12 at the scene; about eight people in the van).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-04-03');

describe('"the number of <noun>" and a count after it', () => {
  it.each([
    'Reporters were told the number of officers on the scene came to about forty.',
    'By one account the number of cops on the scene was close to three dozen.',
  ])('is weighed like a count of that noun: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count' }] });
  });

  it.each([
    'Reporters were told the number of officers at the scene stood at about eleven.',
    'The number of police officers on the scene was ten, the department said.',
    'The number of reporters who came to the scene was about forty.',
  ])('the recorded number, or a noun the record does not count there, is no conflict: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});
