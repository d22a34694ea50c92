import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const times = (s: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'time-of-day')
    .map((m) => ({ text: m.text, ...m.value }));

describe('clock times in words', () => {
  it('reads the hour with "o\'clock", ambiguous without a part of the day', () => {
    expect(times("The shop opened at nine o'clock.")).toEqual([
      { text: "nine o'clock", minutes: 540, relation: 'at', ambiguous: true },
    ]);
  });
  it('a figure put "at ten to twelve" by a verb of estimating is a range of a count, not a clock time', () => {
    expect(times('About ten officers came (the chief put it at ten to twelve).')).toEqual([]);
    expect(times('The call came at ten to six.')).toHaveLength(1);
  });

  it('a part of the day after the hour settles a.m. or p.m.', () => {
    expect(times("The call came at about nine o'clock at night.")).toEqual([
      { text: "nine o'clock at night", minutes: 1260, relation: 'about' },
    ]);
    expect(times('They phoned around 9 at night.')).toEqual([
      { text: '9 at night', minutes: 1260, relation: 'about' },
    ]);
    expect(times('The crew left at six in the evening.')[0]).toMatchObject({
      minutes: 1080,
      relation: 'at',
    });
    expect(times('He woke at seven in the morning.')[0]).toMatchObject({ minutes: 420 });
    expect(times('The alarm rang at two at night.')[0]).toMatchObject({ minutes: 120 });
  });
  it('a bare hour after a close hedge is a clock time, unless a noun follows', () => {
    expect(times('The call came a little after seven.')).toEqual([
      { text: 'seven', minutes: 420, relation: 'after', ambiguous: true },
    ]);
    expect(times('Shortly before five, the dispatchers phoned.')[0]).toMatchObject({
      text: 'five',
      minutes: 300,
      relation: 'before',
    });
    expect(times('Just after six the supervisor came.')[0]).toMatchObject({ minutes: 360 });
    expect(times('Shortly after seven officers arrived.')).toEqual([]);
    expect(times('It ended a little after two days of talks.')).toEqual([]);
    expect(times('The vote came after seven.')).toEqual([]);
  });
  it('reads fractions and minutes past or to the hour', () => {
    expect(times('The van was stopped at half past five.')[0]).toMatchObject({
      text: 'half past five',
      minutes: 330,
      ambiguous: true,
    });
    expect(times('They met at a quarter to six in the evening.')[0]).toMatchObject({
      text: 'a quarter to six in the evening',
      minutes: 1065,
    });
    expect(times('It started at quarter past eight.')[0]).toMatchObject({ minutes: 495 });
    expect(times('He arrived at twenty past eight that night.')[0]).toMatchObject({
      minutes: 1220,
    });
    expect(times('He arrived about ten to nine.')[0]).toMatchObject({
      minutes: 530,
      relation: 'about',
    });
  });
  it('a number alone, a range of a count or a vote is no clock time', () => {
    expect(times('The team of nine met at night.').filter((t) => 'minutes' in t)).toEqual([]);
    expect(times('About five to six officers waited.')).toEqual([]);
    expect(times('The council voted nine to three.')).toEqual([]);
    expect(times('Three in the morning raid were held.').filter((t) => 'minutes' in t)).toEqual([]);
    expect(times('He detained three in the morning.').filter((t) => 'minutes' in t)).toEqual([]);
  });
});
