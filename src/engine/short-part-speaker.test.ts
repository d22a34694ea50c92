/**
 * A short quoted phrase of content words only, part of one recorded quote of another person, credited by name to a
 * speaker none of whose recorded words hold it (match-quote.ts distinctPart).
 */
import { describe, expect, it } from 'vitest';
import { matchQuote } from './match-quote.ts';
import { quote, quoteChecks } from './test-quotes.ts';

const details = quoteChecks(
  [
    { id: 'owen-dray', kind: 'person', name: 'Owen Dray', role: 'Mayor of Eastport' },
    { id: 'ida-marsh', kind: 'person', name: 'Ida Marsh', role: 'Eastport Fire Chief' },
  ],
  [
    quote({
      occasion: 'at a briefing',
      id: 'dray-storm',
      speaker: 'owen-dray',
      text: 'What the harbour saw tonight was panic, rumour, confusion. Nothing more.',
    }),
    quote({
      occasion: 'at a briefing',
      id: 'marsh-crews',
      speaker: 'ida-marsh',
      text: 'Our crews held the line on the quay until the wind dropped.',
    }),
  ],
);
const match = (sentence: string, previous = '') => matchQuote(sentence, details, previous);

/** The sentence gives Dray's recorded "panic, rumour, confusion" to someone else. */
const isDrayStormMisattributed = (sentence: string) => {
  expect(match(sentence)).toMatchObject({
    verdict: 'discrepant',
    kind: 'misattributed-quote',
    claimId: 'quote:dray-storm',
  });
};
const isNotMisattributed = (sentence: string) => {
  expect(match(sentence)?.kind).not.toBe('misattributed-quote');
};

describe('another person\u2019s distinct words, credited by name', () => {
  it.each([
    'Chief Marsh summed up the night as \u201Cpanic, rumour, confusion.\u201D',
    'Ida Marsh later called the scene \u201Cpanic, rumour, confusion.\u201D',
  ])('is misattributed: %s', isDrayStormMisattributed);

  it.each([
    // The owner's own words.
    'Mayor Dray summed up the night as \u201Cpanic, rumour, confusion.\u201D',
    // Borrowed, or with the owner named or titled.
    'Chief Marsh echoed the phrase \u201Cpanic, rumour, confusion.\u201D',
    'Chief Marsh, like the mayor, called it \u201Cpanic, rumour, confusion.\u201D',
    'Chief Marsh agreed with Dray: \u201Cpanic, rumour, confusion.\u201D',
    // A phrase with a small word in it is too common to tell whose it is.
    'Chief Marsh said the night was \u201Cpanic, and confusion.\u201D',
    // The credited speaker's own words.
    'Chief Marsh said her crews \u201Cheld the line.\u201D',
  ])('is not misattributed: %s', isNotMisattributed);

  it('leaves a pronoun\u2019s speaker alone', () => {
    expect(
      match(
        'She called it \u201Cpanic, rumour, confusion.\u201D',
        'Chief Marsh said the crews were tired.',
      )?.kind,
    ).not.toBe('misattributed-quote');
  });
});

describe('the speaker of a short quoted phrase, named after a long title or after "was how"', () => {
  it.each([
    'Eastport Fire Department Fire Chief Ida Marsh summed up the night as \u201Cpanic, rumour, confusion.\u201D',
    '\u201CPanic, rumour, confusion\u201D was how Fire Chief Ida Marsh summed up the night.',
  ])('is misattributed: %s', isDrayStormMisattributed);
  it.each([
    '\u201CPanic, rumour, confusion\u201D was how Mayor Owen Dray summed up the night.',
    '\u201CPanic, rumour, confusion\u201D was how the night felt to everyone in Eastport.',
  ])('is not misattributed: %s', isNotMisattributed);
});
