/** The gate's prefilter, grouped by first character, finds exactly what the flat alternation of its terms finds. */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { indexPacks, prefilterOf } from './pack-index.ts';
import { escapeRegExp } from './terms.ts';

describe('prefilterOf', () => {
  const terms = [
    'sanctuary city',
    'sanctuary',
    'stanley martin',
    'locust club',
    'l.a.',
    'x',
    'rob ortt',
    'rochester',
  ];
  const flat = new RegExp(
    [...terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
  );
  const grouped = prefilterOf(terms);

  it('groups the terms by their first character', () => {
    expect(grouped.source.startsWith('s(?:')).toBe(true);
    expect(grouped.source.split('|').length).toBeLessThan(
      flat.source.split('|').length + terms.length,
    );
  });

  it.each([
    'a page about the sanctuary debate',
    'nothing here',
    'l.a. police',
    'lax rules',
    'the rob ortt statement',
    'robot',
    'stanley marti',
    'x',
    'la',
  ])('finds what the flat pattern finds: %s', (text) => {
    expect(grouped.test(text)).toBe(flat.test(text));
    expect(grouped.exec(text)?.index).toBe(flat.exec(text)?.index);
  });

  it('is what the embedded pack\u2019s index uses', () => {
    const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
    expect(index.prefilter?.test('the locust club said')).toBe(true);
    expect(index.prefilter?.test('a page about gardening and the weather')).toBe(false);
  });
});
