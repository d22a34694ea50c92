/**
 * A count set off in one clause whose people a later clause gives an outcome (count-elsewhere.ts): read both ways, it is
 * not wrong when it fits the outcome's recorded count. Embedded record: about eight people in the van, three men
 * detained.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const INTRO =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
const verdictOf = (text: string) =>
  analyzeText(`${INTRO}\n\n${text}`, index, { published: '2025-10-09' }).findings.find(
    (f) => f.text === text,
  )?.verdict;

describe('a count whose people a later clause gives an outcome', () => {
  it.each([
    'The men in that van were a father and his two sons, three people, and they were taken to the detention facility in Batavia.',
    'The van held a father and his sons, three people in all, who were then taken into custody.',
  ])('is not read only as the size of the whole group: %s', (s) =>
    expect(verdictOf(s)).not.toBe('discrepant'),
  );
  it.each([
    'There were three people in the van, and the agents drove off.',
    'Twelve people were in the van, and they were taken to Batavia.',
  ])('still weighs a count no later outcome of theirs fits: %s', (s) =>
    expect(verdictOf(s)).toBe('discrepant'),
  );
});
