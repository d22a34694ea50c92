/**
 * A time-context fact's wrong term for a period that the sentence itself puts on the right side of the story
 * (period-side.ts): a later period named as the point something came before, an earlier one told as over. An
 * invented story (a ferry aground in May 2019; an inquiry report in March 2020; a harbour board dissolved in
 * December 2018), then the embedded pack's red-team sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../pack/schema.ts';
import { indexedFerryFact } from './ferry-fact.ts';
import {
  analyzeEmbeddedPage,
  ROCHESTER_PAGE as rochester,
  SANCTUARY_CHIEFS_PAGE as chiefs,
} from './test-embedded-page.ts';
import { verdictOn, verdictOnFerryTime } from './test-ferry-time.ts';

const verdictOf = verdictOnFerryTime(
  'The ferry ran aground in May 2019, under the harbour authority, before the inquiry report.',
  [
    {
      terms: ['inquiry report'],
      severity: 'imprecise',
      explanation: 'The inquiry report came in March 2020.',
      period: { start: '2020-03-10', label: 'after the inquiry report' },
    },
    {
      terms: ['harbour board'],
      severity: 'false',
      explanation: 'The harbour board was dissolved in December 2018.',
      period: { start: '2010-01-01', end: '2018-12-31', label: 'the harbour board' },
    },
  ],
);

describe('a later period named as the point the story came before', () => {
  it('places nothing there', () => {
    expect(verdictOf('The ferry ran aground before the inquiry report.')).toBeNull();
    expect(verdictOf('The ferry ran aground ten months ahead of the inquiry report.')).toBeNull();
    expect(
      verdictOf(
        'The ferry ran aground prior to the long-awaited inquiry report; the rules changed after it.',
      ),
    ).toBeNull();
  });

  it('still places the story after it, or denied', () => {
    expect(verdictOf('The ferry ran aground after the inquiry report.')).toBe('discrepant');
    expect(verdictOf('The ferry ran aground, prompting the inquiry report.')).toBe('discrepant');
    expect(verdictOf('The ferry did not run aground before the inquiry report.')).toBeNull();
  });
});

describe('an earlier period told as over', () => {
  it('places nothing there', () => {
    expect(
      verdictOf('The harbour board had ended months before the ferry ran aground.'),
    ).toBeNull();
    expect(verdictOf('The harbour board was over by the time the ferry ran aground.')).toBeNull();
    expect(
      verdictOf(
        'The harbour board, which left office in December, never saw the ferry run aground.',
      ),
    ).toBeNull();
  });

  it('still places the story in it', () => {
    expect(verdictOf('The ferry ran aground under the harbour board.')).toBe('discrepant');
    expect(verdictOf('The harbour board handled the ferry after it ran aground.')).toBe(
      'discrepant',
    );
    expect(verdictOf('The harbour board ended after the ferry ran aground.')).toBe('discrepant');
  });
});

describe('the embedded pack (red-team sentences)', () => {
  // A sentence the engine says nothing of is 'none': the story must be recognised for the true ones to count.
  const verdict = (head: string, line: string, date: string) => {
    const analysis = analyzeEmbeddedPage(head, line, { today: date, published: date });
    expect(analysis.story).not.toBeNull();
    return analysis.findings.find((f) => f.text === line)?.verdict ?? 'none';
  };

  it('leaves the true ones alone', () => {
    expect(
      verdict(
        chiefs,
        'The chiefs spoke before Trump\u2019s first executive orders; Rochester updated its resolution after them.',
        '2025-04-01',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        rochester,
        'The Biden administration left office more than two months ago; Donald Trump has been president since January 20.',
        '2025-03-27',
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        rochester,
        'The Biden administration had left office about two months before the stop.',
        '2025-04-01',
      ),
    ).not.toBe('discrepant');
  });

  it('still flags the false ones', () => {
    expect(
      verdict(chiefs, 'The chiefs spoke after Trump\u2019s executive orders.', '2025-04-01'),
    ).toBe('discrepant');
    expect(
      verdict(rochester, 'The story happened under the Biden administration.', '2025-04-01'),
    ).toBe('discrepant');
    expect(
      verdict(rochester, 'The Biden administration left office after the stop.', '2025-04-01'),
    ).toBe('discrepant');
  });
});

describe('a period that dates the point another time is counted from', () => {
  const visit: Fact = {
    id: 'ferry-visit',
    kind: 'event',
    statement: 'The minister visited the harbour in June 2019, after the grounding of May.',
    sources: ['herald'],
    confidence: 'high',
    about: [['minister'], ['visited', 'came to the harbour']],
    details: [
      {
        slot: 'date',
        accepted: ['june'],
        wrong: [
          {
            terms: ['may'],
            severity: 'false',
            explanation: 'The visit was in June 2019.',
            period: { start: '2019-05', end: '2019-05', label: 'May 2019' },
          },
        ],
      },
    ],
  };
  const verdict = verdictOn(
    indexedFerryFact(visit, {
      start: '2019-05-01',
      end: '2019-06-30',
      summary: 'May and June 2019.',
    }),
  );

  it('places nothing in that period', () => {
    expect(
      verdict(
        'The minister came to the harbour today, weeks after the grounding on the north ledge in May.',
      ),
    ).toBeNull();
    expect(
      verdict('The minister visited three weeks after the ferry ran aground on the ledge in May.'),
    ).toBeNull();
    expect(
      verdict('The minister visited, as promised since the grounding of May, with two aides.'),
    ).toBeNull();
  });

  it('still dates what the sentence tells', () => {
    expect(verdict('The minister visited the harbour in May.')).toBe('discrepant');
    expect(verdict('After the grounding, the minister visited in May.')).toBe('discrepant');
    expect(verdict('The minister visited after the grounding, in May.')).toBe('discrepant');
  });
});
