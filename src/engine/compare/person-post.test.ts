/**
 * The post a page gives a person, and who it says wrote or said something
 * (person-post.ts, named-author.ts), on the invented story (test-story.ts):
 * Mayor Ida Marsh (the world file's holder of the Port Alder mayoralty since
 * 2020) spoke at the briefing; here the briefing also has the Harbor Unit's
 * spokesman Sal Reyes, the mayor also watched the search, and June Holt wrote
 * the Ledger's story.
 */
import { describe, expect, it } from 'vitest';
import westmarkJson from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { postOf } from './person-post.ts';
import { neverIntroduced } from './stranger-surname.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const base = raidPack().stories[0]!;
const story = {
  ...base,
  entities: [
    ...base.entities!,
    { id: 'sal-reyes', kind: 'person' as const, name: 'Sal Reyes', role: 'Harbor Unit spokesman' },
    { id: 'june-holt', kind: 'person' as const, name: 'June Holt', role: 'Alder Ledger reporter' },
  ],
  events: [
    ...base.events!.map((e) => {
      if (e.id === 'briefing')
        return {
          ...e,
          participants: [{ role: 'spoke' as const, entities: ['ida-marsh', 'sal-reyes'] }],
        };
      // The mayor also watched the search (Tuesday 11 June): a clause naming her alone is about no one event.
      if (e.id === 'search')
        return {
          ...e,
          participants: [...e.participants!, { role: 'present' as const, entities: ['ida-marsh'] }],
        };
      return e;
    }),
    {
      id: 'ledger-story',
      label: 'June Holt writes the Ledger story',
      words: ['ledger story'],
      date: '2024-06-13',
      participants: [{ role: 'reported' as const, entities: ['june-holt'] }],
      sources: ['ledger'],
      confidence: 'high' as const,
    },
  ],
};
const record = buildStoryRecord(story, westmark());
const compare = (sentence: string, page = sentence, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate, { page });
const outcome = (sentence: string, page?: string) => compare(sentence, page)?.outcome ?? null;

describe('postOf: head, rank and body of a title', () => {
  it.each([
    ['Council Vice President', { head: 'president', rank: 'vice', body: ['council'] }],
    ["Denver's police spokesman", { head: 'spokes', rank: '', body: ['denver', 'police'] }],
    ['White House border czar', { head: 'czar', rank: '', body: ['white', 'house', 'border'] }],
    ['Police Chief', { head: 'chief', rank: '', body: ['police'] }],
    ["the sheriff's spokeswoman", { head: 'spokes', rank: '', body: ['sheriff'] }],
  ])('%s', (title, post) => {
    expect(postOf(title)).toEqual(post);
  });
});

describe('neverIntroduced: a surname alone the page never gives a first name', () => {
  it('a first name anywhere on the page introduces it; a title does not', () => {
    expect(neverIntroduced('Rudd said so. Mayor Rudd agreed.', 'Rudd')).toBe(true);
    expect(neverIntroduced('Tom Rudd, a clerk, spoke. Rudd said so.', 'Rudd')).toBe(false);
    expect(neverIntroduced('Tom J. Rudd spoke.', 'Rudd')).toBe(false);
    expect(neverIntroduced("Tom Rudd's office said so. Rudd agreed.", 'Rudd')).toBe(false);
    // A script's speaker label in capitals introduces the name too.
    expect(neverIntroduced('TOM RUDD: Good evening. Rudd reports.', 'Rudd')).toBe(false);
    // Not across a line or a sentence: the last word of the line before is no first name.
    expect(neverIntroduced('A raid in Port Alder\nRudd said so. Alder. Rudd agreed.', 'Rudd')).toBe(
      true,
    );
    expect(neverIntroduced(undefined, 'Rudd')).toBe(false);
    expect(neverIntroduced('Tom Rudd spoke.', 'Tom Rudd')).toBe(false);
  });
});

