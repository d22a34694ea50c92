import { describe, expect, it } from 'vitest';
import { dateToTime, storyScale } from './timeline-scale.ts';

describe('dateToTime', () => {
  it('reads partial dates as the start, or the end, of their period', () => {
    expect(new Date(dateToTime('2025-03')).toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(new Date(dateToTime('2025-03', true)).toISOString()).toBe('2025-03-31T23:59:59.999Z');
    expect(new Date(dateToTime('2024', true)).toISOString()).toBe('2024-12-31T23:59:59.999Z');
    expect(new Date(dateToTime('2025-02-28', true)).toISOString()).toBe('2025-02-28T23:59:59.999Z');
  });
});

describe('storyScale', () => {
  const window = { start: '2025-03-24', end: '2025-04-29' };
  const far = dateToTime('1986');
  const later = dateToTime('2025-12');
  const scale = storyScale(window, [far, later]);

  it('gives the story window the middle of the strip and squeezes the rest into the ends', () => {
    expect(scale.at(dateToTime('2025-03-24'))).toBeCloseTo(0.2);
    expect(scale.at(dateToTime('2025-04-29', true))).toBeCloseTo(0.8);
    expect(scale.at(far)).toBe(0);
    expect(scale.at(later)).toBeCloseTo(1);
    const mid = scale.at(dateToTime('2025-04-10'));
    expect(mid).toBeGreaterThan(0.2);
    expect(mid).toBeLessThan(0.8);
  });

  it('says what falls inside the story window', () => {
    expect(scale.inside(dateToTime('2025-04-01'))).toBe(true);
    expect(scale.inside(dateToTime('2021-01-20'))).toBe(false);
  });

  it('copes with nothing outside the window', () => {
    const tight = storyScale(window, []);
    expect(tight.at(dateToTime('2025-03-24'))).toBeCloseTo(0.2);
    expect(tight.at(dateToTime('2026'))).toBe(1);
  });
});
