/**
 * A local body the world does not list, of another kind than the recorded
 * agency (a county sheriff's office where the record has a police
 * department), is another body even when its county contains the scene.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { countyWorld } from './test-county.ts';
import { spokesmanStory } from './test-spokesman.ts';
import { raidPack } from './test-story.ts';

/** What the page gets wrong in naming the county's sheriff's office where the record has the Dunmore police. */
const SHERIFF_FOR_DUNMORE = {
  outcome: 'discrepant',
  comparisons: [
    { slot: 'agency', page: "Alder County Sheriff's Office", record: 'Dunmore Police Department' },
  ],
};

describe('a local body of another kind', () => {
  const record = buildStoryRecord(raidPack().stories[0]!, countyWorld());
  const compare = (s: string) => compareSentence(s, record, '2024-06-20');

  it("a sheriff's office of the county around the scene is not the recorded police department", () => {
    expect(
      compare("The Alder County Sheriff's Office searched the building with dogs."),
    ).toMatchObject(SHERIFF_FOR_DUNMORE);
  });

  it('a police department of a place around the scene may be the same kind of body: undecided', () => {
    expect(
      compare('The Alder County Police Department searched the building with dogs.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("a local body of another kind in a person's title", () => {
  it("a spokesman the record has speaking for a police department is no sheriff's spokesman", () => {
    const record = buildStoryRecord(spokesmanStory(), countyWorld());
    const compare = (s: string) => compareSentence(s, record, '2024-06-20');
    expect(
      compare("Bo Lind, a spokesman for the Alder County Sheriff's Office, described the search."),
    ).toMatchObject(SHERIFF_FOR_DUNMORE);
    expect(
      compare('Bo Lind, a spokesman for the Alder County Police Department, described the search.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a state body named by its kind alone', () => {
  const record = buildStoryRecord(raidPack().stories[0]!, countyWorld(true));
  const compare = (s: string) => compareSentence(s, record, '2024-06-20');
  it('is another body where every recorded agency is federal or local', () => {
    expect(compare('The State Police searched the building with dogs.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'State Police' }],
    });
    expect(compare('The Dunmore police searched the building with dogs.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