describe('a stranger in a post the record fills', () => {
  it('the title of a world office another held on the linked day, though they took no part in that event', () => {
    const r = compare('Mayor Tom Rudd said the raid on Quay Street went by the book.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toEqual([
      { slot: 'person', page: 'Tom Rudd', record: 'Ida Marsh (mayor)' },
    ]);
  });

  it('a bare title names the office only when the world file lists it as one of its names', () => {
    // A council president in the world file, named "Council President" but never "President" alone.
    const world = JSON.parse(JSON.stringify(westmarkJson)) as typeof westmarkJson;
    world.people.push({
      id: 'ada-pike',
      name: 'Ada Pike',
      aliases: ['Pike'],
    } as (typeof world.people)[number]);
    world.offices.push({
      id: 'port-alder-council-president',
      title: 'President of the Port Alder Council',
      aliases: ['Council President'],
      jurisdiction: 'port-alder',
      sources: 'Invented for tests',
      holders: [{ person: 'ada-pike', start: '2022-01-01', confirmedThrough: '2030-01-01' }],
    } as unknown as (typeof world.offices)[number]);
    const parsed = parseWorld(world);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const withPike = buildStoryRecord(
      {
        ...story,
        entities: [
          ...story.entities,
          {
            id: 'ada-pike',
            kind: 'person' as const,
            name: 'Ada Pike',
            world: 'ada-pike',
            roles: [
              {
                title: 'council president',
                office: 'port-alder-council-president',
                from: '2022-01-01',
              },
            ],
          },
        ],
      },
      indexWorld(parsed.world),
    );
    const said = (s: string) => compareSentence(s, withPike, '2024-06-20', { page: s })?.outcome;
    expect(said('Council President Tom Rudd said the raid on Quay Street went by the book.')).toBe(
      'discrepant',
    );
    expect(said('President Tom Rudd said the raid on Quay Street went by the book.')).not.toBe(
      'discrepant',
    );
  });

  it('a person of the story under a post the record dates to other years only, when another held it then: unconfirmed (a courtesy title)', () => {
    const earlier = buildStoryRecord(
      {
        ...story,
        entities: [
          ...story.entities,
          {
            id: 'ned-cole',
            kind: 'person' as const,
            name: 'Ned Cole',
            world: 'ned-cole',
            roles: [
              { title: 'mayor', office: 'port-alder-mayor', from: '2012-01-01', to: '2020-01-01' },
            ],
          },
        ],
      },
      westmark(),
    );
    const said = (s: string) => compareSentence(s, earlier, '2024-06-20', { page: s })?.outcome;
    expect(said('Mayor Ned Cole said the raid on Quay Street went by the book.')).toBe(
      'unconfirmed',
    );
    // A year of its own: the post is of that time (the year itself is the date comparison's).
    expect(
      compareSentence(
        'Then-Mayor Ned Cole opened the Quay Street warehouse in 2015.',
        earlier,
        '2024-06-20',
      )?.comparisons.map((c) => c.slot),
    ).not.toContain('role');
    expect(said('Mayor Ida Marsh said the raid on Quay Street went by the book.')).not.toBe(
      'discrepant',
    );
  });

  it("the world file's holder of the post at another time, named under it then: unconfirmed", () => {
    // Ned Cole was mayor from 2012 to 2020 in the world file; Ida Marsh since.
    const r = compare('Mayor Ned Cole said the raid on Quay Street went by the book.');
    expect(r?.outcome).toBe('unconfirmed');
    expect(r?.explanation).toContain('Ida Marsh');
    expect(
      outcome('Former Mayor Ned Cole said the raid on Quay Street went by the book.'),
    ).not.toBe('discrepant');
    // At the briefing, where the record has the mayor herself, it is wrong (compare-values.ts).
    expect(outcome('At the briefing, Mayor Ned Cole praised the officers.')).toBe('discrepant');
  });

  it('a title and a surname the page never gives a first name', () => {
    expect(outcome('Mayor Rudd said the raid on Quay Street went by the book.')).toBe('discrepant');
    expect(
      outcome(
        'Mayor Rudd said the raid on Quay Street went by the book.',
        'Tom Rudd, a former mayor, spoke. Mayor Rudd said the raid on Quay Street went by the book.',
      ),
    ).not.toBe('discrepant');
  });

  it('a surname alone, never given a first name, speaking where the record names who spoke', () => {
    expect(outcome('Rudd said at the briefing that the raid was lawful.')).toBe('discrepant');
    expect(
      outcome(
        'Rudd said at the briefing that the raid was lawful.',
        'Tom Rudd runs the dock. Rudd said at the briefing that the raid was lawful.',
      ),
    ).not.toBe('discrepant');
    expect(outcome('Marsh said at the briefing that the raid was lawful.')).not.toBe('discrepant');
  });

  it('a surname alone, never introduced, speaking on the day of the one event whose speakers the record names', () => {
    expect(outcome('Rudd said on June 12 that the unit had done well.')).toBe('discrepant');
    expect(
      outcome(
        'Rudd said on June 12 that the unit had done well.',
        'Tom Rudd runs the dock. Rudd said on June 12 that the unit had done well.',
      ),
    ).not.toBe('discrepant');
    expect(outcome('Rudd said on June 15 that the unit had done well.')).not.toBe('discrepant');
  });

  it('linked by the town alone: a never-introduced surname speaking is wrong, a full name stays unconfirmed', () => {
    expect(outcome('In Port Alder, Rudd said the unit had done well.')).toBe('discrepant');
    expect(outcome('In Port Alder, Tom Rudd said the unit had done well.')).not.toBe('discrepant');
  });

  it('in a clause no event links, on a day the clause names', () => {
    expect(
      outcome('Tom Rudd, the mayor of Port Alder, wrote on June 12 that he backed the officers.'),
    ).toBe('discrepant');
    expect(
      outcome('Tom Rudd, the mayor of Port Alder, wrote that he backed the officers.'),
    ).not.toBe('discrepant');
    // A weekday with someone of the story: the days of their events on that weekday (the briefing was on Wednesday 12 June 2024).
    expect(outcome('Ida Marsh and Mayor Tom Rudd talked to reporters on Wednesday.')).toBe(
      'discrepant',
    );
    expect(outcome('Ida Marsh and Mayor Tom Rudd talked to reporters on Thursday.')).not.toBe(
      'discrepant',
    );
  });

  it('a spokesman of the body the record names, in an event where the record names its spokesman', () => {
    const r = compare('Harbor Unit spokesman Tom Rudd spoke at the briefing.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toEqual({
      slot: 'person',
      page: 'Tom Rudd',
      record: 'Sal Reyes (Harbor Unit spokesman)',
    });
    // Another body's spokesman may be there too, its body named before or after the title.
    expect(outcome('A Dunmore police spokesman, Tom Rudd, spoke at the briefing.')).not.toBe(
      'discrepant',
    );
    expect(
      outcome('Tom Rudd, a spokesman for the Dunmore Police Department, was at the briefing.'),
    ).not.toBe('discrepant');
    expect(outcome('Tom Rudd, a spokesman for the Harbor Unit, was at the briefing.')).toBe(
      'discrepant',
    );
  });

  it('the post in apposition before a stranger\'s rank is the post named ("the Harbor Unit\'s spokesman, Sergeant X")', () => {
    expect(
      compare("The Harbor Unit's spokesman, Sergeant Tom Rudd, spoke at the briefing.")
        ?.comparisons[0],
    ).toEqual({ slot: 'person', page: 'Tom Rudd', record: 'Sal Reyes (Harbor Unit spokesman)' });
    expect(
      outcome(
        'At the briefing, the Harbor Unit\u2019s spokesman, Officer Tom Rudd, defended the raid.',
      ),
    ).toBe('discrepant');
    expect(
      outcome(
        'At the briefing the Harbor Unit\u2019s spokesman, Lieutenant Tom Rudd, answered questions.',
      ),
    ).toBe('discrepant');
    // The recorded holder under a rank, another body's spokesman, the holder named after her post: not wrong.
    expect(
      outcome("The Harbor Unit's spokesman, Sergeant Sal Reyes, spoke at the briefing."),
    ).not.toBe('discrepant');
    expect(
      outcome('A Dunmore police spokesman, Sergeant Tom Rudd, spoke at the briefing.'),
    ).not.toBe('discrepant');
    expect(outcome('The mayor, Ida Marsh, spoke at the briefing.')).not.toBe('discrepant');
  });

  it("linked by the town alone: only a title naming the holder's body, in a clause that says someone spoke", () => {
    const city = buildStoryRecord(
      {
        ...story,
        entities: story.entities.map((e) =>
          e.id === 'sal-reyes' ? { ...e, role: 'Port Alder city spokesman' } : e,
        ),
      },
      westmark(),
    );
    const said = (s: string) => compareSentence(s, city, '2024-06-20', { page: s })?.outcome;
    expect(said("Port Alder's city spokesman, Tom Rudd, gave a statement.")).toBe('discrepant');
    expect(said("Port Alder's city spokesman, Tom Rudd, toured the docks.")).not.toBe('discrepant');
    expect(said('In Port Alder, spokesman Tom Rudd gave a statement.')).not.toBe('discrepant');
  });

  it('another rank of the post is another post: a deputy mayor is no rival of the mayor', () => {
    expect(outcome('Deputy Mayor Tom Rudd was at the briefing.')).not.toBe('discrepant');
    expect(
      outcome('Assistant Mayor Tom Rudd said the raid on Quay Street went by the book.'),
    ).not.toBe('discrepant');
  });

  it('the people of the story, under their own posts, agree', () => {
    expect(outcome('Mayor Ida Marsh spoke at the briefing.')).toBe('agrees');
    expect(outcome('Harbor Unit spokesman Sal Reyes spoke at the briefing.')).not.toBe(
      'discrepant',
    );
  });
});

