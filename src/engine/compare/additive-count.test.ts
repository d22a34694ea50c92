/**
 * A count told as an addition to others is a part of the recorded total: the embedded Rochester record (three men
 * detained: the driver and two passengers), and the invented raid story (two men detained in the Quay Street raid).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const raid = buildStoryRecord(raidPack().stories[0]!, westmark());
const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);

describe('a count told as an addition', () => {
  it.each([
    'Two passengers were also taken into custody.',
    'Agents arrested the driver; two passengers were also taken into custody.',
    'Two more men were detained.',
    'Two other men were detained as well.',
  ])('below the record is a part, no conflict: %s', (s) => {
    expect(compareSentence(s, rochester, '2025-04-03')?.outcome).not.toBe('discrepant');
  });

  it.each(['Six passengers were also taken into custody.', 'Four more men were detained.'])(
    'as many as the record or more is still wrong: %s',
    (s) => {
      expect(compareSentence(s, rochester, '2025-04-03')?.outcome).toBe('discrepant');
    },
  );

  it('without a marker of addition, a lower count is still wrong', () => {
    expect(compareSentence('Two men were detained.', rochester, '2025-04-03')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compareSentence('Agents took two men into custody.', rochester, '2025-04-03')?.outcome,
    ).toBe('discrepant');
  });

  it('in the invented story: a part below the record, a count above it', () => {
    expect(
      compareSentence(
        'Officers detained five more men in the Quay Street raid.',
        raid,
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
  });
});

describe('a count of the whole group in a clause that adds', () => {
  it('is the group\u2019s size, compared in full', () => {
    expect(
      compareSentence(
        'Also that day, all seven Harbor Unit officers raided a warehouse on Quay Street.',
        raid,
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      compareSentence(
        'All of the seven Harbor Unit officers also raided a warehouse on Quay Street.',
        raid,
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      compareSentence(
        'Also that day, all fifteen Harbor Unit officers raided a warehouse on Quay Street.',
        raid,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
