import { describe, expect, it } from 'vitest';
import { baseForms, presentPhrases, thirdPersonForms } from './present-tense.ts';

describe('present tense of past forms', () => {
  it.each([
    ['sued', 'sues'],
    ['raided', 'raids'],
    ['stopped', 'stops'],
    ['passed', 'passes'],
    ['carried', 'carries'],
    ['released', 'releases'],
    ['met', 'meets'],
    ['came', 'comes'],
  ])('%s → %s', (past, present) => {
    expect(thirdPersonForms(past)).toContain(present);
  });

  it('a word that is no past form has none', () => {
    expect(baseForms('warehouse')).toEqual([]);
    expect(thirdPersonForms('lawsuit')).toEqual([]);
  });

  it('a phrase keeps its tail, and gains a base form only with words after the verb', () => {
    expect(presentPhrases('pulled over')).toEqual(
      expect.arrayContaining(['pulls over', 'pull over']),
    );
    expect(presentPhrases('released details')).toContain('release details');
    expect(presentPhrases('posted')).not.toContain('post');
  });
});
