/**
 * Who played which part, on the invented story (test-story.ts): the raid
 * was made by Harbor Unit (part of Coast Watch, federal), Dunmore police came;
 * Mayor Ida Marsh spoke at the briefing.
 */
import { describe, expect, it } from 'vitest';
import type { Story, StoryEvent } from '../../pack/schema.ts';
import { readSentence } from '../read/read-sentence.ts';
import { clauseRole } from './clause-roles.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate);

/** The record of the invented story with the fields `edit` gives it. */
function recordWith(edit: (story: Story) => Partial<Story>): StoryRecord {
  const story = raidPack().stories[0]!;
  return buildStoryRecord({ ...story, ...edit(story) }, westmark());
}

/** The record of the invented story with the event `id` as `edit` makes it. */
function recordWithEvent(id: string, edit: (event: StoryEvent) => StoryEvent): StoryRecord {
  return recordWith((story) => ({
    events: story.events!.map((e) => (e.id === id ? edit(e) : e)),
  }));
}

/** The record of the invented story with `event` added. */
function recordWithNewEvent(event: StoryEvent): StoryRecord {
  return recordWith((story) => ({ events: [...story.events!, event] }));
}

/** compareSentence on `on`, read on 20 June 2024. */
const compareOn = (on: StoryRecord) => (sentence: string) =>
  compareSentence(sentence, on, '2024-06-20');

/** Ida Marsh at the raid on Quay Street (6 a.m.) as well as at the briefing (no street). */
const marshTwice = recordWithEvent('raid', (e) => ({
  ...e,
  participants: [...e.participants!, { role: 'present' as const, entities: ['ida-marsh'] }],
}));

/** The raid at 6 p.m. */
const eveningRaid = recordWithEvent('raid', (e) => ({ ...e, time: '18:00' }));

function roleOf(sentence: string) {
  const clause = readSentence(sentence, record.gazetteer).find((c) =>
    clauseRole(sentence, c.start, c.end, c.mentions),
  );
  const role = clause && clauseRole(sentence, clause.start, clause.end, clause.mentions);
  return role ? { role: role.role, doer: role.doer.text } : null;
}

describe('clauseRole: the verb and who did it', () => {
  it.each([
    ['Harbor Unit agents raided the warehouse.', 'acted', 'Harbor Unit'],
    [
      'Ida Marsh, the mayor of Port Alder, told the Alder Ledger about the raid.',
      'spoke',
      'Ida Marsh',
    ],
    ['The warehouse was raided by Harbor Unit agents at dawn.', 'acted', 'Harbor Unit'],
    ['Dispatchers got a request for help from Harbor Unit.', 'asked', 'Harbor Unit'],
    ['In a call to Dunmore police, Harbor Unit asked for help.', 'asked', 'Harbor Unit'],
  ])('%s', (sentence, role, doer) => {
    expect(roleOf(sentence)).toEqual({ role, doer });
  });

  it('an attribution after the words: its name speaks, not the names in what was said', () => {
    expect(roleOf('Coast Watch will not get help from Harbor Unit, Ida Marsh said.')).toEqual({
      role: 'spoke',
      doer: 'Ida Marsh',
    });
    expect(roleOf('Coast Watch will not get help from Harbor Unit, said Ida Marsh.')).toEqual({
      role: 'spoke',
      doer: 'Ida Marsh',
    });
    expect(roleOf('Coast Watch will not get help from Harbor Unit, the mayor said.')).toBeNull();
  });

  it('the owner of a statement that says something spoke; a possessive before another noun owns no part', () => {
    expect(
      roleOf("Ida Marsh's written statement of that week said the raid had gone well."),
    ).toEqual({ role: 'spoke', doer: 'Ida Marsh' });
    expect(roleOf("Harbor Unit's boats said nothing about the raid.")).toBeNull();
  });

  it('no role without a verb that names one, or without a name before it', () => {
    expect(roleOf('The raid on Quay Street by Harbor Unit.')).toBeNull();
    expect(roleOf('Agents raided the warehouse.')).toBeNull();
    // "when requested": the verb's subject is left out, so the name before it is not its doer.
    expect(roleOf('Local police officers helped Harbor Unit agents when requested.')).toBeNull();
  });
});

