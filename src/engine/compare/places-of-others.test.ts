/**
 * Places that belong to someone or something else than the story's event (the embedded pack's Rochester record:
 * the city first declared itself a sanctuary in 1986; one event, a state law, is placed in New York State):
 * - a town read against the whole story is confirmed by the story's town, not by the state one event names;
 * - a town before a noun for people says where they are from ("Albany lawmakers");
 * - "X has been a sanctuary state since Y" for another place is that place's history.
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
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-05-01')?.outcome;

describe('a town read against the whole story', () => {
  it('is not confirmed by the state another event names', () => {
    expect(at('Syracuse officers did frisk some of the other occupants.')).toBe('unconfirmed');
    expect(at('Yonkers has long called itself a sanctuary.')).not.toBe('agrees');
  });

  it('is confirmed when it is the story town, or the state around it', () => {
    expect(at('Rochester officers did frisk some of the other occupants.')).not.toBe('unconfirmed');
    expect(at('New York lawmakers criticized the mayor.')).not.toBe('discrepant');
  });
});

describe('a town before a noun for people', () => {
  it('says where they are from, not where the event was', () => {
    expect(at('Albany lawmakers criticized the mayor.')).not.toBe('discrepant');
    expect(at('Syracuse residents rallied in support of the officers.')).not.toBe('discrepant');
  });

  it('leaves the place of the event compared', () => {
    expect(at('The mayor held a press conference in Albany.')).toBe('discrepant');
  });
});

describe('the start of a lasting state, for another place', () => {
  it('is that place\u2019s history', () => {
    expect(at('California has been a sanctuary state since 2018.')).not.toBe('discrepant');
    expect(at('Utica has been a sanctuary city since 2020.')).not.toBe('discrepant');
    expect(at('Santa Fe became a sanctuary city in 1999.')).not.toBe('discrepant');
  });

  it('is compared for the story\u2019s own place, named or not', () => {
    expect(at('Rochester has been a sanctuary city since 2020.')).toBe('discrepant');
    expect(at('The city has been a sanctuary city since 2001.')).toBe('discrepant');
    expect(at('It has been a sanctuary city since 2001.')).toBe('discrepant');
  });
});

describe('a lasting state said to go back to a year', () => {
  it('is compared with the year the record dates its start', () => {
    expect(
      at(
        'Rochester\u2019s sanctuary status dates back to 1996, when the City Council first adopted it.',
      ),
    ).toBe('discrepant');
    expect(at('The city\u2019s status as a sanctuary goes back to 1992.')).toBe('discrepant');
  });

  it('agrees with the record\u2019s year and leaves another place alone', () => {
    expect(at('Rochester\u2019s sanctuary status dates back to 1986.')).not.toBe('discrepant');
    expect(at('California\u2019s sanctuary law dates back to 2018.')).not.toBe('discrepant');
  });
});

describe('a count of officers on the block', () => {
  it('is the scene\u2019s count', () => {
    expect(at('Within minutes, some two dozen city officers had converged on the block.')).toBe(
      'discrepant',
    );
    expect(at('Within minutes, ten city officers had converged on the block.')).not.toBe(
      'discrepant',
    );
  });
});
