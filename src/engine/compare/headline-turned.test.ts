/**
 * A recorded headline quoted with its stance turned round: Gov1's re-post of the Police1 piece ran as "Here's Why
 * Police are Against Trump on Immigration Enforcement" (sources.md A2), and the Post's as "Sanctuary city mayor,
 * police chief scold cops for assisting Border Patrol officers …" (A1).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { turnedWord } from './headline-turned.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'magnus-statement'))!,
  worldIndex(),
);
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'local-reaction'))!,
  worldIndex(),
);
const compare = (s: string, record = chiefs, date = '2016-11-30') =>
  compareSentence(s, record, date, { page: s });

describe('a recorded headline quoted with its stance turned round', () => {
  it.each([
    'The Gov1 version ran under the headline \u201CWhy Cops Are Backing Trump on Immigration.\u201D',
    'Police1 ran the piece under the headline "Here\'s Why Police Are Backing Trump on Immigration Enforcement."',
    'Gov1\'s headline: "Why police are behind Trump on immigration enforcement."',
  ])('is discrepant: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons.some((c) => c.slot === 'headline')).toBe(true);
  });

  it('is discrepant for a headline of the other story', () => {
    expect(
      compare(
        'The Post ran the story under the headline "Sanctuary city mayor, police chief scold cops against assisting Border Patrol officers."',
        rochester,
        '2025-04-30',
      )?.outcome,
    ).toBe('discrepant');
  });

  it.each([
    // The record's headline, whole or in part.
    'Gov1 ran it under the headline "Here\'s Why Police Are Against Trump on Immigration Enforcement."',
    'The Gov1 version ran under the headline \u201CWhy Police Are Against Trump.\u201D',
    // Another outlet's headline: it may well have run one.
    'Breitbart ran a piece under the headline "Why Cops Are Backing Trump on Immigration."',
    // Not said to be a headline.
    'Gov1 said police "are backing Trump on immigration enforcement" in some cities.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('reads the word between the same two words', () => {
    const h = [
      'here',
      's',
      'why',
      'police',
      'are',
      'against',
      'trump',
      'on',
      'immigration',
      'enforcement',
    ];
    expect(turnedWord(['why', 'cops', 'are', 'backing', 'trump', 'on', 'immigration'], h)).toEqual([
      'against',
      'backing',
    ]);
    expect(
      turnedWord(['why', 'cops', 'are', 'against', 'trump', 'on', 'immigration'], h),
    ).toBeNull();
    // Too few shared words: a loose echo.
    expect(turnedWord(['are', 'backing', 'trump', 'now'], h)).toBeNull();
  });
});

describe('a recorded headline quoted with its words changed', () => {
  const TURNING = '\u201CHere\u2019s Why Police Are Turning Against Trump.\u201D';
  it('is discrepant when credited to the outlet whose address carries the recorded headline (Gov1.com)', () => {
    const r = compare(
      `The piece was later republished on its sister site, Gov1, under the headline ${TURNING}`,
    );
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'headline',
          record: "Here's Why Police are Against Trump on Immigration Enforcement",
        },
      ],
    });
  });

  it('is only unconfirmed for the outlet the record names but whose headline it did not find, and nothing for an added article', () => {
    expect(compare(`PoliceOne ran it under the headline ${TURNING}`)?.outcome).toBe('unconfirmed');
    expect(
      compare(
        'Gov1 ran it under the headline \u201CHere\u2019s Why the Police are Against Trump on Immigration Enforcement.\u201D',
      )?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'headline' }));
    expect(
      compare(
        'Gov1 ran it under the headline \u201CHere\u2019s Why Police are Against Trump.\u201D',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
