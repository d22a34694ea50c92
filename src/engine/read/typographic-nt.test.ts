/** "n't" written with the typographic apostrophe ("wasn’t") denies its clause as "wasn't" does. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const gazetteer = buildGazetteer([{ kind: 'agency', id: 'ice', names: ['ICE'] }]);

describe('a typographic "n\u2019t"', () => {
  it('denies the clause and its outcomes', () => {
    for (const s of [
      'ICE didn\u2019t detain anyone on Monday.',
      "ICE didn't detain anyone on Monday.",
    ]) {
      const [clause] = readSentence(s, gazetteer);
      expect(clause?.negated).toBe(true);
      expect(clause?.mentions.find((m) => m.type === 'outcome')?.negated).toBe(true);
    }
  });

  it('is no denial in a possessive or a closing quotation mark', () => {
    expect(
      readSentence('ICE\u2019s agents detained three men on Monday.', gazetteer)[0]?.negated,
    ).toBe(false);
    expect(
      readSentence('\u2018We detain,\u2019 the agent said on Monday.', gazetteer)[0]?.negated,
    ).toBe(false);
  });
});
