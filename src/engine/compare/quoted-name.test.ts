/**
 * An outlet's bare name in quotation marks ("ran in the „X“", "the paper “X”") is a title, not a quotation
 * (quoted-name.ts): the clause is linked by that outlet as it would be unquoted. The police-chiefs record: the Denver
 * Police Department's statement of Monday 14 November 2016, printed by the Denver Post (sources.md C8).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { withOutletNamesUnquoted } from './quoted-name.ts';

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-12-05');

describe("an outlet's name in quotation marks", () => {
  it('links the clause by that outlet, in any style of marks', () => {
    expect(
      compare('The statement ran in the \u201EDenver Post\u201C on Saturday, November 12.'),
    ).toMatchObject({ outcome: 'discrepant', events: ['denver-statement'] });
    expect(
      compare('The statement ran in the \u201CDenver Post\u201D on Saturday, November 12.')
        ?.outcome,
    ).toBe('discrepant');
    expect(
      compare('The short statement was carried by the \u00ABDenver Post\u00BB.'),
    ).toMatchObject({ outcome: 'agrees', events: ['denver-statement'] });
  });
  it('keeps the offsets and leaves other quotations alone', () => {
    const g = chiefs.gazetteer;
    const s = 'It ran in the \u201EDenver Post\u201C.';
    expect(withOutletNamesUnquoted(s, g)).toHaveLength(s.length);
    for (const q of [
      'He said \u201CDenver will not change\u201D on Monday.',
      'A reader wrote that \u201CDenver Post\u201D coverage began later.',
      'The headline was \u201CPolice Say No\u201D in the paper.',
    ])
      expect(withOutletNamesUnquoted(q, g)).toBe(q);
  });
  it('the recorded day, or a quotation that is not a name, is never discrepant', () => {
    for (const s of [
      'The statement ran in the \u201EDenver Post\u201C on Monday, November 14.',
      'A reader wrote that \u201CDenver Post\u201D coverage began on Saturday, November 12.',
      'The statement was printed by the \u201EDenver Post\u201C.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
