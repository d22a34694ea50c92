/**
 * A rule named as what was broken or kept is not the making of the rule (rule-broken.ts); another event named by a
 * form of its own words on the page's day leaves a date unsure (compare-values.ts); a town opening the sentence as
 * the subject of its own verb stands for its people. On the invented story, with the harbour code the council passed
 * in March 2019 (Order 12), and two reaffirmations of the harbour charter: a 2019 resolution and the 2024 proclamation.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { namedOnlyAsRule } from './rule-broken.ts';
import { raidRecordAdding } from './test-review.ts';

const base = { sources: ['ledger'], confidence: 'high' };
const story = raidRecordAdding({
  entities: [{ id: 'council', kind: 'organization', name: 'Port Alder Council' }],
  events: [
    {
      ...base,
      id: 'order-12',
      label: 'The council passes Order 12',
      words: ['order 12'],
      date: '2019-03',
      participants: [{ role: 'acted', entities: ['council'] }],
    },
    {
      ...base,
      id: 'charter-resolution',
      label: 'The council reaffirms the harbour charter by resolution',
      words: ['resolution', 'reaffirmed'],
      date: '2019-02-21',
      participants: [{ role: 'acted', entities: ['council'] }],
    },
    {
      ...base,
      id: 'charter-proclamation',
      label: 'The council signs a proclamation reaffirming the harbour charter',
      words: ['proclamation', 'reaffirm'],
      date: '2024-06-20',
      participants: [{ role: 'acted', entities: ['council'] }],
    },
  ],
});
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-25');

describe('namedOnlyAsRule', () => {
  it('is a rule after a verb of breaking or keeping it, not one whose making is told', () => {
    expect(namedOnlyAsRule('she said they broke city policy and order 12', ['order 12'])).toBe(
      true,
    );
    expect(namedOnlyAsRule('in violation of order 12', ['order 12'])).toBe(true);
    expect(namedOnlyAsRule('they complied with order 12, issued in 2019', ['order 12'])).toBe(
      false,
    );
    expect(
      namedOnlyAsRule('residents were placed under a boil-water advisory', ['boil-water advisory']),
    ).toBe(false);
    expect(namedOnlyAsRule('order 12 was passed in 2019', ['order 12'])).toBe(false);
    expect(namedOnlyAsRule('they broke ranks after order 12', ['order 12'])).toBe(false);
  });
});

describe('a rule named as what was broken', () => {
  it('does not link the clause to the rule\u2019s making: the day is the briefing\u2019s', () => {
    const r = compare('On Thursday, Mayor Ida Marsh said the officers had broken Order 12.');
    expect(r).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'weekday' }] });
    expect(r?.events).toEqual(['briefing']);
    expect(
      compare('On Wednesday, Mayor Ida Marsh said the officers had broken Order 12.')?.outcome,
    ).not.toBe('discrepant');
  });
  it('still compares the rule\u2019s own date where its making is told', () => {
    expect(compare('The officers said they complied with Order 12, issued in 2021.')).toMatchObject(
      {
        outcome: 'discrepant',
        comparisons: [{ slot: 'date', page: '2021' }],
      },
    );
  });
});

describe('a date that fits another event named by a form of its words', () => {
  it('is unsure, not wrong', () => {
    expect(
      compare('In February 2019 the council voted to reaffirm the harbour charter.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('In February 2018 the council voted to reaffirm the harbour charter.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date' }] });
    // Only the date's own clause: the other event named in the next one is not what the date is given to.
    expect(
      compare(
        'Mayor Ida Marsh held her press conference in February 2019, and the council reaffirmed the charter.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date' }] });
  });
});

describe('a town opening the sentence as the subject of its own verb', () => {
  it('stands for its people where the clause places the event by a recorded place', () => {
    expect(
      compare('Kells spent the week arguing about the raid on Quay Street in Port Alder.')?.outcome,
    ).not.toBe('discrepant');
    // A town owning something that is no place: whose it is, not where it happened.
    expect(compare("How the raid on Quay Street took over Kells's week.")?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare("Officers raided a warehouse on Kells's east side on June 11.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells' }],
    });
    expect(compare('In Kells, officers raided a warehouse on June 11.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells' }],
    });
  });
});
