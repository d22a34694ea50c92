/**
 * The town of a recorded lasting state (state-place.ts): the City Council first declared Rochester a "city of
 * sanctuaries" in 1986 (sources.md B1). The very start the record has, given to another town, is a conflict; another
 * town's own history, a comparison or another year says nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'sanctuary-1986'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-05-10');

describe('the recorded start of a lasting state given to another town', () => {
  it.each([
    'Syracuse became a sanctuary city in 1986.',
    'In 1986, Buffalo declared itself a city of sanctuaries.',
    'Albany has been a sanctuary city since 1986.',
    'Back in 1986 Utica proclaimed itself a sanctuary for immigrants.',
    'The sanctuary policy of Syracuse dates back to 1986.',
    'Denver declared itself a city of sanctuary for the first time in 1986.',
    'Syracuse first declared itself a city of sanctuaries in 1986.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'place' })],
    });
  });

  it.each([
    // The recorded town, in other words.
    'Rochester became a sanctuary city in 1986.',
    'The city of Rochester has called itself a sanctuary since 1986.',
    // Another town's own history, or a comparison.
    'Chicago has been a sanctuary city since 1985.',
    'Buffalo became a sanctuary city in 2017.',
    'Like Rochester, Ithaca became a sanctuary city in 1986.',
    'Ithaca also became a sanctuary city in 1986.',
    'Rochester, like Chicago, has been a sanctuary city since 1986.',
    'Both Syracuse and Rochester became sanctuary cities in 1986.',
    'Syracuse was the first city in the state to declare itself a sanctuary, in 1986.',
    'Albany was one of the cities that became a sanctuary in 1986.',
    // A town named for another reason.
    'A Syracuse native, the mayor said Rochester has been a sanctuary city since 1986.',
    'Activists from Buffalo recalled that Rochester became a sanctuary city in 1986.',
    'Syracuse did not become a sanctuary city in 1986.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