describe('compareSentence: the doer against the record of that role', () => {
  it('a participant in another role is imprecise, and the explanation says whose role it was', () => {
    const result = compare(
      'Dunmore Police Department officers raided the warehouse on Quay Street.',
    );
    expect(result).toMatchObject({
      outcome: 'imprecise',
      comparisons: [{ slot: 'agency', page: 'Dunmore Police Department', record: 'Harbor Unit' }],
    });
    expect(result?.explanation).toBe(
      'The record names Harbor Unit as who acted; Dunmore Police Department took part, but not in that role, which is imprecise.',
    );
  });

  it('a unit of a body acts as the body ("X\u2019s own field office"), so the recorded one denied after it is wrong', () => {
    expect(
      compare(
        'It was the Dunmore Police Department\u2019s own field office, not the Harbor Unit, that raided the warehouse.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'not Harbor Unit' }],
    });
    expect(
      compare(
        'The Dunmore Police Department\u2019s field office raided the warehouse on Quay Street.',
      )?.outcome,
    ).toBe('imprecise');
  });

  it('the recorded participants in their roles agree', () => {
    expect(compare('Harbor Unit agents raided the warehouse on Quay Street.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Dunmore Police Department officers came to the raid.')?.outcome).toBe('agrees');
  });

  it('a generic agency of another level of government in a role the record gives federal agencies is wrong; the same level is not', () => {
    expect(compare('State police raided the warehouse on Quay Street.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'State police' }],
    });
    expect(compare('Federal agents raided the warehouse on Quay Street.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('On Quay Street, the state police raided the warehouse.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'state police' }],
    });
  });

  it('a named agency nobody knows, doing what only the recorded one did, is wrong unless its name echoes the story', () => {
    expect(compare('Oakvale Police Department officers raided the warehouse.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Oakvale Police Department' }],
    });
    expect(compare('Port Alder Police Department officers raided the warehouse.')?.outcome).toBe(
      'unconfirmed',
    );
    // Coming is not exclusive: any number of bodies may come.
    expect(compare('Oakvale Police Department officers came to the raid.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('a unit within the recorded agency is more precise than the record: unconfirmed, never agreement', () => {
    const child = recordWithEvent('raid', (e) => ({
      ...e,
      participants: [{ role: 'acted' as const, entities: ['coast-watch'] }],
    }));
    expect(compareOn(child)('Harbor Unit agents raided the warehouse.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('a stranger named as who spoke at an event whose speaker the record names is wrong; a spokesman may speak for her', () => {
    expect(compare('At the briefing, Tom Birch said the raid had gone well.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Tom Birch', record: 'Ida Marsh' }],
    });
    expect(
      compare('At the briefing, mayoral spokesman Tom Birch said the raid had gone well.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare("At the briefing, Tom Birch's statement said the raid had gone well."),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Tom Birch', record: 'Ida Marsh' }],
    });
    expect(
      compare("At the briefing, Ida Marsh's statement said the raid had gone well.")?.outcome,
    ).not.toBe('discrepant');
  });

  it('a recorded participant the page denies in its role is wrong', () => {
    expect(compare('Revenue Service agents, not Harbor Unit, raided the warehouse.')).toMatchObject(
      { outcome: 'discrepant' },
    );
    expect(
      compare('Revenue Service agents, not Harbor Unit, raided the warehouse.')?.comparisons,
    ).toContainEqual({ slot: 'agency', page: 'not Harbor Unit', record: 'Harbor Unit' });
  });

  it('"not the X\u2019s job" owns a noun: no denial of who did it', () => {
    // The speaker denies owning the matter, not having spoken ("Beck said deportations are not the LAPD's job").
    expect(
      compare('Ida Marsh said at the briefing that raids are not Ida Marsh\u2019s business.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'Ida Marsh said at the briefing that raids are not Ida Marsh\u2019s, whatever others claim.',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it("a dateline's place is the place of the clause after it", () => {
    expect(compare('Kells: Harbor Unit agents raided the warehouse.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells' }],
    });
  });

  it("a place of one event links a clause that says someone played a part there, but a stranger's name linked so is not called wrong", () => {
    expect(
      compare('In Port Alder, Mayor Ned Cole said the city would review its rules.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'person', page: 'Ned Cole' }] });
    expect(
      compare('In Port Alder, Tom Birch said the city would review its rules.')?.outcome,
    ).not.toBe('discrepant');
    // Nor a day: another day's news from that town is not the briefing's.
    expect(
      compare('In Port Alder, Tom Birch said on Thursday that the city would review its rules.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('a street of one scene links the clause, so a wrong city beside it is found', () => {
    expect(compare('It all happened on Quay Street in Kells.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells' }],
    });
  });

  it('a label before a colon names what a bare number counts', () => {
    expect(compare('Officers: about forty, at the raid')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'forty', record: '14 to 16 officers' }],
    });
  });

  it('a counted noun only one scene records links the clause', () => {
    expect(compare('Dogs: ten, by one count')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', record: '2 dogs' }],
    });
  });

  it('a count of what one scene counts, in a clause whose verb names a part played there, links the clause', () => {
    expect(compare('Forty officers showed up.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'Forty', record: '14 to 16 officers' }],
    });
    // Nobody is recorded as having spoken with a count of officers: nothing to link.
    expect(compare('Forty officers said so.')?.outcome).not.toBe('discrepant');
  });

  it('a count the linked event does not give is compared with another event of the same scene', () => {
    expect(compare('Ten dogs were brought to the raid.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', record: '2 dogs' }],
    });
  });
});

