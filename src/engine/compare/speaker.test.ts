/**
 * The speaker's own event, on the invented story (test-story.ts) with two
 * more events: the Alder Ledger's report (Thursday 13 June 2024) and a
 * council hearing where Mayor Ida Marsh spoke (Tuesday 9 July 2024). A day
 * of the speaking must be one of the speaker's events once the speaker takes
 * part in an event the clause is linked to; an unknown speaker keeps the
 * tolerant fallback.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { MARSH_AT_HEARING, raidRecordWith } from './test-raid-record.ts';

const record = raidRecordWith(
  [
    {
      id: 'ledger-report',
      label: 'The Alder Ledger reports the raid',
      words: ['alder ledger'],
      date: '2024-06-13',
      participants: [{ role: 'reported', entities: ['alder-ledger'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
    MARSH_AT_HEARING,
  ],
  [{ id: 'alder-ledger', kind: 'outlet', name: 'Alder Ledger', world: 'alder-ledger' }],
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');
const quoteEvent = (date: string) => ({
  ...record.events.find((e) => e.event.id === 'briefing')!,
  event: { ...record.events.find((e) => e.event.id === 'briefing')!.event, id: 'quote-x', date },
});

describe("the speaker's own event", () => {
  it("a date of the speaking that fits none of the speaker's events is wrong, though another event of the story has it", () => {
    // 11 June is the raid's date, not one Mayor Marsh spoke on.
    expect(
      compare(
        'Mayor Ida Marsh said at a press conference on June 11, 2024 that the men were questioned.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: 'June 11, 2024' }],
    });
    // Thursday is the Ledger's day, not the mayor's.
    expect(
      compare(
        'Mayor Ida Marsh said at a press conference on Thursday that the men were questioned.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
    expect(
      compare('At the press conference, Mayor Ida Marsh spoke to reporters on June 13, 2024.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date' }] });
    expect(compare('On Thursday, the Alder Ledger reported the raid.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('On Tuesday, the Alder Ledger reported what the mayor said.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Tuesday' }],
    });
  });

  it('"spoke to" and "reported" name the speaker too, not only the speech verbs', () => {
    expect(
      compare('Mayor Ida Marsh spoke to the Harbor Herald at a press conference on Thursday.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
  });

  it("a day of another of the speaker's events is only unconfirmed", () => {
    expect(compare('Mayor Ida Marsh spoke at a press conference on July 9, 2024.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('the speaker of a recorded quote, named by a title only', () => {
    const fixed = [quoteEvent('2024-06-12')];
    expect(
      compareSentence(
        '\u201CThe raid was lawful,\u201D the mayor said on Thursday.',
        record,
        '2024-07-20',
        { events: fixed },
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
    expect(
      compareSentence(
        '\u201CThe raid was lawful,\u201D the mayor said on Tuesday.',
        record,
        '2024-07-20',
        { events: fixed },
      )?.outcome,
    ).toBe('unconfirmed');
    expect(
      compareSentence(
        '\u201CThe raid was lawful,\u201D the mayor said on Wednesday.',
        record,
        '2024-07-20',
        { events: fixed },
      )?.outcome,
    ).toBe('agrees');
  });

  it("a day inside what was said is not the speaking's", () => {
    expect(
      compare('Mayor Ida Marsh said at a press conference that officers would return on Thursday.')
        ?.outcome,
    ).toBe('unconfirmed');
    expect(
      compare(
        'At a press conference, Mayor Ida Marsh said the warehouse owner was questioned on Thursday.',
      )?.outcome,
    ).toBe('unconfirmed');
  });

  it('an unknown speaker, or one who takes no part in a linked event, keeps the tolerant fallback', () => {
    expect(
      compare('A neighbour said at a press conference on Thursday that officers were calm.')
        ?.outcome,
    ).toBe('unconfirmed');
    // Neither the date nor the outlet is called wrong: a report may come days later, and outlets re-report (outlet-credit.test.ts).
    expect(
      compare('The Harbor Herald reported the press conference on June 13, 2024.')?.outcome,
    ).toBe('unconfirmed');
  });
});
