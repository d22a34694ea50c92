/**
 * "It happened on X Street" where the record has several scenes on streets (happened-at.ts): the stop on
 * Whitney Street off Lyell Avenue (sources.md B7), visits to the Locust Club on Lexington Avenue (B24, B32).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) =>
  (s.entities ?? []).some((e) => e.id === 'whitney-street'),
)!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2025-04-30');

describe('"it happened on" a street, with several scenes on streets', () => {
  it('a street of no scene is discrepant, in several wordings', () => {
    expect(
      compare(
        "Nah, I'm pretty sure it happened over on Maple Avenue, my cousin lives right by there.",
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'street', page: 'Maple Avenue' }],
    });
    expect(compare('It all happened on Birch Street.')?.outcome).toBe('discrepant');
    expect(compare('As far as I know, the whole thing went down on Clover Road.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('Witnesses say this took place near Quarry Lane.')?.outcome).toBe('discrepant');
  });
  it('a recorded street, another happening, or a noun subject says nothing wrong', () => {
    for (const s of [
      "I'm pretty sure it happened over on Lyell Avenue, my cousin lives right by there.",
      'It happened on Whitney Street, near where my cousin lives.',
      'Everything took place on Whitney Street, just off Lyell Avenue.',
      'My cousin says it happened on Maple Avenue last year too.',
      'Something like that happened on Maple Avenue once.',
      'My neighbor said a crash happened on Maple Avenue.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});
