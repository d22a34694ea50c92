/**
 * Clauses a timeline, a list or a forum post writes without the words of a
 * plain report (test-story.ts): the present tense, a date heading the entry,
 * "it happened on" a street, and a person whose own event is another than the
 * one the clause's words name.
 */
import { describe, expect, it } from 'vitest';
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { readSentence } from '../read/read-sentence.ts';
import { clauseRole } from './clause-roles.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { outletStory, raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('the present tense of a timeline or live blog', () => {
  it('a doer in the present is compared with who acted, as in the past', () => {
    // The Dunmore police came to the raid; the Harbor Unit carried it out.
    expect(compare('The Dunmore Police Department raided the warehouse.')).toMatchObject({
      outcome: 'imprecise',
      comparisons: [{ slot: 'agency', record: 'Harbor Unit' }],
    });
    expect(compare('The Dunmore Police Department raids the warehouse.')).toMatchObject({
      outcome: 'imprecise',
      comparisons: [{ slot: 'agency', record: 'Harbor Unit' }],
    });
  });

  it('a present form after a determiner is a noun, no verb', () => {
    expect(
      compare('The Dunmore Police Department logs the raids at the warehouse.')?.outcome,
    ).not.toBe('imprecise');
  });

  it("an event's past-tense word in the present links the clause to it", () => {
    const story = outletStory();
    expect(
      compareSentence(
        'The council votes to review the Harbor Unit in May 2024.',
        story,
        '2024-07-10',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'date' }] });
    expect(
      compareSentence(
        'The council votes to review the Harbor Unit in July 2024.',
        story,
        '2024-07-10',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('travel in any tense says who came', () => {
  it.each([
    'The Dunmore Police Department flew its officers in.',
    'The Dunmore Police Department flies its officers in.',
    'The Dunmore Police Department travels to the port.',
  ])('%s', (sentence) => {
    const clause = readSentence(sentence, record.gazetteer)[0]!;
    expect(clauseRole(sentence, clause.start, clause.end, clause.mentions)).toMatchObject({
      role: 'came',
      doer: { type: 'agency' },
    });
  });
});

describe('a date heading a timeline entry gives the clause its day', () => {
  it.each([
    'June 14: Harbor Unit officers raid a warehouse on Quay Street',
    'June 14 \u2014 officers raided the warehouse',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: 'June 14' }],
    });
  });

  it('the right day agrees', () => {
    expect(
      compare('Tuesday, June 11: Harbor Unit officers raid a warehouse on Quay Street')?.outcome,
    ).toBe('agrees');
  });

  it("a press dateline's date, or the page's own date, dates the writing, not the event", () => {
    expect(
      compare(
        'PORT ALDER, June 14, 2024 \u2014 Harbor Unit officers raided a warehouse on Quay Street',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('June 20: Harbor Unit officers raided a warehouse on Quay Street')?.outcome,
    ).not.toBe('discrepant');
  });

  it('a weekday that is a word of a label gives no day ("Friday digest:")', () => {
    expect(compare('Friday digest: officers raided the warehouse')?.outcome).not.toBe('discrepant');
  });
});

describe('"it happened on" a street: the record\'s one scene on a street', () => {
  it.each(['It happened on Pike Street.', 'The whole thing took place over on Pike Street.'])(
    '%s',
    (sentence) => {
      expect(compare(sentence)).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'street', page: 'Pike Street', record: 'Quay Street' }],
      });
    },
  );

  it('the recorded street agrees', () => {
    expect(compare('It happened on Quay Street.')?.outcome).toBe('agrees');
  });

  it('another happening, or a street named with no verb of happening, is not the scene', () => {
    for (const s of [
      'Something similar happened on Pike Street.',
      'It happened on Pike Street last year.',
      'Ida Marsh lives on Pike Street.',
    ])
      expect(compare(s)?.outcome).not.toBe('discrepant');
  });

  it('with two scenes on streets, a street of one is that scene; a street of neither is wrong for both (happened-at.ts)', () => {
    const p = JSON.parse(JSON.stringify(pack)) as {
      stories: { entities: unknown[]; events: unknown[] }[];
    };
    p.stories[0]!.entities.push({ id: 'mill-lane', kind: 'street', name: 'Mill Lane' });
    p.stories[0]!.events.push({
      id: 'march',
      label: 'Traders march on Mill Lane',
      words: ['march'],
      date: '2024-06-15',
      places: ['mill-lane'],
      sources: ['ledger'],
      confidence: 'high',
    });
    const parsed = parsePack(p);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const two = buildStoryRecord(parsed.pack.stories[0]!, westmark());
    expect(compareSentence('It happened on Mill Lane.', two, '2024-06-20')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compareSentence('It happened on Pike Street.', two, '2024-06-20')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compareSentence('A crash happened on Pike Street.', two, '2024-06-20')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a person whose own event is another than the one the words name', () => {
  it("the clause may be about the person's event: a day of it is not wrong", () => {
    // The words name the raid (11 June); Ida Marsh took part only in the briefing (12 June).
    expect(compare('On June 12, Mayor Ida Marsh spoke outside the warehouse.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('a day of neither is still wrong', () => {
    expect(compare('On June 18, Mayor Ida Marsh spoke outside the warehouse.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date' }],
    });
  });

  it("a person after a preposition is no actor: the words' event stands", () => {
    expect(compare('On June 12, officers raided the warehouse named by Ida Marsh.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date' }],
    });
  });
});

describe('a round number in words, bare or hedged', () => {
  it('"a dozen" is not fourteen; "about a dozen" may be', () => {
    // The record has fourteen to sixteen officers at the raid.
    expect(compare('A dozen officers raided the warehouse.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'A dozen' }],
    });
    expect(compare('About a dozen officers raided the warehouse.')?.outcome).not.toBe('discrepant');
  });
});

describe('a day written with the event the clause names before its speech verb', () => {
  it("is the event's day, not a day of what was said", () => {
    // The briefing was on Wednesday; Marsh also spoke to the Alder Ledger on Thursday: the clause names the press conference,
    // but a day on which she spoke at another event is not sure enough to call wrong (it is wrong where she did not: speaker-subject.test.ts).
    const story = outletStory();
    expect(
      compareSentence(
        'Mayor Ida Marsh held a press conference on Thursday and said the officers acted lawfully.',
        story,
        '2024-06-20',
      ),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'weekday', page: 'Thursday' }],
    });
    expect(
      compareSentence(
        'Mayor Ida Marsh held a press conference on Friday and said the officers acted lawfully.',
        story,
        '2024-06-20',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'weekday', page: 'Friday' }] });
    expect(
      compareSentence(
        'Mayor Ida Marsh gave an interview on Thursday and said the officers acted lawfully.',
        story,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'Mayor Ida Marsh holds a press conference on Wednesday and says the officers acted lawfully.',
      )?.outcome,
    ).toBe('agrees');
  });

  it('a day after the speech verb may be what the speaker talked about', () => {
    expect(
      compare('At a press conference, Mayor Ida Marsh said the officers acted lawfully on Tuesday.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
