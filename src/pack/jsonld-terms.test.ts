import { describe, expect, it } from 'vitest';
import { hasType, nodeResolver, schemaTerms } from './jsonld-terms.ts';

describe('schemaTerms', () => {
  it('names types and properties by their bare schema.org terms, whatever the context', () => {
    expect(
      schemaTerms({
        '@context': 'http://schema.org',
        '@type': 'http://schema.org/Claim',
        'https://schema.org/name': 'x',
      }),
    ).toEqual({ '@type': ['Claim'], name: 'x' });
    expect(
      schemaTerms({
        '@context': { sdo: 'https://schema.org/' },
        '@type': ['sdo:Claim', 'schema:Thing'],
        'sdo:name': { '@value': 'x' },
      }),
    ).toEqual({ '@type': ['Claim', 'Thing'], name: 'x' });
  });

  it('applies a nested context to its subtree only', () => {
    const data = {
      '@type': 'Thing',
      about: { '@context': { ex: 'http://schema.org/' }, '@type': 'ex:Claim' },
      other: { '@type': 'ex:Claim' },
    };
    expect(schemaTerms(data)).toEqual({
      '@type': ['Thing'],
      about: { '@type': ['Claim'] },
      other: { '@type': ['ex:Claim'] },
    });
  });

  it('keeps both values when a property is spelled two ways', () => {
    expect(schemaTerms({ url: 'https://a.example/', 'schema:url': 'https://b.example/' })).toEqual({
      url: ['https://a.example/', 'https://b.example/'],
    });
  });

  it('leaves out what is nested deeper than it reads, without throwing', () => {
    let deep: unknown = { '@type': 'ClaimReview' };
    for (let i = 0; i < 10_000; i++) deep = { item: deep };
    expect(() => schemaTerms(deep)).not.toThrow();
  });
});

describe('hasType and nodeResolver', () => {
  it("tells a node's type and resolves node references by @id", () => {
    const data = schemaTerms({
      '@graph': [
        { '@id': '#o', '@type': 'Organization', name: 'Desk' },
        { '@type': 'ClaimReview', author: { '@id': '#o' } },
      ],
    }) as { '@graph': Record<string, unknown>[] };
    const resolve = nodeResolver(data);
    expect(hasType(data['@graph'][1]!, 'ClaimReview')).toBe(true);
    expect(resolve(data['@graph'][1]!.author)).toMatchObject({ name: 'Desk' });
    expect(resolve({ '@id': '#missing' })).toEqual({ '@id': '#missing' });
  });
});
