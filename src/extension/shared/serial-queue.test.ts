import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialQueue', () => {
  it('runs work one after another, in the order it was queued, and returns each result', async () => {
    const serially = createSerialQueue();
    const log: string[] = [];
    const step = (name: string, waits: number) => async () => {
      log.push(`${name} start`);
      for (let i = 0; i < waits; i++) await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([serially(step('a', 3)), serially(step('b', 0))]);
    expect(results).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('rejects only the work that failed; what comes after still runs', async () => {
    const serially = createSerialQueue();
    const failed = serially(async () => {
      throw new Error('broken');
    });
    const next = serially(async () => 'ran');
    await expect(failed).rejects.toThrow('broken');
    await expect(next).resolves.toBe('ran');
  });

  it('keeps separate queues apart', async () => {
    const first = createSerialQueue();
    const second = createSerialQueue();
    let release = () => {};
    const blocked = first(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(second(async () => 'free')).resolves.toBe('free');
    release();
    await blocked;
  });
});
