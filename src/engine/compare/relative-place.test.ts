/**
 * A relative clause on a street just named that says where the street lies: the embedded Rochester record has
 * Whitney Street and Lyell Avenue on Rochester's west side, in the city of Rochester.
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
const outcome = (s: string) => compareSentence(s, rochester, '2025-04-10')?.outcome;

describe('where a recorded street lies, told in a relative clause', () => {
  it.each([
    'Our map pins the van to Lyell Avenue, which the survey files as the city\u2019s southeast side.',
    'The agents waited on Whitney Street, which lies on the north side of town.',
    'The van sat at Whitney Street and Lyell Avenue, which our volunteers marked as the east side.',
  ])('another side of town is a conflict: %s', (s) => {
    expect(outcome(s)).toBe('discrepant');
  });

  it.each([
    'The van was parked on Whitney Street, which is actually part of the town of Greece.',
    'The van was parked on Whitney Street, which newcomers often do not know lies within the town of Greece.',
  ])('another town is a conflict: %s', (s) => {
    expect(outcome(s)).toBe('discrepant');
  });

  it.each([
    'The agents waited on Whitney Street, which lies on the west side of town.',
    'The agents waited on Whitney Street, which is in Rochester.',
    'The agents waited on Whitney Street, which is in Monroe County.',
    'The agents waited on Whitney Street, which is a long drive from the east side.',
    'The agents waited on Whitney Street, which runs toward the north side.',
    'The agents waited on Whitney Street, which is not on the east side.',
    'The agents waited on Whitney Street, which is not in Greece.',
    'The agents waited on Whitney Street, which is near the town of Greece.',
    'The agents waited on Whitney Street, which is as busy as anything on the east side.',
    'The agents waited on Whitney Street, which is on the west side, unlike the east side.',
  ])(
    'the recorded side or town, or a comparison, a direction or a denial, is no conflict: %s',
    (s) => {
      expect(outcome(s)).not.toBe('discrepant');
    },
  );
});
