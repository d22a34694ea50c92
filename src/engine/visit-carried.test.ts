/**
 * A pronoun-led sentence of going or meeting that links to nothing of its own is compared with the visits and
 * meetings of the sentence before it in its paragraph (analyze.ts, visit-meeting.ts carriedVisits). Invented story:
 * on 14 June 2024 Lou Pike visited Dunmore and met officers there for about an hour; on 12 June he had met the
 * mayor (no duration recorded), so a meeting sentence naming no one links to neither by itself.
 */
import { describe, expect, it } from 'vitest';
import { pikePack, pikeVisit, verdictOnRaidPage, westmark } from './compare/test-story.ts';
import { indexPacks } from './index.ts';

const index = indexPacks(
  [
    pikePack([
      pikeVisit({ duration: { min: 1, max: 1, unit: 'hours', note: 'about an hour' } }),
      {
        id: 'pike-talks',
        label: 'Lou Pike meets the mayor',
        words: ['talks'],
        date: '2024-06-12',
        participants: [{ role: 'spoke', entities: ['lou-pike'] }],
        outcomes: [{ kind: 'met' }],
        sources: ['ledger'],
        confidence: 'high',
      },
    ]),
  ],
  { world: westmark() },
);
const verdictOf = (second: string, paragraph = ' ') =>
  verdictOnRaidPage(
    index,
    `Lou Pike visited Dunmore on June 14.${paragraph}${second}`,
    second.slice(0, 20),
  );

describe('a pronoun-led sentence of meeting after a visit', () => {
  it('takes the visit of the sentence before: a duration the record contradicts is wrong', () => {
    expect(verdictOf('He then spent five hours behind closed doors with the officers.')).toBe(
      'discrepant',
    );
    expect(verdictOf('He sat down with the officers for five hours.')).toBe('discrepant');
  });

  it('agrees with it, or says nothing, when the duration fits', () => {
    expect(
      verdictOf('He then spent about an hour behind closed doors with the officers.'),
    ).not.toBe('discrepant');
  });

  it('takes the sentence just before, in the last paragraph too, and nothing past a sentence of no visit', () => {
    expect(verdictOf('He then spent five hours behind closed doors with the officers.', '\n')).toBe(
      'discrepant',
    );
    expect(
      verdictOf(
        'The raid came first. He then spent five hours behind closed doors with the officers.',
      ),
    ).not.toBe('discrepant');
  });

  it('takes nothing for a sentence of neither going nor meeting', () => {
    expect(verdictOf('He then spent five hours writing his report.')).not.toBe('discrepant');
  });
});

describe('a pronoun-led sentence whose own day is another of its meetings', () => {
  // The sentence before names the talks of 12 June; the sentence's own day, 14 June, and its hour behind closed doors are the visit's.
  const afterTalks = (second: string) =>
    verdictOnRaidPage(index, `Lou Pike held the talks. ${second}`, second.slice(0, 20));

  it('is about that meeting, not the one before', () => {
    expect(
      afterTalks(
        'He met the officers on June 14, spending about an hour behind closed doors with them.',
      ),
    ).not.toBe('discrepant');
    expect(
      afterTalks(
        'He did come, on June 14, meeting the officers for about an hour behind closed doors.',
      ),
    ).not.toBe('discrepant');
    expect(
      afterTalks('He kept his word on June 14, when he met the officers for about an hour.'),
    ).not.toBe('discrepant');
  });

  it('still takes the one before when its day fits none of its own', () => {
    expect(afterTalks('He met the officers behind closed doors on June 19.')).toBe('discrepant');
  });
});