describe("compareSentence: an agency in a person's title is whom the person works for", () => {
  const compareOffice = compareOn(
    recordWith((story) => ({
      entities: story.entities!.map((e) =>
        e.id === 'ida-marsh'
          ? {
              ...e,
              roles: [
                { title: 'mayor', office: 'port-alder-mayor', from: '2020-01-01' },
                { title: 'director', office: 'revenue-director', from: '2019-01-01' },
              ],
            }
          : e,
      ),
    })),
  );

  it('is not taken for a participant of the event, and agrees with the office the world file gives', () => {
    // The raid's record names Harbor Unit and Dunmore police: as a participant, the Revenue Service would be another agency.
    expect(
      compareOffice(
        'During the raid, Ida Marsh, the director of the Revenue Service, watched the warehouse.',
      )?.outcome,
    ).toBe('agrees');
  });

  it('another agency the world knows in the title is wrong', () => {
    expect(
      compareOffice(
        'At the briefing, Ida Marsh, the director of Coast Watch, said the raid went well.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Coast Watch', record: 'Revenue Service' }],
    });
  });
});

describe("compareSentence: the story's own city in another state", () => {
  it('is wrong, from world knowledge alone, even in a clause linked to no event', () => {
    expect(compare('Port Alder, South March: the mood was tense.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'state', page: 'South March', record: 'North March' }],
    });
  });

  it("is left alone for a place that is not the story's, or in its own state", () => {
    expect(compare('Dunmore, South March: the mood was tense.')?.outcome).not.toBe('discrepant');
    expect(compare('Port Alder, North March: the mood was tense.')?.outcome).not.toBe('discrepant');
  });
});

