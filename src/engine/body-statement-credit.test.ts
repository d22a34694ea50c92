/**
 * A body's recorded statement credited to another body of the story (the embedded pack: the Denver Police Department's
 * statement of 14 November 2016; the Aurora Police Department and the LAPD are other bodies of the story).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
const verdictOf = (sentence: string) =>
  analyzeText(`${OPENING} ${sentence}`, index, {
    published: '2019-09-12',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;
const WORDS =
  '\u201Chas not participated in those enforcement efforts in the past and will not be involved in the future.\u201D';

describe('a body\u2019s statement credited to another body of the story', () => {
  it('is misattributed, whatever the verb of issuing', () => {
    expect(
      verdictOf(
        `The same day, the Aurora Police Department issued a statement, printed by the Denver Post, that it ${WORDS}`,
      ),
    ).toBe('discrepant');
    expect(verdictOf(`The LAPD released a written statement saying the department ${WORDS}`)).toBe(
      'discrepant',
    );
    expect(verdictOf(`Aurora police said the department ${WORDS}`)).toBe('discrepant');
  });

  it('is the body\u2019s own when it is named', () => {
    expect(
      verdictOf(
        `The Denver Police Department issued a statement, printed by the Denver Post, that it ${WORDS}`,
      ),
    ).toBe('consistent');
    expect(verdictOf(`Denver police put out a statement saying the department ${WORDS}`)).toBe(
      'consistent',
    );
  });

  it('leaves a chief\u2019s words credited to his own department alone', () => {
    expect(
      verdictOf(
        'The LAPD said it is \u201Cnot going to engage in law enforcement activities solely based on somebody\u2019s immigration status.\u201D',
      ),
    ).not.toBe('discrepant');
  });
});
