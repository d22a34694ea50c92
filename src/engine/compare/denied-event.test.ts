/**
 * An event denied that the record has happening before the page's date, on the
 * invented story (test-story.ts) with one event added: the Harbor Unit appeals
 * the ruling on 2 July 2024.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push({
    id: 'appeal',
    label: 'The Harbor Unit appeals the ruling',
    words: ['appealed'],
    date: '2024-07-02',
    sources: ['ledger'],
    confidence: 'high',
    participants: [{ role: 'acted', entities: ['harbor-unit'] }],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const story = record();
const compare = (sentence: string, pageDate = '2024-08-01') =>
  compareSentence(sentence, story, pageDate);

describe('an event denied that the record has before the page', () => {
  it('is wrong when said of its doer, or in the passive of no one', () => {
    expect(compare('The Harbor Unit has not appealed the ruling.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'outcome',
          page: 'not appealed',
          record: 'The Harbor Unit appeals the ruling (2024-07-02)',
        },
      ],
    });
    expect(compare('The ruling has not been appealed.')?.outcome).toBe('discrepant');
    expect(compare("The Harbor Unit still hasn't appealed.")?.outcome).toBe('discrepant');
  });
  it('says nothing of a rule, a permission or a wish denied ("must not appeal", "may not appeal", "should never appeal")', () => {
    for (const s of [
      'Under the rules the Harbor Unit must not appeal such a ruling.',
      'The Harbor Unit may not appeal the ruling without the council.',
      'Critics say the Harbor Unit should never appeal.',
      'The Harbor Unit was told to not appeal.',
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
    expect(compare('The Harbor Unit has not appealed the ruling.')?.outcome).toBe('discrepant');
  });

  it('reads the word in its other forms ("did not appeal" for "appealed"; word-inflections.ts)', () => {
    expect(compare('The Harbor Unit did not appeal the ruling.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', page: 'not appeal' }],
    });
    expect(compare('The Harbor Unit is not appealing the ruling.')?.outcome).toBe('discrepant');
    expect(compare('The Harbor Unit did not appeal the ruling.', '2024-06-20')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Coast Watch did not appeal the ruling.')?.outcome).not.toBe('discrepant');
  });
  it('says nothing before the event, of someone else, of a further act, or when it is told in other words', () => {
    for (const [s, date] of [
      ['The Harbor Unit has not appealed the ruling.', '2024-06-20'],
      ['Coast Watch has not appealed the ruling.'],
      ['The Harbor Unit has not appealed again since July.'],
      ['Mayor Ida Marsh said the Harbor Unit would never have appealed.'],
      ['The Harbor Unit went back to court in July.'],
      ['The Harbor Unit challenged the ruling in July.'],
    ] as [string, string?][]) {
      expect(compare(s, date)?.outcome, s).not.toBe('discrepant');
    }
  });
});
