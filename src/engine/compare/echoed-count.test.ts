/**
 * "The twenty officers were …, and all twenty were …": a bare count standing for a group counted earlier in the
 * sentence (echoed-count.ts), on the invented story with fifteen Harbor Unit officers put on desk duty.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { deskDutyStory } from './test-story.ts';

const story = deskDutyStory();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a bare count echoing a counted group ("all twenty were …")', () => {
  it('takes the noun of the earlier count with its number', () => {
    expect(
      compare('The twenty officers were questioned, and all twenty were put on desk duty.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'twenty' }] });
  });
  it('agrees with the right number, and borrows no noun from another number', () => {
    expect(
      compare('The fifteen officers were questioned, and all fifteen were put on desk duty.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The twenty officers were questioned, and all three were put on desk duty.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The twenty officers were questioned; all twenty minutes were spent on the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
  it('echoes a hedged count ("roughly twenty …, and all twenty ended up …"), with any verb in the past', () => {
    expect(
      compare('Roughly twenty officers were questioned, and all twenty ended up on desk duty.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'twenty' }] });
    expect(
      compare('About twenty officers were questioned, and all twenty wound up on desk duty.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'twenty' }] });
    expect(
      compare('Roughly fifteen officers were questioned, and all fifteen ended up on desk duty.')
        ?.outcome,
    ).not.toBe('discrepant');
    // The echo itself hedged ("about twenty") is no repeat of the group.
    expect(
      compare('Twenty officers were questioned, and about twenty ended up on desk duty.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a bare "all N" with no count to echo', () => {
  it('counts whom the clause\u2019s outcome befalls, by the record\u2019s noun', () => {
    expect(compare('By Monday all twenty were put on desk duty.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'all twenty' }],
    });
    // A count the record gives holds on its event's day: with no day named, nothing is said.
    expect(compare('Eventually all twenty were put on desk duty.')?.outcome).not.toBe('discrepant');
    expect(compare('By Monday all fifteen were put on desk duty.')?.outcome).not.toBe('discrepant');
  });
  it('takes a date\u2019s day for no other count, and says the outcome in words', () => {
    expect(compare('By Thursday, June 13, all twenty were put on desk duty.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'all twenty', record: '15 put on desk duty' }],
      explanation: 'The record has 15 of them put on desk duty, not all twenty.',
    });
    expect(compare('By Thursday, June 13, all fifteen were put on desk duty.')?.outcome).not.toBe(
      'discrepant',
    );
  });
  it('not a bare count without "all", nor one that is no subject', () => {
    expect(compare('By Monday twenty were put on desk duty.')?.outcome).not.toBe('discrepant');
    expect(compare('The unit was put on desk duty in all twenty.')?.outcome).not.toBe('discrepant');
  });
});
