/**
 * A time word of a recalling, not of the act recalled (recalling-time.ts, compare-recency.ts, recent-beyond-record.ts).
 * The embedded pack: on Monday 24 March 2025 Rochester officers helped Border Patrol agents, who detained three men
 * (sources.md B6-B12).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { timeOfRecalling } from './recalling-time.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
const verdictOf = (line: string, date = '2026-06-01') =>
  analyzeText(`${head}\n${line}`, index, { today: date, published: date }).findings.find((f) =>
    f.text.startsWith(line.slice(0, 30)),
  )?.verdict;
const at = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  return timeOfRecalling(sentence, start, start + words.length);
};

describe('the time of a recalling', () => {
  it('is the recalling\u2019s when its verb stands near the time', () => {
    expect(at('Looking back this week, the city says so.', 'this week')).toBe(true);
    expect(at('Today we remember what happened.', 'Today')).toBe(true);
    expect(at('They detained three men, the mayor recalled this week.', 'this week')).toBe(true);
    expect(at('A reader asked us this week about it.', 'this week')).toBe(true);
    expect(at('This week, officers helped agents detain three men.', 'This week')).toBe(false);
    expect(at('Agents asked the police for backup this week.', 'this week')).toBe(false);
    // Past a comma the time is the other clause's: "… at a stop this week, the chief recalled".
    expect(at('Officers helped at a stop this week, the chief recalled.', 'this week')).toBe(false);
  });

  it('a recalled act is not told as recent; the act told as this week\u2019s still is', () => {
    for (const line of [
      'Today we remember that Rochester officers helped Border Patrol agents detain three men.',
      'Rochester police officers helped Border Patrol agents detain three men last year, the mayor recalled this week.',
      'Looking back this week, the city still says its officers broke policy when they handcuffed the men.',
    ])
      expect(verdictOf(line)).not.toBe('discrepant');
    expect(
      verdictOf(
        'This week, Rochester police officers helped Border Patrol agents detain three men.',
      ),
    ).toBe('discrepant');
  });
});
