/**
 * A post given in a relative clause of the name ("Magnus, who was Pima County's sheriff at the time, …"), read as
 * the apposition and copula forms are (timed-post.ts): the world file has Chris Magnus as Tucson's police chief in
 * November 2016 (sources.md C7), never as a sheriff.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const chiefs = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'magnus-statement'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe('a post in a relative clause of the name', () => {
  it.each([
    "Magnus, who was Pima County's sheriff at the time, warned that more immigration duties would compromise trust.",
    'Magnus, who was the sheriff of Pima County at the time, issued a statement.',
    'Chris Magnus, who was then the Pima County sheriff, said the policies were not changing.',
  ])('a post they never held is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'role' })]),
    });
  });

  it.each([
    "Magnus, who was Tucson's police chief at the time, issued a statement.",
    'Magnus, who was then the Tucson police chief, said the policies were not changing.',
    'Chris Magnus, who is the police chief in Tucson, issued a written statement.',
    'Magnus, who later became commissioner of Customs and Border Protection, issued a statement in 2016.',
    'Magnus, who spoke after the election, said the policies were not changing.',
  ])('the post they held, or none, is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
