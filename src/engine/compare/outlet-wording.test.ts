/**
 * More wordings of an outlet's part (issue 14), on the invented story of
 * test-story.ts (the Alder Ledger broke the raid, interviewed the mayor and
 * printed Tam Reed's account): "broke on X", "the original report was
 * published by X", a writer's piece "for the X" where the X is a name the
 * world lists with its "The", and "She gave those remarks in an interview
 * with X" after a sentence about them. The last block checks the embedded
 * pack with the well-known outlets of data/outlets.json: true sentences stay
 * undisputed, another outlet of the same city is another outlet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { outletPack, outletStory } from './test-story.ts';

const record = outletStory();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('the first report, in other words', () => {
  it.each([
    'The story of the raid first broke on the Kells Courier.',
    'The news of the raid broke on the Kells Courier website.',
    'The original report on the raid was published by the Kells Courier.',
    'The first report of the raid appeared in the Harbour Mercury.',
  ])('another outlet is wrong: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', record: 'Alder Ledger' }],
    });
  });

  it('the recorded outlet agrees', () => {
    for (const sentence of [
      'The raid first broke on the Alder Ledger.',
      'The original report on the raid was published by the Alder Ledger.',
      'The first story on the raid ran in the Alder Ledger.',
    ]) {
      expect(compare(sentence)?.outcome, sentence).toBe('agrees');
    }
  });

  it('a report that is not said to be the first stays unconfirmed (outlets re-report)', () => {
    expect(compare('A report on the raid was published by the Kells Courier.')?.outcome).toBe(
      'unconfirmed',
    );
    expect(compare('A story on the raid ran in the Harbour Mercury.')?.outcome).toBe('unconfirmed');
  });
});

describe('a writer\'s piece for an outlet the world names with its "The"', () => {
  it('another outlet is wrong, the recorded one agrees', () => {
    expect(
      compare('The account of the raid was written by Tam Reed for the Harbour Mercury.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'the Harbour Mercury', record: 'Alder Ledger' }],
    });
    expect(
      compare('The account of the raid was written by Tam Reed for the Alder Ledger.')?.outcome,
    ).toBe('agrees');
  });
});

describe('"She gave those remarks in an interview with X": the interview the sentence before told of', () => {
  const { pack, world } = outletPack();
  const index = indexPacks([pack], { world });
  const verdict = (second: string) =>
    analyzeText(
      [
        'Dawn raid in Port Alder',
        'Harbor Unit officers raided a warehouse on Quay Street.',
        `Mayor Ida Marsh said in an interview that the raid was lawful. ${second}`,
      ].join('\n'),
      index,
      { today: '2024-06-20' },
    ).findings.find((f) => f.text.includes(second.slice(0, 12)))?.verdict;

  it('another outlet than the one she spoke to is wrong', () => {
    expect(verdict('She gave those remarks in an interview with the Kells Courier.')).toBe(
      'discrepant',
    );
  });

  it('the recorded outlet, or a speaker the record cannot tell, is not', () => {
    expect(verdict('She gave those remarks in an interview with the Alder Ledger.')).not.toBe(
      'discrepant',
    );
    expect(
      verdict('A spokesman gave those remarks in an interview with the Kells Courier.'),
    ).not.toBe('discrepant');
  });
});

describe('the embedded pack with the well-known outlets (data/outlets.json)', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const records = Object.fromEntries(index.stories.map((s) => [s.story.id, s.checks().record()]));
  const chiefs = records['police-chiefs-immigration-2016']!;
  const rochester = records['rochester-border-patrol-backup-2025']!;

  it('another newspaper of the same city is another outlet', () => {
    expect(
      compareSentence(
        'Chief Charlie Beck told the Los Angeles Daily News that the LAPD would not help with deportations.',
        chiefs,
        '2016-11-20',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', record: 'Los Angeles Times' }],
    });
  });

  it.each([
    [chiefs, 'Beck told the Los Angeles Times that the LAPD would not help with deportations.'],
    [chiefs, 'Gov1 re-posted the Police1 piece.'],
    [chiefs, 'The original round-up was published by Police1.'],
    [rochester, 'According to WXXI, the three men had no criminal record.'],
    [rochester, 'CNN later reported the visit.'],
  ])('a true sentence stays undisputed: %#', (story, sentence) => {
    expect(compareSentence(sentence, story, '2026-11-21')?.outcome).not.toBe('discrepant');
  });
});
