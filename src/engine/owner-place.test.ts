import { describe, expect, it } from 'vitest';
import { ownsNoPlace } from './owner-place.ts';

const after = (text: string, town: string) => ownsNoPlace(text, text.indexOf(town) + town.length);

describe('ownsNoPlace', () => {
  it('is a town owning its time or its talk', () => {
    expect(after("how a stop took over albany's week", 'albany')).toBe(true);
    expect(after("it dominated buffalo's whole news cycle", 'buffalo')).toBe(true);
    expect(after('the stop filled syracuse\u2019 headlines', 'syracuse')).toBe(true);
  });
  it('is not a town owning a body, a post, a statement or a part of itself, nor one with no possessive', () => {
    expect(after("aurora's police department put it plainly", 'aurora')).toBe(false);
    expect(after("buffalo's mayor said so", 'buffalo')).toBe(false);
    expect(after("denver's statement came first", 'denver')).toBe(false);
    expect(after("a stop on buffalo's west side", 'buffalo')).toBe(false);
    expect(after('a stop in albany on monday', 'albany')).toBe(false);
  });
});
