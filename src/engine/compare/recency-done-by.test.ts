/**
 * An act dated only to its month, told as recent news by a page written long after, when the clause names who did it
 * (compare-recency.ts). Invented story (test-story.ts) with an added act: the Port Alder Harbor Board, a body read by
 * no mention, shelves a review in August 2024; the Harbor Unit (an agency) disbands its dog team the same month.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function withMonthActs() {
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  p.stories[0]!.entities.push({
    id: 'harbor-board',
    kind: 'organization',
    name: 'Port Alder Harbor Board',
  });
  p.stories[0]!.events.push(
    {
      id: 'review-shelved',
      label: 'The Harbor Board shelves its review',
      words: ['shelved'],
      date: '2024-08',
      participants: [{ role: 'acted', entities: ['harbor-board'] }],
      sources: ['ledger'],
      confidence: 'medium',
    },
    {
      id: 'team-disbanded',
      label: 'The Harbor Unit disbands its dog team',
      words: ['disbanded'],
      date: '2024-08',
      participants: [{ role: 'acted', entities: ['harbor-unit'] }],
      sources: ['ledger'],
      confidence: 'medium',
    },
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = withMonthActs();

describe("an act dated to its month, told as this week's news", () => {
  it('is an old story told as new when the page is from long after and the clause names the doer', () => {
    expect(
      compareSentence('The Harbor Board shelved its review this week.', record, '2025-05-02')
        ?.outcome,
    ).toBe('discrepant');
    expect(
      compareSentence('The Harbor Unit disbanded its dog team last week.', record, '2025-05-02')
        ?.outcome,
    ).toBe('discrepant');
    // A month's margin: "this week" in mid-October is past any day of August.
    expect(
      compareSentence('The Harbor Board shelved its review this week.', record, '2024-10-15')
        ?.outcome,
    ).toBe('discrepant');
  });
  it('says nothing on a page from about that month, or without the doer', () => {
    expect(
      compareSentence('The Harbor Board shelved its review this week.', record, '2024-08-20')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence('The Harbor Board shelved its review this week.', record, '2024-09-04')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence('The review was shelved this week.', record, '2025-05-02')?.outcome,
    ).not.toBe('discrepant');
  });
});
