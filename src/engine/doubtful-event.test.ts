/**
 * An event the record holds only with low confidence, on the invented story (test-story.ts) with one added: the
 * mayor's memo to the harbor staff, known from one source, dated to a day; and a check of the docks known only to
 * its month (low confidence about its day, not about the event).
 */
import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../pack/schema.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { doubtfulEvent } from './doubtful-event.ts';

const pack = raidPack();
const story = pack.stories[0]!;
const added: StoryEvent[] = [
  {
    id: 'memo',
    label: 'The mayor sends a memo to the harbor staff (per one council member)',
    words: ['memo', 'memos'],
    date: '2024-06-12',
    participants: [{ role: 'acted', entities: ['ida-marsh'] }],
    sources: ['ledger'],
    confidence: 'low',
  },
  {
    id: 'dock-check',
    label: 'Dunmore police check the docks (2024-06)',
    words: ['docks'],
    date: '2024-06',
    participants: [{ role: 'acted', entities: ['dunmore-pd'] }],
    sources: ['ledger'],
    confidence: 'low',
  },
];
const record = buildStoryRecord(
  { ...story, events: [...(story.events ?? []), ...added] },
  westmark(),
);

describe('an event the record holds with low confidence', () => {
  it('is told, as fact or hearsay, by its words and one who took part in it', () => {
    for (const s of [
      'The mayor also reportedly sent a memo to the harbor staff that night.',
      'Mayor Ida Marsh, we are told, sent a memo to every officer on Wednesday.',
      'Marsh sent a memo to the harbor staff.',
    ])
      expect(doubtfulEvent(s, record)?.event.id, s).toBe('memo');
  });
  it('is not told without one who took part, nor by an event whose low confidence is only about its day', () => {
    expect(doubtfulEvent('A memo went round the harbor staff.', record)).toBeNull();
    expect(doubtfulEvent('The Dunmore Police Department checked the docks.', record)).toBeNull();
    expect(doubtfulEvent('Mayor Ida Marsh spoke to reporters about the raid.', record)).toBeNull();
  });
});
