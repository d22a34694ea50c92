/**
 * A stance turned round in paraphrase: "intended to change how his officers …", "would do things differently" for
 * Beck, who said "I don't intend on doing anything different" (sources.md C6; pack: beck-interview's policy-change
 * commitment); "Denver says it has helped with those efforts" for the Denver police, who said they had not
 * participated (C8; a city named as the speaker stands for the story's one police department there).
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
const BEFORE = 'Denver police said immigration enforcement is handled at the federal level.';
const compare = (s: string, before = '') =>
  compareSentence(s, chiefs, '2016-11-30', { page: `${before} ${s}` });
const stance = (s: string, before = '') =>
  compare(s, before)?.comparisons.find((c) => c.slot === 'stance');

describe('a change of practice given to a speaker who said there would be none', () => {
  it.each([
    "Beck said he intended to change how his officers handled people's immigration status.",
    'Beck told the Times the LAPD would do things differently from now on.',
    'According to Beck, the department is going to change how it deals with undocumented residents.',
    'Chief Beck said his officers would be doing everything differently.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([expect.objectContaining({ slot: 'stance' })]),
    });
  });

  it.each([
    "Beck said he didn't intend on doing anything different.",
    'Beck said the election would not change how the LAPD works.',
    'Beck made clear he had no plans to do things differently.',
    'Magnus said nothing would change how Tucson officers deal with undocumented residents.',
    'Tucson police are not changing how they handle immigration issues, Magnus said.',
    // No holder of a recorded commitment: nothing to compare.
    'The election changed how many people saw big-city police chiefs.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('a city named as the speaker of its police', () => {
  it.each([
    'Note that Denver says it has helped with those efforts in the past but will stop doing so now.',
    'Denver said it had taken part in those efforts before.',
  ])('is discrepant: %s', (sentence) => {
    expect(stance(sentence, BEFORE)).toBeDefined();
    expect(compare(sentence, BEFORE)?.outcome).toBe('discrepant');
  });

  it.each([
    'Denver says it has never taken part in those efforts.',
    'Denver said it had not participated in those efforts in the past and would not in the future.',
  ])('agrees: %s', (sentence) => {
    expect(compare(sentence, BEFORE)?.outcome).not.toBe('discrepant');
  });
});
