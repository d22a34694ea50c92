/**
 * A station's network affiliation (network-affiliate.ts), on the invented
 * story of test-story.ts with an invented world: two networks, HBC and Coast
 * Network, and two stations, WKEL-TV (an HBC affiliate, in Kells) and WDUN (a
 * Coast Network affiliate, no "-TV" in its name); and a station whose
 * affiliations the world does not record.
 */
import { describe, expect, it } from 'vitest';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack } from './test-story.ts';

const w = JSON.parse(JSON.stringify(world)) as Record<string, unknown> & { outlets: unknown[] };
w.outlets.push(
  { id: 'hbc', name: 'HBC News', kind: 'network', aliases: ['HBC', 'Harbor Broadcasting Company'] },
  { id: 'coast-network', name: 'Coast Network', kind: 'network', aliases: ['CNW'] },
  { id: 'wkel-tv', name: 'WKEL-TV', kind: 'tv', locality: 'kells', affiliations: ['hbc'] },
  { id: 'wdun', name: 'WDUN', kind: 'tv', locality: 'dunmore', affiliations: ['coast-network'] },
  { id: 'wpor-tv', name: 'WPOR-TV', kind: 'tv', locality: 'port-alder' },
);
const parsed = parseWorld(w);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(raidPack().stories[0]!, indexWorld(parsed.world));
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe("a station called another network's affiliate", () => {
  it.each([
    ["WKEL-TV, Kells's CNW affiliate, aired the footage.", 'CNW affiliate', 'HBC News affiliate'],
    [
      'The Ledger credited WKEL-TV, which it called the Coast Network affiliate in Kells.',
      'Coast Network affiliate',
      'HBC News affiliate',
    ],
    ['WDUN is an HBC affiliate.', 'HBC affiliate', 'Coast Network affiliate'],
    ['The HBC affiliate WDUN aired the footage.', 'HBC affiliate', 'Coast Network affiliate'],
    // A bare call sign: the world's television station of that call sign.
    [
      'The Ledger credited WKEL, which it called the local CNW affiliate.',
      'CNW affiliate',
      'HBC News affiliate',
    ],
  ])('%s', (sentence, page, recorded) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page, record: recorded }],
    });
  });

  it('names the station and both networks', () => {
    expect(compare('WDUN is an HBC affiliate.')?.explanation).toBe(
      'WDUN is an affiliate of Coast Network, not HBC News.',
    );
  });

  it('the right network is no unconfirmed outlet', () => {
    expect(
      compare("WKEL-TV, Kells's HBC affiliate, aired the footage.")?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ page: 'HBC' }));
  });

  it('never a false alarm', () => {
    for (const sentence of [
      // The right network.
      "WKEL-TV, Kells's HBC affiliate, aired the footage.",
      'The Coast Network affiliate WDUN aired the footage.',
      // The page says the label is wrong.
      'The Ledger credited WKEL-TV, which it wrongly called a CNW affiliate.',
      // A station whose affiliations the world does not record, and a station no network's.
      'WPOR-TV, the CNW affiliate, aired the footage.',
      'The Ledger credited WKEL-TV, which it called a Kells Courier affiliate.',
      // The network not said to be the station's.
      'WKEL-TV aired the footage after CNW did.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});
