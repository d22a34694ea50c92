/** An age ("a 41-year-old man") against the age the record gives the person at the event (invented story: the warehouse owner, 41). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('an age of whom it names', () => {
  it('is wrong when it differs from the recorded age of that person', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse of a 52-year-old man.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: '52' }] });
    expect(
      compare('Harbor Unit officers raided the warehouse of a 52-year-old Port Alder man.')
        ?.outcome,
    ).toBe('discrepant');
  });
  it('agrees when it is that age, and says nothing of the age of someone else at the event', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse of a 41-year-old man.')?.outcome,
    ).toBe('agrees');
    expect(compare('A 29-year-old officer raided the warehouse.')?.outcome).not.toBe('discrepant');
    expect(compare('Harbor Unit officers spent 52 years raiding the warehouse.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('an age apposed to a definite role ("the owner, a 41-year-old who …")', () => {
  it("is that role's age, wrong when it differs, in the event the clause links", () => {
    expect(
      compare(
        'Harbor Unit officers raided the warehouse of the owner, a 52-year-old who lives nearby.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '52', record: '41 year-old owner' }],
    });
    expect(
      compare(
        'Harbor Unit officers raided the warehouse of the owner, a 41-year-old who lives nearby.',
      )?.outcome,
    ).toBe('agrees');
  });
  it('is compared with the one event that gives it when the clause links another that names its people', () => {
    expect(
      compare(
        'At her briefing, Mayor Ida Marsh said the owner, a 52-year-old who had run it for years, was away when Harbor Unit officers came.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '52', record: '41 year-old owner' }],
    });
    expect(
      compare(
        'At her briefing, Mayor Ida Marsh said the owner, a 41-year-old who had run it for years, was away when Harbor Unit officers came.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'At her briefing, Mayor Ida Marsh said the 52-year-old owner was away when Harbor Unit officers came.',
      )?.outcome,
    ).toBe('discrepant');
  });
  it('is set off by dashes as by commas, the aside read with the predicate after it', () => {
    expect(
      compare(
        'The owner \u2014 a 52-year-old who had run it for years \u2014 was away when Harbor Unit officers raided the warehouse.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '52', record: '41 year-old owner' }],
    });
    expect(
      compare(
        'The owner -- a 52-year-old who had run it for years -- was away when Harbor Unit officers raided the warehouse.',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      compare(
        'At her briefing, Mayor Ida Marsh said the owner \u2014 a 52-year-old who had run it for years \u2014 was away when Harbor Unit officers came.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '52', record: '41 year-old owner' }],
    });
    expect(
      compare(
        'The owner \u2014 a 41-year-old who had run it for years \u2014 was away when Harbor Unit officers raided the warehouse.',
      )?.outcome,
    ).toBe('agrees');
    expect(
      compare(
        'At her briefing, Mayor Ida Marsh said the owner \u2014 a 41-year-old who had run it for years \u2014 was away when Harbor Unit officers came.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
  it('is never discrepant without a definite head the record gives an age to', () => {
    expect(
      compare('Harbor Unit officers raided the warehouse of a 52-year-old who lives nearby.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'Harbor Unit officers raided the warehouse, watched by a neighbour, a 52-year-old who lives nearby.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Harbor Unit officers raided the warehouse of the owner, a man in his forties.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'At her briefing, Mayor Ida Marsh, a 52-year-old who grew up in Port Alder, spoke about the raid.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
