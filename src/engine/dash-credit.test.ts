/**
 * Quoted words credited by a dash after them ("“…” — Chief Jane Doe"), on their own line or on a line of their own
 * under them (a pull quote's byline), and an outlet credited with the words of a post's holder ("X carried the Tucson
 * chief's statement", "X carried the chief's statement" after a sentence about the chief's statement): on the
 * embedded packs, in wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { compareSentence } from './compare/compare-sentence.ts';
import { buildStoryRecord } from './compare/story-record.ts';
import { attributionLine, dashAttribution } from './dash-credit.ts';
import { creditedSpeaker, isTitleWord, speakerNames } from './quote-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Eastport' },
  { id: 'bo-park', kind: 'person', name: 'Bo Park', role: 'Eastport Police Chief' },
];
const SPEAKERS = ENTITIES.map((entity) => ({ entity, names: speakerNames(entity, ENTITIES) }));
const who = (sentence: string) => creditedSpeaker(sentence, '', SPEAKERS)?.entity.id;

describe('a dash attribution after quoted words', () => {
  it('credits the words to the one named after the dash, with a place and a title before the name or an aside after it', () => {
    expect(who('\u201CWe are done.\u201D - Eastport Police Chief Bo Park')).toBe('bo-park');
    expect(who('\u201CWe are done.\u201D \u2014 Ann Lee, mayor of Eastport')).toBe('ann-lee');
    expect(who('"We are done." -- Mayor Lee')).toBe('ann-lee');
  });

  it('is no credit when the name is not all that follows the dash', () => {
    expect(who('\u201CWe are done.\u201D \u2014 Lee disagreed, and Park left.')).toBeUndefined();
    expect(who('\u201CWe are done.\u201D \u2014 words that Lee never heard')).toBeUndefined();
  });

  it('reads the attribution in the page’s words, on the quote’s line or on a line of its own', () => {
    expect(dashAttribution('\u201CWe are done.\u201D \u2014 Jane Roe', isTitleWord)).toBe(
      'Jane Roe',
    );
    expect(
      dashAttribution('\u201CWe are done.\u201D \u2014 and then the vote came', isTitleWord),
    ).toBeUndefined();
    expect(attributionLine('\u2014 Tucson Police Chief Jane Roe', isTitleWord)).toBe(
      'Tucson Police Chief Jane Roe',
    );
    expect(attributionLine('- the vote came later', isTitleWord)).toBeUndefined();
  });
});

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
const verdictIn = (lines: readonly string[], pick: string) =>
  analyzeText([OPENING, ...lines].join('\n'), index, {
    published: '2017-02-01',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(pick))?.verdict;
const BECK = '\u201CThat is not our job, nor will I make it our job.\u201D';
const DENVER =
  '\u201CImmigration enforcement is handled at the federal level \u2014 not by local law enforcement.\u201D';

describe('recorded words under a dash attribution', () => {
  it('are misattributed when the dash names another of the story', () => {
    expect(verdictIn([`${DENVER} - Tucson Police Chief Chris Magnus`], DENVER)).toBe('discrepant');
    expect(verdictIn([`${BECK} \u2014 Chris Magnus`], BECK)).toBe('discrepant');
    expect(verdictIn([`${BECK} \u2014 LAPD Chief Charlie Beck`], BECK)).toBe('consistent');
  });

  it('are read with a byline on the next line', () => {
    expect(verdictIn([BECK, '\u2014 Tucson Police Chief Chris Magnus'], BECK)).toBe('discrepant');
    expect(verdictIn([BECK, '\u2014 Charlie Beck'], BECK)).toBe('consistent');
  });

  it('are not vouched for when the dash names someone the record does not know', () => {
    expect(verdictIn([`${BECK} \u2014 Jane Roe`], BECK)).toBe('unverified');
  });
});

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const outletOf = (sentence: string) => compareSentence(sentence, chiefs, '2016-11-28');

describe('an outlet credited with the words of a post’s holder', () => {
  it('reads "the Tucson chief" as the chief of that town then', () => {
    expect(
      outletOf('The Arizona Republic carried the Tucson chief\u2019s statement.')?.outcome,
    ).toBe('discrepant');
    expect(
      outletOf('The Arizona Republic reports on the Tucson chief\u2019s pledge.')?.outcome,
    ).toBe('discrepant');
    expect(
      outletOf('The Arizona Daily Star carried the Tucson chief\u2019s statement.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('points "the chief’s statement" back at the statement of the chief told of before', () => {
    expect(
      verdictIn(
        [
          'Chief Chris Magnus issued a written statement on November 16.',
          'The Arizona Republic carried the chief\u2019s statement the next day.',
        ],
        'The Arizona Republic',
      ),
    ).toBe('discrepant');
    expect(
      verdictIn(
        [
          'Chief Chris Magnus issued a written statement on November 16.',
          'The Arizona Daily Star carried the chief\u2019s statement the next day.',
        ],
        'The Arizona Daily Star',
      ),
    ).not.toBe('discrepant');
    // Another post's words than the one told of: not pointed at.
    expect(
      verdictIn(
        [
          'Chief Chris Magnus issued a written statement on November 16.',
          'The Arizona Republic carried the mayor\u2019s statement the next day.',
        ],
        'The Arizona Republic',
      ),
    ).not.toBe('discrepant');
  });
});
