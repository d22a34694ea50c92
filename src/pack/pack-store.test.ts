import { describe, expect, it } from 'vitest';
import core from '../../packs/sourcelight-core.json' with { type: 'json' };
import { PackStore } from './pack-store.ts';

const copy = () => structuredClone(core) as typeof core;

describe('PackStore', () => {
  it('uses a valid pack', () => {
    const store = new PackStore();
    expect(store.offer('embedded', core)).toMatchObject({ origin: 'embedded', problems: [] });
    expect(store.packs().map((p) => p.id)).toEqual(['sourcelight-core']);
  });

  it('refuses an invalid update with its problems and keeps the last good pack', () => {
    const store = new PackStore();
    store.offer('feed', core);
    const broken = copy() as Record<string, unknown>;
    broken.version = 'two';
    const status = store.offer('feed', broken);
    expect(status.pack?.version).toBe(core.version);
    expect(status.problems).toEqual([
      { path: 'version', message: 'must be a version: MAJOR.MINOR.PATCH' },
    ]);
    expect(store.packs()).toHaveLength(1);
  });

  it('has no pack for an origin that never sent a valid one, and says why', () => {
    const store = new PackStore();
    const status = store.offer('file', 'not a pack');
    expect(status.pack).toBeNull();
    expect(status.problems[0]?.message).toMatch(/must be an object/);
    expect(store.packs()).toEqual([]);
  });

  it('clears the problems once valid data arrives again', () => {
    const store = new PackStore();
    store.offer('feed', null);
    expect(store.offer('feed', core).problems).toEqual([]);
  });
});
