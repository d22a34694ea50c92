/**
 * "Acting <title> X" at a time X did not hold the post: the invented world gains a Harbor Unit chief's office
 * that Ida Marsh (a person of the invented story, whose events are in 2024) held, acting, in 2010-2012.
 */
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

const w = JSON.parse(JSON.stringify(world)) as { offices: unknown[] };
w.offices.push({
  id: 'harbor-unit-chief',
  title: 'Chief of the Harbor Unit',
  aliases: ['Harbor Unit chief'],
  jurisdiction: 'harbor-unit',
  sources: 'Invented for tests',
  holders: [
    { person: 'ida-marsh', start: '2010-01-01', end: '2012-01-01', acting: true },
    { person: 'pat-vane', start: '2012-01-01', confirmedThrough: '2030-01-01' },
  ],
});
const parsed = parseWorld(w);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(raidPack().stories[0]!, indexWorld(parsed.world));
const compare = (sentence: string, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate);

describe('an acting title at a time its holder did not hold the post', () => {
  it('is wrong where no year of the clause puts it in the acting term', () => {
    expect(compare('Acting Harbor Unit Chief Ida Marsh praised the raid.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        expect.objectContaining({ slot: 'role', page: expect.stringContaining('acting') }),
      ]),
    });
  });

  it('a year in the term, "former", a past told in other words, or a page of the term: no alarm', () => {
    for (const [s, d] of [
      ['In 2011, Acting Harbor Unit Chief Ida Marsh signed a harbor memo.', undefined],
      ['Former acting Harbor Unit chief Ida Marsh praised the raid.', undefined],
      ['Ida Marsh, who once led the Harbor Unit as its acting chief, praised the raid.', undefined],
      ['Acting Harbor Unit Chief Ida Marsh praised the officers.', '2011-05-01'],
    ] as const)
      expect(compare(s, d)?.comparisons ?? [], s).not.toContainEqual(
        expect.objectContaining({ slot: 'role' }),
      );
  });
});
