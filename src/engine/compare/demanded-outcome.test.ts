/**
 * What someone called for against the record's `demands` (demanded-outcome.ts),
 * on the invented story (test-story.ts) with the raid officers put on desk
 * duty and Councillor Ora Lind calling for them to be fired. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import {
  councilReaction,
  ORA_LIND,
  oraLindDemand,
  parseRaidPackAdding,
  raidRecordAdding,
  reviewEvent,
} from './test-review.ts';
import { westmark } from './test-story.ts';

function demandPack(by = 'ora-lind') {
  return parseRaidPackAdding({
    entities: [ORA_LIND, { id: 'per-vall', kind: 'person', name: 'Per Vall' }],
    events: [
      reviewEvent({
        words: ['desk duty'],
        quantities: undefined,
        outcomes: [{ kind: 'desk-duty', count: 15, nouns: ['officers'] }],
      }),
      councilReaction({
        participants: [{ role: 'spoke', entities: ['ora-lind', 'per-vall'] }],
        reactions: [
          {
            holders: ['per-vall'],
            toward: ['harbor-unit'],
            polarity: 'against',
            statement: 'questioned the raid',
          },
        ],
        demands: [oraLindDemand({ by: [by] })],
      }),
    ],
  });
}

const parsed = demandPack();
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a demand against the one the record has', () => {
  it.each([
    'Councillor Ora Lind wants the officers suspended without pay.',
    'Ora Lind called for the Harbor Unit officers to be suspended.',
    'On Friday, Ora Lind demanded that the officers be kept on duty.',
    'Ora Lind is pushing for the officers to be suspended.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'demand', record: 'Councillor Ora Lind calling for the officers to be fired' },
      ],
    });
  });

  it.each([
    'Ora Lind wants the officers fired.',
    'Councillor Ora Lind called for the officers to be dismissed.',
    'Ora Lind does not want the officers suspended.',
    'Mayor Ida Marsh wants the officers suspended.',
    'Ora Lind wants the officers off the street.',
    'Did Ora Lind want the officers suspended?',
    'The officers were put on desk duty, and Ora Lind wants them fired.',
  ])('never wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('a demand by someone the story does not define is a pack problem', () => {
    const bad = demandPack('nobody');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.problems)).toContain('demands[0].by[0]');
  });

  it.each([
    'Councillor Per Vall called for the officers to be fired.',
    'Per Vall demanded that the Harbor Unit officers be dismissed.',
  ])('one who spoke where another made this very demand did not make it: %s', (sentence) => {
    const result = compare(sentence);
    expect(result).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'demand' }] });
    expect(result?.explanation).toBe(
      "The record has Councillor Ora Lind calling for the officers to be fired; Per Vall questioned the raid; the call was not Per Vall's.",
    );
  });

  it.each([
    'Per Vall went the furthest, calling for the officers to be fired.',
    'Councillor Per Vall spoke at the hearing on Friday, demanding that the officers be dismissed.',
  ])(
    "a wish in the -ing form after the wisher's own short predicate is the wisher's: %s",
    (sentence) => {
      expect(compare(sentence)).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'demand' }],
      });
    },
  );

  it.each([
    'Per Vall said the marchers, calling for the officers to be fired, had a point.',
    'Per Vall met the marchers, calling for the officers to be fired.',
    'Per Vall told reporters, calling for the officers to be fired, that he disagreed.',
    'Ora Lind went further, calling for the officers to be fired.',
  ])(
    'an -ing wish after someone else, or after a verb that brings in others, is not credited to the first person: %s',
    (sentence) => {
      expect(compare(sentence)?.outcome).not.toBe('discrepant');
    },
  );

  it.each([
    'Per Vall wants the officers kept on duty.',
    'Mayor Ida Marsh called for the officers to be fired.',
  ])(
    'a demand of another kind, or by one who did not speak there, is left alone: %s',
    (sentence) => {
      expect(compare(sentence)?.outcome).not.toBe('discrepant');
    },
  );
});

describe("a demand given to another holder of the same post: unconfirmed (the record may not tell all the post's holders said), never green", () => {
  const councillor = [{ title: 'councillor' }];
  const posts = raidRecordAdding({
    entities: [
      { ...ORA_LIND, roles: councillor },
      { id: 'ada-moor', kind: 'person', name: 'Ada Moor', roles: councillor },
    ],
    events: [
      councilReaction(),
      {
        sources: ['ledger'],
        confidence: 'high',
        id: 'moor-hears',
        label: 'Councillor Ada Moor raises the raid at council',
        words: ['council'],
        date: '2024-06-12',
        participants: [{ role: 'spoke', entities: ['ada-moor'] }],
      },
    ],
  });

  it.each([
    'Councillor Ada Moor called for the officers to be fired.',
    'Ada Moor demanded that the officers be dismissed.',
  ])('%s', (sentence) => {
    const result = compareSentence(sentence, posts, '2024-06-20');
    expect(result?.outcome).toBe('unconfirmed');
    expect(result?.comparisons).toContainEqual({
      slot: 'demand',
      page: 'Ada Moor: ' + (sentence.includes('dismissed') ? 'dismissed' : 'fired'),
      record: 'Councillor Ora Lind calling for the officers to be fired',
    });
    expect(result?.explanation).toContain(
      'The record has Councillor Ora Lind calling for the officers to be fired; it records no such call from Ada Moor.',
    );
  });

  it.each([
    'Ada Moor and Ora Lind called for the officers to be fired.',
    'Ora Lind called for the officers to be fired.',
    'Mayor Ida Marsh called for the officers to be fired.',
    'Ada Moor did not call for the officers to be fired.',
    'Ada Moor wants the officers off the street.',
  ])('never wrong: %s', (sentence) => {
    expect(compareSentence(sentence, posts, '2024-06-20')?.outcome).not.toBe('discrepant');
  });
});
