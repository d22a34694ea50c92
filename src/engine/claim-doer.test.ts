/**
 * Who does a contradicted claim's act (claim-doer.ts): a claim naming a doer is said only where that doer does the act,
 * not where the act is passive with no agent or the doer is the subject of another clause. Unit cases, then the embedded
 * record's "the local police made the stop".
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { claimDoerGroup, doerDoesAct } from './claim-doer.ts';
import { analyzeText, indexPacks } from './index.ts';
import { foldText } from './normalize.ts';

const DOER = ['harbour police', 'the wardens'];
const ACT = ['boarded', 'seized the boat'];
const does = (s: string) => doerDoesAct(foldText(s), DOER, ACT);

describe('claimDoerGroup', () => {
  it('finds the group an active claim opens on, and none for a passive claim or a claim opening on no group', () => {
    expect(claimDoerGroup('harbour police boarded the ferry.', [ACT, DOER])).toBe(1);
    expect(claimDoerGroup('the wardens seized the boat.', [DOER, ACT])).toBe(0);
    expect(claimDoerGroup('harbour police were fired over the raid.', [DOER, ['fired']])).toBe(-1);
    expect(claimDoerGroup('the mayor said harbour police boarded it.', [DOER, ACT])).toBe(-1);
  });
});

describe('doerDoesAct', () => {
  it.each([
    'Harbour police boarded the ferry at dawn.',
    'The ferry was boarded by harbour police at dawn.',
    'At dawn the wardens, who had waited all night, seized the boat.',
  ])('the doer does the act: %s', (s) => expect(does(s)).toBe(true));
  it.each([
    'By dawn the ferry was already boarded, and harbour police who were nearby watched.',
    'Customs had the ferry boarded at the quay, and harbour police just came racing up.',
    'Harbour police arrived after the customs officers boarded the ferry.',
  ])('the doer does something else: %s', (s) => expect(does(s)).toBe(false));
});

describe('a contradiction that names a doer, on the embedded record', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const INTRO =
    "Rochester police officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
  const verdictOf = (text: string) =>
    analyzeText(`${INTRO}\n\n${text}`, index, { published: '2025-04-04' }).findings.find(
      (f) => f.text === text,
    )?.verdict;
  it.each([
    'By about 5:30 that evening the van was already pulled over, and city police who were in the area saw it and carried on.',
    'The feds had a work van pulled over on Whitney Street, and RPD came racing in with lights and sirens.',
  ])('is not said where the local police do something else: %s', (s) =>
    expect(verdictOf(s)).not.toBe('discrepant'),
  );
  it.each([
    'Rochester police pulled over a van on Whitney Street that evening.',
    'That evening a van was pulled over by Rochester police on Whitney Street.',
  ])('is still said where they make the stop: %s', (s) => expect(verdictOf(s)).toBe('discrepant'));
});
