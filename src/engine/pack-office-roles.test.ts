/**
 * The embedded pack's people whose roles name a world office: a stranger under that title at the story's dates is
 * another person in their post (person-post.ts), while the holder, called by the title or by "Sen.", stays
 * unflagged (the Rochester story: New York Senate Republican Leader Rob Ortt at the Locust Club, 28 March 2025;
 * sources.md B23).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester officers scolded for helping Border Patrol',
  'Rochester Mayor Malik Evans and Police Chief David Smith said on Wednesday that officers who helped Border Patrol agents at a traffic stop broke city policy.',
].join('\n');
const verdictOf = (line: string, fragment: string) =>
  analyzeText([head, line].join('\n'), index, {
    today: '2025-03-30',
    published: '2025-03-30',
  }).findings.find((f) => f.text.includes(fragment))?.verdict;

describe("a stranger under the Senate Republican Leader's title", () => {
  it.each([
    'Senate Republican Leader Dana Whitcomb spoke at Locust Club headquarters on March 28.',
    'Senate Minority Leader Dana Whitcomb thanked the officers at the Locust Club on March 28.',
  ])('discrepant: %s', (line) => expect(verdictOf(line, 'Whitcomb')).toBe('discrepant'));

  it.each([
    'On Friday, March 28, Senate Republican Leader Rob Ortt spoke at the Locust Club headquarters.',
    'Sen. Rob Ortt said, "Cities do not get to choose which laws they abide by or which laws they don\'t."',
  ])('not discrepant: %s', (line) => expect(verdictOf(line, 'Ortt')).not.toBe('discrepant'));
});
