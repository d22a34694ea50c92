/**
 * General words the reader gained from blind batches 73 and 74's misses (lexicon.json): "hauling off" as detaining,
 * "paraphrased" and "summarized" as verbs of saying, "lawyers", "attorneys" and "prosecutors" as an agency's people.
 * The embedded pack: three men were detained (sources.md B11, B12); Beck told the Los Angeles Times his officers would
 * not work with Homeland Security on deportation efforts (C5); the Justice Department sued Rochester (B30).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING = {
  roch: "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.",
  chiefs:
    'Police chiefs in Los Angeles, Tucson and Denver said in November 2016 that their officers would not take part in immigration enforcement, Police1 reported.',
};
const verdictOf = (story: keyof typeof OPENING, lines: string[], date: string, from?: string) => {
  const last = from ?? (lines.at(-1) as string);
  return analyzeText([OPENING[story], ...lines].join('\n'), index, {
    today: date,
    published: date,
  }).findings.find((f) => f.text.startsWith(last.slice(0, 30)))?.verdict;
};

describe('words of stop 65', () => {
  it('"hauling off" is detaining', () => {
    expect(
      verdictOf(
        'roch',
        ['Agents ended up hauling off all eight of the people in the van.'],
        '2025-03-27',
      ),
    ).toBe('discrepant');
  });

  it('"paraphrased" is a verb of saying', () => {
    expect(
      verdictOf(
        'chiefs',
        [
          'LAPD Chief Charlie Beck spoke to the Los Angeles Times. Then he paraphrased the next part, that the LAPD would not work with the FBI on deportation efforts.',
        ],
        '2016-11-20',
        'Then he paraphrased',
      ),
    ).toBe('discrepant');
  });

  it('an agency\u2019s lawyers are the agency', () => {
    expect(
      verdictOf(
        'roch',
        ['Homeland Security lawyers filed the suit against the city.'],
        '2025-11-14',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'roch',
        ['Justice Department lawyers filed the suit against the city.'],
        '2025-11-14',
      ),
    ).not.toBe('discrepant');
  });
});
