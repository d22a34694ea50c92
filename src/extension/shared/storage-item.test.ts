import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { parsedOr, storageItem } from './storage-item.ts';

const Counter = v.object({ count: v.number() });
const counter = storageItem(
  'counter',
  parsedOr(Counter, () => ({ count: 0 })),
);

describe('storageItem', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('reads the default when nothing is stored, and what was written after', async () => {
    expect(await counter.read()).toEqual({ count: 0 });
    await counter.write({ count: 3 });
    expect(fakeBrowser.local.get('counter')).toEqual({ count: 3 });
    expect(await counter.read()).toEqual({ count: 3 });
  });

  it('reads damaged data as the default', async () => {
    for (const damaged of ['x', null, [], { count: 'three' }]) {
      fakeBrowser.local.set('counter', damaged);
      expect(await counter.read()).toEqual({ count: 0 });
    }
  });

  it('clears to null, which reads as the default', async () => {
    await counter.write({ count: 3 });
    await counter.clear();
    expect(fakeBrowser.local.get('counter')).toBeNull();
    expect(await counter.read()).toEqual({ count: 0 });
  });

  it('tells listeners each new value, parsed, until they unsubscribe', async () => {
    const seen: unknown[] = [];
    const stop = counter.onChange((value) => seen.push(value));
    await counter.write({ count: 1 });
    await counter.clear();
    stop();
    await counter.write({ count: 2 });
    expect(seen).toEqual([{ count: 1 }, { count: 0 }]);
  });
});

describe('parsedOr', () => {
  it("keeps the schema's output, defaults included", () => {
    const parse = parsedOr(v.object({ on: v.optional(v.boolean(), true) }), () => ({ on: false }));
    expect(parse({})).toEqual({ on: true });
    expect(parse({ on: 'yes' })).toEqual({ on: false });
  });
});
