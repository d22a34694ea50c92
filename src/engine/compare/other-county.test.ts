/**
 * A county body of the same kind named for another county (other-county.ts), in a person's title, on the invented
 * story (test-story.ts) with Captain Ann Ho of the Kells County Sheriff's Office. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { otherCounty } from './other-county.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { entities: unknown[] }[] };
  p.stories[0]!.entities.push(
    { id: 'kells-sheriff', kind: 'agency', name: "Kells County Sheriff's Office" },
    {
      id: 'ann-ho',
      kind: 'person',
      name: 'Ann Ho',
      role: "Captain, Kells County Sheriff's Office",
    },
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const story = record();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a county body of the same kind for another county', () => {
  it.each([
    "Ann Ho, a captain with the Marsh County Sheriff's Office, spoke to reporters.",
    "Capt. Ann Ho of the Marsh County Sheriff's Department was there.",
  ])('is another body: %s', (sentence) => {
    const r = compare(sentence);
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'agency',
          page: "Marsh County Sheriff's Office".replace(
            'Office',
            sentence.includes('Department') ? 'Department' : 'Office',
          ),
        },
      ],
    });
    expect(r?.explanation).toContain("is another county's");
  });

  it.each([
    "Ann Ho, a captain with the Kells County Sheriff's Office, spoke to reporters.",
    "Ann Ho, a captain with the Kells County Sheriff's Department, spoke to reporters.",
    "Ann Ho, a captain with the K.C. Sheriff's Office, spoke to reporters.",
  ])('the same county, or a short form of it, is not: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('compares only county bodies of one kind, each naming its county', () => {
    expect(otherCounty("Marsh County Sheriff's Office", ["Kells County Sheriff's Office"])).toBe(
      "Kells County Sheriff's Office",
    );
    expect(otherCounty('Marsh County Police', ["Kells County Sheriff's Office"])).toBeNull();
    expect(
      otherCounty("LA County Sheriff's Department", ["Los Angeles County Sheriff's Department"]),
    ).toBeNull();
    expect(otherCounty("Marsh County Sheriff's Office", ['Kells Police Department'])).toBeNull();
  });
});
