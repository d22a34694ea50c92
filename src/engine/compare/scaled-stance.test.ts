/**
 * Stances turned round in wordings the commitment reader did not have (sources.md C7, C8): a speaker who said its
 * practices were not changing, given a growth or cut of its part in enforcement ("would expand its cooperation with
 * federal immigration agents", "step up its work with …"; find-commitments.ts, commitmentScaleVerbs); a department that
 * said it has not taken part in immigration enforcement and will not, given officers lent to it ("would lend
 * officers to immigration sweeps") or federal agents helped to do an act of it ("will help federal agents round
 * people up"; enforcement-acts.ts); a city as the subject of a verb of making an intention known ("Tucson, by
 * contrast, signaled it would …"; clauses.ts, compare-commitment.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs } from './test-embedded-stories.ts';

const compare = (s: string, before = '') =>
  compareSentence(s, chiefs, '2016-11-30', { page: `${before} ${s}` });
const stance = (s: string, before = '') =>
  compare(s, before)?.comparisons.find((c) => c.slot === 'stance');

describe('a stance turned round in other words', () => {
  it.each([
    [
      'Tucson, for its part, signaled it would expand its cooperation with federal immigration agents.',
      '',
    ],
    ['Magnus said Tucson would step up its work with federal immigration authorities.', ''],
    [
      'Chief Magnus indicated that his department would ramp up its help to federal agents on deportations.',
      '',
    ],
    [
      'He said the department planned to increase its role in immigration enforcement.',
      'Tucson police chief Chris Magnus issued a written statement.',
    ],
    ['Beck said the LAPD would broaden its part in deportation efforts.', ''],
    [
      'Denver police said they would gladly lend officers to federal immigration sweeps if asked.',
      '',
    ],
    [
      'The Denver Police Department said it would send its officers to immigration raids whenever ICE called.',
      '',
    ],
    ['Schepman said Denver officers will help federal agents round people up.', ''],
    ['Denver PD said it would assist federal authorities to deport people when asked.', ''],
  ])('is discrepant: %s', (sentence, before) => {
    expect(stance(sentence, before)).toBeDefined();
    expect(compare(sentence, before)?.outcome).toBe('discrepant');
  });

  it.each([
    ['Magnus said Tucson would not expand its role in immigration enforcement.', ''],
    [
      'Tucson police, Magnus said, will keep working with their federal law enforcement partners.',
      '',
    ],
    [
      'Magnus warned that expanding immigration duties would seriously compromise community trust.',
      '',
    ],
    ['Beck said the LAPD would expand its community policing programs.', ''],
    ['Denver police said they would not lend officers to immigration sweeps.', ''],
    ['Denver PD said it refused to help federal agents round people up.', ''],
    ['Denver police said they have not helped federal agents deport anyone and will not.', ''],
    ['Trump wants local police to step up their help with deportations.', ''],
    ['Critics feared Denver would send officers to immigration raids.', ''],
  ])('is not discrepant: %s', (sentence, before) => {
    expect(compare(sentence, before)?.outcome).not.toBe('discrepant');
  });
});
