/**
 * The typed comparison on an invented story (test-story.ts): each kind of
 * value is checked against the event the sentence is about, by compatibility,
 * and nothing is called wrong without a linked event and a certain value.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate);

describe('compareSentence: values that conflict with the linked event', () => {
  it.each([
    [
      'Revenue Service agents raided a warehouse on Quay Street.',
      'agency',
      'Revenue Service',
      'Harbor Unit',
    ],
    ['The warehouse was raided on Thursday.', 'weekday', 'Thursday', 'Tuesday 11 June 2024'],
    ['The warehouse was raided on June 14, 2024.', 'date', 'June 14, 2024', 'Tuesday 11 June 2024'],
    ['The warehouse was raided in May 2024.', 'date', 'May 2024', 'Tuesday 11 June 2024'],
    ['Officers raided the warehouse at 9 p.m.', 'time', '9 p.m.', 'about 6 a.m.'],
    ['Officers raided the warehouse shortly after 9 a.m.', 'time', '9 a.m.', 'about 6 a.m.'],
    [
      'Kells Police Department officers raided the warehouse.',
      'agency',
      'Kells Police Department',
      'Harbor Unit',
    ],
    ['Officers raided a warehouse on Pike Street.', 'street', 'Pike Street', 'Quay Street'],
    ['Officers raided a warehouse in Kells.', 'place', 'Kells', 'Port Alder'],
    ['Forty officers took part in the raid.', 'count', 'Forty', '14 to 16 officers'],
    ['Officers raided the warehouse and detained five men.', 'count', 'five', '2 detained'],
    [
      'At a press conference, Mayor Ned Cole praised the officers.',
      'person',
      'Ned Cole',
      'Ida Marsh (mayor)',
    ],
    [
      'Two men were detained in the raid and later deported.',
      'outcome',
      'deported',
      'Nobody was deported: the two men were detained and questioned.',
    ],
  ])('%s', (sentence, slot, page, recorded) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({ slot, page, record: recorded });
  });

  it('says which values differ and what the record says', () => {
    expect(compare('Revenue Service agents raided a warehouse on Quay Street.')?.explanation).toBe(
      'The record names Harbor Unit as who acted, not Revenue Service.',
    );
  });
});

describe('compareSentence: compatible values agree', () => {
  it.each([
    'Harbor Unit officers raided a warehouse on Quay Street on Tuesday.',
    'The raid took place on June 11, 2024, around 6 a.m.',
    'About fifteen officers took part in the raid in Port Alder.',
    'Sixteen officers raided the warehouse in North March.',
    'Officers raided the warehouse and detained two men.',
    'At a press conference, Mayor Ida Marsh spoke about the officers.',
    'Nobody was deported after the raid.',
    'Officers raided the warehouse shortly after 5 a.m.',
  ])('%s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('agrees');
  });

  it('an agency part of the recorded one agrees; the body it belongs to is imprecise', () => {
    expect(compare('Coast Watch agents raided the warehouse.')).toMatchObject({
      outcome: 'imprecise',
      comparisons: [{ slot: 'agency', page: 'Coast Watch', record: 'Harbor Unit' }],
    });
  });

  it('"former" is wrong while the person still holds the post at the page\'s date, fine after', () => {
    expect(
      compare('At a press conference, former Mayor Ida Marsh spoke about the raid.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'role' }] });
    expect(
      compare('At a press conference, former Mayor Ida Marsh spoke about the raid.', '2031-01-01')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('"former" for someone in the post on the page\'s day is wrong in a clause no event links too', () => {
    expect(compare('The desk wants a new photo of former Mayor Ida Marsh.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'role', record: 'Ida Marsh, mayor' }],
    });
    expect(
      compare('The desk wants a new photo of former Mayor Ida Marsh.', '2031-01-01')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('The desk wants a new photo of Mayor Ida Marsh.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('"former" the world file cannot confirm (her term is known only until 2030) is unconfirmed, never agreement', () => {
    expect(
      compare('At a press conference, former Mayor Ida Marsh spoke about the raid.', '2031-01-01'),
    ).toMatchObject({ outcome: 'unconfirmed', comparisons: [{ slot: 'role' }] });
  });

  it('"acting" is wrong for someone who held the post outright', () => {
    expect(
      compare('At a press conference, acting Mayor Ida Marsh spoke about the raid.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'role' }] });
  });
});

describe('compareSentence: when unsure, nothing', () => {
  it.each([
    ['no event linked', 'Revenue Service agents visited Kells on Thursday.'],
    ['a question', 'Did Revenue Service agents raid the warehouse on Thursday?'],
    ['reported, not asserted', 'Revenue Service agents allegedly raided the warehouse.'],
    ['a denied agency', 'Harbor Unit, not the Revenue Service, raided the warehouse.'],
    ['a day next to a relative word', 'The warehouse raided last week reopened next Thursday.'],
    ['an outcome only demanded', 'Critics want the two men detained in the raid to be deported.'],
  ])('%s', (_, sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('a local agency named for a place the record has, or one the world does not know, is not called another agency', () => {
    expect(compare('Port Alder Police Department officers raided the warehouse.')?.outcome).toBe(
      'unconfirmed',
    );
    // Named, but not as who did what (compare-doer.test.ts: as the raider it is wrong).
    expect(compare('Officers of the Oakvale Police Department watched the raid.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('a name the story holds anywhere is confirmed even where no event is linked; another is not', () => {
    expect(compare('In Port Alder, the mood was tense.')).toBeNull();
    expect(compare('In Kells, the mood was tense.')?.outcome).toBe('unconfirmed');
  });

  it('does not compare the end of a quote opened in the sentence before', () => {
    expect(
      compare('The warehouse was raided on Thursday,\u201D a neighbour said.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('an outcome the record neither states nor excludes is unconfirmed, not false', () => {
    expect(compare('Officers raided the warehouse and arrested the owner.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('a story without events compares nothing', () => {
    const bare = buildStoryRecord({ ...raidPack().stories[0]!, events: [] }, westmark());
    expect(
      compareSentence('Revenue Service agents raided the warehouse on Thursday.', bare, undefined),
    ).toBeNull();
  });
});

describe('compareSentence: an event named in the passive', () => {
  // A copy of the invented story where only "searched the warehouse" names the search (and "warehouse" alone nothing).
  it('"the warehouse was searched" names the event "searched the warehouse"', () => {
    const story = structuredClone(raidPack().stories[0]!);
    story.events!.find((e) => e.id === 'search')!.words = ['searched the warehouse'];
    story.events!.find((e) => e.id === 'raid')!.words = ['raid', 'raided'];
    const own = buildStoryRecord(story, westmark());
    expect(
      compareSentence('The warehouse was searched on Thursday.', own, '2024-06-20')?.comparisons,
    ).toContainEqual({ slot: 'weekday', page: 'Thursday', record: 'Tuesday 11 June 2024' });
    expect(
      compareSentence('The warehouse was later searched on Tuesday.', own, '2024-06-20')?.outcome,
    ).toBe('agrees');
  });
});

describe('compareSentence: a year in what someone said, about something the clause does not name', () => {
  it("is the speaker's history, not the date of their event: unconfirmed, never wrong", () => {
    expect(compare('Mayor Ida Marsh said the harbor ordinance was passed in 1958.')?.outcome).toBe(
      'unconfirmed',
    );
    // Named by the event's own words, it is the event's date.
    expect(compare('Mayor Ida Marsh said the warehouse was raided in 2019.')?.outcome).toBe(
      'discrepant',
    );
  });
});

describe('compareSentence: a post held only at other times', () => {
  it("is never green: unconfirmed, with the record's post", () => {
    const story = structuredClone(raidPack().stories[0]!);
    const marsh = story.entities!.find((e) => e.id === 'ida-marsh')!;
    marsh.roles = [
      ...(marsh.roles ?? []),
      { title: 'harbor commissioner', from: '2010-01-01', to: '2015-01-01' },
    ];
    const own = buildStoryRecord(story, westmark());
    expect(
      compareSentence('Harbor Commissioner Ida Marsh spoke at the briefing.', own, '2024-06-20'),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'role', page: 'Ida Marsh', record: 'Ida Marsh, harbor commissioner' }],
    });
    expect(
      compareSentence('Mayor Ida Marsh spoke at the briefing.', own, '2024-06-20')?.outcome,
    ).toBe('agrees');
  });
});
