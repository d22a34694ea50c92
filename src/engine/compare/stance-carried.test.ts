/**
 * Stances and judgements put in a party's mouth, read where they fell through before (embedded pack; sources.md:
 * C6 LAPD / Beck will not act solely on immigration status; C8 the Denver department has not taken part in
 * immigration enforcement and will not; C3 / B21 the Locust Club said the officers did nothing wrong; B22 Steve Brew
 * backed the officers, Stanley Martin wanted them fired, Miguel Meléndez spoke of profiling of Latinos).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.id.startsWith('police-chiefs'))!,
  worldIndex(),
);
const rochester = buildStoryRecord(
  stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const stanceIn =
  (record: typeof chiefs, date: string) =>
  (s: string, before = '') => {
    const r = compareSentence(s, record, date, { page: `${before} ${s}` });
    return r?.outcome === 'discrepant' ? r.comparisons.find((c) => c.slot === 'stance') : undefined;
  };
const chiefsStance = stanceIn(chiefs, '2016-11-20');
const rochesterStance = stanceIn(rochester, '2025-05-01');

describe('"the department" said it would start what it refused: the agency the sentence before names, or its spokesman\u2019s', () => {
  it.each([
    [
      'The department added that it would begin assisting federal agents with immigration sweeps.',
      'The statement came from the department\u2019s public information office and spokesman Doug Schepman, and the Denver Post printed it.',
    ],
    [
      'The department did say its officers would begin asking about immigration status during routine arrests.',
      'In the Times interview, Chief Charlie Beck said the department would not work with Homeland Security on deportation efforts.',
    ],
    [
      'The department also said its officers would start enforcing immigration law.',
      'Doug Schepman spoke for the Denver police that Monday.',
    ],
    [
      'The agency said it would begin helping federal agents with deportations.',
      'The LAPD spoke to the Los Angeles Times that day.',
    ],
  ])('is discrepant: %s', (sentence, before) => {
    expect(chiefsStance(sentence, before)).toBeDefined();
  });

  it.each([
    // The record's own stance, said again.
    [
      'The department added that it would not take part in immigration enforcement.',
      'The statement came from spokesman Doug Schepman, and the Denver Post printed it.',
    ],
    [
      'The department did say its officers would not ask about immigration status during routine stops.',
      'Chief Charlie Beck spoke to the Los Angeles Times.',
    ],
    // "The department" could be the other department the sentence before names as its subject.
    [
      'The department said it would begin helping with deportations.',
      'The Department of Homeland Security met Charlie Beck.',
    ],
    // Two agencies named: no one to carry.
    [
      'The department said it would begin assisting federal agents.',
      'Doug Schepman and the LAPD both spoke that Monday.',
    ],
    // No party named before.
    [
      'The department said it would begin assisting federal agents with immigration sweeps.',
      'Nothing was said that week.',
    ],
  ])('says nothing: %s', (sentence, before) => {
    expect(chiefsStance(sentence, before)).toBeUndefined();
  });
});

describe('a judgement of the officers turned round, in more wordings', () => {
  it.each([
    [
      'The Rochester Police Locust Club acknowledged in its statement that the officers had gone too far.',
      '',
    ],
    ['The union conceded the officers went too far.', ''],
    ['The Locust Club admitted that the officers had broken the rules.', ''],
    [
      'County Republican leader Steve Brew, on the other hand, says the city should never have let its officers near that scene.',
      'Councilmember Stanley Martin is saying the officers should be fired.',
    ],
    [
      'Steve Brew, for his part, said the department should not have sent its officers to help.',
      '',
    ],
    ['Brew said the city should have kept its officers away.', ''],
    ['Steve Brew said the officers should never have been sent to help.', ''],
    ['Steve Brew criticized the officers.', ''],
    [
      'On the other side, Council President Miguel Mel\u00e9ndez defended the officers and said they had done nothing wrong.',
      '',
    ],
    ['Stanley Martin praised the officers.', ''],
    [
      'Steve Brew, the Republican leader of the Monroe County Legislature, criticized the officers.',
      '',
    ],
  ])('is discrepant: %s', (sentence, before) => {
    expect(rochesterStance(sentence, before)).toBeDefined();
  });

  it.each([
    ['The Locust Club acknowledged that the officers had answered a call for help.', ''],
    ['The union admitted nothing and said the officers did nothing wrong.', ''],
    ['Steve Brew backed the officers.', ''],
    ['Steve Brew, unlike Stanley Martin, praised the officers.', ''],
    ['Stanley Martin, unlike Steve Brew, criticized the officers.', ''],
    ['Steve Brew, the Republican leader of the county legislature, defended the officers.', ''],
    ['Steve Brew, on the other hand, said the officers did the right thing.', ''],
    ['Brew said the city should never have let the officers be punished.', ''],
    ['Steve Brew said the mayor should never have let the officers be disciplined.', ''],
    ['Senator Brouk said the city should never have let its officers near that stop.', ''],
    ['Councilmember Stanley Martin criticized the officers.', ''],
    ['Council President Miguel Mel\u00e9ndez spoke of the profiling of Latinos.', ''],
    ['Brew said the officers should not have been punished.', ''],
    ['Steve Brew said the officers should never have been disciplined for answering the call.', ''],
  ])('says nothing against the record: %s', (sentence, before) => {
    expect(rochesterStance(sentence, before)).toBeUndefined();
  });
});
