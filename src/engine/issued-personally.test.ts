/**
 * "issued personally by X rather than by a spokesman" (compare/personal-issuer.ts): the adverb between the verb and
 * "by" keeps X the one said to give the words, and a spokesman named after a contrast is not X's title. The embedded
 * pack: the Denver Police Department's statement of 14 November 2016, given through its spokesman, Doug Schepman.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const LEAD =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations. The Denver Police Department said in a statement that it \u201Chas not participated in those enforcement efforts in the past and will not be involved in the future.\u201D';
const verdictOf = (sentence: string) =>
  analyzeText(`${LEAD} ${sentence}`, index, {
    published: '2016-11-25',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;

describe('a statement said to be issued personally by someone, rather than by a spokesman', () => {
  it('gives the words to someone the record does not have giving them', () => {
    expect(
      verdictOf(
        'That statement was released personally by Councilwoman Tamsin Roe rather than through a spokesman.',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'That statement was issued personally by Councilwoman Tamsin Roe rather than by a spokesman.',
      ),
    ).toBe('discrepant');
  });

  it('leaves the recorded spokesman, and a spokesman named as such, alone', () => {
    expect(verdictOf('That statement was released personally by Doug Schepman.')).not.toBe(
      'discrepant',
    );
    expect(
      verdictOf('That statement was released by spokesman Ivo Brandt rather than by the chief.'),
    ).not.toBe('discrepant');
  });
});
