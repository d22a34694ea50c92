/** "“…,” Lee boasted": a name right after the quoted words, then any verb in the past, credits them (quote-speaker.ts). */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { creditedSpeaker, speakerNames } from './quote-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Eastport' },
  { id: 'bo-park', kind: 'person', name: 'Bo Park', role: 'Eastport Police Chief' },
];
const SPEAKERS = ENTITIES.map((entity) => ({ entity, names: speakerNames(entity, ENTITIES) }));
const who = (sentence: string) => {
  const found = creditedSpeaker(sentence, '', SPEAKERS);
  return found === undefined || found === null ? found : found.entity.id;
};

describe('creditedSpeaker: a name right after the quote, then a verb in the past', () => {
  it.each([
    ['\u201CWe fixed it in a day,\u201D Lee boasted afterward.', 'ann-lee'],
    ['\u201CNobody listens,\u201D Chief Park grumbled.', 'bo-park'],
    ['\u201CThat is wrong,\u201D Lee angrily objected.', 'ann-lee'],
  ])('%s', (sentence, id) => {
    expect(who(sentence)).toBe(id);
  });

  it('not a name far from the quote, an owner, or a name with no past verb after it', () => {
    expect(who('\u201CWe fixed it,\u201D the crew said, and Lee nodded.')).toBeUndefined();
    expect(who('\u201CWe fixed it,\u201D Lee\u2019s aides boasted.')).toBeUndefined();
    expect(who('\u201CWe fixed it,\u201D Lee in a red coat.')).toBeUndefined();
  });
});

describe('creditedSpeaker: a name, then any verb in the past, a comma or colon, and the quoted words', () => {
  it('credits the name', () => {
    expect(who('Chief Park also expressed, \u201CNobody listens.\u201D')).toBe('bo-park');
    expect(who('Lee remarked: \u201CWe fixed it in a day.\u201D')).toBe('ann-lee');
  });
  it('not when someone is credited after the quote', () => {
    expect(who('Lee watched, \u201CWe fixed it,\u201D the crew said.')).not.toBe('ann-lee');
  });
  it('not a verb with an object between it and the quote', () => {
    expect(who('Lee praised the crew, \u201Cwho fixed it in a day.\u201D')).toBeUndefined();
  });
});
