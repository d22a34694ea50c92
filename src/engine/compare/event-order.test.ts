/**
 * The order of two of the story's events ("after the raid", "before the
 * funding vote"), against their recorded dates (invented story: the raid on
 * Tuesday 11 June 2024, Mayor Ida Marsh's briefing on Wednesday 12 June, the
 * funding vote on Tuesday 18 June).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('the order of two recorded events', () => {
  it('finds an event put after one the record has it before, with both dates', () => {
    const r = compare('Mayor Ida Marsh gave her briefing after the funding vote.');
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'date', page: 'after the funding vote', record: 'Wednesday 12 June 2024' },
      ],
    });
    expect(r?.explanation).toContain('Tuesday 18 June 2024');
    expect(
      compare('Mayor Ida Marsh held the briefing in response to the funding vote.')?.outcome,
    ).toBe('discrepant');
    expect(compare("Mayor Ida Marsh's briefing responded to the funding vote.")?.outcome).toBe(
      'discrepant',
    );
    // An actor between the point word and the event's words.
    expect(
      compare('Mayor Ida Marsh gave her briefing after the council had passed its funding vote.')
        ?.outcome,
    ).toBe('discrepant');
  });

  it('finds an event put before one the record has it after', () => {
    expect(compare('The funding vote came before the press conference.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees with the recorded order, and says nothing when the event named is the only one', () => {
    expect(compare('Mayor Ida Marsh gave her briefing after the raid.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Mayor Ida Marsh gave her briefing before the funding vote.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Everything changed after the funding vote.')?.outcome).not.toBe('discrepant');
  });

  it('leaves offsets to the offset readers and two events named as points alone', () => {
    // "a week after": counted by relative-time.ts, not read here as a bare order.
    expect(compare('The funding vote came a week after the raid.')?.outcome).not.toBe('discrepant');
    expect(
      compare('Officers were back at work after the raid and after the funding vote.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a cause the record has no event for', () => {
  it('keeps a clause that agrees otherwise from green: what it answered is not confirmed', () => {
    const r = compare('Mayor Ida Marsh gave her briefing in response to those complaints.');
    expect(r?.outcome).toBe('unconfirmed');
    expect(r?.comparisons).toContainEqual({
      slot: 'cause',
      page: 'in response to those complaints',
      record: '',
    });
    expect(r?.explanation).toContain('does not say what it answered');
    expect(compare('Mayor Ida Marsh gave her briefing in reaction to the protests.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('leaves a recorded cause, a bare time and a sentence with no linked event alone', () => {
    expect(compare('Mayor Ida Marsh gave her briefing in response to the raid.')?.outcome).toBe(
      'agrees',
    );
    // "after": a time, not a cause; an unrecorded time point is no claim of cause.
    expect(compare('Mayor Ida Marsh gave her briefing after lunch.')?.outcome).not.toBe(
      'unconfirmed',
    );
    expect(compare('Everything changed in response to those complaints.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a point word before what a source credited at the end said', () => {
  it('times what was said, not the saying', () => {
    for (const s of [
      'Before the raid, Harbor Unit officers had watched the warehouse on Quay Street for weeks, Mayor Ida Marsh said.',
      'Before the raid, officers had watched the warehouse for weeks, Mayor Ida Marsh told reporters.',
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
  });
  it('a saying the content itself tells of is still put in order', () => {
    expect(
      compare('Before the raid, Mayor Ida Marsh gave her briefing, officials said.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('Mayor Ida Marsh gave her briefing before the raid, her office said.')?.outcome,
    ).toBe('discrepant');
  });
});
