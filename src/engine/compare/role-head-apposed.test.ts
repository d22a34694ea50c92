/**
 * A title in apposition right after a person of the story ("X, the Denver police chief, issued …"), held to the posts
 * the record gives them (role-head.ts): Doug Schepman was the Denver police's spokesman in November 2016, not its
 * chief; nor was he its chief as the predicate ("Schepman was the chief of …"). An owner's title ("the chief's spokesman") and their own post are left alone.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const inChiefs = (sentence: string) =>
  compareSentence(sentence, chiefs, '2016-11-20', { page: sentence });

describe('a title as the predicate', () => {
  it('"X was the chief of <body>" for a spokesman is wrong; their own post, or one they did not close, is not', () => {
    const r = inChiefs('Doug Schepman was the chief of the Denver Police Department.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('chief of the Denver Police Department');
    expect(
      inChiefs('Doug Schepman was the spokesman for the Denver Police Department.')?.outcome,
    ).not.toBe('discrepant');
    expect(inChiefs('Charlie Beck was the chief of the LAPD at the time.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(inChiefs('Chris Magnus was the police chief in Tucson.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a title in apposition after the name', () => {
  it('is the post the page gives them: a leading post for a spokesman is wrong', () => {
    const r = inChiefs('Doug Schepman, the Denver police chief, issued the statement.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('spokesman');
    expect(r?.explanation).toContain('Denver police chief');
    expect(inChiefs('Doug Schepman, the Denver police chief.')?.outcome).toBe('discrepant');
  });

  it('leaves their own post, an owner\u2019s title and a title that does not close the apposition alone', () => {
    expect(
      inChiefs('Doug Schepman, the department\u2019s spokesman, issued the statement.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      inChiefs('Doug Schepman, the chief\u2019s spokesman, issued the statement.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      inChiefs('Doug Schepman, the Denver Police Department spokesman, issued the statement.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      inChiefs('Chris Magnus, the Tucson police chief, put out a written statement.')?.outcome,
    ).not.toBe('discrepant');
  });
});
