/**
 * A town that opens the clause as its setting, with the police as the subject right after it ("In X, the police
 * department said on …"), names that town's police department (town-police.ts): when that department spoke in the
 * record, the clause's day is held to that event's. The police-chiefs record: the Denver Police Department's
 * statement came on Monday 14 November 2016 (sources.md C8).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-12-05');

describe('"In <town>, the police department …"', () => {
  it("holds the day to that department's statement", () => {
    expect(
      compare('In Denver, the police department put out its statement on Friday, November 11.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        expect.objectContaining({ slot: 'date', page: 'November 11' }),
      ]),
    });
    expect(compare("In Denver, the city's police issued a statement on Wednesday.")?.outcome).toBe(
      'discrepant',
    );
  });
  it('the recorded day, another body of the town, or the town further into the clause, is never discrepant', () => {
    for (const s of [
      'In Denver, the police department put out its statement on Monday, November 14.',
      'In Denver, the police union spoke on Friday, November 11.',
      'In Denver, the police chief spoke to reporters on Wednesday.',
      'Residents in Denver said on Wednesday that the police department had been clear.',
      'In Denver, the mayor issued a statement on Wednesday.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
