/**
 * Another instance of a recurring kind of event ("a second briefing", "voted again", "another raid"): its day is
 * not the recorded instance's, and a day that differs is not wrong. Invented story: the raid on 11 June, the
 * mayor's briefing on 12 June, the council's funding vote on 18 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';
import { anotherInstance } from './another-instance.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const at = (sentence: string) => compareSentence(sentence, record, '2024-08-01')?.outcome;

describe('a clause marking another instance of a recurring event', () => {
  it('does not call its day wrong', () => {
    expect(at('On June 20, Mayor Ida Marsh gave a second press conference.')).not.toBe(
      'discrepant',
    );
    expect(at('The council held its funding vote again on July 2.')).not.toBe('discrepant');
    expect(at('Ida Marsh held another briefing on Friday, June 28.')).not.toBe('discrepant');
    expect(
      at('In July 2024 the council, in a later vote on funding, added money for the review.'),
    ).not.toBe('discrepant');
  });

  it('still compares the day of the recorded instance', () => {
    expect(at('On June 20, Mayor Ida Marsh gave a press conference.')).toBe('discrepant');
    expect(at('The council held its funding vote on July 2.')).toBe('discrepant');
    expect(at('Ida Marsh held a briefing on Friday, June 28.')).toBe('discrepant');
  });
});

describe('the marker', () => {
  const briefing = record.events.filter((e) => e.event.id === 'briefing');
  it('is not another instance when the recorded event carries it', () => {
    const second = briefing.map((e) => ({
      ...e,
      event: { ...e.event, label: 'The mayor\u2019s second briefing' },
    }));
    expect(anotherInstance('the mayor gave a second briefing on June 20', briefing)).toBe(true);
    expect(anotherInstance('the mayor gave a second briefing on June 20', second)).toBe(false);
    const refiled = briefing.map((e) => ({ ...e, words: ['refiled'] }));
    expect(anotherInstance('the city filed again on June 20', refiled)).toBe(false);
  });

  it('needs a recurring noun after an ordinal', () => {
    expect(anotherInstance('the second man was detained on June 20', briefing)).toBe(false);
    expect(anotherInstance('a new warehouse was searched', briefing)).toBe(false);
  });
});
