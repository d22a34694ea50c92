/** The record of one story of the embedded packs on the embedded world, for tests. */
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';

export function embeddedStory(id: string): StoryRecord {
  return buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id === id)!,
    worldIndex(),
  );
}