describe("compareSentence: someone of several events is linked to the one where they played the clause's part", () => {
  const twice = compareOn(marshTwice);

  it('Ida Marsh was at the raid and spoke at the briefing: "spoke" is the briefing, so its day is compared', () => {
    expect(twice('Ida Marsh spoke to reporters on Thursday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
    expect(twice('Ida Marsh spoke to reporters on Wednesday.')?.outcome).toBe('agrees');
  });
});

describe('compareSentence: an agency the page puts at the scene', () => {
  it("is compared with the agencies of the story's scene, even in what someone says and with no event linked", () => {
    expect(
      compare('A neighbour said the Revenue Service agents on scene were calm.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'agency',
          page: 'Revenue Service',
          record: 'Harbor Unit and Dunmore Police Department',
        },
      ],
    });
    expect(
      compare('A neighbour said the Coast Watch agents at the scene were calm.'),
    ).toMatchObject({ outcome: 'imprecise' });
    expect(
      compare('A neighbour said the Harbor Unit agents on scene were calm.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('compareSentence: what was said and when', () => {
  it('an agency in what was said before "…, X said" is the speaker\'s topic, not a participant', () => {
    expect(
      compare('The Revenue Service will not get help at the briefing, Ida Marsh said.')?.outcome,
    ).not.toBe('discrepant');
  });

  it("an event named only as the point a time is counted from does not take the clause's day", () => {
    // The briefing was on Wednesday 12 June; "a day after the raid" names the raid only as the anchor.
    expect(
      compare('On Wednesday, a day after the raid, Ida Marsh spoke to reporters.')?.outcome,
    ).not.toBe('discrepant');
  });

  it("two days in one clause: the one that is another event's day is not wrong", () => {
    expect(
      compare(
        'At the briefing, Ida Marsh criticised the officers on Wednesday for what they did on Tuesday.',
      )?.outcome,
    ).not.toBe('discrepant');
    // A day that is no event's day still is.
    expect(
      compare(
        'At the briefing, Ida Marsh criticised the officers on Wednesday for what they did on Friday.',
      )?.outcome,
    ).toBe('discrepant');
  });
});

describe('compareSentence: parts of the day and "all N"', () => {
  const at = compareOn(
    recordWithEvent('briefing', (e) => ({ ...e, dayPart: 'afternoon' as const })),
  );

  it("a part of the day against the record's part or clock time; the evening's fuzzy edges agree", () => {
    expect(
      at('At a press conference on Wednesday morning, Mayor Ida Marsh spoke to reporters.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time', page: 'morning', record: 'in the afternoon' }],
    });
    expect(
      at('At a press conference late on Wednesday evening, Mayor Ida Marsh spoke to reporters.')
        ?.outcome,
    ).not.toBe('discrepant');
    // The raid at 6 a.m.: "that morning" agrees, "that evening" does not.
    expect(at('Harbor Unit raided the warehouse that morning.')?.outcome).not.toBe('discrepant');
    expect(at('Harbor Unit raided the warehouse that evening.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time' }],
    });
  });

  it('"all five men were detained" says the outcome befell all five: compared with the outcome\'s count', () => {
    expect(compare('All five men were detained in the raid.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', record: '2 detained' }],
    });
    expect(compare('The five men were detained in the raid.')?.outcome).not.toBe('discrepant');
  });

  it('"the two men were detained": a known group whose size is the outcome\'s recorded count agrees', () => {
    expect(compare('The two men were detained in the raid.')?.outcome).toBe('agrees');
    expect(compare('Harbor Unit detained the two men at the warehouse.')?.outcome).toBe('agrees');
  });
});

