/** The owner of a noun for what was said, before quoted words, is their speaker (owned-speech.ts, quote-speaker.ts). Invented names. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { creditedSpeaker, speakerNames } from './quote-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'ada-voss', kind: 'person', name: 'Ada Voss', role: 'Mayor of Kellport' },
  { id: 'rik-holm', kind: 'person', name: 'Rik Holm', role: 'Kellport Police Chief' },
  { id: 'union', kind: 'organization', name: 'Kellport Patrol Union', aliases: ['the union'] },
];
const SPEAKERS = ENTITIES.map((entity) => ({ entity, names: speakerNames(entity, ENTITIES) }));
const who = (sentence: string) => creditedSpeaker(sentence, '', SPEAKERS)?.entity.id;

describe('a possessive noun of speech before the quoted words', () => {
  it('credits the owner, after "that" or a colon', () => {
    expect(
      who(
        'A banner carries Mayor Voss\u2019s warning that \u201Cno officer will ride along.\u201D',
      ),
    ).toBe('ada-voss');
    expect(
      who('The flyer repeats Chief Holm\u2019s blunt promise: \u201CWe stay out of raids.\u201D'),
    ).toBe('rik-holm');
    expect(
      who('It printed the union\u2019s reply that its members \u201Cacted lawfully.\u201D'),
    ).toBe('union');
  });

  it('credits the owner after a dash, even when a pronoun speaks inside the quote', () => {
    expect(
      who(
        'The file keeps Mayor Voss\u2019s own words \u2014 \u201CNo officer rides along,\u201D he said, \u201Cnot now.\u201D',
      ),
    ).toBe('ada-voss');
  });

  it('not a noun with the quote right after it, nor a long clause before the quote: the words may be the caller\u2019s', () => {
    // The caller's, not the owner's.
    expect(who('The union called Mayor Voss\u2019s remarks \u201Ca stunt.\u201D')).not.toBe(
      'ada-voss',
    );
    expect(
      who('The union called Voss\u2019s warning that officers must stay back \u201Ca stunt.\u201D'),
    ).toBeUndefined();
    expect(who('Voss\u2019s plan, \u201CSafe Streets,\u201D began in May.')).toBeUndefined();
  });
});
