import { describe, expect, it } from 'vitest';
import { exactBytes, megabytes } from './megabytes.ts';

describe('megabytes', () => {
  it('writes a size in MB, to one decimal or as asked', () => {
    expect(megabytes(2 * 1024 * 1024)).toBe('2.0 MB');
    expect(megabytes(20 * 1024 * 1024, 0)).toBe('20 MB');
    expect(megabytes(1.25 * 1024 * 1024, 2)).toBe('1.25 MB');
  });

  it('writes an exact byte count with separators', () => {
    expect(exactBytes(20 * 1024 * 1024 + 1)).toBe('20,971,521 bytes');
  });
});
