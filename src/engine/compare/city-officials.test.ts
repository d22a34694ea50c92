/**
 * A city's officials as the holder of the city's recorded stance (compare-commitment.ts, placeOfficials): the record
 * has police and city officials in Chicago, Seattle and New York City on record in November 2016 against helping with
 * the president-elect's immigration enforcement (sources.md D4; pack: cities-speak-out, held by an organisation seated
 * in each city). "<City> officials", "<City>'s leaders", "officials in <City>" name it; a name that may be a state's
 * ("New York officials") does not.
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
const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30', { page: s });
const stance = (s: string) => compare(s)?.comparisons.find((c) => c.slot === 'stance');

describe('a city speaking through its officials', () => {
  it.each([
    'New York City officials, for their part, pledged full cooperation with federal deportation efforts.',
    'Seattle officials vowed to help federal agents with deportations.',
    "Chicago's leaders said the city would take part in immigration sweeps.",
    'Officials in New York City said they would join deportation raids.',
  ])('is discrepant: %s', (sentence) => {
    expect(stance(sentence)).toBeDefined();
    expect(compare(sentence)?.outcome).toBe('discrepant');
  });

  it.each([
    'Chicago officials said the city would not help with deportations.',
    'Officials in Seattle said they would not take part in immigration enforcement.',
    'New York City officials were among those who refused to help with deportation efforts.',
    'New York City officials were among those who spoke out against helping with immigration enforcement.',
    'Beck spoke out against helping with deportation efforts.',
    'Denver police came out against taking part in immigration sweeps.',
    // "New York" may be the state: no holder.
    'New York officials pledged cooperation with deportation efforts.',
    // Not the officials: nothing said of the city's stance.
    'Chicago police arrested a man wanted on a federal warrant.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
