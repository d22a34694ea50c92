/**
 * A recorded refusal turned into a start in paraphrase: the Denver police said they "will not be involved in the
 * future" in immigration enforcement (sources.md C8; pack: denver-statement's outright immigration-enforcement
 * commitment), told as "would begin assisting federal agents going forward" beside talk of immigration enforcement;
 * and a city named as the subject of what its police would do ("he said Tucson would stop working with federal
 * agents", against C7's "will continue to work with our federal law enforcement partners").
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs } from './test-embedded-stories.ts';

const compare = (s: string, before = '') =>
  compareSentence(s, chiefs, '2016-11-30', { page: `${before} ${s}` });
const DENVER =
  'Denver police spokesman Doug Schepman said immigration enforcement is handled at the federal level, not by local police.';
const SCHEPMAN = 'Spokesman Doug Schepman spoke about immigration enforcement on Monday.';
const TUCSON = 'Chief Magnus put out a statement on Wednesday.';

describe('a start of helping federal agents given to a body that said it never would take part in immigration enforcement', () => {
  it.each([
    ['He added that the department would begin assisting federal agents going forward.', DENVER],
    ['Denver added that it would begin assisting federal agents going forward.', DENVER],
    ['Schepman said the Denver police would start helping federal agents from now on.', SCHEPMAN],
    [
      'According to Denver police, officers will start working with federal immigration agents.',
      '',
    ],
  ])('is discrepant: %s', (sentence, before) => {
    const r = compare(sentence, before);
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons.some((c) => c.slot === 'stance')).toBe(true);
  });

  it.each([
    // No talk of immigration enforcement: help with anything else is not the record's opposite.
    [
      'Denver added that it would begin assisting federal agents going forward.',
      'The city has a new budget.',
    ],
    // The record's own stance in other words.
    ['Denver said it would not begin assisting federal agents with deportations.', DENVER],
    ['He added that the department would stay out of those efforts in the future.', DENVER],
    // A body whose refusal the record does not state outright.
    [
      'Aurora police said they would begin assisting federal agents going forward.',
      'Aurora police spoke of immigration enforcement.',
    ],
    // Tucson said it would go on working with federal partners: a start is no opposite.
    ['Magnus said Tucson police would keep working with federal agents.', TUCSON],
  ])('is not discrepant: %s', (sentence, before) => {
    expect(compare(sentence, before)?.outcome).not.toBe('discrepant');
  });
});

describe('a city named as the subject of what a speaker said it would do', () => {
  it.each([
    ['Read it again: he said Tucson would stop working with federal agents altogether.', TUCSON],
    ['Magnus said that Tucson will no longer work with federal agents.', TUCSON],
  ])('is discrepant: %s', (sentence, before) => {
    expect(compare(sentence, before)?.outcome).toBe('discrepant');
  });

  it.each([
    ['He said Tucson would keep working with its federal law enforcement partners.', TUCSON],
    ['Magnus said that Tucson will go on working with federal partners.', TUCSON],
    // The city as a place, not a subject.
    ['He said officers in Tucson would keep working with federal partners.', TUCSON],
  ])('is not discrepant: %s', (sentence, before) => {
    expect(compare(sentence, before)?.outcome).not.toBe('discrepant');
  });
});
