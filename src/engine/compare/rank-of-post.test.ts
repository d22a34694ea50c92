/**
 * Another rank of a person's post ("Deputy Chief David Smith" for the police chief, "Deputy Mayor Malik Evans"), and a
 * post of another rank or of one holder given in a predicate or an apposition ("… was Rochester's deputy police chief",
 * "Stanley Martin, the council's president"): never green. A "chief" of another body is left as before (a post the
 * record may not list). The
 * embedded pack's Rochester record (the press conference of Wednesday 26 March 2025, Mayor Evans and Chief Smith).
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
const outcome = (sentence: string) => compareSentence(sentence, rochester, '2025-06-01')?.outcome;

describe('another rank of the post', () => {
  it('is wrong before the name at an event the person took part in', () => {
    expect(
      outcome(
        'Deputy Chief David Smith said at a press conference on Wednesday that the officers appeared to break policy.',
      ),
    ).toBe('discrepant');
    expect(outcome('Assistant Chief David Smith spoke to reporters on Wednesday.')).toBe(
      'discrepant',
    );
    expect(
      outcome(
        'Deputy Mayor Malik Evans said at a press conference on Wednesday that the officers broke policy.',
      ),
    ).toBe('discrepant');
  });

  it('leaves the post itself, in any of its names, alone', () => {
    expect(
      outcome(
        'Police Chief David Smith said at a press conference on Wednesday that the officers appeared to break policy.',
      ),
    ).toBe('agrees');
    expect(outcome('Chief David Smith spoke to reporters on Wednesday.')).not.toBe('discrepant');
    expect(
      outcome(
        'Mayor Malik Evans said at a press conference on Wednesday that the officers broke policy.',
      ),
    ).toBe('agrees');
  });
});

describe('a post in a predicate', () => {
  it("is never green when it fits none of the person's posts", () => {
    expect(
      outcome(
        "At the press conference on March 26, 2025, David Smith was Rochester's deputy police chief.",
      ),
    ).not.toBe('agrees');
  });

  it('agrees when it is theirs', () => {
    expect(
      outcome(
        "At the press conference on March 26, 2025, David Smith was Rochester's police chief.",
      ),
    ).toBe('agrees');
    expect(outcome('Malik Evans, the mayor, said on Wednesday the officers broke policy.')).toBe(
      'agrees',
    );
    expect(
      outcome(
        'Stanley Martin, a councilmember, went further on Thursday, saying the officers should be fired.',
      ),
    ).toBe('agrees');
  });

  it("in an apposition, is never green when it fits none of the person's posts", () => {
    expect(
      outcome(
        "Stanley Martin, the council's president, went further on Thursday, saying the officers should be fired.",
      ),
    ).not.toBe('agrees');
  });
});
