/**
 * The story's original report named only as "the original", for when it came out. Invented story: the Alder Ledger's
 * original report is dated 11 June 2024 (test/fixtures/packs/valid/quay-street-raid.json); a second record gives it
 * only its month.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Json = Record<string, unknown> & {
  stories: (Record<string, unknown> & { originals: { date: string }[] })[];
};

function record(date: string) {
  const p = JSON.parse(JSON.stringify(raidPack())) as Json;
  p.stories[0]!.originals[0]!.date = date;
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const day = record('2024-06-11');
const month = record('2024-06');
const compare = (sentence: string, r = day) =>
  compareSentence(sentence, r, '2025-02-01', { pageYear: 2025 });

describe('"the original" and when it came out', () => {
  it("holds the date to the original report's recorded date", () => {
    expect(
      compare('The original was first published in March 2025, according to an archive.')?.outcome,
    ).toBe('discrepant');
    expect(compare('The original article ran on August 2, 2024.')?.outcome).toBe('discrepant');
    expect(compare('The original story came out in September 2024.', month)?.outcome).toBe(
      'discrepant',
    );
    expect(
      compare('The original was first published in March 2025.')?.comparisons[0]?.record,
    ).toContain('Alder Ledger');
    // After a short lead set off by a comma.
    expect(compare('As far as I can tell, the original went up on August 2, 2024.')?.outcome).toBe(
      'discrepant',
    );
  });

  it("agrees at the record's precision, and leaves other subjects, named outlets and points alone", () => {
    expect(compare('The original was first published in June 2024.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('The original article ran on June 12, 2024.')?.outcome).not.toBe('discrepant');
    expect(compare('The original story came out on June 27, 2024.', month)?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('The original was published a week after the vote in July 2024.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('An archived copy of the original was published in March 2025.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('The original was not published in March 2025.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('If the original went up on August 2, 2024, the archive would show it.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('As far as I can tell, the original went up on June 12, 2024.')?.outcome,
    ).not.toBe('discrepant');
  });
});
