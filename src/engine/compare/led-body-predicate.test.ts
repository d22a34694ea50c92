/**
 * A post told as a plain predicate ("X was acting director of <agency>", "X served as acting <agency> director",
 * "X ran <agency> as acting director") or after "who was acting …": the agency against the bodies the person led
 * (the embedded pack and world file: Tom Homan, whose every post the world file lists, was acting ICE director).
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

describe('a post told as a predicate or after "who was acting"', () => {
  it('is wrong for a body the person never led', () => {
    expect(
      at(
        'Homan, who was acting DEA director in 2017 and 2018, is now the White House border czar.',
      ),
    ).toBe('discrepant');
    expect(at('Homan was acting director of the FBI in 2017 and 2018.')).toBe('discrepant');
    expect(at('Tom Homan served as acting ATF director from January 2017 to June 2018.')).toBe(
      'discrepant',
    );
    expect(
      at(
        'Homan ran the Secret Service as acting director back in 2017-18, so of course he is backing them.',
      ),
    ).toBe('discrepant');
  });

  it('agrees with the body the person led, and leaves other predicates alone', () => {
    expect(
      at(
        'Homan, who was acting ICE director in 2017 and 2018, is now the White House border czar.',
      ),
    ).not.toBe('discrepant');
    expect(at('Homan was acting director of ICE in 2017 and 2018.')).not.toBe('discrepant');
    expect(at('Tom Homan served as acting ICE director from January 2017 to June 2018.')).not.toBe(
      'discrepant',
    );
    expect(at('Homan ran ICE as acting director back in 2017-18.')).not.toBe('discrepant');
    expect(at('Homan was a Border Patrol agent in the 1980s.')).not.toBe('discrepant');
    expect(at('Homan was with Border Patrol before he joined ICE.')).not.toBe('discrepant');
  });

  it('leaves "X was the <agency>\u2019s chief", with no qualifier, to the copula reading of whom X works for', () => {
    const chiefs = buildStoryRecord(
      loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
      worldIndex(),
    );
    const of = (sentence: string) => compareSentence(sentence, chiefs, '2016-12-01')?.outcome;
    expect(
      of(
        'Charlie Beck was the Border Patrol\u2019s chief when he spoke to the Los Angeles Times in November 2016.',
      ),
    ).toBe('discrepant');
    expect(
      of(
        'Charlie Beck was the LAPD\u2019s chief when he spoke to the Los Angeles Times in November 2016.',
      ),
    ).not.toBe('discrepant');
  });

  it('compares the years given for the post with the person\u2019s terms in it', () => {
    expect(
      at('Homan, who was acting ICE director in 2014, is now the White House border czar.'),
    ).toBe('discrepant');
    expect(at('Homan was acting director of ICE in 2011.')).toBe('discrepant');
    expect(
      at('Homan ran ICE as acting director back in 2015, so of course he is backing them.'),
    ).toBe('discrepant');
    expect(
      at('Homan, who was acting ICE director in 2017, is now the White House border czar.'),
    ).not.toBe('discrepant');
    expect(at('Tom Homan served as acting ICE director from January 2017 to June 2018.')).not.toBe(
      'discrepant',
    );
  });
});
