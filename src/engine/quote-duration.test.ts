/** A length of time changed inside a quote (quote-duration.ts), through matchQuote. */
import { describe, expect, it } from 'vitest';
import { durationAcrossParagraph, matchQuote } from './match-quote.ts';
import { quote, quoteChecks } from './test-quotes.ts';

const details = quoteChecks(
  [
    { id: 'dockers', kind: 'organization', name: 'Dockers Union', aliases: ['the union'] },
    { id: 'owen-dray', kind: 'person', name: 'Owen Dray', role: 'Mayor' },
  ],
  [
    quote({
      id: 'dray-rules',
      speaker: 'owen-dray',
      text: 'The rules we have built over the past decade to keep the quay safe are not changing.',
    }),
    quote({
      id: 'union-years',
      speaker: 'dockers',
      text: 'Our members have worked this quay for three years now, and they will keep working it.',
    }),
  ],
);
const match = (sentence: string, previous = '') => matchQuote(sentence, details, previous);

describe('a length of time changed inside the record\u2019s words', () => {
  it.each([
    [
      'Mayor Owen Dray said the rules built "over the past two decades" are "not changing."',
      'decade \u2192 two decades',
    ],
    [
      'Dray insisted that the rules "we have built over the past twenty years" would stay.',
      'decade \u2192 twenty years',
    ],
    [
      'The rules put in place \u201Cover the past 5 years,\u201D Dray wrote, are not changing.',
      'decade \u2192 5 years',
    ],
    [
      'The Dockers Union said its members "have worked this quay for ten years now."',
      'three years \u2192 ten years',
    ],
  ])('%s', (sentence, diff) => {
    expect(match(sentence)).toMatchObject({ verdict: 'discrepant', kind: 'quote', diff: [diff] });
  });

  it('the speaker named in the sentence before', () => {
    expect(
      match(
        'He said the rules built "over the past two decades" stay.',
        'Mayor Owen Dray spoke on Monday.',
      ),
    ).toMatchObject({ verdict: 'discrepant', diff: ['decade \u2192 two decades'] });
  });
});

describe('never a false alarm', () => {
  it('the record\u2019s own length, the same length in other words, too few kept words, no speaker named', () => {
    for (const [sentence, previous] of [
      ['Mayor Owen Dray said the rules built "over the past decade" are "not changing."', ''],
      ['Dray said the rules built "over the past decade to keep the quay safe" stand.', ''],
      ['Dray said the rules built "over the past ten years" are not changing.', ''],
      ['Dray spoke of "two decades" of rules.', ''],
      [
        'A columnist wrote that the rules built "over the past two decades" are not changing.',
        'The weather was fine.',
      ],
    ] as const)
      expect(match(sentence, previous)?.verdict, sentence).not.toBe('discrepant');
  });
});

describe('a paragraph opening on "he" or "she", after a paragraph naming the speaker', () => {
  it('reads the quoted words against the speaker the paragraph before named last', () => {
    expect(
      durationAcrossParagraph(
        'He wrote that the rules built "over the past two decades" stand.',
        'Mayor Owen Dray issued a statement on Monday.',
        details,
      ),
    ).toMatchObject({ verdict: 'discrepant', diff: ['decade \u2192 two decades'] });
  });

  it.each([
    // The record's own length.
    [
      'He wrote that the rules built "over the past decade" stand.',
      'Mayor Owen Dray issued a statement on Monday.',
    ],
    // No speaker in the paragraph before (a heading).
    ['He wrote that the rules built "over the past two decades" stand.', 'What about the harbour?'],
    // Not opening on a pronoun: whoever is named is the speaker, and judged in the sentence itself.
    [
      'A columnist wrote that the rules built "over the past two decades" stand.',
      'Mayor Owen Dray issued a statement on Monday.',
    ],
  ])('leaves alone: %s', (sentence, before) => {
    expect(durationAcrossParagraph(sentence, before, details)).toBeNull();
  });
});
