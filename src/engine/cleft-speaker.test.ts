/** A cleft ("It was X who said …") and "X of <Place> said" credit the named speaker (cleft-speaker.ts via quote-speaker.ts). */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { creditedSpeaker, speakerNames } from './quote-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Eastport' },
  { id: 'bo-park', kind: 'person', name: 'Bo Park', role: 'Eastport Police Chief' },
  { id: 'guild', kind: 'organization', name: 'Eastport Police Guild', aliases: ['the guild'] },
];
const SPEAKERS = ENTITIES.map((entity) => ({ entity, names: speakerNames(entity, ENTITIES) }));
const who = (sentence: string) => {
  const found = creditedSpeaker(sentence, '', SPEAKERS);
  return found === undefined || found === null ? found : found.entity.id;
};

describe('cleft speakers', () => {
  it('credits the focus of a cleft with the quoted words', () => {
    expect(who('It was Mayor Ann Lee who said the video showed \u201Ca lack of care.\u201D')).toBe(
      'ann-lee',
    );
    expect(who('Answer: (a) It was Bo Park who wrote, \u201CWe are done here.\u201D')).toBe(
      'bo-park',
    );
    expect(who('It is the guild that posted: \u201CWe are done here.\u201D')).toBe('guild');
    expect(
      who('In the end it was actually Chief Park who told reporters \u201Cwe are done here.\u201D'),
    ).toBe('bo-park');
    expect(who('Lee was the one who said \u201Cwe are done here.\u201D')).toBe('ann-lee');
    expect(who('It was Bo Park of Eastport who wrote, \u201CWe are done here.\u201D')).toBe(
      'bo-park',
    );
  });

  it('credits a name followed by its place or body after "of"', () => {
    expect(who('Bo Park of Eastport wrote, \u201CWe are done here.\u201D')).toBe('bo-park');
    expect(who('Ann Lee of the Eastport City Council said \u201Cwe are done here.\u201D')).toBe(
      'ann-lee',
    );
  });

  it('reads no speaker where the name is not the focus or the words after "of" are no name', () => {
    // The name is the object of the cleft's verb, not its speaker.
    expect(who('It was the guild that Lee thanked, \u201Cfor everything.\u201D')).toBeUndefined();
    // A relative clause with no cleft before it: who speaks is not said.
    expect(who('Critics of Lee who said \u201Cwe are done here\u201D were wrong.')).toBeUndefined();
    expect(who('Ann Lee of all people wrote \u201Cwe are done here.\u201D')).toBeUndefined();
  });
});

describe('a cleft with an aside before "who"', () => {
  it('credits the focus past ", too,"', () => {
    expect(who('It was Lee, too, who said he saw \u201Ca lack of care.\u201D')).toBe('ann-lee');
    expect(who('It was Park, also, who wrote \u201CWe are done here.\u201D')).toBe('bo-park');
  });
});

describe('"as X of <Place> put it"', () => {
  it('credits the name past its place or body', () => {
    expect(who('As Lee of Eastport put it, \u201Cwe are done.\u201D')).toBe('ann-lee');
    expect(
      who('Or, as Park of the Eastport Police Department put it, \u201Cwe are done.\u201D'),
    ).toBe('bo-park');
  });
});
