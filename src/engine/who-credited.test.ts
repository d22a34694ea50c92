/**
 * Who the page credits with words, a piece or a meeting, against the record (sources.md A2, C6-C8, B32):
 * - a writer's piece "for" an outlet after the writing verb's object ("Cole Zercoe wrote about these chiefs for the
 *   X": Zercoe wrote for Police1, whose piece credited the Los Angeles Times);
 * - a recorded interview named by its outlet ("first appeared in a Denver Post interview": Beck spoke to the Los
 *   Angeles Times);
 * - "told the X" of a written statement the record has one outlet printing (Magnus's statement: the Arizona Daily
 *   Star), also with the speaker set off as an appositive ("the Tucson chief, Chris Magnus, told …");
 * - a title owned by "its" for the clause's one place ("Denver's message came straight from its police chief
 *   himself": the record has the department's spokesman);
 * - "He" after a transcript's speaker label ("VELEZ: He sat down with the chief …": Homan did not meet the chief);
 * - a commitment carried to "He" naming a body inside the recorded one (ICE for Homeland Security): unverified,
 *   imprecise;
 * - a nation's whole class ("every big-city chief in America", "chiefs across the country stood united") where the
 *   record counts a few: unverified, overstated.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const chiefsHead = [
  'Police chiefs in several sanctuary cities spoke out about immigration enforcement.',
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times, "We are not going to work in conjunction with Homeland Security on deportation efforts."',
].join('\n');
const rochesterHead = [
  'On Monday, March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
  'Mayor Malik Evans said the officers broke city policy, and the Locust Club backed them.',
].join('\n');
const judged = (head: string, lines: string, fragment: string, date: string) =>
  analyzeText(`${head}\n${lines}`, index, { today: date, published: date }).findings.find((f) =>
    f.text.includes(fragment),
  );
const chiefs = (lines: string, fragment: string) =>
  judged(chiefsHead, lines, fragment, '2018-09-15');
const rochester = (lines: string, fragment: string) =>
  judged(rochesterHead, lines, fragment, '2025-10-09');

describe('an outlet credited with a writer\u2019s piece or a speaker\u2019s words', () => {
  it.each([
    ['A reporter named Cole Zercoe wrote about these chiefs for the Los Angeles Times.', 'Police1'],
    ['Cole Zercoe gathered the chiefs\u2019 statements for the Denver Post.', 'Police1'],
    [
      'Beck\u2019s sharpest line, "That is not our job, nor will I make it our job," first appeared in a Denver Post interview.',
      'Los Angeles Times',
    ],
    [
      'In a Chicago Tribune interview, Charlie Beck said, "That is not our job, nor will I make it our job."',
      'Los Angeles Times',
    ],
    [
      'Down in Arizona, the Tucson chief, Chris Magnus, told the Arizona Republic that the policies his department had put in place over the past decade "are not changing."',
      'Arizona Daily Star',
    ],
    [
      'Chris Magnus told the Arizona Republic that the policies were "not changing."',
      'Arizona Daily Star',
    ],
  ])('is discrepant: %s', (line, record) => {
    const f = chiefs(line, line.slice(0, 20));
    expect(f?.verdict).toBe('discrepant');
    expect(f?.comparison?.find((c) => c.slot === 'outlet')?.record).toContain(record);
  });

  it.each([
    'Cole Zercoe wrote about these chiefs for Police1.',
    'Cole Zercoe wrote about these chiefs for Gov1.',
    'Beck\u2019s sharpest line, "That is not our job, nor will I make it our job," first appeared in a Los Angeles Times interview.',
    'Chris Magnus told the Arizona Daily Star that the policies were "not changing."',
    'The Tucson chief, Chris Magnus, said that the policies were "not changing."',
  ])('is not discrepant: %s', (line) => {
    expect(chiefs(line, line.slice(0, 20))?.verdict).not.toBe('discrepant');
  });
});

describe('who gave a statement, and who was met', () => {
  it('a title owned by "its" for the clause\u2019s place is read as its holder', () => {
    const lines =
      'Denver\u2019s police department said it had never taken part in immigration enforcement. Its statement was printed by the Denver Post.\nDenver\u2019s message came straight from its police chief himself.';
    expect(chiefs(lines, 'straight from')?.verdict).toBe('discrepant');
    const spokesman =
      'Denver\u2019s police department said it had never taken part in immigration enforcement.\nDenver\u2019s message came straight from its spokesman himself.';
    expect(chiefs(spokesman, 'straight from')?.verdict).not.toBe('discrepant');
  });

  it('"He" after a transcript\u2019s speaker label goes on with the person the turn before named', () => {
    const lines =
      'VELEZ: Five days later Tom Homan showed up at the Locust Club on Lexington Avenue.\nVELEZ: He sat down with the chief and the command staff for an hour behind closed doors.';
    expect(rochester(lines, 'sat down')?.verdict).toBe('discrepant');
    const union =
      'VELEZ: Five days later Tom Homan showed up at the Locust Club on Lexington Avenue.\nVELEZ: He sat down with union leaders for an hour behind closed doors.';
    expect(rochester(union, 'sat down')?.verdict).not.toBe('discrepant');
  });
});

describe('imprecise and overstated', () => {
  it('a commitment carried to "He" that names a body inside the recorded one is unverified, imprecise', () => {
    const f = chiefs(
      'Charlie Beck spoke to the Los Angeles Times.\nHe also ruled out teaming up with ICE on deportation efforts.',
      'ruled out',
    );
    expect(f?.verdict).toBe('unverified');
    expect(f?.explanation).toMatch(/imprecise/);
    expect(
      chiefs(
        'Charlie Beck spoke to the Los Angeles Times.\nHe also ruled out teaming up with Homeland Security on deportation efforts.',
        'ruled out',
      )?.verdict,
    ).not.toBe('discrepant');
  });

  it.each([
    'Folks, every big-city chief in America lined up right behind them.',
    'By now just about every big-city chief in the country has taken the same stand.',
    'All the nation\u2019s police chiefs backed them.',
    'In short, police chiefs across the country stood united against the plan.',
    'Chiefs nationwide were unanimous in turning the plan down.',
  ])('a nation\u2019s whole class is unverified, overstated: %s', (line) => {
    const f = chiefs(line, line.slice(0, 15));
    expect(f?.verdict).toBe('unverified');
    expect(f?.explanation).toMatch(/overstated/);
  });

  it.each([
    'Not every police chief in the country agreed.',
    'Every chief in the story spoke out.',
    'Police chiefs across the country said they would not help.',
  ])('no overstatement: %s', (line) => {
    expect(chiefs(line, line.slice(0, 15))?.explanation ?? '').not.toMatch(/overstated/);
  });
});

describe('the chamber a title is placed in', () => {
  it.each([
    'Rob Ortt, the Republican leader in the state Assembly, spoke at the Locust Club on March 28.',
    'Assembly Republican leader Rob Ortt spoke at the Locust Club.',
  ])('another chamber than the record gives the person is discrepant: %s', (line) => {
    const f = rochester(line, 'Ortt');
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(/Senate/);
  });

  it.each([
    'Rob Ortt, the Republican leader in the state Senate, spoke at the Locust Club on March 28.',
    'Senate Republican leader Rob Ortt spoke at the Locust Club.',
    'White House border czar Tom Homan met union officials at the Locust Club.',
  ])('is not discrepant: %s', (line) => {
    expect(rochester(line, line.slice(0, 15))?.verdict).not.toBe('discrepant');
  });
});

describe('the outlet said to have credited a source', () => {
  it('another outlet than the record\u2019s crediting one is discrepant', () => {
    const f = rochester(
      'The story spread via the Washington Post, which credited WHAM.',
      'Washington Post',
    );
    expect(f?.verdict).toBe('discrepant');
    expect(f?.comparison?.[0]?.record).toMatch(/New York Post/);
  });

  it.each([
    'The story spread via the New York Post, which credited WHAM.',
    'CNN also credited WHAM for the footage.',
  ])('is not discrepant: %s', (line) => {
    expect(rochester(line, line.slice(0, 15))?.verdict).not.toBe('discrepant');
  });
});
