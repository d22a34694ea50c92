/**
 * A sentence about the place of what the sentences before told of ("That neighborhood is on the east side"), with no
 * event of its own (compare/place-before.ts), on the embedded Rochester record: the stop on Whitney Street, off Lyell
 * Avenue, on Rochester's west side.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from './index.ts';
import { analyzeText } from './analyze.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { opensOnPlaceReference } from './compare/place-before.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING =
  'Rochester police officers are under scrutiny after a traffic stop. On March 24, 2025, Homeland Security Investigations agents and Border Patrol stopped a work van on Whitney Street in Rochester.';
const verdictOf = (sentence: string, between = '') =>
  analyzeText(`${OPENING} ${between}${sentence}`, index, {
    published: '2025-03-30',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;

describe('the place of what came before', () => {
  it('is wrong on another side of town or in another city', () => {
    expect(verdictOf('That neighborhood is on the east side of the city.')).toBe('discrepant');
    expect(verdictOf('The area sits on the city’s northeast side.')).toBe('discrepant');
    expect(
      verdictOf('That street is on the south side of town.', 'Agents asked for help soon after. '),
    ).toBe('discrepant');
    expect(verdictOf('That neighborhood lies in Buffalo, New York.')).toBe('discrepant');
  });

  it('agrees with the recorded side, and leaves other sentences alone', () => {
    expect(verdictOf('That neighborhood is on the west side of the city.')).not.toBe('discrepant');
    expect(verdictOf('The area is mostly homes and small shops.')).not.toBe('discrepant');
    expect(verdictOf('Many people on the east side of the city were upset.')).not.toBe(
      'discrepant',
    );
    // A denial, a comparison or a distance: not where it lies.
    for (const s of [
      'The street is on the west side, not the east side.',
      'The area is near the east side of the city.',
      'That neighborhood is far from the east side of the city.',
      'The neighborhood is similar to the east side of Buffalo.',
      'The area was compared to Syracuse by residents.',
      'The area is in the city, and the east side is across the river.',
    ])
      expect(verdictOf(s), s).not.toBe('discrepant');
  });

  it('reads only a sentence that points back to a place and says where it lies', () => {
    expect(opensOnPlaceReference('That block is on the west side.')).toBe(true);
    expect(opensOnPlaceReference('The street lies within the 19th Ward.')).toBe(true);
    expect(opensOnPlaceReference('The van was on the west side.')).toBe(false);
    expect(opensOnPlaceReference('That is what the chief said.')).toBe(false);
  });
});
