/** The invented story with the dog handlers reaching the warehouse on the morning of the raid, for tests. */
import { parsePack } from '../../pack/parse-pack.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

/** The dog handlers (the Dunmore police) reach the warehouse on Quay Street at `time` on 11 June 2024. */
export function handlersEvent(time = '07:30'): Record<string, unknown> {
  return {
    id: 'handlers',
    label: 'Dog handlers reach the warehouse',
    words: ['dog handlers', 'handlers'],
    date: '2024-06-11',
    time,
    places: ['quay-street'],
    participants: [{ role: 'came', entities: ['dunmore-pd'] }],
    sources: ['ledger'],
    confidence: 'high',
  };
}

/** The record of the invented story with handlersEvent(time) added. */
export function handlersRecord(time = '07:30'): StoryRecord {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push(handlersEvent(time));
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}