describe('a person of the story under another post', () => {
  it('a neighbouring rank of the post they held then', () => {
    const r = compare('Port Alder Deputy Mayor Ida Marsh spoke at the briefing.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]?.slot).toBe('role');
  });

  it('a one-holder post another person of the story held then', () => {
    const r = compare('Port Alder Mayor Sal Reyes spoke at the briefing.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('Ida Marsh');
  });

  it('"former" for the mayor still in office, found from the world file alone', () => {
    expect(outcome('Former Mayor Ida Marsh spoke at the briefing.')).toBe('discrepant');
  });
});

describe('who said or wrote it, without a verb', () => {
  it('the owner of the words', () => {
    expect(outcome("Rudd's statement at the briefing called the raid lawful.")).toBe('discrepant');
    expect(outcome("Marsh's statement at the briefing called the raid lawful.")).not.toBe(
      'discrepant',
    );
    // Introduced on the page: who that is, is the introducing sentence's to judge.
    expect(
      outcome(
        "Rudd's statement at the briefing called the raid lawful.",
        "Tom Rudd is a lawyer. Rudd's statement at the briefing called the raid lawful.",
      ),
    ).not.toBe('discrepant');
  });

  it('"as X put it"', () => {
    expect(outcome('As Tom Rudd put it at the briefing, the raid was lawful.')).toBe('discrepant');
    // Ned Cole is the world file's former mayor, no one of this story.
    expect(outcome('As Ned Cole put it at the briefing, the raid was lawful.')).toBe('discrepant');
    expect(outcome('As Ida Marsh put it at the briefing, the raid was lawful.')).not.toBe(
      'discrepant',
    );
    expect(outcome('As Tom Rudd expected, the briefing was short.')).not.toBe('discrepant');
  });

  it("a piece's byline", () => {
    const r = compare('The Ledger story came out as a piece by Tom Rudd.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toEqual({ slot: 'person', page: 'Tom Rudd', record: 'June Holt' });
    expect(outcome('The Ledger story came out as a piece by June Holt.')).not.toBe('discrepant');
  });

  it('a surname alone close to one of the story is a misspelling, not a stranger', () => {
    expect(outcome("Marssh's statement at the briefing called the raid lawful.")).not.toBe(
      'discrepant',
    );
  });
});

describe('the agency of a title in apposition (compare-affiliation.ts)', () => {
  it("another body's post: wrong now, unconfirmed as a past post", () => {
    expect(
      outcome('Sal Reyes, a Dunmore Police Department spokesman, spoke at the briefing.'),
    ).toBe('discrepant');
    expect(
      outcome('Sal Reyes, a former Dunmore Police Department spokesman, spoke at the briefing.'),
    ).toBe('unconfirmed');
    expect(outcome('Sal Reyes, a Harbor Unit spokesman, spoke at the briefing.')).toBe('agrees');
  });
});

describe('qualifiers on the days a clause no event links can be about', () => {
  it('"acting" for the mayor who held the post outright', () => {
    expect(outcome('Acting Mayor Ida Marsh talked to reporters on Wednesday.')).toBe('discrepant');
    expect(outcome('Acting Mayor Ida Marsh talked to reporters on Thursday.')).not.toBe(
      'discrepant',
    );
  });

  it('"then-" reads as the bare title', () => {
    expect(outcome('Then-Mayor Tom Rudd said the raid on Quay Street went by the book.')).toBe(
      'discrepant',
    );
    expect(outcome('Then-Mayor Ida Marsh said the raid on Quay Street went by the book.')).not.toBe(
      'discrepant',
    );
  });
});

describe('linking by a person and a weekday (compare-sentence.ts)', () => {
  it("of a person's several events, the one on the clause's weekday", () => {
    // The mayor was at the search (Tuesday 11 June) and spoke at the briefing (Wednesday 12 June).
    expect(compare('Ida Marsh was in Port Alder on Wednesday.')?.events).toEqual(['briefing']);
    expect(compare('Ida Marsh was in Port Alder on Tuesday.')?.events).toEqual(['search']);
    expect(compare('Ida Marsh was in Port Alder on Friday.')?.events ?? []).toEqual([]);
  });
});

describe('a person of the story in an act the record excludes for them (person-outcome.ts)', () => {
  const refused = buildStoryRecord(
    {
      ...story,
      events: [
        ...story.events,
        {
          id: 'unit-visit',
          label: 'Harbor Unit officers meet dock workers',
          words: ['dock workers'],
          date: '2024-06-14',
          participants: [{ role: 'came' as const, entities: ['harbor-unit'] }],
          outcomes: [{ kind: 'met' as const }],
          sources: ['ledger'],
          confidence: 'high' as const,
        },
        {
          id: 'refusal',
          label: 'The mayor says she will not meet the unit',
          words: ['would not meet'],
          date: '2024-06-13',
          participants: [{ role: 'spoke' as const, entities: ['ida-marsh'] }],
          negatives: [
            {
              kind: 'met' as const,
              explanation: 'The mayor said she would not meet the unit, and did not.',
            },
          ],
          sources: ['ledger'],
          confidence: 'high' as const,
        },
      ],
    },
    westmark(),
  );
  const said = (s: string) => compareSentence(s, refused, '2024-06-20', { page: s });
  it('named after the outcome, in a clause that does not report speech', () => {
    const r = said(
      'Harbor Unit officers met dock workers, and they also met with Mayor Ida Marsh.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('would not meet');
    expect(said('Harbor Unit officers met dock workers, Mayor Ida Marsh said.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(said('Harbor Unit officers did not meet Mayor Ida Marsh.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      said('Harbor Unit officers met dock workers while Mayor Ida Marsh stayed away.')?.outcome,
    ).not.toBe('discrepant');
  });
});
