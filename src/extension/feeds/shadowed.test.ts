import { describe, expect, it } from 'vitest';
import { shadowedStories } from './shadowed.ts';

describe('shadowedStories', () => {
  it('names the stories an earlier pack already has, in pack order', () => {
    expect(
      shadowedStories([
        { storyIds: ['a', 'b'] },
        { storyIds: ['b', 'c'] },
        { storyIds: ['a', 'c', 'd'] },
      ]),
    ).toEqual([[], ['b'], ['a', 'c']]);
    expect(shadowedStories([])).toEqual([]);
  });
});