describe('compareSentence: the side of town', () => {
  it("another side than the one the record's places name is wrong; the same side, or a quoted one, is not", () => {
    expect(compare('Harbor Unit raided a warehouse on the west side of town.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'west side', record: 'east side of Port Alder' }],
    });
    expect(
      compare('Harbor Unit raided a warehouse on the city\u2019s east side.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('\u201CThe west side is next,\u201D a neighbour said of the raid.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('compareSentence: a relative clause is about the names before it', () => {
  it('"It was X and Y, working together, who raided …": the relative clause\'s doer is X', () => {
    expect(
      compare(
        'It was Revenue Service and Harbor Unit agents, working together, who raided the warehouse.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'Revenue Service' }],
    });
    expect(
      compare('It was Harbor Unit agents, working alone, who raided the warehouse.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('compareSentence: a town that names the event, and a weekday with its date', () => {
  it('"the Port Alder statement" names the briefing itself: its day is compared', () => {
    expect(compare('The Port Alder statement came out on Thursday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
  });

  it('"Wednesday, June 19" is one time: the right weekday does not excuse a wrong date that another event\'s month allows', () => {
    const withMonth = recordWithNewEvent({
      id: 'review',
      label: 'A review of the raid',
      words: ['review'],
      date: '2024-06',
      sources: ['ledger'],
      confidence: 'high' as const,
    });
    expect(
      compareOn(withMonth)(
        'At a press conference on Wednesday, June 19, Mayor Ida Marsh spoke to reporters.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date', page: 'June 19' }] });
  });
});

describe('compareSentence: a participant of several events and the street the clause names', () => {
  it('links the one event on that street', () => {
    // Ida Marsh at the raid on Quay Street (6 a.m.) and at the briefing (no street).
    expect(compareOn(marshTwice)('Ida Marsh stood on Quay Street at 9 p.m.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time', page: '9 p.m.' }],
    });
  });
});

describe("compareSentence: an organization's name is no agency of its own", () => {
  it('"the Revenue Service Retirees Club said …" names a club, not the Revenue Service', () => {
    const withClub = compareOn(
      recordWith((story) => ({
        entities: [
          ...story.entities!,
          { id: 'club', kind: 'organization' as const, name: 'Revenue Service Retirees Club' },
        ],
      })),
    );
    expect(
      withClub('The Revenue Service Retirees Club said the raid was lawful.')?.outcome,
    ).not.toBe('discrepant');
    expect(withClub('The Revenue Service said the raid was lawful.')?.outcome).toBe('discrepant');
  });
});

describe('compareSentence: loose clock times and parts of the day', () => {
  const evening = compareOn(eveningRaid);

  it('"at 6:15" with no a.m. or p.m. may be either: a raid at 6 p.m. agrees; one at 11:30 fits neither', () => {
    expect(evening('Harbor Unit raided the warehouse at 6:15.')?.outcome).not.toBe('discrepant');
    expect(evening('Harbor Unit raided the warehouse at 11:30.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time' }],
    });
  });

  it('"that night" of an event in the evening is loose, not wrong', () => {
    expect(evening('Harbor Unit raided the warehouse that night.')?.outcome).not.toBe('discrepant');
    expect(evening('Harbor Unit raided the warehouse that morning.')?.outcome).toBe('discrepant');
  });
});

describe('compareSentence: legal objects and a weekday that is the error', () => {
  it('"dismissed the Revenue Service\'s lawsuit" is no firing of anyone', () => {
    const fired = compareOn(
      recordWithEvent('raid', (e) => ({
        ...e,
        negatives: [
          ...(e.negatives ?? []),
          { kind: 'fired' as const, explanation: 'No officer was fired.' },
        ],
      })),
    );
    const suit = fired('After the raid, a judge dismissed the Revenue Service\u2019s lawsuit.');
    expect(suit?.outcome).not.toBe('discrepant');
    expect(suit?.comparisons.map((c) => c.page)).not.toContain('dismissed');
    expect(fired('After the raid, the officers were dismissed.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', page: 'dismissed' }],
    });
  });

  it('"Wednesday, June 11" for the raid on Tuesday 11 June: the weekday is wrong, the date is not', () => {
    const result = compare('Harbor Unit raided the warehouse on Wednesday, June 11.');
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons.map((c) => c.slot)).toEqual(['weekday']);
  });
});

describe("compareSentence: an event's words with an owner before their noun", () => {
  it('"swept the old neighbour\'s yard" names an event whose words are "swept the yard"', () => {
    const search = compareOn(
      recordWithNewEvent({
        id: 'sweep',
        label: 'A sweep',
        words: ['swept the yard'],
        date: '2024-06-14',
        sources: ['ledger'],
        confidence: 'high' as const,
      }),
    );
    expect(search('Dogs swept the old neighbour\u2019s yard on Monday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Monday' }],
    });
    // Not "the edge of a yard": only words that end in a possessive.
    expect(search('Dogs swept the edge of a yard on Monday.')?.outcome).not.toBe('discrepant');
  });
});
