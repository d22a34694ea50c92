/**
 * Ways a page credits quoted words that the speaker finder used to miss: the words said to come from someone's
 * remarks ("“…” is word for word from Park's remarks"), a name opening a sentence whose predicate goes on with
 * "and said" ("Chief Park went further and said “…”"), and a town's police department named by its town. An invented town (quote-speaker.test.ts's).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { creditedSpeaker, speakerNames } from './quote-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Eastport' },
  { id: 'bo-park', kind: 'person', name: 'Bo Park', role: 'Eastport Police Chief' },
  { id: 'guild', kind: 'organization', name: 'Eastport Police Guild', aliases: ['the guild'] },
  { id: 'westport-pd', kind: 'agency', name: 'Westport Police Department' },
];
const SPEAKERS = ENTITIES.map((entity) => ({ entity, names: speakerNames(entity, ENTITIES) }));
const who = (sentence: string) => {
  const found = creditedSpeaker(sentence, '', SPEAKERS);
  return found === undefined || found === null ? found : found.entity.id;
};

describe('words said to come from someone', () => {
  it('credits the owner of the remarks, statement or words they are taken from', () => {
    expect(who('\u201CWe are done,\u201D is word for word from Chief Park\u2019s remarks.')).toBe(
      'bo-park',
    );
    expect(who('\u201CWe are done\u201D was taken verbatim from Lee\u2019s statement.')).toBe(
      'ann-lee',
    );
    expect(who('\u201CWe are done\u201D comes straight from the guild\u2019s own reply.')).toBe(
      'guild',
    );
  });
  it('credits no one for a place, an office or a person the words are only about', () => {
    expect(who('\u201CWe are done\u201D is word for word from Lee\u2019s office.')).toBeUndefined();
    expect(who('\u201CWe are done\u201D came from a reporter, not from Lee.')).toBeUndefined();
    expect(who('\u201CWe are done\u201D is a far cry from Park\u2019s remarks.')).toBeUndefined();
  });
});

describe('a name whose predicate goes on to speak', () => {
  it('credits the name that opens the sentence', () => {
    expect(who('Chief Park went further and said the city \u201Cwill not help.\u201D')).toBe(
      'bo-park',
    );
    expect(who('Lee stood up and told the room, \u201CWe are done.\u201D')).toBe('ann-lee');
  });
  it('credits no one named as the object, or after other words', () => {
    expect(who('The guild blasted Park yesterday and said \u201Cwe are done.\u201D')).not.toBe(
      'bo-park',
    );
    expect(who('Reporters asked Lee twice and said \u201Cwe are done.\u201D')).not.toBe('ann-lee');
    expect(who('Park met Lee and said \u201Cwe are done.\u201D')).not.toBe('ann-lee');
  });
});

describe("a town's agency named by its town", () => {
  it('is the speaker as "Westport\u2019s police department" or "Westport\u2019s police"', () => {
    expect(who('Westport\u2019s police department put it bluntly: \u201CWe are done.\u201D')).toBe(
      'westport-pd',
    );
    expect(who('Westport\u2019s police said, \u201CWe are done.\u201D')).toBe('westport-pd');
  });
});
