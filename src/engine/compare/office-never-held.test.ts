/**
 * A person of the story under a title that is not theirs (office-never-held.ts), on the embedded packs: David Smith
 * was Rochester's police chief and Malik Evans its mayor in March 2025; Steve Brew led the Republicans of the Monroe
 * County Legislature (sources.md B22), while the world file has Adam Bello as Monroe County Executive; Charlie Beck
 * was the LAPD chief in November 2016, when the world file has Jim McDonnell as Los Angeles County sheriff.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { ownTimeless } from './office-never-held.ts';
import { embeddedStory } from './test-embedded.ts';

const chiefs = embeddedStory('police-chiefs-immigration-2016');
const rochester = embeddedStory('rochester-border-patrol-backup-2025');
const inChiefs = (sentence: string, pageDate: string | undefined = '2016-11-20') =>
  compareSentence(sentence, chiefs, pageDate, { page: sentence })?.outcome;
const inRochester = (sentence: string, pageDate: string | undefined = '2025-04-02') =>
  compareSentence(sentence, rochester, pageDate, { page: sentence })?.outcome;

describe('the title of a world office another held then, which the person never held', () => {
  it('before the name, with its place, or fronted in apposition', () => {
    expect(
      inRochester('Monroe County Executive Steve Brew said he stands behind the officers.'),
    ).toBe('discrepant');
    expect(inRochester('County Executive Steve Brew backed the officers.')).toBe('discrepant');
    expect(
      inRochester('The officers had the support of Steve Brew, the Monroe County executive.'),
    ).toBe('discrepant');
    expect(
      inChiefs(
        'The Sheriff of Los Angeles, Charlie Beck, has announced that his officers will change nothing.',
      ),
    ).toBe('discrepant');
  });

  it('the county and its sheriff before the name, in a clause linked to the person’s event (not read as the agency)', () => {
    expect(
      inChiefs(
        'Los Angeles County Sheriff Charlie Beck sat down with the Los Angeles Times that Monday.',
      ),
    ).toBe('discrepant');
    // His own post, and the sheriff of the day by name: nothing wrong.
    expect(
      inChiefs('LAPD Chief Charlie Beck sat down with the Los Angeles Times that Monday.'),
    ).not.toBe('discrepant');
    expect(
      inChiefs('Los Angeles County Sheriff Jim McDonnell sat down with reporters that week.'),
    ).not.toBe('discrepant');
  });

  it('also in a clause no event links, on the story\u2019s first day', () => {
    expect(inRochester('Police Chief Malik Evans has watched the body-camera video twice.')).toBe(
      'discrepant',
    );
    expect(
      inRochester(
        'Police Chief Malik Evans has watched the body-camera video twice.',
        '2025-12-01',
      ),
    ).toBe('discrepant');
    expect(
      inRochester('Police Chief Malik Evans has watched the body-camera video twice.', undefined),
    ).toBe('discrepant');
  });

  it('leaves their own post, a courtesy of another time, a qualifier and a loose title alone', () => {
    expect(
      inRochester('Monroe County Legislature Republican leader Steve Brew backed the officers.'),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'Steve Brew, who leads the Republicans in the county legislature, backed the officers.',
      ),
    ).not.toBe('discrepant');
    expect(inRochester('Police Chief David Smith said the officers had broken policy.')).not.toBe(
      'discrepant',
    );
    expect(inRochester('Mayor Malik Evans said the officers had broken policy.')).not.toBe(
      'discrepant',
    );
    expect(
      inChiefs(
        'Los Angeles Police Chief Charlie Beck told the Times his officers would not take part in deportations.',
      ),
    ).not.toBe('discrepant');
    expect(
      inChiefs(
        'The chief of the Los Angeles police, Charlie Beck, told the Times his officers would not change.',
      ),
    ).not.toBe('discrepant');
    // "Former", "acting": another claim; a year of its own puts the post at another time.
    expect(inRochester('Former County Executive Steve Brew backed the officers.')).not.toBe(
      'discrepant',
    );
    expect(inRochester('In 2010 County Executive Steve Brew backed the police.')).not.toBe(
      'discrepant',
    );
    // A loose head with no body ("Chief") is written for anyone who leads something.
    expect(
      inRochester('Border czar Tom Homan said Rochester police did the right thing.'),
    ).not.toBe('discrepant');
  });
});

describe('another rank of the post they held, in a clause no event links', () => {
  it('is wrong on the story\u2019s days', () => {
    expect(
      inRochester(
        'What leadership said: Deputy Chief David Smith reviewed the body-worn camera footage before speaking to reporters.',
      ),
    ).toBe('discrepant');
    expect(inRochester('Deputy Chief David Smith has seen the footage.', undefined)).toBe(
      'discrepant',
    );
    expect(
      inRochester('Before he spoke to reporters, Assistant Chief David Smith read the report.'),
    ).toBe('discrepant');
  });

  it('not their own rank, nor at a time of its own, nor once the page is years later', () => {
    expect(
      inRochester(
        'Chief David Smith reviewed the body-worn camera footage before speaking to reporters.',
      ),
    ).not.toBe('discrepant');
    expect(inRochester('Police Chief David Smith has seen the footage.')).not.toBe('discrepant');
    expect(inRochester('In 2019, Deputy Chief David Smith ran the patrol division.')).not.toBe(
      'discrepant',
    );
    expect(inRochester('Deputy Chief David Smith has seen the footage.', '2031-05-01')).not.toBe(
      'discrepant',
    );
    expect(inRochester('Former Deputy Chief David Smith has seen the footage.')).not.toBe(
      'discrepant',
    );
  });
});

describe('ownTimeless: a clause of the story\u2019s own time', () => {
  const days = ['2025-03-24', '2025-11-13'];
  it('names no time of its own, on a page of the story\u2019s year or undated', () => {
    expect(ownTimeless([], '2025-12-01', days)).toBe(true);
    expect(ownTimeless([], undefined, days)).toBe(true);
    expect(ownTimeless([], '2027-06-01', days)).toBe(false);
    expect(ownTimeless([], '2024-06-01', days)).toBe(false);
    expect(ownTimeless([], '2025-12-01', [])).toBe(false);
  });
});
