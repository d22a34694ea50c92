/**
 * Errors of time and sequence, with the pack that ships with Sourcelight (page texts written for these tests):
 * words counted from the page beside a word that names the story's era; an interval stressed by "full" between two
 * recorded statements, the second named by its town's chief "weighing in"; an offset in a sentence's main clause
 * counted from the recorded quote the sentence before gave; a year given when a town's police said it.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { embeddedIndex } from './test-embedded-page.ts';

const index = indexPacks([loadEmbeddedPack()]);

const CHIEFS = [
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times, "We are not going to work in conjunction with Homeland Security on deportation efforts."',
  'Tucson Police Chief Chris Magnus said the policies are "not changing."',
  'The Denver Police Department said "Immigration enforcement is handled at the federal level — not by local law enforcement."',
];

const verdictOf = (blocks: readonly string[], sentence: string, published: string) =>
  analyzeText([...blocks, sentence].join('\n'), index, { published }).findings.find(
    (f) => f.text === sentence,
  )?.verdict ?? null;

describe("words counted from the page beside a word naming the story's era", () => {
  const sentence =
    "This month, police chiefs in several sanctuary cities have gone on record saying their departments won't help President-elect Trump with deportations.";

  it('are an old story told as recent on a page dated long after', () => {
    expect(verdictOf(CHIEFS, sentence, '2019-04-08')).toBe('discrepant');
  });

  it("are the page's honest now on a page of the story's days, and an anniversary counted back by years is no claim of now", () => {
    expect(verdictOf(CHIEFS, sentence, '2016-11-18')).not.toBe('discrepant');
    expect(
      verdictOf(
        CHIEFS,
        'Ten years ago this month, in the days after the election, police chiefs in several sanctuary cities broke with the president-elect on immigration.',
        '2026-11-14',
      ),
    ).not.toBe('discrepant');
    // With no word of the era beside it, the years alone place the story.
    expect(
      verdictOf(
        CHIEFS,
        'Eight years ago this month, with Trump newly elected, a round-up of police chiefs on immigration ran on a police trade site.',
        '2024-11-15',
      ),
    ).not.toBe('discrepant');
  });
});

describe('an election in the days the words allow', () => {
  // Elections are the world file's.
  const withWorld = embeddedIndex();
  const verdictOf = (blocks: readonly string[], sentence: string, published: string) =>
    analyzeText([...blocks, sentence].join('\n'), withWorld, { published }).findings.find(
      (f) => f.text === sentence,
    )?.verdict ?? null;
  it('may be a later one of the world file: "the election talk this month" on a page of its month is no old story', () => {
    expect(
      verdictOf(
        CHIEFS,
        'With the election talk at the tables this month, a member dug out an old article and asked about it.',
        '2024-11-15',
      ),
    ).not.toBe('discrepant');
  });
  it('while on a page of a month with no election it is', () => {
    expect(
      verdictOf(
        CHIEFS,
        'This month, after the election, police chiefs in several sanctuary cities said they would not help with deportations.',
        '2019-04-08',
      ),
    ).toBe('discrepant');
  });
});

describe('an interval between two recorded statements', () => {
  it('stressed by "full" is still counted, and a chief weighing in is the statement', () => {
    expect(
      verdictOf(
        CHIEFS,
        "Beck spoke on Monday, November 14, a full week before Tucson's chief weighed in.",
        '2024-02-13',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        CHIEFS,
        "Beck spoke on Monday, November 14, two full days before Tucson's chief weighed in.",
        '2024-02-13',
      ),
    ).not.toBe('discrepant');
  });
});

describe("the year a town's police said something", () => {
  it('is the year of their statement', () => {
    expect(
      verdictOf(
        CHIEFS,
        "Denver's police department said in 2017 that it had never taken part in immigration enforcement.",
        '2023-02-10',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        CHIEFS,
        "Denver's police department said in 2016 that it had never taken part in immigration enforcement.",
        '2023-02-10',
      ),
    ).not.toBe('discrepant');
  });
});

describe('an offset in the main clause, counted from the recorded quote before', () => {
  const ROCHESTER = [
    'On Monday, March 24, Border Patrol agents stopped a van on Whitney Street in Rochester and asked Rochester police for backup.',
    "At a press conference that Wednesday afternoon, Mayor Malik Evans and Chief David Smith said the officers appeared to have broken the city's sanctuary policy.",
    'The chief, for his part, said he saw "a total lack of urgency on the part of multiple Border Patrol officers at the scene."',
  ];

  it('conflicts when the record has both on one day', () => {
    expect(
      verdictOf(
        ROCHESTER,
        'The Locust Club, which represents the officers, waited until the following morning to respond, calling the mayor\'s remarks "a complete overreaction."',
        '2025-04-04',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        ROCHESTER,
        'The Locust Club put out its statement two days later, calling the mayor\'s remarks "a complete overreaction."',
        '2025-04-04',
      ),
    ).toBe('discrepant');
  });

  it('says nothing when it agrees, or when the clause has a point of its own', () => {
    expect(
      verdictOf(
        ROCHESTER,
        'The Locust Club, which represents the officers, responded the same afternoon, calling the mayor\'s remarks "a complete overreaction."',
        '2025-04-04',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        ROCHESTER,
        'After the council met, the Locust Club responded the following morning, calling the mayor\'s remarks "a complete overreaction."',
        '2025-04-04',
      ),
    ).not.toBe('discrepant');
  });
});

describe('a clock time told to the minute for an event the record times to the minute', () => {
  const ROCHESTER = [
    'On Monday, March 24, Border Patrol agents stopped a van on Whitney Street in Rochester and asked Rochester police for backup.',
  ];

  it('is wrong ten minutes off, unhedged; a hedged time or one five minutes off is not', () => {
    expect(
      verdictOf(
        ROCHESTER,
        'The first RPD supervisor reached the scene at 6:15 p.m. and cancelled the emergency response.',
        '2025-04-04',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        ROCHESTER,
        'The first RPD supervisor reached the scene at 6:10 p.m. and cancelled the emergency response.',
        '2025-04-04',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        ROCHESTER,
        'The first RPD supervisor reached the scene at about 6:15 p.m. and cancelled the emergency response.',
        '2025-04-04',
      ),
    ).not.toBe('discrepant');
  });
});
