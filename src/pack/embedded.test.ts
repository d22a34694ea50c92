import { describe, expect, it } from 'vitest';
import { EMBEDDED_PACK, EMBEDDED_PACK_DATA } from './embedded-pack.ts';
import { loadEmbeddedPack } from './embedded.ts';
import { parsePack } from './parse-pack.ts';
import type { Story } from './schema.ts';

describe('loadEmbeddedPack', () => {
  const pack = loadEmbeddedPack();
  const stories = pack.stories.map((s) => [s.id, s] as const);
  const sourcesOf = (story: Story) =>
    new Map([...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s]));

  it('loads the core pack without throwing', () => {
    expect(pack.id).toBe('sourcelight-core');
    expect(pack.stories.map((s) => s.id)).toEqual([
      'rochester-border-patrol-backup-2025',
      'police-chiefs-immigration-2016',
    ]);
  });

  it('is left unchanged by validation, so the unvalidated bundled copy is the same pack', () => {
    const result = parsePack(EMBEDDED_PACK_DATA);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack).toEqual(EMBEDDED_PACK);
    expect(pack).toEqual(EMBEDDED_PACK);
  });

  it.each(stories)(
    '%s: every fact, quote, unverified item and timeline event rests on https sources of its story',
    (_id, story) => {
      const sources = sourcesOf(story);
      const claims = [
        ...(story.facts ?? []),
        ...(story.quotes ?? []),
        ...(story.unverified ?? []),
        ...(story.timeline ?? []),
      ];
      expect(story.facts?.length).toBeGreaterThan(0);
      for (const claim of claims) {
        expect(claim.sources.length).toBeGreaterThan(0);
        for (const id of claim.sources)
          expect(sources.get(id)?.url, `${claim.id} → ${id}`).toMatch(/^https:\/\//);
      }
    },
  );

  it.each(stories)(
    '%s: every link is https and every unconfirmed one says what it points to',
    (_id, story) => {
      for (const source of sourcesOf(story).values()) {
        expect(source.url).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
        if (!source.urlConfirmed) expect(source.urlNote, source.id).toBeTruthy();
      }
    },
  );

  it.each(stories)('%s: every quote has a speaker the story defines', (_id, story) => {
    const entities = new Set(story.entities?.map((e) => e.id));
    for (const quote of story.quotes ?? [])
      expect(entities.has(quote.speaker), quote.id).toBe(true);
  });

  it.each(stories)(
    '%s: can be recognised at all, through one of its required cues',
    (_id, story) => {
      const { cues, threshold, requireAny } = story.recognition;
      const total = cues.reduce((sum, cue) => sum + cue.weight, 0);
      expect(total).toBeGreaterThanOrEqual(threshold);
      for (const id of requireAny ?? []) expect(cues.map((c) => c.id)).toContain(id);
    },
  );
});
