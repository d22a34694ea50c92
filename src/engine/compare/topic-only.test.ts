/**
 * A time word that times what something was about, not the event named as the topic (topic-only.ts). Wordings of
 * our own. The embedded police-chiefs pack: the presidential election on Tuesday 8 November 2016; the page here is
 * of Tuesday 22 November.
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
const judge = (sentence: string) => compareSentence(sentence, chiefs, '2016-11-22')?.outcome;

describe('a recency word outside the topic an event is named in', () => {
  it('times the questions, not the event they were about', () => {
    expect(judge('Tonight the phones rang with questions about the election.')).not.toBe(
      'discrepant',
    );
    expect(
      judge(
        'Callers this evening kept asking whether officers would change course now that the election is over.',
      ),
    ).not.toBe('discrepant');
  });

  it('an event told as happening then is still an old story told as new', () => {
    expect(judge('The election was held tonight.')).toBe('discrepant');
    expect(judge('Tonight voters went to the polls in the presidential election.')).toBe(
      'discrepant',
    );
  });
});
