/**
 * Kinds the fifty-ninth blind batch and the last stop's open misses showed, kept as tests on the embedded stories. Each
 * is a general reading, written here in new words (none copies a blind page): true sentences that must not be flagged,
 * and errors found.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, lastFinding as last, ROCHESTER } from './test-story-opening.ts';

describe('never a false alarm', () => {
  it.each([
    // A visit on the record's day; a day after another verb; a visit to come.
    [ROCHESTER, '2025-05-02', 'Homan visited the Locust Club on Tuesday, April 29.'],
    [
      ROCHESTER,
      '2025-05-02',
      'Homan met the union leaders on Friday, March 28, and visited Rochester a month later.',
    ],
    [ROCHESTER, '2025-04-27', 'Homan plans to visit the Locust Club on Tuesday.'],
    // A body's statement given by the one who did speak for it.
    [CHIEFS, '2016-11-21', "Doug Schepman put out the Denver Police Department's statement."],
    [CHIEFS, '2016-11-21', "Chris Magnus issued the Tucson Police Department's statement."],
    // A term standing before a document's noun names the document, not the event.
    [ROCHESTER, '2025-03-31', 'Our briefing notes for Monday cover the traffic on Lyell Avenue.'],
    // An election of another level is another election.
    [
      CHIEFS,
      '2016-11-18',
      'Our site traffic peaked last Friday with the county election recount story.',
    ],
  ])('%#', (head, date, line) => {
    expect(last(head, date, line)?.verdict).not.toBe('discrepant');
  });
});

describe('errors of the same kinds are found', () => {
  it.each([
    // An invented visit put on the day of another event of the visitor's.
    [
      ROCHESTER,
      '2025-03-30',
      'Homan flew in on Friday to see the officers and later posted that help was coming.',
      'visit',
    ],
    [ROCHESTER, '2025-03-30', 'Homan toured Rochester on Friday and met the officers.', 'visit'],
    // A body's statement given to someone the record has giving another statement.
    [
      CHIEFS,
      '2016-11-21',
      "Tucson's chief Chris Magnus released the Denver Police Department's statement.",
      'Doug Schepman',
    ],
    // A time fronted before an aside, with titles after it.
    [
      ROCHESTER,
      '2026-02-10',
      'This week, as many of you will have read, the mayor and the chief faulted the officers at a news conference.',
      'recent',
    ],
    // A participle of saying with a subject of its own before the quote.
    [
      CHIEFS,
      '2016-11-21',
      'Magnus took it further, saying his department would not “engage in law enforcement activities solely based on somebody’s immigration status.”',
      'Beck',
    ],
  ])('%#', (head, date, line, why) => {
    const f = last(head, date, line);
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain(why);
  });
});
