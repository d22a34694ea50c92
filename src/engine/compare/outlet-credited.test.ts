/**
 * An outlet credited with a recorded speaker's words or a report's source: "Beck said that to the New York Times"
 * (he spoke to the Los Angeles Times, sources.md C6: a demonstrative between "said" and "to" keeps the outlet the one
 * spoken to), and "Police1's summary credited that statement to the Arizona Republic" (the Police1/Gov1 text credits
 * the Los Angeles Times, the Arizona Daily Star and the Denver Post, A2 and D4; pack: police1-report's `credited`
 * participants). A picture credit is not the report's source.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'magnus-statement'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30', { page: s });
const outlet = (s: string) => compare(s)?.comparisons.find((c) => c.slot === 'outlet');

describe('the outlet a recorded speaker said it to', () => {
  it.each([
    'Beck said that to the New York Times, not the LA paper.',
    'Chief Beck said it to the Washington Post in an interview.',
    'Beck said this to the Chicago Tribune on Monday.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('discrepant');
    expect(outlet(sentence)?.record).toMatch(/Los Angeles Times/);
  });

  it.each([
    'Beck said that to the Los Angeles Times.',
    'Beck said it to the LA Times in an interview on Monday.',
    // Nobody the record has speaking to an outlet.
    'A reader said that to the New York Times.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('the source a report credited for a statement', () => {
  it.each([
    "Police1's summary credited that statement to the Arizona Republic.",
    "The Police1 piece credited Beck's words to the New York Times.",
    'PoliceOne credited the Tucson chief\u2019s statement to the Arizona Republic.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('discrepant');
    expect(outlet(sentence)?.record).toMatch(/Arizona Daily Star/);
  });

  it.each([
    "Police1's summary credited that statement to the Arizona Daily Star.",
    "The Police1 piece credited Beck's words to the Los Angeles Times.",
    'The Police1 piece, crediting the Los Angeles Times, quoted Beck.',
    // A picture credit is not the report's source.
    'Police1 credited the photo to the Associated Press.',
    'Police1 credited its lead image to Getty Images.',
    // A writer's outlet, and a sister site crediting the original: no source of the report.
    "Gov1 credits PoliceOne's Cole Zercoe; it is a sister site of Police1.",
    'Gov1 credited the piece to Police1.',
    // No crediting outlet named: many outlets printed the statement.
    "Magnus's statement was credited to the Arizona Republic.",
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
