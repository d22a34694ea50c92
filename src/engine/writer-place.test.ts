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

describe('writersPlace after a clause of others', () => {
  it('is not the writer’s after a comma, a word that opens what was said, or someone else’s doing', () => {
    expect(at('i can tell you that it happened in buffalo', 'buffalo')).toBe(false);
    expect(at('as i remember, the chief in phoenix said so', 'phoenix')).toBe(false);
    expect(at('we now know the three men were taken into custody in syracuse', 'syracuse')).toBe(
      false,
    );
    expect(at('we saw that magnus, in phoenix, said so', 'phoenix')).toBe(false);
  });
  it('is the writer’s own being there', () => {
    expect(at('i was in buffalo that week', 'buffalo')).toBe(true);
    expect(at('i read about it at a buffalo office', 'buffalo')).toBe(true);
  });
});
