/**
 * Time counted from a world event, on the invented story: Mayor Ida Marsh
 * took office on 1 January 2020 as mayor (and in 2019 at the revenue office:
 * any term's start counts) and, in this
 * test's world, won the mayoral election of 5 November 2019; her briefing on
 * the raid was on Wednesday 12 June 2024.
 */
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

const w = JSON.parse(JSON.stringify(world)) as Record<string, unknown>;
w.elections = [
  {
    id: 'port-alder-mayor-2019',
    office: 'port-alder-mayor',
    date: '2019-11-05',
    winner: 'ida-marsh',
    runnerUp: 'ned-cole',
    termStart: '2020-01-01',
    sources: 'Invented for tests',
  },
];
const parsed = parseWorld(w);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(raidPack().stories[0]!, indexWorld(parsed.world));
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('time counted from a world event', () => {
  it("is wrong when the window from the world's date misses the event", () => {
    expect(
      compare("Mayor Ida Marsh held a press conference a week after Marsh's inauguration."),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'date', page: "a week after Marsh's inauguration" }],
    });
    expect(
      compare('Mayor Ida Marsh held a press conference two days after the 2019 election.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('Mayor Ida Marsh held a press conference before Ida Marsh took office.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare("Mayor Ida Marsh held a press conference a month after Marsh's election victory.")
        ?.outcome,
    ).toBe('discrepant');
  });
  it('says why, with both dates', () => {
    expect(
      compare("Mayor Ida Marsh held a press conference a week after Marsh's inauguration.")
        ?.explanation,
    ).toBe(
      "The record dates it Wednesday 12 June 2024; Marsh took office on Wednesday 1 January 2020 or Tuesday 1 January 2019, so it was not \u201Ca week after Marsh's inauguration\u201D.",
    );
  });
  it('agrees when the window meets the event', () => {
    expect(
      compare('Mayor Ida Marsh held a press conference four years after Ida Marsh took office.')
        ?.outcome,
    ).toBe('agrees');
    expect(
      compare('Mayor Ida Marsh held a press conference after the 2019 election.')?.outcome,
    ).toBe('agrees');
  });
  it('says nothing of a pronoun, a person with no term, or an election the world does not have', () => {
    expect(
      compare('Mayor Ida Marsh held a press conference before he took office.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare("Mayor Ida Marsh held a press conference a week after Tam Reed's inauguration.")
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Mayor Ida Marsh held a press conference two days after the 2023 election.')?.outcome,
    ).not.toBe('discrepant');
  });
});
