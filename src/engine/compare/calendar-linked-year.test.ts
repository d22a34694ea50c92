/**
 * A date written without a year, with its weekday, is tried in the years of the events its clause tells of (and the
 * page's year), not in the year of another event of the story that merely fits its month. Invented story: the raid on
 * Tuesday 11 June 2024 (test-story.ts), given here an older event dated only to June 2018.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function withOlderEvent() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push({
    id: 'unit-founded',
    label: 'The Harbor Unit is set up',
    words: ['set up', 'founded'],
    date: '2018-06',
    sources: ['ledger'],
    confidence: 'high',
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = withOlderEvent();
const compare = (sentence: string, pageYear?: number) =>
  compareSentence(sentence, record, undefined, { pageYear });

describe('a yearless date with its weekday, in a clause linked to an event', () => {
  it("takes the linked event's year, not an unrelated year of the story", () => {
    const r = compare('Harbor Unit officers raided the warehouse on Wednesday, June 11.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toBe('11 June 2024 was a Tuesday, not a Wednesday.');
  });

  it("a weekday right in the event's year is no calendar error: the day is weighed against the event", () => {
    const r = compare('Harbor Unit officers raided the warehouse on Monday, June 10.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.calendar).toBeUndefined();
    expect(r?.explanation).not.toMatch(/2018/);
  });

  it("says nothing against the right day, with or without the page's year", () => {
    expect(
      compare('Harbor Unit officers raided the warehouse on Tuesday, June 11.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Harbor Unit officers raided the warehouse on Tuesday, June 11.', 2024)?.outcome,
    ).not.toBe('discrepant');
  });
});
