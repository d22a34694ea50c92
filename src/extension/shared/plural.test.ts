import { describe, expect, it } from 'vitest';
import { pluralKey } from './plural.ts';

const KEYS = { one: 'countStoriesOne', other: 'countStoriesOther' } as const;

describe('pluralKey', () => {
  it('takes the singular for one and the plural for every other count, by the language rules', () => {
    expect([0, 1, 2, 21].map((n) => pluralKey(n, KEYS, 'en'))).toEqual([
      'countStoriesOther',
      'countStoriesOne',
      'countStoriesOther',
      'countStoriesOther',
    ]);
    // French counts zero as singular.
    expect(pluralKey(0, KEYS, 'fr')).toBe('countStoriesOne');
  });
});
