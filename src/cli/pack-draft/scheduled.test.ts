/**
 * What a report says will happen: a future verb with a date after the report's is a scheduled event, dated
 * forward, of any kind; never the day of what already happened. General English only.
 */
import { describe, expect, it } from 'vitest';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { namesAThing } from './event-words.ts';
import { readReport } from './read-report.ts';
import { scheduledEvents, scheduledWords } from './scheduled.ts';

const gazetteer = { lookup: () => [], find: () => [] } as never;
const sentence = (text: string) => readReport('x.txt', text, gazetteer).sentences[0]!;
const world = worldIndex();
const today = '2026-12-01';

describe('scheduledEvents', () => {
  it('dates a future verb forward from the report, with its weekday checked', () => {
    const s = sentence(
      'The spokesman said managers would meet with the tenants on Wednesday, Dec. 2.',
    );
    expect(scheduledEvents(s, '2026-11-19').map((x) => [x.verb, x.date, x.words])).toEqual([
      ['meet', '2026-12-02', ['meet', 'met', 'meets', 'meeting']],
    ]);
    // A weekday the date does not fall on: no scheduled event.
    expect(
      scheduledEvents(
        sentence('Managers would meet with the tenants on Friday, Dec. 2.'),
        '2026-11-19',
      ),
    ).toEqual([]);
  });

  it('reads "scheduled to", "will … by" and a date in the next year', () => {
    expect(
      scheduledEvents(
        sentence('The two sides are scheduled to vote on Jan. 12 at the town hall.'),
        '2026-11-19',
      ).map((x) => x.date),
    ).toEqual(['2027-01-12']);
    expect(
      scheduledEvents(
        sentence('The mill will close by June 30, 2027, the owner said.'),
        '2026-11-19',
      ).map((x) => [x.verb, x.date]),
    ).toEqual([['close', '2027-06-30']]);
  });

  it("gives nothing for a date before the report, or without the report's date", () => {
    expect(
      scheduledEvents(
        sentence('The board will vote on the plan it approved on March 3, 2026.'),
        '2026-11-19',
      ),
    ).toEqual([]);
    expect(scheduledEvents(sentence('The board will vote on Dec. 9.'), undefined)).toEqual([]);
  });

  it('names a light verb\'s happening by its subject ("the first 40 layoffs would take effect")', () => {
    const [x] = scheduledEvents(
      sentence('She said the first 40 layoffs would take effect on Feb. 26, 2027.'),
      '2026-11-19',
    );
    expect(x?.words).toEqual(['layoffs', 'layoff']);
  });

  it('gives a regular verb its forms', () => {
    expect(scheduledWords('close')).toEqual(['close', 'closes', 'closed', 'closing']);
    // A participle after "be" ("is scheduled to be hauled out") keeps its own form; a verb in -eed is no participle.
    expect(scheduledWords('hauled')).toEqual(['hauled']);
    expect(scheduledWords('proceed')).toEqual(['proceed', 'proceeds', 'proceeded', 'proceeding']);
  });
});

describe('namesAThing', () => {
  it('is true of a noun the report owns or has speak, not of a happening', () => {
    const texts = [
      'The mill, which is based in Akron, said it would move its mill equipment.',
      'A fire broke out at the mill.',
      "The company's website lists five sites.",
    ];
    expect(namesAThing('mill', texts)).toBe(true);
    expect(namesAThing('company', texts)).toBe(true);
    expect(namesAThing('fire', texts)).toBe(false);
  });
});

const html = (body: string) =>
  `<html><head><title>Sawmill to shut</title><meta property="article:published_time" content="2026-11-19T06:00:00-05:00"><meta property="og:site_name" content="Valley Courier"></head><body><article><h1>Sawmill to shut</h1>${body}</article></body></html>`;
const ORIGINAL =
  html(`<p>SPOKANE, Wash. — Harlow Timber Co. told workers on Wednesday, Nov. 18, that it will close its sawmill on Trent Avenue in Spokane by June 30, 2027, eliminating about 200 jobs.</p>
<p>The company, which is based in Tacoma, said it would move the work to its newer mills in Oregon.</p>
<p>The sawmill opened in 1952 and is one of the last in the region.</p>
<p>The company filed a notice with the state on Wednesday, spokeswoman Mara Quill said.</p>
<p>Quill said managers would meet with union leaders on Wednesday, Dec. 2, and that the first layoffs would take effect on Feb. 26, 2027.</p>
<p>Union president Tomas Brandt said the union learned of the closing at the same meeting as its members.</p>`);

