/**
 * How the story's actors judged the officers who acted, turned round (member-verdict.ts; pack: `reactions` with
 * `members`, from sources.md: B26 the senator called the stop a clear violation of the sanctuary policy; C2 the chief
 * criticized the lights-and-sirens response; C3 the union said the officers did absolutely nothing wrong; C4 Homan
 * stands with the officers; Ortt thanked them).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'brouk-statement'))!,
  worldIndex(),
);
const compare = (s: string, before = '') =>
  compareSentence(s, rochester, '2025-05-01', { page: `${before} ${s}` });
const stance = (s: string, before = '') =>
  compare(s, before)?.comparisons.find((c) => c.slot === 'stance');

describe('a judgement of the officers who acted, turned round', () => {
  it.each([
    ['Senator Brouk said the officers had obeyed the city policy.', ''],
    ['In a statement, Samra Brouk insisted that the cops complied with the sanctuary rules.', ''],
    ["Brouk's statement said the officers acted within the policy.", ''],
    [
      'She said the officers had done nothing wrong.',
      'State Senator Samra Brouk weighed in that weekend.',
    ],
    ['The officers did not break any rules, Brouk said.', ''],
    ['Chief Smith said he was proud that his officers had rushed to the scene.', ''],
    ['David Smith was pleased with how his officers answered the call.', ''],
    ['Chief Smith praised his officers for their quick response.', ''],
    ['The officers were commended by Chief Smith at the press conference.', ''],
    ['The union said the officers had violated city policy.', ''],
    ['Tom Homan said the Rochester officers broke the rules.', ''],
    ['The Locust Club criticized the officers for going out of the supervisor\u2019s view.', ''],
    ['Homan said he was disappointed that the officers had answered the call.', ''],
    [
      'Samra Brouk said on Saturday, March 29, that the officers had kept to the sanctuary policy.',
      '',
    ],
    [
      'That he was proud his officers had rushed to help.',
      'What did Chief Smith say about the response?',
    ],
    [
      'He was happy the cops went in with lights and sirens.',
      'Chief David Smith spoke on Wednesday.',
    ],
    ['Mayor Evans said the officers who answered the call had followed city policy.', ''],
    ['Chief Smith told reporters he was glad the officers went in with lights and sirens.', ''],
    ['According to Brouk, the officers were acting fully within the sanctuary policy.', ''],
  ])('is discrepant: %s', (sentence, before) => {
    expect(stance(sentence, before)).toBeDefined();
    expect(compare(sentence, before)?.outcome).toBe('discrepant');
  });

  it.each([
    // The record's own judgements, said in other words.
    ['Senator Brouk said the officers had violated the sanctuary policy.', ''],
    ['Samra Brouk called the stop a clear violation of the city\u2019s sanctuary policy.', ''],
    ['Chief Smith said he was troubled that his officers went in with lights and sirens.', ''],
    ['The mayor said the officers appear to have broken city policy.', ''],
    ['Evans said the officers who responded had not followed the policy.', ''],
    ['The union said its officers did absolutely nothing wrong.', ''],
    ['The Locust Club insisted the officers had followed the rules.', ''],
    ['Homan said the Rochester officers did the right thing.', ''],
    ['He said the officers did nothing wrong.', 'Tom Homan posted on X on Friday.'],
    [
      'He was troubled that the officers went in with lights and sirens.',
      'Chief David Smith spoke on Wednesday.',
    ],
    ['That he was glad the officers had answered the call.', 'What did Tom Homan say?'],
    ['The officers acted properly, the union said.', ''],
    ['Ortt thanked the officers at the Locust Club.', ''],
    ['The officers were defended by the Locust Club.', ''],
    // Another actor's people, or a holder the record does not judge them by.
    ['Chief Smith said the Border Patrol agents showed a total lack of urgency.', ''],
    ['Councilmember Stanley Martin said the officers broke the policy and should be fired.', ''],
    // Someone else's account, a question, a denial of the saying.
    ['The union said Smith was glad his officers had responded.', ''],
    ['Did Brouk say the officers followed the policy?', ''],
    ['Brouk never said the officers had followed the policy.', ''],
  ])('is not discrepant: %s', (sentence, before) => {
    expect(compare(sentence, before)?.outcome).not.toBe('discrepant');
  });
});

describe('a judgement as the aim of a trip ("went to X to defend the officers")', () => {
  it.each([
    'Senator Samra Brouk, the Democrat from Rochester, drove to the union hall to defend the officers.',
    'Brouk also went to the police union\u2019s headquarters to thank the cops.',
  ])('is discrepant: %s', (sentence) => {
    expect(stance(sentence)).toBeDefined();
    expect(compare(sentence)?.outcome).toBe('discrepant');
  });

  it.each([
    // The record's own judgement, and the record's own visitor.
    'Brouk went to City Hall to criticize the officers.',
    'Ortt went to the Locust Club to thank the officers.',
    // Not done, or not a trip: a wish, a refusal, a denial.
    'Brouk never went to the union hall to defend the officers.',
    'Brouk refused to go to the union hall to defend the officers.',
    'Brouk wanted to defend the officers.',
    // Something of theirs judged, not them; another who made the trip.
    'Brouk went to Albany to defend the officers\u2019 union contract.',
    'Brouk went to the Locust Club, where Ortt stood up to thank the officers.',
  ])('is not discrepant: %s', (sentence) => {
    expect(stance(sentence)).toBeUndefined();
  });
});
