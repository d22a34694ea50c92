/**
 * An old report told as recent: the record dates the Police1 report only to November 2016 (sources.md A2). On a
 * page of February 2025, "published just last month" is wrong whatever day of that month it was
 * (compare-recency.ts: a month-dated event is judged only more than a year away from the days the words allow, and
 * only where the clause says the piece came out); "It was published …" after a sentence about the report points
 * back at it (published-back.ts, analyze.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { compareSentence } from './compare/compare-sentence.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { opensOnPublished } from './published-back.ts';

const pack = loadEmbeddedPack();
const chiefs = buildStoryRecord(
  pack.stories.find((s) => s.events?.some((e) => e.id === 'magnus-statement'))!,
  worldIndex(),
);
const index = indexPacks([pack], { world: worldIndex() });
const HEAD =
  'Police chiefs vs. Trump on immigration\nPolice chiefs in sanctuary cities, among them LAPD Chief Charlie Beck and Tucson Police Chief Chris Magnus, said after the election that they would not act as immigration agents.';
const verdictOf = (lines: string[], needle: string, today: string) =>
  analyzeText([HEAD, ...lines].join('\n'), index, { today }).findings.find((f) =>
    f.text.includes(needle),
  )?.verdict;

describe('a report dated to its month, told as recent', () => {
  it.each([
    'The Police1 article was published just last month.',
    "Zercoe's piece came out last month.",
    'Police1 published the piece two weeks ago.',
  ])('is discrepant on a page of 2025: %s', (sentence) => {
    expect(compareSentence(sentence, chiefs, '2025-02-11')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'when' })],
    });
  });

  it.each([
    // On a page from the report's own days.
    ['The Police1 article was published just last month.', '2016-12-10'],
    // The writer's days, not the report's.
    ['Recently I came across an article by Cole Zercoe of Police1.', '2025-02-11'],
    ['I read the Police1 piece last month.', '2025-02-11'],
    // The record's own date.
    ['Police1 published the piece in November 2016.', '2025-02-11'],
  ])('is not discrepant: %s (%s)', (sentence, day) => {
    expect(compareSentence(sentence, chiefs, day)?.outcome).not.toBe('discrepant');
  });

  it('"It was published …" points back at the report the sentence before told of', () => {
    const lines = (s: string) => [
      'Recently I came across an article by Cole Zercoe of Police1 that made me think of my father.',
      s,
    ];
    expect(
      verdictOf(
        lines("It was published just last month, as the new administration's raids began."),
        'It was published',
        '2025-02-11',
      ),
    ).toBe('discrepant');
    expect(verdictOf(lines('The piece came out this week.'), 'came out', '2025-02-11')).toBe(
      'discrepant',
    );
    expect(
      verdictOf(lines('It was published in November 2016.'), 'It was published', '2025-02-11'),
    ).not.toBe('discrepant');
    expect(
      verdictOf(lines('It was published just last month.'), 'It was published', '2016-12-12'),
    ).not.toBe('discrepant');
  });

  it('reads the opening that points back', () => {
    expect(opensOnPublished('It was published just last month.')).toBe(true);
    expect(opensOnPublished('The article came out this week.')).toBe(true);
    expect(opensOnPublished('That story ran yesterday.')).toBe(true);
    expect(opensOnPublished('It was a long piece.')).toBe(false);
    expect(opensOnPublished('Police published it last month.')).toBe(false);
  });
});
