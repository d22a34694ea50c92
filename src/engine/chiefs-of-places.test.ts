/**
 * Police chiefs named by their cities alone, read as the record's chiefs of those cities (chiefs-of-places.ts). The
 * embedded pack: LAPD Chief Charlie Beck spoke on 14 November 2016, the Denver Police Department put out a statement
 * that day, and Tucson Police Chief Chris Magnus issued his on 16 November (sources.md A, B, C5-C7).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { chiefsOfPlaces } from './chiefs-of-places.ts';

const pack = loadEmbeddedPack();
const index = indexPacks([pack], { world: worldIndex() });
const entities =
  pack.stories.find((s) => s.id === 'police-chiefs-immigration-2016')?.entities ?? [];
const OPENING =
  'Los Angeles police chief Charlie Beck told the Los Angeles Times in November 2016 that his officers would not take part in deportation efforts, Police1 reported.';
const verdictOf = (line: string, date: string) =>
  analyzeText(`${OPENING}\n${line}`, index, { today: date, published: date }).findings.find((f) =>
    f.text.startsWith(line.slice(0, 30)),
  )?.verdict;

describe('police chiefs named by their cities', () => {
  it('puts the record\u2019s chiefs, or the city\u2019s department, for the cities', () => {
    expect(chiefsOfPlaces('The chiefs in Los Angeles, Tucson and Denver said so.', entities)).toBe(
      'Charlie Beck, Chris Magnus and the Denver Police Department said so.',
    );
    expect(chiefsOfPlaces('Then the Tucson police chief said so.', entities)).toBe(
      'Then Chris Magnus said so.',
    );
    expect(chiefsOfPlaces('the police chiefs of Los Angeles and Tucson', entities)).toBe(
      'Charlie Beck and Chris Magnus',
    );
  });

  it('leaves a city the record has no chief or department of', () => {
    expect(chiefsOfPlaces('The chiefs in Los Angeles and Houston said so.', entities)).toBeNull();
    expect(chiefsOfPlaces('The chief said so.', entities)).toBeNull();
    // Another body's chief, or a chief the sentence names itself.
    expect(chiefsOfPlaces('The Border Patrol chief in Tucson spoke.', entities)).toBeNull();
    expect(chiefsOfPlaces('The fire chief of Denver spoke.', entities)).toBeNull();
    // A name's apposition: the sentence names its own chief (the perturbation suite's "another full name").
    expect(chiefsOfPlaces('Brian Whitaker, police chief of Tucson, said so.', entities)).toBeNull();
    expect(
      chiefsOfPlaces('The police chief of Denver, Robert White, gave no interview.', entities),
    ).toBeNull();
  });

  it('finds the chiefs\u2019 words told as recent or in another year, and leaves the true ones', () => {
    expect(
      verdictOf(
        'Last week the chiefs in Los Angeles, Tucson and Denver said they would not help with immigration enforcement.',
        '2019-06-04',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'In November 2017, police chiefs in Los Angeles, Tucson and Denver said they would not help with immigration enforcement.',
        '2019-06-04',
      ),
    ).toBe('discrepant');
    for (const [line, date] of [
      [
        'In November 2016, the police chiefs of Los Angeles, Tucson and Denver said they would not help with immigration enforcement.',
        '2019-06-04',
      ],
      [
        'This week, the chiefs in Los Angeles, Tucson and Denver said their officers would not enforce immigration law.',
        '2016-11-18',
      ],
    ] as const)
      expect(verdictOf(line, date)).not.toBe('discrepant');
  });
});
