import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, MONTH_NAMES_LOWER } from './month-names.ts';

describe('month names', () => {
  it('names the twelve months in order, January first', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[8]).toBe('September');
    expect(MONTH_NAMES[11]).toBe('December');
  });

  it('has the same names in lower case', () => {
    expect(MONTH_NAMES_LOWER).toEqual(MONTH_NAMES.map((name) => name.toLowerCase()));
  });
});
