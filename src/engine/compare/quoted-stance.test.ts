/**
 * A whole page (the embedded pack): quoted words no record holds, credited to a speaker whose stance the record
 * states, are discrepant when they turn that stance round (issue 15: "unless the words contradict a recorded fact"),
 * and stay unverified when they do not.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const LEAD =
  "Police chiefs in Los Angeles, Tucson and Denver said this week they would not help President-elect Trump with deportations. Los Angeles Police Chief Charlie Beck told the Los Angeles Times on Monday that the LAPD would not help with deportations. Tucson Police Chief Chris Magnus said in a statement that the department's immigration practices are not changing. The Denver Police Department said immigration enforcement is handled at the federal level.";
const verdict = (sentence: string) =>
  analyzeText(`${LEAD} ${sentence}`, index, {
    published: '2016-11-20',
    today: '2016-11-20',
  }).findings.find((f) => f.text.includes(sentence.slice(0, 30)))?.verdict;

describe('unrecorded quotes against a recorded stance', () => {
  it.each([
    'Denver police spokesman Doug Schepman said: "Starting next year, we will help ICE with deportations."',
    '"From now on our officers will check immigration status at every stop," Beck told the Times.',
    'Tucson Police Chief Chris Magnus wrote: "Taking on immigration duties would strengthen trust in our department."',
  ])('%s', (sentence) => {
    expect(verdict(sentence)).toBe('discrepant');
  });

  it.each([
    'Denver police spokesman Doug Schepman said: "We will never help ICE with deportations."',
    'Tucson Police Chief Chris Magnus wrote: "We will never hand anyone over to federal immigration agents."',
    '"Nobody here wants to see families torn apart," Beck told the Times.',
  ])('stays unverified: %s', (sentence) => {
    expect(verdict(sentence)).toBe('unverified');
  });
});
