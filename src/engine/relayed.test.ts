/**
 * Another text's account, relayed (relayed.ts): what "one site placed" somewhere, or wrote in quotation marks, is the
 * text's claim, not the page's; the page may go on to correct it. An invented time-context fact (a ferry aground in
 * May 2019, under the harbour authority, not the harbour board), then the embedded pack's Rochester record.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare/compare-sentence.ts';
import { embeddedStory } from './compare/test-embedded.ts';
import { foldText } from './normalize.ts';
import { relayedAt } from './relayed.ts';
import { verdictOnFerryTime } from './test-ferry-time.ts';

const verdictOf = verdictOnFerryTime(
  'The ferry ran aground in May 2019, under the harbour authority, after the 2018 election.',
  [
    {
      terms: ['harbour board'],
      severity: 'false',
      explanation: 'The harbour board was dissolved in December 2018.',
    },
    {
      terms: ['as the election nears'],
      severity: 'false',
      explanation: 'The election had taken place in 2018.',
    },
  ],
);

describe('a time-context term in another text\u2019s account', () => {
  it('is not the page\u2019s', () => {
    expect(
      verdictOf('One site placed the ferry running aground under the harbour board.'),
    ).toBeNull();
    expect(
      verdictOf(
        'Both papers wrongly put the ferry aground under the harbour board; it had been dissolved.',
      ),
    ).toBeNull();
    expect(
      verdictOf(
        'One blog wrote "the ferry ran aground as the election nears"; the election was long over.',
      ),
    ).toBeNull();
    expect(
      verdictOf('Another site\u2019s summary said: "as the election nears, a ferry ran aground".'),
    ).toBeNull();
  });

  it('is the page\u2019s when it says it, or quotes no text', () => {
    expect(verdictOf('The ferry ran aground under the harbour board.')).toBe('discrepant');
    expect(verdictOf('As the election nears, the ferry ran aground.')).toBe('discrepant');
    expect(verdictOf('The harbour board placed buoys where the ferry ran aground.')).toBe(
      'discrepant',
    );
    expect(
      verdictOf('One site placed the story in May; the ferry ran aground under the harbour board.'),
    ).toBe('discrepant');
  });

  it('reads only inside the quotation or the placing clause', () => {
    const s = foldText(
      'One site wrote "as the election nears" and the ferry ran aground under the harbour board.',
    );
    expect(relayedAt(s, s.indexOf('as the election'))).toBe(true);
    expect(relayedAt(s, s.indexOf('harbour board'))).toBe(false);
  });
});

describe('a day placed by named outlets (the embedded Rochester record: suit 24 April, Homan\u2019s visit 29 April 2025)', () => {
  const rochester = embeddedStory('rochester-border-patrol-backup-2025');
  const at = (sentence: string) =>
    compareSentence(sentence, rochester, '2025-09-10')?.outcome ?? 'none';

  it('is the outlets\u2019 account, with the page\u2019s correction', () => {
    expect(
      at(
        'The Minority Reporter and Rochester La Voz placed the lawsuit a day before Homan\u2019s visit, but it was filed on April 24, five days earlier.',
      ),
    ).not.toBe('discrepant');
    expect(
      at('The Minority Reporter placed the lawsuit a day before Homan\u2019s visit.'),
    ).not.toBe('discrepant');
    expect(at('One site put the lawsuit a day before Homan\u2019s visit.')).not.toBe('discrepant');
  });

  it('still compares the page\u2019s own day, and the same words with no text placing them', () => {
    expect(at('The lawsuit was filed a day before Homan\u2019s visit.')).toBe('discrepant');
    expect(
      at(
        'The Minority Reporter placed the lawsuit a day before Homan\u2019s visit; the suit was filed two days before his visit.',
      ),
    ).toBe('discrepant');
  });
});
