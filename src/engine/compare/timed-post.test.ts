/**
 * A post put at the time told ("X, at the time the acting director of ICE,", "X, then the …", "X was at the time
 * the …") that the world file has X holding only at other times, and a jurisdiction's one-holder post X never held
 * ("X, the <County> sheriff", "X, the sheriff of <County>", "X was the sheriff of <County>") while X held another
 * office (timed-post.ts). The embedded pack and world file: Homan acting ICE director 2017-18 and White House
 * border czar from 2025 (sources.md B24: "Help is coming!" on 28 March 2025); Beck LAPD chief and Magnus Tucson
 * police chief in November 2016.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const rochester = [
  'Rochester police answer Border Patrol call',
  'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
  'Mayor Malik Evans and Chief David Smith said officers broke city policy.',
];
const chiefs = [
  'Police chiefs in sanctuary cities say they will not enforce immigration law for Trump',
  'After Donald Trump won the election, police chiefs in Los Angeles, Tucson and Denver said their officers would stay out of immigration enforcement.',
  'LAPD Chief Charlie Beck told the Los Angeles Times his officers would not work with Homeland Security on deportation efforts.',
  'Tucson Police Chief Chris Magnus said the city\u2019s policies were not changing.',
];
const verdictOf = (head: string[], line: string, today: string) =>
  analyzeText([...head, line].join('\n'), index, { today, published: today }).findings.find((f) =>
    f.text.includes(line.slice(0, 30)),
  )?.verdict;
const homan = (line: string) => verdictOf(rochester, line, '2025-04-30');
const y2016 = (line: string) => verdictOf(chiefs, line, '2016-11-20');

describe('a post put at the time told', () => {
  it.each([
    'Tom Homan, at the time the acting director of ICE, wrote online that "help is coming!"',
    'Tom Homan, then the acting director of ICE, wrote online that "help is coming!"',
    'Homan, then acting director of ICE, posted that "help is coming!"',
    'Tom Homan, at that time the director of ICE, wrote online that "help is coming!"',
    'Then-acting ICE director Tom Homan wrote online that "help is coming!"',
    'At the time, Tom Homan was the acting director of ICE.',
    'Tom Homan was at the time the acting director of ICE.',
    // The aside set off by dashes or brackets instead of commas.
    'Tom Homan \u2014 at the time acting director of ICE \u2014 answered online with "help is coming!"',
    'Tom Homan (at the time acting director of ICE) answered online with "help is coming!"',
    'Tom Homan -- then the acting director of ICE -- wrote online.',
  ])('is wrong when the world file has the post at other times only: %s', (line) => {
    expect(homan(line)).toBe('discrepant');
  });

  it.each([
    'Tom Homan, at the time the White House border czar, wrote online that "help is coming!"',
    'Tom Homan, then the border czar, wrote online that "help is coming!"',
    'Tom Homan, a former acting director of ICE, wrote online that "help is coming!"',
    'Tom Homan, once the acting director of ICE, wrote online that "help is coming!"',
    'Homan, the border czar, wrote that "help is coming!"',
    'Tom Homan, who had been acting director of ICE in 2017, wrote online that "help is coming!"',
    'Back in 2017, Tom Homan was the acting director of ICE.',
    'At the time, Tom Homan was the White House border czar.',
    'Tom Homan \u2014 at the time the White House border czar \u2014 answered online.',
    'Tom Homan (then the border czar) wrote that "help is coming!"',
  ])('is left alone for the post held then, or one told as past: %s', (line) => {
    expect(homan(line)).not.toBe('discrepant');
  });
});

describe('a jurisdiction\u2019s post never held', () => {
  it.each([
    'Beck, the Los Angeles County sheriff, drew the most national attention.',
    'Charlie Beck, the sheriff of Los Angeles County, drew the most national attention.',
    'Magnus, the sheriff of Pima County, said the policies were not changing.',
    'Chris Magnus was the sheriff of Pima County.',
    'Chris Magnus was then the Pima County sheriff.',
    'Magnus, the mayor of Tucson, said the policies were not changing.',
    'The loudest of them was Charlie Beck, then the Los Angeles County sheriff.',
    'Charlie Beck, at the time the Los Angeles County sheriff, drew the most national attention.',
  ])('is wrong while the world file has them in another office: %s', (line) => {
    expect(y2016(line)).toBe('discrepant');
  });

  it.each([
    'Beck, the Los Angeles police chief, drew the most national attention.',
    'Magnus, the Tucson police chief, said the policies were not changing.',
    'Chris Magnus was the police chief of Tucson.',
    'Beck, the LAPD chief, said his officers would not work with Homeland Security on deportations.',
    'Magnus, whose department answers to the mayor of Tucson, said the policies were not changing.',
    'Beck, like the Los Angeles County sheriff, said deputies and officers would stay out of it.',
    'Magnus wants to be the sheriff of Pima County one day.',
    'Charlie Beck, then the Los Angeles police chief, drew the most national attention.',
  ])('is left alone for their own post, or a post named for another: %s', (line) => {
    expect(y2016(line)).not.toBe('discrepant');
  });
});
