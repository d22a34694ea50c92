/**
 * A world office's title on someone out of it on the linked events' days, when the body the office heads acts
 * in them (office-at-event.ts), on the invented story (test-story.ts) with an invented office: the Harbor Unit's
 * commander, Ava Lund until 2022 and Rex Dale since; the Harbor Unit raided the warehouse on 11 June 2024.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { commanderWorld, raidPack } from './test-story.ts';

const commander = commanderWorld();
const record = buildStoryRecord(raidPack().stories[0]!, commander);
const compare = (sentence: string) =>
  compareSentence(sentence, record, '2024-06-20', { page: sentence });

describe('a former holder of the office of a body that acts in the event', () => {
  it.each([
    'Commander Ava Lund ordered the raid on Quay Street.',
    'The raid on the warehouse was signed off by Commander Ava Lund.',
    'Harbor Unit commander Ava Lund led the raid on the warehouse.',
    'On the orders of then-Commander Ava Lund, officers raided the warehouse.',
  ])('%s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual({
      slot: 'person',
      page: 'Ava Lund',
      record: 'Rex Dale (Commander of the Harbor Unit)',
    });
  });

  it.each([
    // The holder then.
    'Commander Rex Dale ordered the raid on Quay Street.',
    // A past post said so.
    'Former Commander Ava Lund criticized the raid on the warehouse.',
    // A year of its own: another raid, in her time (the year is the raid's wrong date, not her post).
    'Commander Ava Lund ordered a raid on Quay Street in 2019.',
    // An office of a body that took no part (the mayoralty: the town is no actor of the raid).
    'Mayor Ned Cole praised the raid on the warehouse.',
    // No title.
    'Ava Lund said the raid on the warehouse went too far.',
  ])('no one named in the wrong post: %s', (sentence) => {
    const r = compare(sentence);
    expect(
      r?.comparisons.some((c) => c.slot === 'person' && r.outcome === 'discrepant') ?? false,
    ).toBe(false);
  });
});

describe('a stranger under the office of a body that acts in the event', () => {
  it.each([
    'Harbor Unit commander Tom Rudd ordered the raid on Quay Street.',
    "Commander Tom Rudd's Harbor Unit raided the warehouse on Quay Street.",
  ])('the title or a possessive names the body: %s', (sentence) => {
    expect(compare(sentence)?.comparisons).toContainEqual({
      slot: 'person',
      page: 'Tom Rudd',
      record: 'Rex Dale (Commander of the Harbor Unit)',
    });
  });

  it.each([
    // A bare title may be of another body's like post.
    'Commander Tom Rudd praised the raid on the warehouse.',
    "Commander Tom Rudd called the Harbor Unit's raid reckless.",
  ])('not named wrong, only not known to hold it: %s', (sentence) => {
    const r = compare(sentence);
    expect(r?.outcome).not.toBe('discrepant');
    expect(r?.explanation).toContain(
      'the world file has Rex Dale as Commander of the Harbor Unit; Sourcelight does not know Tom Rudd as holding that office',
    );
  });
});

describe('the days of the linked events, spans and months included', () => {
  // Two more invented events of the Harbor Unit: a sweep over the hand-over of March 2022, and a drill dated to a month.
  const pack = raidPack();
  const story = pack.stories[0]!;
  const spanned = {
    ...story,
    events: [
      ...story.events!,
      {
        id: 'sweep',
        label: 'The Harbor Unit sweeps the north piers',
        words: ['sweep', 'swept'],
        date: '2022-02-20',
        dateEnd: '2022-03-10',
        participants: [{ role: 'acted' as const, entities: ['harbor-unit'] }],
        sources: story.events![0]!.sources,
        confidence: 'high' as const,
      },
      {
        id: 'drill',
        label: 'The Harbor Unit holds a night drill',
        words: ['drill'],
        date: '2024-05',
        participants: [{ role: 'acted' as const, entities: ['harbor-unit'] }],
        sources: story.events![0]!.sources,
        confidence: 'high' as const,
      },
    ],
  };
  const spannedRecord = buildStoryRecord(spanned, commander);
  const judge = (sentence: string) =>
    compareSentence(sentence, spannedRecord, '2024-06-20', { page: sentence });

  it('an event dated to a month is judged on its first and last day', () => {
    const r = judge('Commander Ava Lund ordered the drill.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons).toContainEqual({
      slot: 'person',
      page: 'Ava Lund',
      record: 'Rex Dale (Commander of the Harbor Unit)',
    });
  });

  it('a span over a hand-over has no one holder: nothing said', () => {
    for (const sentence of [
      'Commander Rex Dale ordered the sweep of the north piers.',
      'Commander Ava Lund ordered the sweep of the north piers.',
    ]) {
      expect(judge(sentence)?.comparisons ?? [], sentence).not.toContainEqual(
        expect.objectContaining({
          slot: 'person',
          record: expect.stringContaining('Commander of the Harbor Unit'),
        }),
      );
    }
  });

  it("the finding tells the event, its day, the holder then and the page's person's term", () => {
    expect(compare('Commander Ava Lund ordered the raid on Quay Street.')?.explanation).toBe(
      "At the time of the record's \u201CHarbor Unit officers raid a warehouse on Quay Street\u201D (Tuesday 11 June 2024), the Commander of the Harbor Unit was Rex Dale; Ava Lund held it from Thursday 1 January 2015 to Tuesday 1 March 2022.",
    );
  });
});

describe("a title of another time than the linked events'", () => {
  it.each([
    'The raid on Quay Street was later praised by Commander Ava Lund.',
    'The raid on the warehouse mirrored one that Commander Ava Lund ordered.',
    'The raid on the warehouse revived a tactic of Commander Ava Lund.',
    'Officers raided the warehouse, as they did under Commander Ava Lund.',
    'The raid on the warehouse came years after Commander Ava Lund first proposed it.',
  ])('no one named in the wrong post: %s', (sentence) => {
    expect(compare(sentence)?.comparisons ?? []).not.toContainEqual(
      expect.objectContaining({ record: 'Rex Dale (Commander of the Harbor Unit)' }),
    );
  });
});
