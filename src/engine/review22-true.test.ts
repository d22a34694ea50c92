/**
 * True sentences stop 21's review left flagged, each by a reading that took a value for the wrong thing: a weekday
 * counted from the press conference read as its day, and "which he released" read as people released. Embedded record.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const ROCHESTER =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
const verdictOf = (text: string) =>
  analyzeText(`${ROCHESTER}\n\n${text}`, index, { published: '2025-04-02' }).findings.find(
    (f) => f.text === text,
  )?.verdict;

describe('true sentences stop 21 review left flagged', () => {
  it.each([
    'The stop took place on March 24, the Monday before the press conference.',
    "The mayor's statement, which he released on March 26, said the officers had broken policy.",
  ])('%s', (s) => {
    expect(verdictOf(s)).not.toBe('discrepant');
  });
  it('still flags the press conference put on another day', () => {
    expect(verdictOf('The press conference was held on the Monday after the stop.')).toBe(
      'discrepant',
    );
  });
});
