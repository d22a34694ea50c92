/**
 * The county the report puts its dateline's town in, in so many words ("this Harlow County city", "Orlin, a Harlow
 * County town"): the town lies within that county, and the county within the dateline's state (draft-story.ts,
 * homeCounty); a page that puts the town in another county is wrong (engine, county-placed.ts). A made-up report;
 * none of its words is in the drafter or the engine.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { retellingReader } from './retelling-verdict.ts';

const world = worldIndex();

function draft(lede: string) {
  const result = draftPack(
    {
      name: 'orlin.html',
      content: reportHtml(
        '2026-06-08',
        'Orlin Herald',
        'Hail storm shatters windows across Orlin',
        [
          lede,
          'Nobody was hurt, Sheriff Edna Morrow said on Monday, June 8.',
          'Roofers from three towns were booked through the end of the month, said Lyle Brand, who owns a hardware store on Main Street.',
          '“I have never seen ice like that come down in June,” Brand said.',
          'The National Weather Service said the storm moved east at about 30 mph before it weakened near the state line.',
        ].join('\n'),
      ),
    },
    [],
    { world, today: '2026-12-01' },
  );
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

function places(lede: string) {
  return (draft(lede).stories[0]!.entities ?? [])
    .filter((e) => e.kind === 'place')
    .map((e) => [e.name, e.within ?? e.world]);
}

describe("the county of the dateline's town", () => {
  it('is drafted when the report names it as the town\'s ("this Harlow County city")', () => {
    expect(
      places(
        'ORLIN, Kan. — Hail the size of golf balls shattered windows on the west side of this Harlow County city on Monday, June 8.',
      ),
    ).toEqual([
      ['Kansas', 'ks'],
      ['Harlow County', 'kansas'],
      ['Orlin', 'harlow-county'],
    ]);
  });

  it('is not drafted from a county the report names for something else', () => {
    expect(
      places(
        'ORLIN, Kan. — Hail the size of golf balls shattered windows on the west side of Orlin on Monday, June 8, and crews from Dane County came to help.',
      ),
    ).toEqual([
      ['Kansas', 'ks'],
      ['Orlin', 'kansas'],
    ]);
  });
});

describe('a page that puts the town in a county (county-placed.ts)', () => {
  const pack = draft(
    'ORLIN, Kan. — Hail the size of golf balls shattered windows on the west side of this Harlow County city on Monday, June 8.',
  );
  const read = retellingReader(pack);
  const verdict = (sentence: string) => {
    const { storyId, finding } = read({
      date: '2026-06-09',
      publisher: 'Plains Wire',
      headline: 'Hail storm shatters windows across Orlin',
      lines: [
        'Hail the size of golf balls shattered windows on the west side of Orlin on Monday, June 8, Sheriff Edna Morrow said.',
        'Lyle Brand, who owns a hardware store on Main Street, said roofers were booked through the end of the month.',
        sentence,
      ],
    });
    expect(storyId).toBe(pack.stories[0]!.id);
    return finding?.verdict ?? 'silent';
  };

  it('finds another county wrong, and leaves the right one and a county named beside it alone', () => {
    expect(verdict('The hail hit Orlin, in Dane County, on Monday.')).toBe('discrepant');
    expect(verdict('Orlin, a Dane County town, cleaned up on Tuesday.')).toBe('discrepant');
    for (const s of [
      'The hail hit Orlin, in Harlow County, on Monday.',
      'Crews came to Orlin from Dane County on Tuesday.',
      'The hail hit Orlin, near Dane County, on Monday.',
      'The hail hit Orlin but not Dane County on Monday.',
      // Another time, or a thing of that county named after it; a town the story's record does not hold.
      'Orlin, in Dane County at the time, was a rail stop.',
      'Crews drove to Orlin in Dane County trucks on Tuesday.',
      'Lyle Brand grew up in Rochester, in Olmsted County.',
    ])
      expect(verdict(s), s).not.toBe('discrepant');
  });
});
