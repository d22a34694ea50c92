import { describe, expect, it } from 'vitest';
import { showRange } from './record-values.ts';

describe('showRange', () => {
  it('says an estimate stored as a range around a round number as the record gives it', () => {
    expect(showRange(70, 130)).toBe('about 100 (70 to 130)');
    expect(showRange(400, 600)).toBe('about 500 (400 to 600)');
  });

  it('keeps exact counts and other ranges as they are', () => {
    expect(showRange(10, 10)).toBe('10');
    expect(showRange(10, 12)).toBe('10 to 12');
    expect(showRange(7, 9)).toBe('7 to 9');
    expect(showRange(95, 105)).toBe('95 to 105');
  });
});
