import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from './json-error-position.ts';

describe('jsonErrorPosition', () => {
  it('is -1 for every kind of valid JSON', () => {
    for (const ok of [
      '{}',
      '[]',
      ' 1 ',
      '"a\\u00e9\\n"',
      '{"a":[1,-2.5e3,true,false,null,{"b":"c"}]}',
      '[[[[]]]]',
    ]) {
      expect(jsonErrorPosition(ok), ok).toBe(-1);
      expect(() => JSON.parse(ok)).not.toThrow();
    }
  });

  it('points at the first character that is wrong', () => {
    expect(jsonErrorPosition('{"a": 1,,}')).toBe(8);
    expect(jsonErrorPosition('[1, 2')).toBe(5);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
    expect(jsonErrorPosition('{a: 1}')).toBe(1);
    expect(jsonErrorPosition('[01]')).toBe(2);
    expect(jsonErrorPosition('{"a": "x\ny"}')).toBe(8);
    expect(jsonErrorPosition('{} extra')).toBe(3);
    expect(jsonErrorPosition('')).toBe(0);
  });

  it('agrees with JSON.parse on what is valid, for assorted inputs', () => {
    const samples = [
      '{"a":}',
      '[,]',
      '[1,]',
      '{"a":1,}',
      'tru',
      'nul',
      '"\\x"',
      '[1 2]',
      '{"a":{"b":[}}',
      '-',
      '1.',
      '.5',
      '"\\u12"',
    ];
    for (const bad of samples) {
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(jsonErrorPosition(bad), bad).toBeGreaterThanOrEqual(0);
    }
  });

  it('handles 100,000 levels of nesting without overflowing the stack', () => {
    expect(jsonErrorPosition('['.repeat(100_000) + ']'.repeat(100_000))).toBe(-1);
    expect(jsonErrorPosition('['.repeat(100_000))).toBe(100_000);
  });
});
