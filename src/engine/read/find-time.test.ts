import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const of = (s: string, type: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === type)
    .map((m) => ({ text: m.text, ...m.value }));

describe('weekdays', () => {
  it('reads weekdays as 0 (Sunday) to 6', () => {
    expect(of('The stop happened on Monday.', 'weekday')).toEqual([{ text: 'Monday', day: 1 }]);
    expect(of('That Friday, he met the union.', 'weekday')).toEqual([{ text: 'Friday', day: 5 }]);
    expect(
      of('Sunday night was quiet; Saturday was not.', 'weekday').map(
        (w) => (w as { day: number }).day,
      ),
    ).toEqual([0, 6]);
  });
  it('not a plural or a lower-case word', () => {
    expect(of('They meet on Mondays.', 'weekday')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads full dates in either order, with the preposition', () => {
    expect(of('The stop happened on Monday, March 24, 2025.', 'date')).toEqual([
      { text: 'March 24, 2025', year: 2025, month: 3, day: 24 },
    ]);
    expect(of('When: the evening of Monday, 24 March 2025', 'date')).toEqual([
      { text: '24 March 2025', year: 2025, month: 3, day: 24 },
    ]);
    expect(of('It was filed on Sept. 3, 2024.', 'date')[0]).toMatchObject({
      year: 2024,
      month: 9,
      day: 3,
      relation: 'on',
    });
    expect(of('They had left by the 4th of July.', 'date')[0]).toMatchObject({ month: 7, day: 4 });
  });
  it('reads a day in words before "of" and a month, and counts nothing in it', () => {
    expect(of('The hearing was held on the twenty-second of June.', 'date')).toEqual([
      { text: 'twenty-second of June', month: 6, day: 22, relation: 'on' },
    ]);
    expect(of('They wed on the first of August 2019.', 'date')[0]).toMatchObject({
      year: 2019,
      month: 8,
      day: 1,
    });
    expect(of('The hearing was set for the twenty-second of June.', 'count')).toEqual([]);
    expect(of('He finished twenty-second in the race.', 'date')).toEqual([]);
    expect(of('She was the thirty-second of them to sign.', 'date')).toEqual([]);
  });
  it('reads a date without a year, a month with a year, and "the 24th"', () => {
    expect(of('He wrote on March 28 that he stood with them.', 'date')).toEqual([
      { text: 'March 28', month: 3, day: 28, relation: 'on' },
    ]);
    expect(of('It went to court in April 2025.', 'date')).toEqual([
      { text: 'April 2025', year: 2025, month: 4, relation: 'in' },
    ]);
    expect(of('All were made in mid-November 2016.', 'date')[0]).toMatchObject({
      year: 2016,
      month: 11,
      relation: 'in',
    });
    expect(of('The vote came on the 24th.', 'date')).toEqual([
      { text: '24th', day: 24, relation: 'on' },
    ]);
  });
  it('reads a year or a bare month only after a time preposition', () => {
    expect(of('It was proposed in 2017 by the mayor.', 'date')).toEqual([
      { text: '2017', year: 2017, relation: 'in' },
    ]);
    expect(of('Talks resumed in March.', 'date')).toEqual([
      { text: 'March', month: 3, relation: 'in' },
    ]);
  });
  describe('false friends', () => {
    it('"the 2024 election" is no date of the event', () => {
      expect(of('He won the 2024 election.', 'date')).toEqual([]);
      expect(of('He spoke after the 2016 presidential election.', 'date')).toEqual([]);
    });
    it('"March forward" and "May" are no dates', () => {
      expect(of('March forward, the chief said.', 'date')).toEqual([]);
      expect(of('May the officers return?', 'date')).toEqual([]);
      expect(of('Officers may march in protest.', 'date')).toEqual([]);
    });
    it('"the 24th Precinct" is no date', () => {
      expect(of('He works at the 24th precinct.', 'date')).toEqual([]);
    });
  });
});

describe('relative times', () => {
  it('reads the lexicon phrases', () => {
    expect(of('The union met this week.', 'relative-time')).toEqual([
      { text: 'this week', kind: 'this-week' },
    ]);
    expect(of('Earlier this year the city sued.', 'relative-time')[0]).toMatchObject({
      kind: 'this-year',
    });
    expect(of('He was released yesterday.', 'relative-time')[0]).toMatchObject({
      kind: 'yesterday',
    });
    expect(of('The paper reported it the next day.', 'relative-time')[0]).toMatchObject({
      kind: 'days-later',
      amount: 1,
    });
  });
  it('reads counted units with a direction, hedged or not', () => {
    expect(of('Two days after the stop, the mayor spoke.', 'relative-time')).toEqual([
      { text: 'Two days after', kind: 'days-later', amount: 2 },
    ]);
    expect(of('He visited about five weeks after the stop.', 'relative-time')[0]).toMatchObject({
      kind: 'weeks-later',
      amount: 5,
      approximate: true,
    });
    expect(of('The officers were back a week later.', 'relative-time')[0]).toMatchObject({
      kind: 'weeks-later',
      amount: 1,
    });
    expect(of('It opened three years ago.', 'relative-time')[0]).toMatchObject({
      kind: 'years-ago',
      amount: 3,
    });
    // "today" after "ago" is the point counted from, no time of its own.
    expect(of('The shop closed two weeks ago today.', 'relative-time')).toEqual([
      expect.objectContaining({ kind: 'weeks-ago', amount: 2 }),
    ]);
    expect(of('The shop closed a week ago yesterday.', 'relative-time')).toEqual([
      expect.objectContaining({ kind: 'days-ago', amount: 8 }),
    ]);
  });
  it('reads "since <year>"', () => {
    expect(of('The policy has stood since 2011.', 'relative-time')).toEqual([
      { text: 'since 2011', kind: 'since-year', amount: 2011 },
    ]);
  });
});

describe('times of day', () => {
  it('reads clock times in minutes after midnight, with the relation', () => {
    expect(of('The van was stopped around 5:30 p.m.', 'time-of-day')).toEqual([
      { text: '5:30 p.m.', minutes: 1050, relation: 'about' },
    ]);
    expect(of('Shortly after 6 p.m., dispatchers called.', 'time-of-day')).toEqual([
      { text: '6 p.m.', minutes: 1080, relation: 'after' },
    ]);
    expect(of('It began at 6 pm on Friday.', 'time-of-day')[0]).toMatchObject({
      minutes: 1080,
      relation: 'at',
    });
    expect(of('They left by 6pm.', 'time-of-day')[0]).toMatchObject({
      minutes: 1080,
      relation: 'by',
    });
    expect(of('The call came at 11:15 A.M. sharp.', 'time-of-day')[0]).toMatchObject({
      minutes: 675,
    });
    expect(of('It ended before 12 a.m.', 'time-of-day')[0]).toMatchObject({
      minutes: 0,
      relation: 'before',
    });
    expect(of('The shift starts at 17:30.', 'time-of-day')[0]).toMatchObject({ minutes: 1050 });
  });
  it('reads noon, midnight and parts of the day', () => {
    expect(of('They gathered around noon.', 'time-of-day')).toEqual([
      { text: 'noon', minutes: 720, relation: 'about' },
    ]);
    expect(of('That evening, the council met.', 'time-of-day')[0]).toMatchObject({
      part: 'evening',
    });
    expect(of('It was a Monday night.', 'time-of-day')[0]).toMatchObject({ part: 'night' });
    expect(of('He called in the morning.', 'time-of-day')[0]).toMatchObject({ part: 'morning' });
  });
  it('a number alone, or a part of the day without a lead, is no time', () => {
    expect(of('He has 6 cars.', 'time-of-day')).toEqual([]);
    expect(of('Evening classes were cancelled.', 'time-of-day')).toEqual([]);
    expect(of('The score was 5:30 by then.', 'time-of-day')).toEqual([]);
  });
});

describe('an offset of an hour, or half of one', () => {
  it('reads "an hour" as one hour, and its hedge', () => {
    expect(of('Roughly an hour later, dispatchers called.', 'relative-time')).toEqual([
      { text: 'an hour later', kind: 'hours-later', amount: 1, approximate: true },
    ]);
    expect(of('An hour after the stop, dispatchers called.', 'relative-time')[0]).toMatchObject({
      kind: 'hours-later',
      amount: 1,
    });
  });
  it('reads "half an hour" as half of one, never as a whole hour', () => {
    expect(of('About half an hour after the stop, dispatchers called.', 'relative-time')).toEqual([
      { text: 'half an hour after', kind: 'hours-later', amount: 0.5, approximate: true },
    ]);
    expect(
      of('Half a week later, they met.', 'relative-time').filter(
        (m) => (m as { amount?: number }).amount === 1 && m.text.includes('week'),
      ),
    ).toEqual([]);
  });
});
