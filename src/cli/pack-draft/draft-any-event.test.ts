/**
 * Drafting an event of any kind (a made-up gas-line split in Denver): the lede told with an irregular
 * past ("split"), every form of its verb and the noun the report names it by after the thing it befell
 * ("gas line split"), verbs coordinated after the first ("dug up and replaced"), the verb's object
 * ("issued a safety warning" → warning), a quote whose own words are conditional, and "the same news
 * conference". None of this report's words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { appositiveTitle, draftPack, sameOccasion } from './draft-story.ts';
import { runPackTest } from './pack-test.ts';

const world = worldIndex();
const today = '2026-12-01';

const html = reportHtml;

const original = html(
  '2026-03-03',
  'Denver Lantern',
  'Gas line split empties four blocks around Colfax Avenue',
  `
DENVER — A 12-inch gas line split under Colfax Avenue near Pearl Street at about 3:15 a.m. on Monday, March 2, filling the street with the smell of gas.
The Denver Fire Department issued a safety warning on Monday for about 300 homes.
Gas company crews dug up and replaced a 30-foot stretch of the line by 6 p.m. on Monday.
Fire Marshal Ruth Okafor said at a news conference at 9 a.m. on Monday at the fire station on Pearl Street that the line dated from 1961.
“Nobody could have smelled that leak from the sidewalk before it opened up,” Okafor said.
Tomas Reyes, the utility's district manager, said at the same news conference that residents could return by Wednesday.
Dr. Lena Ortiz, the Denver health commissioner, said no one needed treatment.
The district manager said the company would inspect every line of that age in the city before winter.
`,
);

function draft() {
  const result = draftPack({ name: 'gas.html', content: original }, [], { world, today });
  if (!result.ok) throw new Error(result.error);
  return result.pack.stories[0]!;
}

describe('pack draft: an event of any kind (a made-up gas-line split)', () => {
  const story = draft();
  const events = story.events ?? [];

  it('drafts the lede told with an irregular past, with every form of its verb, its day, time and places', () => {
    const lede = events[0]!;
    expect(lede.words).toEqual(expect.arrayContaining(['split', 'splits', 'splitting']));
    expect(lede).toMatchObject({
      date: '2026-03-02',
      time: '03:15',
      places: ['colfax-avenue', 'pearl-street', 'denver'],
    });
  });

  it('takes the verbs coordinated after the first ("dug up and replaced")', () => {
    const dug = events.find((e) => e.words.includes('dug'))!;
    expect(dug.words).toEqual(expect.arrayContaining(['dig', 'dug', 'digging', 'replaced']));
  });

  it("names an event by its verb's object ('issued a safety warning' → warning), with what it counts", () => {
    const order = events.find((e) => e.words.includes('issued'))!;
    expect(order.words).toEqual(['issued', 'warning']);
    expect(order.quantities).toContainEqual({ nouns: ['homes'], min: 262, max: 338 });
  });

  it('drafts the title set off by commas after a name ("Dr. Lena Ortiz, the Denver health commissioner, said")', () => {
    expect(story.entities!.find((e) => e.name === 'Lena Ortiz')).toMatchObject({
      role: 'Denver health commissioner',
      roles: [{ title: 'commissioner' }],
    });
  });

  it('credits a quote whose own words are conditional ("could have smelled") to the name outside its marks', () => {
    expect(story.quotes?.map((q) => q.speaker)).toEqual(['ruth-okafor']);
  });

  it('puts the speaker of "the same news conference" at the one drafted before, not on a day the rest of the sentence names', () => {
    const conferences = events.filter((e) => e.words.includes('news conference'));
    expect(conferences).toHaveLength(1);
    expect(conferences[0]).toMatchObject({ date: '2026-03-02', time: '09:00' });
    expect(conferences[0]!.participants![0]!.entities).toEqual(['ruth-okafor', 'tomas-reyes']);
  });

  it('catches a retelling that tells the split with another form, time, day or count, and leaves true sentences alone', () => {
    const page = [
      'Gas line split empties four blocks around Colfax Avenue',
      'A gas line split under Colfax Avenue early Tuesday, filling the street with gas.',
      'The line was splitting at about 5:15 a.m., a neighbour said.',
      'The fire department issued a safety warning for about 3,000 homes.',
      'A gas line split under Colfax Avenue near Pearl Street early Monday.',
      'The fire department issued a safety warning for about 300 homes.',
      'Residents were told to stay away until at least Wednesday, Fire Marshal Ruth Okafor said.',
    ].join('\n');
    const run = runPackTest(
      {
        format: 'sourcelight-pack',
        formatVersion: 2,
        id: 'gas',
        version: '0.1.0',
        publisher: 'test',
        updated: today,
        stories: [story],
      } as never,
      [{ name: 'r.txt', content: page }],
      null,
      { world, today },
    );
    const verdict = (start: string) =>
      run.pages[0]!.findings.find((f) => f.text.startsWith(start))?.verdict;
    expect(verdict('A gas line split under Colfax Avenue early Tuesday')).toBe('discrepant');
    expect(verdict('The line was splitting at about 5:15')).toBe('discrepant');
    expect(verdict('The fire department issued a safety warning for about 3,000')).toBe(
      'discrepant',
    );
    expect(verdict('A gas line split under Colfax Avenue near Pearl Street early Monday')).not.toBe(
      'discrepant',
    );
    expect(verdict('The fire department issued a safety warning for about 300 homes')).not.toBe(
      'discrepant',
    );
    expect(verdict('Residents were expected')).not.toBe('discrepant');
  });
});

describe('appositiveTitle', () => {
  it("takes the reader's title a phrase set off after a name ends with, and the phrase as printed", () => {
    expect(appositiveTitle(', the Denver health commissioner, said')).toEqual({
      title: 'commissioner',
      printed: 'Denver health commissioner',
    });
    expect(appositiveTitle(", the utility's district manager, said")).toEqual({
      title: 'manager',
      printed: "utility's district manager",
    });
    expect(appositiveTitle(' said on Monday')).toBeUndefined();
  });
});

describe('sameOccasion', () => {
  it('reads "the same news conference" and "that briefing" as one told of before', () => {
    expect(sameOccasion('said at the same news conference that', 'news conference')).toBe(true);
    expect(sameOccasion('said at that briefing', 'briefing')).toBe(true);
    expect(sameOccasion('said at a news conference', 'news conference')).toBe(false);
  });
});