describe('pack draft: a closing announced for a later day', () => {
  const result = draftPack({ name: 'original.html', content: ORIGINAL }, [], { world, today });
  if (!result.ok) throw new Error(result.error);
  const events = result.pack.stories[0]!.events!;

  it('drafts the scheduled closing, meeting and layoffs on their own days, and the announcement on its day', () => {
    const on = (word: string) =>
      events
        .filter((e) => e.words.includes(word))
        .map((e) => e.date)
        .sort();
    expect(on('close')).toEqual(['2026-11-18', '2027-06-30']);
    // "closed" tells of the closing as done: the scheduled closing's word, not the announcement's.
    expect(on('closed')).toEqual(['2027-06-30']);
    expect(on('meet')).toEqual(['2026-12-02']);
    expect(on('layoffs')).toEqual(['2027-02-26']);
    // Who told of it: the speaker before the future marker.
    const layoffs = events.find((e) => e.words.includes('layoffs'))!;
    expect(layoffs.participants).toEqual([{ role: 'spoke', entities: ['mara-quill'] }]);
    // The forward date is not read as last year's (no weekday conflict listed for the author).
    expect(result.provenance.unsettled).toEqual([]);
  });

  it('does not name an event by a subject that is a thing or an actor ("The company filed", "The sawmill opened")', () => {
    expect(events.flatMap((e) => e.words)).not.toContain('company');
    expect(events.flatMap((e) => e.words)).not.toContain('sawmill');
  });
});

describe('pack draft: a corroborating report of an event no outcome names', () => {
  const other =
    html(`<p>Harlow Timber Co. will shut its Spokane sawmill on Trent Avenue next year, about 200 workers losing their jobs, the company said Wednesday.</p>
<p>Spokeswoman Mara Quill said the first layoffs come in February and that the rest of the workers would leave by the summer.</p><p>Tomas Brandt, who leads the union, said members were stunned by the news and would ask the company for talks before the end of the year.</p><p>The sawmill has been one of the largest employers on the city's east side for decades, and its closing leaves few jobs of its kind.</p>`);
  const unrelated =
    html(`<p>Spokane's snowplow crews will work double shifts this winter, the city said on Wednesday, after a storm left streets icy for days.</p>
<p>Street director Ana Ruiz said the city had hired 14 more drivers and bought four new trucks for the season.</p><p>Residents can report unplowed streets on the city's website, and the city asks drivers to park off the main roads when snow is forecast.</p><p>The department said the new trucks would reach the hills on the south side first, where crews had the most trouble last year.</p>`);

  it('takes a report naming two of its people or streets, and leaves out one that names none', () => {
    const result = draftPack(
      { name: 'original.html', content: ORIGINAL },
      [
        { name: 'other.html', content: other },
        { name: 'plows.html', content: unrelated },
      ],
      { world, today },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.provenance.leftOut).toEqual([
      { file: 'plows.html', reason: expect.stringMatching(/^unrelated/) },
    ]);
    expect(result.pack.stories[0]!.corroborating).toHaveLength(1);
  });
});

