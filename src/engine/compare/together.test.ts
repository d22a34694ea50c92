/** Several participants named as playing one part together link the events where all of them did (together.ts). */
import { describe, expect, it } from 'vitest';
import type { Story } from '../../pack/schema.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord, type IndexedEvent } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';
import { eventsTogether } from './together.ts';

/** The invented story with a harbour chief who spoke beside the mayor twice, and the mayor alone once more. */
function story(): Story {
  const s = raidPack().stories[0]!;
  const spoke = (ids: string[]) => [{ role: 'spoke' as const, entities: ids }];
  return {
    ...s,
    entities: [
      ...(s.entities ?? []),
      { id: 'ned-cole', kind: 'person', name: 'Ned Cole', roles: [{ title: 'harbor chief' }] },
    ],
    events: [
      ...(s.events ?? []).map((e) =>
        e.id === 'briefing' ? { ...e, participants: spoke(['ida-marsh', 'ned-cole']) } : e,
      ),
      {
        id: 'hearing',
        label: 'Marsh and Cole answer questions at a hearing',
        words: ['hearing'],
        date: '2024-06-17',
        participants: spoke(['ida-marsh', 'ned-cole']),
        sources: ['ledger'],
        confidence: 'high',
      },
      {
        id: 'ribbon',
        label: 'Marsh opens a pier',
        words: ['pier'],
        date: '2024-06-14',
        participants: spoke(['ida-marsh']),
        sources: ['ledger'],
        confidence: 'high',
      },
    ],
  } as Story;
}

const record = buildStoryRecord(story(), westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('eventsTogether', () => {
  it('links the events where every named participant spoke, and is silent for fewer than two of them', () => {
    expect(compare('Mayor Ida Marsh and Ned Cole spoke to reporters on Sunday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Sunday' }],
      events: ['briefing', 'hearing'],
    });
    expect(compare('Mayor Ida Marsh and Ned Cole spoke to reporters on Wednesday.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Mayor Ida Marsh and Ned Cole spoke to reporters on Monday.')?.outcome).toBe(
      'agrees',
    );
  });

  it('needs the part named, two participants in it, and few events', () => {
    const e = (id: string, canons: string[]): IndexedEvent => ({
      event: { id } as IndexedEvent['event'],
      words: [],
      participants: canons.map((canon) => ({ role: 'spoke', canon })),
      places: [],
      quantities: [],
      outcomes: new Map(),
      negatives: new Map(),
      commitments: [],
    });
    const events = [
      e('a', ['x', 'y']),
      e('b', ['x', 'y']),
      e('c', ['x']),
      e('d', ['x', 'y']),
      e('f', ['x', 'y']),
    ];
    expect(
      eventsTogether(events.slice(0, 3), new Set(['x', 'y']), ['spoke']).map((x) => x.event.id),
    ).toEqual(['a', 'b']);
    expect(eventsTogether(events.slice(0, 3), new Set(['x', 'y']), [])).toEqual([]);
    expect(eventsTogether(events.slice(0, 3), new Set(['x', 'stranger']), ['spoke'])).toEqual([]);
    expect(eventsTogether(events, new Set(['x', 'y']), ['spoke'])).toEqual([]);
  });
});
