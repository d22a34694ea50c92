import { describe, expect, it } from 'vitest';
import { testPack } from '../pack/test-pack.ts';
import { foldText } from './normalize.ts';
import { indexPacks } from './pack-index.ts';
import { recognizeStory } from './recognize.ts';
import { buildTermIndex, findIndexedTerms } from './term-index.ts';
import { findTerm } from './terms.ts';

const TERMS = [
  'ice',
  'border patrol',
  'u.s.',
  "o'brien",
  '8,000',
  '8',
  '2.8 million',
  '"quoted"',
  '(hsi)',
  'pier 4',
  'café',
  'straße',
  'ρώμη',
  '#hashtag',
  'ice agents',
  'rochester',
];

/** The ids findIndexedTerms gives, as terms, next to what findTerm finds one term at a time. */
function both(text: string, terms = TERMS) {
  const folded = foldText(text);
  const { index } = buildTermIndex(terms);
  const viaIndex = [...findIndexedTerms(index, folded)].map((id) => index.terms[id]).sort();
  const oneByOne = [...new Set(terms)].filter((t) => findTerm(folded, t) !== -1).sort();
  return { viaIndex, oneByOne };
}

describe('term index', () => {
  it.each([
    'ICE agents met Border Patrol in the U.S. yesterday.',
    'Police and justice: no ice here, only an iced slice.',
    'About 8,000 officers; 8 more; 18,000 others; 2.8 millions; 2.8 million people.',
    'He said "quoted" (HSI) at Pier 4 and pier 40, O\u2019Brien too.',
    'Un café à Straße near \u03A1\u03CE\u03BC\u03B7 and #hashtag, #hashtags, hashtag.',
    'rochester',
    'Rochester\u2019s chief; ROCHESTER!',
    '',
  ])('finds exactly what findTerm finds in %j', (text) => {
    const { viaIndex, oneByOne } = both(text);
    expect(viaIndex).toEqual(oneByOne);
  });

  it('gives one id per distinct term and skips terms with no letter or digit', () => {
    const { index, ids } = buildTermIndex(['fire', 'fire', 'blaze', '...']);
    expect(index.terms).toEqual(['fire', 'blaze']);
    expect(ids.get('fire')).toBe(0);
    expect(ids.has('...')).toBe(false);
  });

  it('agrees with findTerm on random text over a small alphabet', () => {
    let seed = 3;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'b', ' ', '.', ',', '1', '2', '\u00E9', "'"];
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const terms = Array.from({ length: 8 }, () => word(1 + Math.floor(next() * 4))).filter((t) =>
        /[\p{L}\p{N}]/u.test(t),
      );
      const { viaIndex, oneByOne } = both(word(60), terms);
      expect(viaIndex).toEqual(oneByOne);
    }
  });
});

describe('recognition with and without the prefilter pattern', () => {
  const story = {
    recognition: {
      threshold: 3,
      requireAny: ['place'],
      cues: [
        { id: 'place', terms: ['Harbour Town', 'the quay'], weight: 2 },
        { id: 'fire', terms: ['fire', 'blaze'], weight: 1 },
      ],
    },
  };
  const pages = [
    'A blaze in Harbour Town.',
    'Harbour Townsend fire.',
    'A fire on the quay!',
    'A fire in the harbour.',
    'Harbour town, fire',
  ];

  it.each(pages)('recognises %j the same both ways', (page) => {
    const withPrefilter = indexPacks([testPack(story)]);
    const without = indexPacks([testPack(story)], { prefilterMaxTerms: 0 });
    expect(withPrefilter.prefilter).not.toBeNull();
    expect(without.prefilter).toBeNull();
    const folded = foldText(page);
    expect(recognizeStory(folded, withPrefilter)?.match.score).toBe(
      recognizeStory(folded, without)?.match.score,
    );
  });

  it('has no prefilter when a story requires no cue (every page must be scored against it)', () => {
    const index = indexPacks([
      testPack({
        recognition: { threshold: 1, cues: [{ id: 'fire', terms: ['fire'], weight: 1 }] },
      }),
    ]);
    expect(index.prefilter).toBeNull();
    expect(recognizeStory(foldText('A fire.'), index)?.match.score).toBe(1);
  });
});
