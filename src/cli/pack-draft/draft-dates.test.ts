/**
 * Drafted days: a day that bounds a stretch of time ("suspended … through Friday, May 22") dates no event, and a post
 * is held from the first day of the report's month when an event of that month has no day stated. A made-up report;
 * none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { draftedVanPack, vanCrashReport } from './test-van-crash.ts';

const original = vanCrashReport(
  'Transit Director Lise Marrow said at a 4 p.m. news conference that she had pulled all vans from the Ostrander route through Friday, May 22, while the agency reviews its stops.',
  'Board President Hal Denning told the Gazette that the board would review the crash at its meeting on Monday, May 18.',
);

describe("pack draft: days that are bounds, and posts held in the report's month", () => {
  const story = draftedVanPack(original).stories[0]!;
  const events = story.events ?? [];

  it('dates no event by the end of a stretch ("through Friday, May 22"), in this year or the one before', () => {
    for (const e of events) {
      expect(e.date).not.toBe('2026-05-22');
      expect(e.date).not.toBe('2025-05-22');
    }
    const conference = events.find((e) => e.words.includes('news conference'));
    expect(conference?.date).toBe('2026-05');
    expect(story.timeContext.start).toBe('2026-05-12');
  });

  it('holds a post with its body from the first day of the month an undated event of the report falls in', () => {
    const denning = (story.entities ?? []).find((e) => e.name === 'Hal Denning');
    const held = (denning?.roles ?? []).find((r) => r.office);
    expect(held?.from).toBe('2026-05-01');
  });
});
