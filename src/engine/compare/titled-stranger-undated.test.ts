/**
 * A stranger under a one-holder title, in a clause that gives no day (the embedded pack's Rochester record; the
 * world file has Malik Evans as mayor from 2022): on a page of the story's own year the post is read on the story's
 * first day and on the page's day, and a stranger there is another person in a recorded role. A page years later,
 * or a title of another place, is left alone.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const at = (sentence: string, page = '2025-05-01') =>
  compareSentence(sentence, rochester, page)?.outcome;

describe('a stranger under a one-holder title, no day given', () => {
  it('is another person in the recorded role on a page of the story\u2019s year', () => {
    expect(at('Mayor Karen Brooks said the officers broke policy.')).toBe('discrepant');
    expect(at('In Rochester, Mayor Karen Brooks said the officers broke policy.')).toBe(
      'discrepant',
    );
    expect(at('Mayor Karen Brooks of Rochester called the stop a violation.', '2025-03-27')).toBe(
      'discrepant',
    );
  });

  it('is left alone years later, for the holder, and for another place\u2019s mayor', () => {
    expect(at('Mayor Karen Brooks said the officers broke policy.', '2030-05-01')).not.toBe(
      'discrepant',
    );
    expect(at('Mayor Malik Evans said the officers broke policy.')).not.toBe('discrepant');
    expect(at('Mayor Byron Brown of Buffalo said the city would not comment.')).not.toBe(
      'discrepant',
    );
    expect(at('Buffalo Mayor Byron Brown said the city would not comment.')).not.toBe('discrepant');
  });
});

describe('a stranger who visited, where the record names the visitor', () => {
  it('is another person in the recorded role', () => {
    expect(at('Angela Delgado visited the Locust Club\u2019s headquarters on April 29.')).toBe(
      'discrepant',
    );
    expect(at('Angela Delgado toured the Locust Club\u2019s headquarters on April 29.')).toBe(
      'discrepant',
    );
  });

  it('leaves the recorded visitor, and a person of the story, alone', () => {
    expect(at('Tom Homan visited the Locust Club\u2019s headquarters on April 29.')).not.toBe(
      'discrepant',
    );
    expect(at('Rob Ortt visited the Locust Club\u2019s headquarters in March.')).not.toBe(
      'discrepant',
    );
  });
});
