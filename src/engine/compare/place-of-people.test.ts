/**
 * A place that says where people are from or based, not where it happened (compare-values.ts): every place of a list
 * after "from", and a place before "-born" or "-based". The embedded 2025 record: protests at City Hall in Rochester.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.events?.some((e) => e.id === 'protest'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-05-04')?.outcome;

describe('a place people are from', () => {
  it('is no place of the event, each of a list after "from", or before "-born"', () => {
    expect(
      compare('Protesters from Brooklyn and Queens joined the rally outside City Hall.'),
    ).not.toBe('discrepant');
    expect(
      compare('Protesters from Buffalo, Albany or Utica joined the rally outside City Hall.'),
    ).not.toBe('discrepant');
    expect(compare('Brooklyn-born activists joined the rally at City Hall.')).not.toBe(
      'discrepant',
    );
  });
  it('while the event put in another place is wrong', () => {
    expect(compare('Protesters rallied in Queens on April 29.')).toBe('discrepant');
  });
});
