/**
 * Wrong outlets and invented or inflated events, read as kinds (wordings of our own), on the embedded packs:
 * Magnus's written statement of Wednesday 16 November 2016, reported by the Arizona Daily Star on 17 November;
 * Homan's interviews (the New York Post; WHEC's Brett Davidsen, who heard he would come in about two weeks; Spectrum
 * News); about 100 protesters at City Hall on Monday 31 March 2025; Chief Smith, the mayor and Rep. Morelle refusing
 * to meet Homan, who on 29 April met union members and not the chief.
 *
 * - a round number said with "a" ("a thousand protesters") is a count (read/find-counts.ts);
 * - a negator in a noun phrase set after a comma ("…, a meeting neither side has described") denies that phrase,
 *   not the clause (read/read-sentence.ts);
 * - "X carried (ran) the story" points back at what the sentences before told of, over sentences that go on with
 *   the same speaker by pronouns (analyze.ts, compare/outlet-credit.ts, compare/statement-print.ts);
 * - a visit promised in other words ("he'd be in X", "would come to X") names the speaker's recorded promises of a
 *   visit, and so whom he told (compare/future-visit.ts);
 * - the world knows the Tucson Citizen closed in 2009 (data/outlets.json).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { compareSentence } from './compare/compare-sentence.ts';
import { buildGazetteer, readSentence } from './read/index.ts';
import { embeddedStory } from './compare/test-embedded.ts';

const chiefs = embeddedStory('police-chiefs-immigration-2016');
const rochester = embeddedStory('rochester-border-patrol-backup-2025');
const inChiefs = (sentence: string) => compareSentence(sentence, chiefs, '2017-02-01')?.outcome;
const inRochester = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-12-01')?.outcome;

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const CHIEFS_OPENING =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
const verdictIn = (opening: string, lines: readonly string[], pick: string) =>
  analyzeText([opening, ...lines].join('\n'), index, {
    published: '2017-02-01',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(pick))?.verdict;
const MAGNUS = [
  'Down in Tucson, Chief Chris Magnus issued a written statement on Wednesday.',
  'Magnus said the policies his department had built over the past decade for dealing with undocumented residents are not changing.',
  'In the same statement he warned that more immigration duties would seriously compromise the trust of the community.',
  'He also promised his officers would keep working with their federal law enforcement partners.',
];

describe('a round number said with "a" is a count', () => {
  const countOf = (sentence: string) =>
    readSentence(sentence, buildGazetteer([]))
      .flatMap((c) => c.mentions)
      .find((m) => m.type === 'count')?.value;
  it('reads "a thousand", "a million" with the noun counted, hedged or not', () => {
    expect(countOf('About a thousand demonstrators filled the square.')).toMatchObject({
      min: 1000,
      max: 1000,
      approximate: true,
      noun: 'demonstrators',
    });
    expect(countOf('A thousand people marched downtown.')).toMatchObject({ noun: 'people' });
    expect(countOf('Nearly a million viewers watched it.')).toMatchObject({
      min: 1000000,
      noun: 'viewers',
    });
    // Nothing counted: only after a hedge, as for digits.
    expect(countOf('A crowd of about a thousand rallied.')).toMatchObject({ min: 1000, noun: '' });
    expect(countOf('Thanks a million.')).toBeUndefined();
  });

  it('conflicts with the record’s crowd, in any wording', () => {
    expect(
      inRochester(
        'That same day about a thousand demonstrators filled the plaza at City Hall demanding the officers be fired.',
      ),
    ).toBe('discrepant');
    expect(
      inRochester(
        'On March 31 a thousand protesters rallied at City Hall to demand that the officers be fired.',
      ),
    ).toBe('discrepant');
    expect(
      inRochester('Close to a thousand people protested outside City Hall on Monday, March 31.'),
    ).toBe('discrepant');
    expect(
      inRochester(
        'A crowd of about a thousand rallied at City Hall on March 31 to demand that the officers be fired.',
      ),
    ).toBe('discrepant');
    expect(
      inRochester(
        'A crowd of about a hundred rallied at City Hall on March 31 to demand that the officers be fired.',
      ),
    ).not.toBe('discrepant');
  });
});

describe('a negator in a phrase after a comma denies that phrase, not the clause', () => {
  it('a meeting the record says did not happen, summed up after a comma', () => {
    expect(
      inRochester(
        'Homan met privately with Chief Smith at the Public Safety Building, a meeting neither side has described in detail.',
      ),
    ).toBe('discrepant');
    expect(
      inRochester(
        'Afterward he sat down with Chief David Smith, a meeting no reporter was allowed into.',
      ),
    ).toBe('discrepant');
    expect(
      inRochester(
        'Tom Homan met with Chief Smith, an encounter nobody at City Hall has discussed.',
      ),
    ).toBe('discrepant');
  });

  it('still reads a denial of the clause itself', () => {
    expect(
      inRochester('Homan did not meet Chief Smith, a meeting the chief had refused.'),
    ).not.toBe('discrepant');
    expect(
      inRochester(
        'Chief Smith never met with Homan, a decision nobody at City Hall has explained.',
      ),
    ).not.toBe('discrepant');
    // A denial someone is said to have made after the comma stays a denial.
    expect(
      inRochester(
        'Eight officers were back on patrol by March 31, a city spokesman said none had been fired.',
      ),
    ).not.toBe('discrepant');
    expect(
      inRochester('The ten officers were retrained, a spokesman confirmed no one was fired.'),
    ).not.toBe('discrepant');
  });
});

describe('"X carried the story": an outlet credited with the statement told of before', () => {
  it('another outlet, over sentences that go on with the speaker by pronouns', () => {
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [...MAGNUS, 'The Arizona Republic carried the story the next day.'],
        'The Arizona Republic',
      ),
    ).toBe('discrepant');
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [...MAGNUS, 'The New York Times ran the story on Thursday.'],
        'The New York Times',
      ),
    ).toBe('discrepant');
    // Each sentence a paragraph of its own, as a column sets them.
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [...MAGNUS.map((s) => `${s}\n`), 'USA Today published the story the following morning.'],
        'USA Today',
      ),
    ).toBe('discrepant');
  });

  it('the recorded outlet, or a story of something else, is not wrong', () => {
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [...MAGNUS, 'The Arizona Daily Star carried the story the next day.'],
        'The Arizona Daily Star',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [...MAGNUS, 'The Arizona Republic carried the story of his appointment months earlier.'],
        'The Arizona Republic',
      ),
    ).not.toBe('discrepant');
    // A new speaker named between: the chain stops there.
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [
          MAGNUS[0]!,
          'Officials in Chicago and Seattle said much the same.',
          'They also promised to keep working with federal partners.',
          'They said nothing more.',
          'The Arizona Republic carried the story the next day.',
        ],
        'The Arizona Republic',
      ),
    ).not.toBe('discrepant');
  });

  it('an outlet that had closed before the statement, with the printing’s own day', () => {
    expect(
      verdictIn(
        CHIEFS_OPENING,
        [MAGNUS[0]!, 'The statement was reported by the Tucson Citizen on 17 November 2016.'],
        'The statement was',
      ),
    ).toBe('discrepant');
    expect(inChiefs('Magnus\u2019s statement ran in the Tucson Citizen the next day.')).toBe(
      'discrepant',
    );
  });
});

describe('a visit promised in other words names whom the speaker told', () => {
  it('another outlet than those the record has him telling', () => {
    expect(inRochester('And Homan told WROC he\u2019d be in Rochester in about two weeks.')).toBe(
      'discrepant',
    );
    expect(inRochester('Tom Homan told Fox News he would come to Rochester.')).toBe('discrepant');
    expect(inRochester('Homan told CNN that he was going to head up to Rochester soon.')).toBe(
      'discrepant',
    );
    expect(
      inRochester(
        'In an interview with WROC, Homan said he would be in Rochester within two weeks.',
      ),
    ).toBe('discrepant');
  });

  it('the outlets he told, and others’ plans, are not wrong', () => {
    expect(inRochester('Homan told WHEC he\u2019d be in Rochester in about two weeks.')).not.toBe(
      'discrepant',
    );
    expect(inRochester('Tom Homan told the New York Post he would come to Rochester.')).not.toBe(
      'discrepant',
    );
    expect(
      inRochester(
        'Homan told WHEC\u2019s Brett Davidsen that he would head to Rochester in a couple of weeks.',
      ),
    ).not.toBe('discrepant');
    expect(inRochester('Ortt said he would come to Rochester to thank the officers.')).not.toBe(
      'discrepant',
    );
    expect(
      inRochester('Mayor Evans said he would be at City Hall on Tuesday evening for a roundtable.'),
    ).not.toBe('discrepant');
  });
});

describe('true sentences of these kinds are never flagged', () => {
  it.each([
    ['c', 'The Arizona Daily Star reported Magnus\u2019s statement on November 17, 2016.'],
    ['c', 'Magnus\u2019s written statement was reported by the Arizona Daily Star.'],
    [
      'c',
      'The Arizona Daily Star, Tucson\u2019s daily, carried the chief\u2019s statement the next day.',
    ],
    [
      'c',
      'Tucson\u2019s police chief put out a written statement on Wednesday, and the Arizona Daily Star reported it on Thursday.',
    ],
    [
      'c',
      'Beck told the Los Angeles Times on November 14, 2016, that the LAPD would not change course.',
    ],
    [
      'c',
      'In an interview with the Los Angeles Times, Chief Charlie Beck said deportations were not his officers\u2019 job.',
    ],
    ['c', 'The Denver Post printed the Denver police statement.'],
    ['c', 'Police1\u2019s Cole Zercoe gathered the chiefs\u2019 statements in one piece.'],
    ['r', 'The New York Post credited WHAM for its account of the stop.'],
    ['r', 'The Post\u2019s story credited 13WHAM, Rochester\u2019s ABC affiliate.'],
    ['r', 'Homan told WHEC\u2019s Brett Davidsen he would come in about two weeks.'],
    ['r', 'Tom Homan told the New York Post he would visit Rochester.'],
    ['r', 'Homan told Spectrum News the officers were making the scene safe.'],
    [
      'r',
      'On April 24 the Justice Department sued the City of Rochester over its sanctuary policies.',
    ],
    [
      'r',
      'The DOJ took the city to federal court, naming Mayor Evans and Council President Miguel Mel\u00e9ndez.',
    ],
    [
      'r',
      'About 100 protesters rallied at City Hall on March 31, demanding the officers be fired.',
    ],
    ['r', 'Roughly a hundred demonstrators gathered outside City Hall that Monday.'],
    ['r', 'Some 100 people protested at City Hall, the NY Immigration Coalition among them.'],
    [
      'r',
      'Homan spent about an hour with union members at the Locust Club, a meeting closed to the press.',
    ],
    ['r', 'Homan met union leaders and rank-and-file officers on Lexington Avenue on April 29.'],
    ['r', 'Chief Smith refused to meet Homan, as did the mayor.'],
    ['r', 'Homan did not meet the chief, who had said he would not sit down with him.'],
    [
      'r',
      'The mayor, the chief and Rep. Joe Morelle all said they would not meet him, a snub nobody tried to hide.',
    ],
  ])('%s: %s', (which, sentence) => {
    expect(which === 'c' ? inChiefs(sentence) : inRochester(sentence)).not.toBe('discrepant');
  });
});
