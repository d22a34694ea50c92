import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('formats to the precision the pack gives, without shifting the day', () => {
    expect(formatDate('2025-03-28', 'en-US')).toBe('March 28, 2025');
    expect(formatDate('2016-11', 'en-US')).toBe('November 2016');
    expect(formatDate('2016', 'en-US')).toBe('2016');
    expect(formatDate('2025-03-28', 'en-GB')).toBe('28 March 2025');
  });
});
