import { describe, expect, it } from 'vitest';
import { writersPlace } from './writer-place.ts';

const at = (text: string, place: string) => writersPlace(text, text.indexOf(place), ['stop']);

describe('writersPlace', () => {
  it('is the writer’s where the first person stands before the place with no event word between', () => {
    expect(at('from my desk at a buffalo office i tracked it: the stop', 'buffalo')).toBe(true);
    expect(at('the stop fell on a monday; i read about it in buffalo', 'buffalo')).toBe(true);
    expect(at('we in buffalo were shocked', 'buffalo')).toBe(true);
  });
  it('is not where the event’s word comes between, or no first person stands in the stretch', () => {
    expect(at('i read that the stop was in buffalo', 'buffalo')).toBe(false);
    expect(at('as i recall, the stop happened in buffalo', 'buffalo')).toBe(false);
    expect(at('i said so: the van was pulled over in buffalo', 'buffalo')).toBe(false);
  });
});
