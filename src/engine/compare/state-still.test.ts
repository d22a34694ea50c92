/**
 * A lasting outcome told as still holding on the page's date (state-still.ts): wrong once the record has it over.
 * Embedded record: the ten officers were put on desk duty on 26 March 2025 for 24 to 48 hours pending retraining, and
 * eight were back on patrol by 31 March.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const INTRO =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
const verdictOf = (text: string, published: string) =>
  analyzeText(`${INTRO}\n\n${text}`, index, { published }).findings.find((f) => f.text === text)
    ?.verdict;

describe('a lasting outcome told as still holding', () => {
  it.each([
    'As of this writing, all ten officers remain on desk duty while the internal investigation continues.',
    'The officers are still on desk duty.',
  ])('is wrong on a page dated after the record has it over: %s', (s) => {
    expect(verdictOf(s, '2025-04-04')).toBe('discrepant');
  });
  it.each([
    'As of this writing, all ten officers remain on desk duty while the internal investigation continues.',
    'The officers are still on desk duty.',
  ])('is not wrong on a page dated while it may hold: %s', (s) => {
    expect(verdictOf(s, '2025-03-27')).not.toBe('discrepant');
  });
  it('leaves the outcome told in the past alone', () => {
    expect(
      verdictOf('The ten officers were put on desk duty pending retraining.', '2025-04-04'),
    ).not.toBe('discrepant');
  });
});
