import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from './embedded.ts';

describe('loadEmbeddedPack', () => {
  const pack = loadEmbeddedPack();

  it('loads the core pack without throwing', () => {
    expect(pack.id).toBe('sourcelight-core');
    expect(pack.stories.map((s) => s.id)).toEqual(['rochester-border-patrol-backup-2025', 'police-chiefs-immigration-2016']);
  });

  it.each(pack.stories.map((s) => [s.id, s] as const))('%s: every check rests on https sources of its story', (_id, story) => {
    const sources = new Map([...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s]));
    expect(story.checks.length).toBeGreaterThan(0);
    for (const check of story.checks) {
      expect(check.sources.length).toBeGreaterThan(0);
      for (const id of check.sources) expect(sources.get(id)?.url).toMatch(/^https:\/\//);
    }
  });

  it.each(pack.stories.map((s) => [s.id, s] as const))('%s: can be recognised at all', (_id, story) => {
    const total = story.recognition.cues.reduce((sum, cue) => sum + cue.weight, 0);
    expect(total).toBeGreaterThanOrEqual(story.recognition.threshold);
  });
});
