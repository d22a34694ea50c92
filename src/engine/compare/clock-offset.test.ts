/**
 * An offset in hours between two recorded events, against the clock times the record gives them (clock-offset.ts).
 * Invented story: the raid at about 6 a.m. on Tuesday 11 June 2024 (test-story.ts); here the dog handlers' search of
 * the same morning is given a time, about 6:40 a.m.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { offsetFromBefore } from './offset-from-before.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function withSearchTime(time?: string, timeEnd?: string) {
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { events: { id: string; time?: string; timeEnd?: string }[] }[];
  };
  const search = p.stories[0]!.events.find((e) => e.id === 'search')!;
  if (time) search.time = time;
  if (timeEnd) search.timeEnd = timeEnd;
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const timed = withSearchTime('06:40');
const untimed = withSearchTime();

describe('an offset in hours between two timed events', () => {
  it("is wrong when the record's times are far closer", () => {
    const r = compareSentence(
      'Dog handlers searched the building about five hours after the raid.',
      timed,
      '2024-06-20',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toMatchObject({ slot: 'time', record: '40 minutes later' });
    expect(
      compareSentence(
        'Dog handlers searched the building two hours before the raid.',
        timed,
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
  });

  it("is no error when it fits the record's times, give or take", () => {
    expect(
      compareSentence(
        'Dog handlers searched the building about an hour after the raid.',
        timed,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence(
        'Dog handlers searched the building an hour after the raid.',
        timed,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('says nothing when the record gives one of the two no time', () => {
    expect(
      compareSentence(
        'Dog handlers searched the building about five hours after the raid.',
        untimed,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a span said to pass, or an offset, opening a sentence and counted from the sentence before', () => {
  const ev = (id: string) => timed.events.filter((e) => e.event.id === id);
  const from = (sentence: string, first = 'raid', then = 'search') =>
    offsetFromBefore(sentence, ev(first), ev(then), timed);
  it("is wrong when the record's clock times are far closer", () => {
    expect(
      from('Some four hours went by before dog handlers searched the building.')?.outcome,
    ).toBe('discrepant');
    expect(from('Three hours later, dog handlers searched the building.')?.outcome).toBe(
      'discrepant',
    );
    // Hedged: "About three hours later, …".
    expect(from('About three hours later, dog handlers searched the building.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      from('Then roughly four hours later, dog handlers searched the building.')?.outcome,
    ).toBe('discrepant');
  });
  it('agrees, or says nothing, when the span fits', () => {
    expect(from('About an hour passed before dog handlers searched the building.')).toBeNull();
    expect(from('An hour later, dog handlers searched the building.')).toBeNull();
    expect(from('About an hour later, dog handlers searched the building.')).toBeNull();
  });
  it('a span in days is weighed against the days between the events', () => {
    expect(
      from('Eight days passed before the mayor gave her briefing.', 'raid', 'briefing')?.outcome,
    ).toBe('discrepant');
    expect(from('A day passed before the mayor gave her briefing.', 'raid', 'briefing')).toBeNull();
  });
});

describe('an hour, hedged or not, against a gap of minutes', () => {
  const soon = withSearchTime('06:20');
  const lasting = withSearchTime('06:20', '07:10');
  const ev = (record: typeof soon, id: string) => record.events.filter((e) => e.event.id === id);
  const from = (record: typeof soon, sentence: string) =>
    offsetFromBefore(sentence, ev(record, 'raid'), ev(record, 'search'), record);
  it('"an hour" is read as one hour, and a hedged hour is no twenty minutes', () => {
    expect(from(soon, 'Roughly an hour later, dog handlers searched the building.')?.outcome).toBe(
      'discrepant',
    );
    expect(from(soon, 'An hour later, dog handlers searched the building.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compareSentence(
        'Dog handlers searched the building about an hour after the raid.',
        soon,
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
  });
  it('counts to when the later event began, not to its end', () => {
    expect(from(lasting, 'About an hour later, dog handlers searched the building.')?.outcome).toBe(
      'discrepant',
    );
  });
  it('"half an hour" is half of one', () => {
    expect(from(soon, 'About half an hour later, dog handlers searched the building.')).toBeNull();
    expect(
      compareSentence(
        'Dog handlers searched the building about half an hour after the raid.',
        soon,
        '2024-06-20',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
