/**
 * The words a drafted event is named by, for events of any kind: every form of its verb, the noun
 * the report names the happening by, coordinated verbs and the verb's object. General English only.
 */
import { describe, expect, it } from 'vitest';
import {
  coordinatedVerbs,
  happeningNouns,
  headNoun,
  irregularPast,
  objectNoun,
  verbForms,
} from './event-words.ts';

describe('verbForms', () => {
  it('gives every form of an irregular verb from any of them', () => {
    expect(verbForms('broke').sort()).toEqual(['break', 'breaking', 'breaks', 'broke', 'broken']);
    expect(verbForms('fell').sort()).toEqual(['fall', 'fallen', 'falling', 'falls', 'fell']);
    expect(verbForms('cut').sort()).toEqual(['cut', 'cuts', 'cutting']);
    expect(verbForms('struck')).toContain('strike');
    expect(verbForms('held').sort()).toEqual(['held', 'hold', 'holding', 'holds']);
  });

  it('gives a regular past alone: its base may be a noun or an infinitive ("to replace", "the issue")', () => {
    expect(verbForms('replaced')).toEqual(['replaced']);
  });

  it('leaves a word of no verb alone', () => {
    expect(verbForms('advisory')).toEqual(['advisory']);
  });
});

describe('irregularPast', () => {
  it('knows the simple past of irregular verbs, not their bases or participles', () => {
    expect(irregularPast('burst')).toBe(true);
    expect(irregularPast('collapsed')).toBe(false);
    expect(irregularPast('broken')).toBe(false);
    expect(irregularPast('break')).toBe(false);
  });
});

describe('the nouns and verbs around an event verb', () => {
  it('takes the head noun of the subject before the verb', () => {
    expect(headNoun('DENVER — A 12-inch gas line ')).toBe('line');
    expect(headNoun('Officials ')).toBeUndefined();
  });

  it('finds the happening named after the thing it befell, in all its forms', () => {
    expect(
      happeningNouns(['Gas line rupture closes Elm Street', 'The gas line was old.'], 'line'),
    ).toEqual(['rupture']);
    expect(
      happeningNouns(['Roof collapse at the mall', 'The roof fell in at noon'], 'roof').sort(),
    ).toEqual(['fall', 'fallen', 'falling', 'falls', 'fell']);
    expect(happeningNouns(['The roof was old'], 'roof')).toEqual([]);
  });

  it('takes a verb coordinated after the first, with its forms', () => {
    expect(coordinatedVerbs(' out and replaced a section')).toEqual(['replaced']);
    expect(coordinatedVerbs(' and fell')).toEqual(
      expect.arrayContaining(['fell', 'fall', 'fallen']),
    );
    expect(coordinatedVerbs(' a pipe and a valve')).toEqual([]);
  });

  it('takes a verb coordinated after the first verb\'s object, with its particle ("struck power lines and came down hard")', () => {
    expect(coordinatedVerbs(' power lines and came down hard in a field')).toEqual(
      expect.arrayContaining(['came down', 'come down', 'coming down']),
    );
    expect(coordinatedVerbs(' power lines and came down')).not.toContain('came');
    // Objects joined by "and" are no verb; a comma ends the object.
    expect(coordinatedVerbs(' a pilot and nine passengers')).toEqual([]);
    expect(coordinatedVerbs(' the line, and police closed the road')).toEqual([]);
  });

  it("takes the object's head noun when a preposition or the end closes it", () => {
    const stop = (w: string) => ['on', 'in', 'at', 'for', 'of', 'and'].includes(w);
    expect(objectNoun(' a boil-water advisory on Tuesday', stop)).toBe('advisory');
    expect(objectNoun(' the evacuation order.', stop)).toBe('order');
    expect(objectNoun(' residents of the area', stop)).toBeUndefined();
    expect(objectNoun(' a very old stone bridge over the river', stop)).toBeUndefined();
  });
});
