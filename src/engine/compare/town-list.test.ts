/**
 * A town substituted in a list of the towns whose police spoke (town-list.ts): Police1 gathered the statements of the
 * police of Los Angeles (Beck to the Los Angeles Times), Denver (the department's statement) and Tucson (Chief
 * Magnus's written statement), 14-16 November 2016 (sources.md A2, C6-C8); Aurora police said the same (Denverite).
 */
import { describe, expect, it } from 'vitest';
import { readSentence } from '../read/read-sentence.ts';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';
import { placeConflict } from './test-expected-verdict.ts';
import { townListConflicts } from './town-list.ts';

const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe('a town substituted in the list of towns whose police spoke', () => {
  it.each([
    'Police chiefs in Los Angeles, Tucson and Seattle said their departments would stay out of immigration enforcement.',
    'Within days of the election, police in Boston, Denver and Tucson declared they would leave deportations to federal agents.',
    'Police departments in Portland, Denver and Tucson said they would keep out of immigration work.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject(
      placeConflict('record', /^(?:Los Angeles|Tucson|Denver)/),
    );
  });

  it.each([
    'Police chiefs in Los Angeles, Tucson and Denver said their departments would stay out of immigration enforcement.',
    // A town of the story's own, a longer or shorter list, others set beside, a denial.
    'Police in Aurora, Tucson and Denver said they would stay out of immigration enforcement.',
    'Police in Los Angeles, Tucson, Denver and Chicago said they would stay out of immigration enforcement.',
    'Police in Chicago, like those in Tucson and Denver, said they would stay out of immigration enforcement.',
    'Police chiefs in Seattle, Tucson and Denver also said so.',
    'Police in Boston, Tucson and Denver did not say they would help with deportations.',
    // Not the towns' police speaking.
    'Reporters from Boston, Tucson and Denver said the chiefs were clear.',
    'Police chiefs in Chicago, Boston and Seattle said the same.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });

  it('says nothing where the story has statements from fewer towns than the list', () => {
    const sentence =
      'Police chiefs in Buffalo, Syracuse and Rochester said they answer backup calls.';
    const [clause] = readSentence(sentence, rochester.gazetteer);
    expect(townListConflicts(clause!, sentence, rochester)).toEqual([]);
    const [own] = readSentence(
      'Police chiefs in Boston, Tucson and Denver said they would stay out of it.',
      chiefs.gazetteer,
    );
    expect(
      townListConflicts(
        own!,
        'Police chiefs in Boston, Tucson and Denver said they would stay out of it.',
        chiefs,
      ),
    ).toHaveLength(1);
  });
});
