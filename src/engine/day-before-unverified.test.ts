/**
 * A day the record puts on another weekday or date comes before a claim the record calls unverified (analyze.ts), as
 * the calendar check does: in the invented story the raid was on Tuesday 11 June 2024; "the owner was charged" is a
 * claim the record cannot confirm.
 */
import { describe, expect, it } from 'vitest';
import { ownerChargedPack, westmark } from './compare/test-story.ts';
import { indexPacks } from './index.ts';
import { raidPageFinding } from './test-raid-page.ts';

const index = indexPacks([ownerChargedPack()], { world: westmark() });
const analyse = (sentence: string) => raidPageFinding(index, sentence, { today: '2024-06-20' });

describe('a wrong day in a sentence that also makes an unverified claim', () => {
  it('is discrepant', () => {
    expect(
      analyse('Officers raided the warehouse on Friday, and the owner was charged.'),
    ).toMatchObject({ verdict: 'discrepant', comparison: [{ slot: 'weekday', page: 'Friday' }] });
  });
  it("the record's day leaves the claim unverified", () => {
    expect(
      analyse('Officers raided the warehouse on Tuesday, and the owner was charged.'),
    ).toMatchObject({ verdict: 'unverified', claimId: 'unverified:owner' });
  });
});
