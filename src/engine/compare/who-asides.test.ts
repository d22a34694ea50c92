/**
 * Who a page says someone is, said past an aside or in a loose wording (issue 14): an agency's parent past a
 * comparison ("X, like W, is part of Y"; agency-hierarchy.ts), the people's country past their predicate ("Three
 * men were detained, all from X"; find-origins.ts), and a "federal judge" who is not the U.S. District Judge the
 * record has ruling (person-post.ts). On the invented world (test-story.ts: Harbor Unit is part of Coast Watch) and
 * the embedded Rochester pack (three men from Guatemala; Judge Frank Geraci dismissed the suit on 13 November 2025).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { findOrigins } from '../read/find-origins.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const raid = buildStoryRecord(raidPack().stories[0]!, westmark());
const inRaid = (sentence: string) => compareSentence(sentence, raid, '2024-06-20')?.outcome;
const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const inRochester = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-12-01', { page: sentence })?.outcome;

describe('an agency put under another body past an aside of comparison', () => {
  it.each([
    'Harbor Unit, like the Revenue Service, is part of the Dunmore Police Department.',
    'Harbor Unit, just like the Revenue Service, is a component of the Dunmore Police Department.',
    'For reference: Harbor Unit, as with the Revenue Service, is an arm of the Dunmore Police Department.',
  ])('%s', (sentence) => {
    expect(inRaid(sentence)).toBe('discrepant');
  });

  it('the record\u2019s own parent, or a denial, is no conflict', () => {
    expect(inRaid('Harbor Unit, like the Revenue Service, is part of Coast Watch.')).not.toBe(
      'discrepant',
    );
    expect(
      inRaid(
        'Harbor Unit, like the Revenue Service, is not part of the Dunmore Police Department.',
      ),
    ).not.toBe('discrepant');
    expect(inRochester('For reference: Border Patrol, like HSI, is a component of DHS.')).not.toBe(
      'discrepant',
    );
    expect(inRochester('For reference: Border Patrol, like HSI, is a component of ICE.')).toBe(
      'discrepant',
    );
  });
});

describe('the people\u2019s country after their predicate', () => {
  it('reads the subject as the holder', () => {
    expect(
      findOrigins('Three men were detained, all from El Salvador.').map((o) => [o.id, o.holder]),
    ).toEqual([['el-salvador', 'man']]);
    expect(
      findOrigins('The sons were held, both from Mexico.').map((o) => [o.id, o.holder]),
    ).toEqual([['mexico', 'son']]);
  });

  it('compares it with the record', () => {
    expect(inRochester('Three men were detained, all from El Salvador.')).toBe('discrepant');
    expect(inRochester('Three men were detained, all from Guatemala.')).not.toBe('discrepant');
    expect(inRochester('Three men were detained, all of them from Guatemala.')).not.toBe(
      'discrepant',
    );
  });

  it('after a colon, of the people of the clause before', () => {
    expect(
      inRochester(
        'Three men were driven to the detention facility in Batavia: a father and two of his sons, all from El Salvador.',
      ),
    ).toBe('discrepant');
    expect(inRochester('Three men were detained: a father and his two sons from Honduras.')).toBe(
      'discrepant',
    );
    expect(
      inRochester('Three men were detained: a father and his two sons from Guatemala.'),
    ).not.toBe('discrepant');
    expect(
      inRochester('Three men were detained: the mayor\u2019s parents came from Mexico.'),
    ).not.toBe('discrepant');
  });
});

describe('a federal judge who is not the U.S. District Judge who ruled', () => {
  it('is another person in the record\u2019s role', () => {
    expect(
      inRochester('On Thursday, November 13, federal Judge Elizabeth Wolford threw out the case.'),
    ).toBe('discrepant');
    expect(
      inRochester(
        'A federal judge, Jane Okafor, dismissed the Justice Department\u2019s suit on November 13.',
      ),
    ).toBe('discrepant');
  });

  it('the judge who ruled, under either title, agrees', () => {
    expect(
      inRochester('On Thursday, November 13, federal Judge Frank Geraci threw out the case.'),
    ).not.toBe('discrepant');
    expect(
      inRochester('U.S. District Judge Frank Geraci dismissed the suit on November 13.'),
    ).not.toBe('discrepant');
  });
});
