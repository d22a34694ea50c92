/**
 * What the record says beyond who did what, on the invented story
 * (test-story.ts, pack 0.7.1 fields): Mayor Ida Marsh was `absent` from the
 * raid, and only two of the Dunmore Police Department's officers came to it
 * (a participant's `part`); the raid's two men were still held (not released) through June 2024
 * (`instead`, `through`); the warehouse foreman had been arrested once before
 * (`priors`); the council's funding vote was 7-0 (`vote`). Each is found from
 * the data alone, and when the words are unsure nothing is said.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { priorAct, voteIn } from './record-extent.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate: string | null = '2024-06-20') =>
  compareSentence(sentence, record, pageDate ?? undefined);

describe('absent: a person the record says was not there', () => {
  it.each([
    ['Mayor Ida Marsh attended the raid on the warehouse.', 'Ida Marsh'],
    ['Mayor Ida Marsh and her aides were at the raid on Quay Street.', 'Ida Marsh'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'person',
          page: expect.stringContaining(page) as string,
          record: 'Mayor Ida Marsh was not at the raid; she spoke about it the next day.',
        },
      ],
    });
  });

  it('a bare title for the one holder of the office that day is the same person', () => {
    expect(compare('The mayor attended the raid on the warehouse.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'person',
          page: 'mayor',
          record: 'Mayor Ida Marsh was not at the raid; she spoke about it the next day.',
        },
      ],
    });
    // Another town's mayor is no one the record has absent.
    expect(
      compare('The Kells mayor attended the raid on the warehouse.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'person' }));
  });

  it.each([
    // Denied, or only speaking of it.
    'Mayor Ida Marsh did not attend the raid.',
    'Mayor Ida Marsh said the raid on the warehouse was lawful.',
    // Another event of hers, named beside the raid.
    'At a press conference, Mayor Ida Marsh spoke about the raid.',
    // A meeting like it, not the one the record has her miss.
    'Mayor Ida Marsh was present when two men were detained in Kells.',
    // The act as the time of something else she did.
    'During the raid, Mayor Ida Marsh watched the warehouse from her office.',
  ])('says nothing of her presence: %s', (sentence) => {
    expect(compare(sentence)?.comparisons ?? []).not.toContainEqual(
      expect.objectContaining({ slot: 'person' }),
    );
  });
});

describe("absent: the clause's weekday picks among events with the act", () => {
  const pack = raidPack();
  const story = pack.stories[0]!;
  const base = {
    words: ['inspection'],
    sources: ['ledger'],
    confidence: 'high' as const,
    outcomes: [{ kind: 'visited' as const }],
  };
  story.events!.push(
    {
      ...base,
      id: 'inspection-monday',
      label: 'Inspectors visit the warehouse without the mayor',
      date: '2024-06-17',
      absent: [
        { entities: ['ida-marsh'], explanation: 'The mayor was not at the first inspection.' },
      ],
    },
    {
      ...base,
      id: 'inspection-tuesday',
      label: 'The mayor joins the second inspection',
      date: '2024-06-18',
      participants: [{ role: 'came', entities: ['ida-marsh'] }],
    },
  );
  const two = buildStoryRecord(story, westmark());
  const compareTwo = (sentence: string) => compareSentence(sentence, two, '2024-06-20');

  it('on the day of the event she missed, a conflict; on the day she came, or with no day, nothing', () => {
    expect(compareTwo('Mayor Ida Marsh attended the inspection on Monday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', record: 'The mayor was not at the first inspection.' }],
    });
    expect(
      compareTwo('Mayor Ida Marsh attended the inspection on Tuesday.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'person' }));
    expect(
      compareTwo('Mayor Ida Marsh attended the inspection.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'person' }));
  });
});

describe('absent: the one met named after others met ("met with A and with B"), and acts that put no one there', () => {
  const pack = raidPack();
  const story = pack.stories[0]!;
  story.entities!.push({
    id: 'ned-vale',
    kind: 'person',
    name: 'Ned Vale',
    role: 'Harbor Unit inspector',
  });
  story.events!.push({
    id: 'guild-talks',
    label: 'Harbor Unit officers meet the Quay Traders Guild without the mayor',
    words: ['talks'],
    date: '2024-06-17',
    sources: ['ledger'],
    confidence: 'high',
    outcomes: [{ kind: 'met' }],
    participants: [
      { role: 'came', entities: ['ned-vale'] },
      { role: 'present', entities: ['traders-guild'] },
    ],
    absent: [
      { entities: ['ida-marsh'], explanation: 'The mayor was not at the talks with the guild.' },
    ],
  });
  const withTalks = buildStoryRecord(story, westmark());
  const person = (sentence: string) =>
    (compareSentence(sentence, withTalks, '2024-06-20')?.comparisons ?? []).filter(
      (c) => c.slot === 'person',
    );

  it('is a conflict when she is the last of those met, or met behind closed doors', () => {
    expect(
      person(
        'On Monday 17 June Ned Vale met with the Quay Traders Guild and with Mayor Ida Marsh.',
      ),
    ).toMatchObject([{ page: 'Ida Marsh' }]);
    expect(
      person(
        'On Monday 17 June Ned Vale spent an hour behind closed doors with guild members and Mayor Ida Marsh.',
      ),
    ).toMatchObject([{ page: 'Ida Marsh' }]);
  });

  it('is nothing when the act done to her puts her nowhere ("praised"), or a verb of its own stands between', () => {
    expect(
      person(
        'On Monday 17 June Ned Vale met with the Quay Traders Guild and praised Mayor Ida Marsh.',
      ),
    ).toEqual([]);
    expect(
      person(
        'On Monday 17 June Ned Vale met with the Quay Traders Guild and thanked Mayor Ida Marsh.',
      ),
    ).toEqual([]);
  });
});

describe('negatives ruled out by what happened instead, up to a day', () => {
  it('an outcome the record rules out is a conflict while the page speaks of a time its account covers', () => {
    expect(
      compare('The two men were detained in the raid and released the same day.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'outcome',
          page: 'released',
          record: 'detained: The two men were still held for questioning at the end of June 2024.',
        },
      ],
    });
  });

  it('is unconfirmed, never a conflict, after that day or with no date to speak from', () => {
    expect(
      compare('The two men were detained in the raid and later released.', '2025-03-01')?.outcome,
    ).toBe('unconfirmed');
    expect(
      compare('The two men were detained in the raid and later released.', null)?.outcome,
    ).toBe('unconfirmed');
  });

  it("the clause's own date decides before the page's", () => {
    expect(
      compare('The two men were detained in the raid and released on June 12, 2024.', null)
        ?.outcome,
    ).toBe('discrepant');
  });

  it('a noun of the outcome says what is pending as well as what was done: unconfirmed, never a conflict', () => {
    expect(compare('The two men detained in the raid are awaiting release.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('a noun of the outcome ("releases") names no event of its own', () => {
    expect(compare('Critics talked about releases of detainees on Friday.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe("priors: a person's prior events, counted", () => {
  it.each([
    ['The warehouse foreman had already been arrested twice.', 'arrested twice'],
    [
      'The foreman, who works for the owner, had been arrested three times before.',
      'arrested three times',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'count',
          page,
          record: 'the warehouse foreman had been arrested once before, in 2021',
        },
      ],
    });
  });

  it.each([
    'The warehouse foreman had been arrested once before.',
    'The foreman had previously been arrested.',
  ])('agrees: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('agrees');
  });

  it("a prior event is no outcome of the event: it links nothing and its year is not the raid's", () => {
    expect(
      priorAct('He had been arrested twice.', {
        type: 'outcome',
        text: 'arrested',
        start: 12,
        end: 20,
        negated: false,
        value: { kind: 'arrested' },
      }),
    ).toBe(true);
    expect(compare('A dock worker had been arrested once before, in 2019.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('vote: how the vote went', () => {
  it.each([
    ['The council approved the funding on a narrow 4-3 vote.', '4-3 vote'],
    ['The funding passed by a vote of 5 to 2.', 'vote of 5 to 2'],
    ['The funding was approved in a split decision.', 'split decision'],
    ['The funding squeaked through on a four-to-three vote.', 'four-to-three vote'],
  ])('%s', (sentence, page) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons[0]).toMatchObject({
      slot: 'vote',
      record: 'the council voted 7-0, unanimously',
    });
    expect(result?.comparisons[0]?.page).toContain(page.split(' ')[0]);
  });

  it.each(['The council approved the funding unanimously.', 'The funding passed on a 7-0 vote.'])(
    'agrees: %s',
    (sentence) => {
      expect(compare(sentence)?.outcome).toBe('agrees');
    },
  );

  it('a vote in a clause about another event is not compared', () => {
    expect(
      compare('Officers raided the warehouse after a 4-3 vote.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'vote' }));
  });

  it('reads tallies, unanimity and narrow votes', () => {
    expect(voteIn('on a narrow 5-4 vote')).toMatchObject({ for: 5, against: 4 });
    expect(voteIn('voted nine to zero')).toMatchObject({ for: 9, against: 0 });
    expect(voteIn('passed unanimously')).toMatchObject({ against: 0 });
    expect(voteIn('a narrowly passed measure')).toMatchObject({ split: true });
    expect(voteIn('the 2024-25 budget')).toBeNull();
  });
});

describe('part: the whole body where the record has part of it there', () => {
  it.each([
    [
      'Every member of the Dunmore Police Department came to the raid.',
      'Every member of the Dunmore Police Department',
    ],
    [
      'The entire Dunmore Police Department showed up for the raid on Quay Street.',
      'entire Dunmore Police Department',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'participants',
          page: expect.stringContaining(page) as string,
          record: 'two of its officers',
        },
      ],
    });
  });

  it.each([
    'Two officers of the Dunmore Police Department came to the raid.',
    'Not every member of the Dunmore Police Department came to the raid.',
    'Every member of the Harbor Unit took part in the raid.',
  ])("says nothing of the body's extent: %s", (sentence) => {
    expect(compare(sentence)?.comparisons ?? []).not.toContainEqual(
      expect.objectContaining({ slot: 'participants' }),
    );
  });
});
