/** A name the record never mentions keeps a sentence a fact agrees with from being green (invented story, test-story.ts). */
import { describe, expect, it } from 'vitest';
import { buildStoryRecord } from './compare/story-record.ts';
import { outletPack, raidPack, westmark } from './compare/test-story.ts';
import world from '../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../world/parse-world.ts';
import { indexWorld } from '../world/world-index.ts';
import fc from 'fast-check';
import { addWords, unknownName } from './unknown-names.ts';

const story = raidPack().stories[0]!;
const record = buildStoryRecord(story, westmark());
const unknown = (sentence: string) => unknownName(sentence, story, record);

describe('unknownName', () => {
  it('finds a capitalised name neither the story nor the world knows', () => {
    expect(unknown('Two men from Veltria were detained in the raid on Quay Street.')).toBe(
      'Veltria',
    );
    expect(unknown('Harbor Unit officers, helped by Corvane agents, raided the warehouse.')).toBe(
      'Corvane',
    );
  });

  it("says nothing of the story's own names, the world's, general capitalised words or the start of a sentence or quote", () => {
    expect(
      unknown('Harbor Unit officers raided a warehouse on Quay Street in Port Alder.'),
    ).toBeNull();
    expect(
      unknown(
        'Officers raided the warehouse on Tuesday, June 11, the Dunmore Police Department said.',
      ),
    ).toBeNull();
    expect(unknown('Raided at dawn: the warehouse on Quay Street, Nov. 11.')).toBeNull();
    expect(unknown('Mayor Ida Marsh said: "Veltria has nothing to do with it."')).toBeNull();
  });

  it('reads no capitals in a title-case headline', () => {
    expect(unknown('Harbor Unit Raids Veltria Warehouse on Quay Street')).toBeNull();
  });
});

describe("the owners the world lists for the story's outlets", () => {
  it('are no strangers to the story; another company is', () => {
    const w = JSON.parse(JSON.stringify(world)) as { outlets: Record<string, unknown>[] };
    w.outlets.find((o) => o.id === 'alder-ledger')!.owners = ['Tidewater Media Group'];
    const parsed = parseWorld(w);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const owned = outletPack().pack.stories[0]!;
    const ownedRecord = buildStoryRecord(owned, indexWorld(parsed.world));
    expect(
      unknownName(
        'The Alder Ledger, owned by Tidewater, broke the story of the raid.',
        owned,
        ownedRecord,
      ),
    ).toBeNull();
    expect(
      unknownName(
        'The Alder Ledger, owned by Veltria, broke the story of the raid.',
        owned,
        ownedRecord,
      ),
    ).toBe('Veltria');
  });
});

describe('addWords', () => {
  const byRegex = (text: string) => new Set(text.match(/\p{L}[\p{L}'’-]*/gu) ?? []);
  const byCode = (text: string) => {
    const words = new Set<string>();
    addWords(text, words);
    return words;
  };

  it('reads the words the regular expression reads, astral letters and stray surrogates included', () => {
    for (const text of [
      "l'état d’âme — co-op's 𝒜bc x𝒜y",
      'ａｂｃ 123 ß\uD800z \uDC00q',
      "'-a-'' -b ’c’",
    ])
      expect(byCode(text)).toEqual(byRegex(text));
    const piece = fc.constantFrom(
      'a',
      'Z',
      'é',
      'ß',
      'Ω',
      '𝒜',
      '😀',
      "'",
      '’',
      '-',
      ' ',
      '.',
      '1',
      '\uD800',
      '\uDC00',
      '\u00AA',
      '\u00B5',
      '—',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(byCode(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
