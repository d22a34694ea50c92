/**
 * Days known by name (named-day.ts) and the order of what the sentence before told of (order-before.ts,
 * event-order.ts), on the invented story of test-story.ts (raid Tuesday 11 June 2024, Mayor Ida Marsh's briefing
 * Wednesday 12 June, funding vote Tuesday 18 June) and a harbor parade on Thursday 4 July 2024. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from '../index.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { blankNamedDays, namedDays } from './named-day.ts';
import { lastLineVerdict } from './test-raid-page.ts';
import { outletPack } from './test-story.ts';

type Json = { stories: { entities: unknown[]; events: unknown[] }[] };

function paradePack() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  p.stories[0]!.events.push({
    sources: ['ledger'],
    confidence: 'high',
    id: 'parade',
    label: 'The harbor parade',
    words: ['parade'],
    date: '2024-07-04',
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { pack: parsed.pack, world };
}

const { pack, world } = paradePack();
const index = indexPacks([pack], { world });
const verdict = (lines: string[]) => lastLineVerdict(index, lines);

describe('named days', () => {
  it('computes the days that move from year to year', () => {
    const on = (text: string) => namedDays(text, []).map((d) => [d.year, d.month, d.day]);
    expect(on('on Election Day 2016')).toEqual([[2016, 11, 8]]);
    expect(on('on Election Day, 2020')).toEqual([[2020, 11, 3]]);
    expect(on('by Thanksgiving of 2024')).toEqual([[2024, 11, 28]]);
    expect(on('on Memorial Day 2024')).toEqual([[2024, 5, 27]]);
    expect(on('on Labor Day 2025')).toEqual([[2025, 9, 1]]);
    // No year written and no event near: nothing; no time preposition: nothing.
    expect(on('on Election Day')).toEqual([]);
    expect(on('Election Day 2016 saw long lines')).toEqual([]);
    expect(blankNamedDays('on Election Day itself')).toBe('on              itself');
  });

  it.each([
    'Mayor Ida Marsh held the press conference on Independence Day.',
    "Marsh's briefing came on Memorial Day.",
    'Harbor Unit officers raided the warehouse on the Fourth of July.',
    'The parade was held on Memorial Day.',
    'The parade went ahead on Christmas Eve 2024.',
  ])('%s is discrepant', (line) => {
    expect(verdict([line])).toBe('discrepant');
  });

  it.each([
    'The parade was held on Independence Day.',
    'The parade went ahead on the Fourth of July, as every year.',
    'Marsh gave the briefing well before Independence Day.',
    'The raid came a few weeks after Memorial Day.',
    'On Halloween the harbor is quiet.',
    'Independence Day brought crowds to the harbor.',
  ])('%s is not discrepant', (line) => {
    expect(verdict([line])).not.toBe('discrepant');
  });
});

describe('the order of what the sentence before told of', () => {
  const told = 'Mayor Ida Marsh held a press conference on June 12, 2024.';
  it.each([
    'These remarks came in response to the funding vote.',
    'She said all this after the funding vote.',
    'They came in direct reaction to the funding vote.',
    'All of this came after the parade.',
    // A short aside between the pointing subject and its verb.
    'All of this, mind you, came in direct response to the funding vote.',
    'These remarks, of course, came after the parade.',
  ])('%s is discrepant', (line) => {
    expect(verdict([told, line])).toBe('discrepant');
  });

  it.each([
    'These remarks came after the raid.',
    'These remarks came before the funding vote.',
    'This came ahead of the parade.',
    'These remarks did not come after the funding vote.',
    'Critics said these remarks came after the funding vote.',
    'Perhaps these remarks came in response to the funding vote.',
  ])('%s is not discrepant', (line) => {
    expect(verdict([told, line])).not.toBe('discrepant');
  });
});

describe('"X said all this after …": the point times the saying (event-order.ts)', () => {
  it.each([
    'Mayor Ida Marsh said all this after the funding vote.',
    'At the briefing, Ida Marsh said so after the funding vote.',
  ])('%s is discrepant', (line) => {
    expect(verdict([line])).toBe('discrepant');
  });

  it.each([
    'Mayor Ida Marsh said all this after the raid.',
    // What was said is told, so the point may time the thing said: nothing here.
    'Mayor Ida Marsh said the unit acted after the funding vote.',
  ])('%s is not discrepant', (line) => {
    expect(verdict([line])).not.toBe('discrepant');
  });
});

describe('a named day of what the sentence before told of (issued-day.ts)', () => {
  it('reads the day of putting out by name', () => {
    const told = 'Mayor Ida Marsh held a press conference on June 12, 2024.';
    expect(verdict([told, 'Her remarks went out on Independence Day.'])).toBe('discrepant');
    expect(verdict([told, 'Her remarks went out on Memorial Day 2024.'])).toBe('discrepant');
  });
});