describe('pack draft: a dateline city the world file does not know', () => {
  const original =
    html(`<p>BRACKEN FALLS, Pa. — Orwell Glass Co. told workers on Wednesday, Nov. 18, that it will close its plant on Mill Road by June 30, 2027, eliminating about 300 jobs.</p>
<p>The company, which is based in Cleveland, said it would move the work to its other plants.</p>
<p>The plant opened in 1961, spokesman Ned Varga said.</p>
<p>Varga said managers would meet with union leaders on Wednesday, Dec. 2, at the plant.</p>`);
  const result = draftPack({ name: 'original.html', content: original }, [], { world, today });
  if (!result.ok) throw new Error(result.error);
  const story = result.pack.stories[0]!;

  it("is the home, within the state its dateline names; a city named later (the company's seat) is not", () => {
    const byId = new Map(story.entities!.map((e) => [e.id, e]));
    const street = story.entities!.find((e) => e.kind === 'street')!;
    expect(street.within).toBe('bracken-falls');
    expect(byId.get('bracken-falls')).toMatchObject({
      kind: 'place',
      name: 'Bracken Falls',
      within: 'pennsylvania',
    });
    expect(byId.get('pennsylvania')).toMatchObject({ kind: 'place', world: 'pa' });
  });

  it('gives the scheduled closing the counts and streets of its own future clause', () => {
    const close = story.events!.find((e) => e.date === '2027-06-30')!;
    expect(close.quantities).toEqual([
      { nouns: ['jobs'], min: expect.any(Number), max: expect.any(Number) },
    ]);
    expect(close.quantities![0]!.min).toBeLessThan(300);
    expect(close.quantities![0]!.max).toBeGreaterThan(300);
    expect(close.places).toEqual([story.entities!.find((e) => e.kind === 'street')!.id]);
  });
});

describe('pack draft: people and the day of an undated meeting', () => {
  const original =
    html(`<p>BRACKEN FALLS, Pa. — Orwell Glass Co. told workers on Wednesday, Nov. 18, that it will close its plant on Mill Road by June 30, 2027.</p>
<p>Chief Executive Hollis Brandvold delivered the news at about 7:30 a.m. in a 20-minute meeting with first-shift employees.</p>
<p>Union President Marta Quist-Lowell said the union learned of it at the same meeting as its members.</p>
<p>The plant opened in 1961 and employs most of the town.</p>`);
  const result = draftPack({ name: 'original.html', content: original }, [], { world, today });
  if (!result.ok) throw new Error(result.error);
  const story = result.pack.stories[0]!;
  const people = story.entities!.filter((e) => e.kind === 'person');

  it("keeps a title's word out of a name and the end of a hyphenated surname in it; the reader's form is an alias", () => {
    expect(people.map((e) => e.name)).toEqual(['Hollis Brandvold', 'Marta Quist-Lowell']);
    expect(people[0]!.role).toBe('Chief Executive');
    // The reader knows "Chief Executive" as a title: the name is read without it, and the post is the company's.
    expect(people[0]!.roles?.[0]?.title).toMatch(/chief executive$/);
  });

  it('dates an undated meeting given a clock time right after the sentence stating the day', () => {
    const meeting = story.events!.find((e) => e.words.includes('meeting'))!;
    expect(meeting.time).toBe('07:30');
    expect(meeting.date).toBe('2026-11-18');
    // "a 20-minute meeting": the duration right before a word naming the event is how long it lasted.
    expect(meeting.duration).toEqual({ min: 20, max: 20, unit: 'minutes', note: '20-minute' });
  });
});

describe("pack draft: a corroborating report that shares the original's numbers", () => {
  const other = (body: string) =>
    html(
      `${body}<p>The news came as a shock to the town, where the works has been a large employer for generations and few jobs of its kind remain.</p><p>Officials said they would look for help from the state to retrain the workers who lose their jobs in the months ahead.</p>`,
    );
  const draft = (content: string) => {
    const original = ORIGINAL.replace(
      '</article>',
      '<p>The closing will cost 140 members of the machinists union their jobs, the union said.</p></article>',
    );
    const result = draftPack(
      { name: 'original.html', content: original },
      [{ name: 'other.html', content }],
      { world, today },
    );
    if (!result.ok) throw new Error(result.error);
    return result;
  };

  it('is related when it gives two of them, though it names none of its people or streets', () => {
    const result = draft(
      other(
        '<p>A timber company will shut its sawmill in Spokane next year, leaving about 200 people out of work, the company said on Wednesday.</p><p>The union said 140 members would lose their jobs, and it asked for talks.</p>',
      ),
    );
    expect(result.provenance.leftOut).toEqual([]);
  });

  it('is not related by one number alone', () => {
    const result = draft(
      other(
        '<p>A bakery in Spokane will add about 200 jobs next year as it opens a second line, its owner said on Wednesday.</p><p>Hiring starts in the spring, and the owner expects the new line to run two shifts.</p>',
      ),
    );
    expect(result.provenance.leftOut).toEqual([
      { file: 'other.html', reason: expect.stringMatching(/^unrelated/) },
    ]);
  });
});
