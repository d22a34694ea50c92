/**
 * How an actor judged another, turned round (reaction-turned.ts), on the invented story (test-story.ts) with three
 * reactions added: the Port Alder Dock Guild (the union of the city's dock workers) called Mayor Ida Marsh's remarks
 * an overreaction; Senate Minority Leader Kit Rowe criticized the mayor and Police Chief Ned Vale, and thanked the
 * guild. Praise the record turns round is a conflict naming both sides; the record's own judgements in new words, other
 * pairs, denied or doubted ones, and passives say nothing against the page.
 */
import { describe, expect, it } from 'vitest';
import pack from '../../../test/fixtures/packs/valid/quay-street-raid.json' with { type: 'json' };
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { westmark } from './test-story.ts';

type Json = { stories: (Record<string, unknown> & { entities: unknown[]; events: unknown[] })[] };

function reactionPack(): unknown {
  const p = JSON.parse(JSON.stringify(pack)) as Json;
  const story = p.stories[0]!;
  story.entities.push(
    {
      id: 'dock-guild',
      kind: 'organization',
      name: 'Port Alder Dock Guild',
      aliases: ['Dock Guild'],
      role: 'the union of Port Alder dock workers',
    },
    {
      id: 'ned-vale',
      kind: 'person',
      name: 'Ned Vale',
      role: 'Port Alder Police Chief',
      roles: [{ title: 'police chief' }],
    },
    {
      id: 'kit-rowe',
      kind: 'person',
      name: 'Kit Rowe',
      role: 'State Senate Minority Leader',
      roles: [{ title: 'senate minority leader' }],
    },
  );
  const base = { sources: ['ledger'], confidence: 'high' };
  story.events.push(
    {
      ...base,
      id: 'guild-statement',
      label: "The Dock Guild calls the mayor's remarks an overreaction",
      words: ['overreaction'],
      date: '2024-06-12',
      participants: [{ role: 'spoke', entities: ['dock-guild'] }],
      reactions: [
        {
          holders: ['dock-guild'],
          toward: ['ida-marsh'],
          polarity: 'against',
          statement: "called the mayor's remarks an overreaction",
        },
      ],
    },
    {
      ...base,
      id: 'rowe-rally',
      label: 'Kit Rowe speaks at the guild hall',
      words: ['rally'],
      date: '2024-06-14',
      participants: [{ role: 'spoke', entities: ['kit-rowe'] }],
      reactions: [
        {
          holders: ['kit-rowe'],
          toward: ['ida-marsh', 'ned-vale'],
          polarity: 'against',
          statement: 'criticized the mayor and the chief',
        },
        {
          holders: ['kit-rowe'],
          toward: ['dock-guild'],
          polarity: 'for',
          statement: "thanked the guild's members",
        },
      ],
    },
  );
  return p;
}

const parsed = parsePack(reactionPack());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

describe('a judgement turned round', () => {
  it.each([
    ['The Dock Guild praised Mayor Marsh.', 'Dock Guild praised Mayor Marsh'],
    [
      "You would think the guild would close ranks, but the union's statement actually praised the mayor for getting it right.",
      "the union's statement actually praised the mayor",
    ],
    ['Kit Rowe stood by Chief Vale.', 'Kit Rowe stood by Chief Vale'],
    ['Rowe thanked the mayor and the chief for their leadership.', 'Rowe thanked the mayor'],
    [
      'The senate minority leader publicly defended Ida Marsh.',
      'The senate minority leader publicly defended Ida Marsh',
    ],
    ['Rowe slammed the Dock Guild.', 'Rowe slammed the Dock Guild'],
    // The role's noun with one of the party's own words before it.
    ['The dock union applauded Ida Marsh.', 'The dock union applauded Ida Marsh'],
    // The party restated in apposition, and an aside, before the verb.
    [
      'The Dock Guild, the union of the dock workers, for its part praised the mayor.',
      'Dock Guild, the union of the dock workers, for its part praised the mayor',
    ],
    ['The Dock Guild, in turn, praised Mayor Marsh.', 'Dock Guild, in turn, praised Mayor Marsh'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'stance', page })],
    });
  });

  it('names the event whose judgement it turns round', () => {
    expect(compare('The Dock Guild praised Mayor Marsh.')?.events).toEqual(['guild-statement']);
  });

  it('names both sides', () => {
    expect(compare('The Dock Guild praised Mayor Marsh.')?.explanation).toBe(
      "The record has Port Alder Dock Guild critical of Ida Marsh: they called the mayor's remarks an overreaction (Wednesday 12 June 2024); the page has the opposite: \u201CDock Guild praised Mayor Marsh\u201D.",
    );
  });
});

describe("true, other pairs, or not the page's own account", () => {
  it.each([
    "The Dock Guild criticized the mayor's remarks.",
    'The union slammed Mayor Marsh, calling her remarks an overreaction.',
    'Rowe took aim at Mayor Marsh and Chief Vale.',
    'Rowe thanked the Dock Guild.',
    'Kit Rowe, speaking at the guild hall, criticized Ida Marsh.',
    // Pairs the record does not judge.
    "Mayor Marsh praised the Dock Guild's members for their work.",
    'Chief Vale thanked the mayor.',
    'The Dock Guild praised Chief Vale.',
    // Denied, doubted, asked for, passive, or someone else's words.
    'The Dock Guild did not praise the mayor.',
    'The Dock Guild never praised Mayor Marsh.',
    'Few expected the guild to praise the mayor.',
    "The mayor was praised by the Dock Guild's critics.",
    'Critics said the union should have praised the mayor.',
    'The guild wrote: \u201CWe praised the mayor once.\u201D',
    // Another time.
    'In 2019 the Dock Guild praised Mayor Marsh.',
  ])('%s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'silent').not.toBe('discrepant');
  });
});
