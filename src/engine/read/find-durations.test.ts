import { describe, expect, it } from 'vitest';
import { durations } from './test-durations.ts';

describe('durations', () => {
  it('reads a duration as an adjective before the thing that lasted', () => {
    expect(durations('They attended a two-hour session on Friday.')).toEqual([
      { text: 'two-hour', min: 2, max: 2, unit: 'hours' },
    ]);
    expect(durations('Officers went back after a three-day training course.')[0]).toMatchObject({
      min: 3,
      max: 3,
      unit: 'days',
    });
    expect(durations('It was an hour-long meeting.')[0]).toMatchObject({
      min: 1,
      max: 1,
      unit: 'hours',
    });
    expect(durations('They held a 90-minute meeting.')[0]).toMatchObject({
      min: 90,
      unit: 'minutes',
    });
  });
  it('reads "a day or two" as one to two, and "take" as a lead', () => {
    expect(durations('They got a day or two of retraining.')).toEqual([
      { text: 'a day or two', min: 1, max: 2, unit: 'days', approximate: true },
    ]);
    expect(durations('They were off duty for an hour or two.')[0]).toMatchObject({
      text: 'for an hour or two',
      min: 1,
      max: 2,
      unit: 'hours',
    });
    expect(durations('The chief expects it to take about two weeks.')[0]).toMatchObject({
      min: 2,
      max: 2,
      unit: 'weeks',
      approximate: true,
    });
    expect(durations('Repairs will take three days.')[0]).toMatchObject({ min: 3, unit: 'days' });
    expect(durations('A day or two later they left.')).toEqual([]);
    expect(durations('It will take two officers.')).toEqual([]);
    expect(durations('The policies of the past two decades stand.')[0]).toMatchObject({
      text: 'of the past two decades',
      min: 20,
      unit: 'years',
      approximate: true,
    });
  });
  it('reads a duration after a lead, with its bounds', () => {
    expect(durations('The practice has held for more than twenty years.')).toEqual([
      { text: 'for more than twenty years', min: 20, unit: 'years' },
    ]);
    expect(durations('The meeting lasted about an hour.')).toEqual([
      { text: 'lasted about an hour', min: 1, max: 1, unit: 'hours', approximate: true },
    ]);
    expect(durations('They left after roughly three hours behind closed doors.')[0]).toMatchObject({
      min: 3,
      max: 3,
      unit: 'hours',
      approximate: true,
    });
    expect(durations('He served for less than two years.')[0]).toMatchObject({
      min: 0,
      max: 2,
      unit: 'years',
    });
    // "for" makes a unit before "before" or "after" how long (up to a time), not an offset.
    expect(durations('He spoke for an hour before the vote.')[0]).toMatchObject({
      text: 'for an hour',
      min: 1,
      max: 1,
      unit: 'hours',
    });
    expect(
      durations('They sat on desk duty for about a month before they got their cars back.')[0],
    ).toMatchObject({ text: 'for about a month', unit: 'months', approximate: true });
  });
  it('reads spans up to now: "over the past decade", "in the last two years"', () => {
    expect(durations('Crime fell over the past decade.')).toEqual([
      { text: 'over the past decade', min: 10, max: 10, unit: 'years', approximate: true },
    ]);
    expect(durations('Crime fell in the last two years.')[0]).toMatchObject({
      min: 2,
      max: 2,
      unit: 'years',
    });
    expect(durations('The rules were built up over roughly the past two years.')[0]).toMatchObject({
      text: 'over roughly the past two years',
      min: 2,
      max: 2,
      unit: 'years',
    });
  });
  it('reads "over" and "across" before a number and a unit: "built over twenty years"', () => {
    expect(durations('The rules were built over twenty years.')[0]).toMatchObject({
      text: 'over twenty years',
      min: 20,
      unit: 'years',
    });
    expect(durations('The talks stretched across three days.')[0]).toMatchObject({
      text: 'across three days',
      min: 3,
      max: 3,
      unit: 'days',
    });
    expect(durations('It was over two years ago.')).toEqual([]);
    expect(durations('The van was over 20 years old.')).toEqual([]);
    expect(durations('Over twenty officers came.')).toEqual([]);
    // Not after a noun or opening the sentence: the span is of something else.
    expect(
      durations('A city of sanctuaries over three decades, it sent them to desk duty.'),
    ).toEqual([]);
    expect(durations('Across three days, the chiefs spoke.')).toEqual([]);
  });
  it('a number and a unit alone, a relative time or an age is no duration', () => {
    expect(durations('Two days later, the mayor spoke.')).toEqual([]);
    expect(durations('It rained two hours ago.')).toEqual([]);
    expect(durations('A 10-year-old boy was there.')).toEqual([]);
    expect(durations('She won a four-year term.')).toEqual([]);
    expect(durations('Three days passed.')).toEqual([]);
    expect(durations('In the last days of his term, he spoke.')).toEqual([]);
  });
});
