/**
 * A recorded act told as news of the page's own days, on a page dated long after the record's last event: never
 * green (recent-beyond-record.ts, analyze.ts). The embedded pack: Mayor Evans and Chief Smith said on 26 March 2025
 * that the officers broke policy (sources.md B18); the record's account of the story runs to December 2025 (B33).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { recentBeyondRecord } from './recent-beyond-record.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
const verdictOf = (line: string, date: string) =>
  analyzeText(`${head}\n${line}`, index, { today: date, published: date }).findings.find((f) =>
    f.text.includes(line.slice(0, 20)),
  )?.verdict;

describe('a recorded act told as recent, after the record ends', () => {
  it('reads the deictic time against the last recorded day', () => {
    const dates = ['2025-03-24', '2025-04-29', '2025-12'];
    expect(recentBeyondRecord('This week, the mayor spoke.', dates, '2026-07-21')).toEqual({
      page: 'This week',
      last: 'in December 2025',
    });
    expect(recentBeyondRecord('This week, the mayor spoke.', dates, '2025-12-20')).toBeNull();
    expect(recentBeyondRecord('Yesterday the mayor spoke.', dates, '2026-01-20')).not.toBeNull();
    expect(recentBeyondRecord('The mayor spoke.', dates, '2026-07-21')).toBeNull();
  });

  it('a look back, the page\u2019s own doings or a date of the act are left to the rest', () => {
    const dates = ['2025-03-24'];
    for (const s of [
      'It was a year ago this week that agents stopped a van.',
      "This week's reading is a roundup of the story.",
      'This week marks the anniversary of the stop.',
      'This week, we look at what happened in March 2025.',
    ])
      expect(recentBeyondRecord(s, dates, '2026-07-21')).toBeNull();
  });

  it('is never green on a page long after, and stays green on a page of the story\u2019s days', () => {
    const said =
      'This week, Mayor Malik Evans said officers violated the city\u2019s sanctuary policy.';
    expect(verdictOf(said, '2026-07-21')).toBe('unverified');
    expect(verdictOf(said, '2025-03-27')).toBe('consistent');
    expect(
      verdictOf('Yesterday the mayor said his officers broke the sanctuary policy.', '2026-07-21'),
    ).toBe('unverified');
  });
});
