/**
 * Readings a sixth red-team round found wrong, each fixed as a kind (wordings of our own): the two ends of a span of
 * days (date-range.ts), a condition told by inversion (inverted-conditional.ts), a passive outcome said of "it".
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const gaz = buildGazetteer([{ kind: 'agency', id: 'ice', names: ['ICE'] }]);
const dates = (s: string) =>
  readSentence(s, gaz).flatMap((c) =>
    c.mentions.flatMap((m) => (m.type === 'date' ? [`${m.text}:${m.value.relation ?? '-'}`] : [])),
  );
const stances = (s: string) => readSentence(s, gaz).map((c) => c.stance);
const outcomes = (s: string) =>
  readSentence(s, gaz).flatMap((c) =>
    c.mentions.flatMap((m) => (m.type === 'outcome' ? [m.value.kind] : [])),
  );

describe('a span of days told by its two ends', () => {
  it('marks the ends since and until, not a day of one event', () => {
    expect(dates('The hearings ran from June 3 to June 7, 2024.')).toEqual([
      'June 3:since',
      'June 7, 2024:until',
    ]);
    expect(dates('The talks were held between March 10 and March 12.')).toEqual([
      'March 10:since',
      'March 12:until',
    ]);
    expect(dates('Crews worked July 1 through July 4.')).toEqual(['July 1:since', 'July 4:until']);
    expect(dates('The fair ran from May 30, 2024, to June 2, 2024.')).toEqual([
      'May 30, 2024:since',
      'June 2, 2024:until',
    ]);
  });

  it('leaves single days and two days that are no span alone', () => {
    expect(dates('The hearing was on June 7, 2024.')).toEqual(['June 7, 2024:on']);
    expect(dates('ICE came on March 10 and March 12.')).toEqual(['March 10:on', 'March 12:-']);
  });
});

describe('a condition told by inversion', () => {
  it('makes the first clause conditional', () => {
    expect(
      stances(
        'Had the guards been fired, as the council asked, they would not have been at work on Monday.',
      )[0],
    ).toBe('conditional');
    expect(stances('Were the men released, the family could have met them.')[0]).toBe(
      'conditional',
    );
    expect(stances('Should the agents return, the owner might call the police.')[0]).toBe(
      'conditional',
    );
  });

  it('leaves a question, and a sentence with no modal after the comma, as they were', () => {
    expect(stances('Had the guards been fired?')).toEqual(['question']);
    expect(stances('Had the guards been fired, they were not told.')[0]).toBe('asserted');
    expect(stances('The guards were fired, and they would not return.')[0]).toBe('asserted');
  });
});

describe('a passive outcome said of "it"', () => {
  it('is a thing dismissed or released, not a person', () => {
    expect(outcomes('Months after the suit was filed, it was dismissed.')).toEqual([]);
    expect(outcomes('The statement came on Monday; it was released by the mayor.')).toEqual([]);
  });

  it('still reads the people it befell', () => {
    expect(outcomes('Two guards were dismissed.')).toEqual(['fired']);
    expect(outcomes('He was dismissed.')).toEqual(['fired']);
  });
});
