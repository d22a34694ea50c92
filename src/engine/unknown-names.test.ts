/** A name the record never mentions keeps a sentence a fact agrees with from being green (invented story, test-story.ts). */
import { describe, expect, it } from 'vitest';
import { buildStoryRecord } from './compare/story-record.ts';
import { outletPack, raidPack, westmark } from './compare/test-story.ts';
import world from '../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../world/parse-world.ts';
import { indexWorld } from '../world/world-index.ts';
import { unknownName } from './unknown-names.ts';

const story = raidPack().stories[0]!;
const record = buildStoryRecord(story, westmark());
const unknown = (sentence: string) => unknownName(sentence, story, record);

describe('unknownName', () => {
  it('finds a capitalised name neither the story nor the world knows', () => {
    expect(unknown('Two men from Veltria were detained in the raid on Quay Street.')).toBe('Veltria');
    expect(unknown('Harbor Unit officers, helped by Corvane agents, raided the warehouse.')).toBe('Corvane');
  });

  it('says nothing of the story\'s own names, the world\'s, general capitalised words or the start of a sentence or quote', () => {
    expect(unknown('Harbor Unit officers raided a warehouse on Quay Street in Port Alder.')).toBeNull();
    expect(unknown('Officers raided the warehouse on Tuesday, June 11, the Dunmore Police Department said.')).toBeNull();
    expect(unknown('Raided at dawn: the warehouse on Quay Street, Nov. 11.')).toBeNull();
    expect(unknown('Mayor Ida Marsh said: "Veltria has nothing to do with it."')).toBeNull();
  });

  it('reads no capitals in a title-case headline', () => {
    expect(unknown('Harbor Unit Raids Veltria Warehouse on Quay Street')).toBeNull();
  });
});

describe('the owners the world lists for the story\'s outlets', () => {
  it('are no strangers to the story; another company is', () => {
    const w = JSON.parse(JSON.stringify(world)) as { outlets: Record<string, unknown>[] };
    w.outlets.find((o) => o.id === 'alder-ledger')!.owners = ['Tidewater Media Group'];
    const parsed = parseWorld(w);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const owned = outletPack().pack.stories[0]!;
    const ownedRecord = buildStoryRecord(owned, indexWorld(parsed.world));
    expect(unknownName('The Alder Ledger, owned by Tidewater, broke the story of the raid.', owned, ownedRecord)).toBeNull();
    expect(unknownName('The Alder Ledger, owned by Veltria, broke the story of the raid.', owned, ownedRecord)).toBe('Veltria');
  });
});
