/**
 * Whose headline (headline-outlet.ts), on the invented story of
 * test-story.ts: its report, the Alder Ledger's, ran under the headline
 * "Dawn raid on Quay Street warehouse"; the Kells Courier is another paper the
 * world knows.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { ledgerStory } from './test-story.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { buildStoryRecord } from './story-record.ts';

const record = ledgerStory((w) =>
  w.outlets.push(
    { id: 'kells-courier', name: 'Kells Courier', kind: 'newspaper', locality: 'kells' },
    { id: 'tidewater-network', name: 'Tidewater News Network', kind: 'network' },
  ),
);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('an outlet said to have run the headline of another outlet\u2019s report', () => {
  it.each([
    'The raid made the news when the Kells Courier ran it under the headline "Dawn raid on Quay Street warehouse."',
    'The Kells Courier published the story of the raid, headlined \u201CDawn raid on Quay Street warehouse\u201D.',
    "The Kells Courier's headline, \u201CDawn raid on Quay Street warehouse,\u201D set the tone for the coverage of the raid.",
    'Word of the raid spread after the Tidewater News Network posted it with the title "Dawn raid on Quay Street".',
    // The outlet's name as the headline's modifier.
    'Word of the raid spread under a Kells Courier headline, "Dawn raid on Quay Street warehouse."',
    // The outlet after the headline, where it appeared.
    'The raid story ran under the headline "Dawn raid on Quay Street warehouse," which first appeared in the Kells Courier.',
    'The headline "Dawn raid on Quay Street warehouse" originally appeared on the Kells Courier website.',
    // The headline said to tell, with a few words before the quoted ones.
    'The Kells Courier\u2019s headline said a "dawn raid on Quay Street warehouse" had shut the port.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', record: 'Alder Ledger' }],
    });
  });

  it('an outlet the world does not know is unconfirmed, never a conflict', () => {
    expect(
      compare(
        'The raid made the news when the news site Quillfeed ran it under the headline "Dawn raid on Quay Street warehouse."',
      )?.outcome,
    ).toBe('unconfirmed');
  });

  it('explains with the report that has it', () => {
    expect(
      compare(
        'The Kells Courier ran the raid story under the headline "Dawn raid on Quay Street warehouse".',
      )?.explanation,
    ).toContain('that headline on the Alder Ledger report');
  });
});

describe('never a false alarm', () => {
  it('the right outlet, in several wordings', () => {
    for (const sentence of [
      'The raid made the news when the Alder Ledger ran it under the headline "Dawn raid on Quay Street warehouse."',
      'The Alder Ledger\u2019s headline said a "dawn raid on Quay Street warehouse" had shut the port.',
      "The Ledger's headline, \u201CDawn raid on Quay Street warehouse,\u201D set the tone for the coverage of the raid.",
      'The Alder Ledger published the story of the raid, headlined \u201CDawn raid on Quay Street warehouse\u201D.',
      'Word of the raid spread under an Alder Ledger headline, "Dawn raid on Quay Street warehouse."',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('re-printing, a cited headline, another headline, a second outlet, an unknown outlet', () => {
    for (const sentence of [
      'The Kells Courier later ran the raid story under the headline "Dawn raid on Quay Street warehouse."',
      'The Kells Courier quoted the headline "Dawn raid on Quay Street warehouse" in its own story of the raid.',
      'The Kells Courier ran the raid story under its own headline, "Harbor Unit empties a warehouse at dawn."',
      'The Kells Courier ran the Alder Ledger story of the raid under the headline "Dawn raid on Quay Street warehouse."',
      'The Brackwater Lantern ran the raid story under the headline "Dawn raid on Quay Street warehouse."',
      // Perhaps another name of the recorded outlet.
      'The Ledger Online ran the raid story under the headline "Dawn raid on Quay Street warehouse."',
      'The Kells Courier covered the raid; the headline "Dawn raid on Quay Street warehouse" was the Alder Ledger\u2019s.',
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});

describe('a headline whose record names its publisher with the re-poster', () => {
  // The embedded pack: "Here's Why Police are Against Trump on Immigration Enforcement", published by
  // "Police1 (re-posted by Gov1)" (sources.md A2).
  const chiefs = buildStoryRecord(
    loadEmbeddedPack().stories.find((st) => st.id.startsWith('police-chiefs'))!,
    worldIndex(),
  );
  const headline =
    '\u201CHere\u2019s Why Police are Against Trump on Immigration Enforcement\u201D';
  it('agrees with either outlet named in it, and not with another', () => {
    expect(
      compareSentence(
        `Gov1 ran the chiefs' statements under the headline ${headline}.`,
        chiefs,
        '2019-01-01',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence(
        `The headline ${headline} first appeared on the Los Angeles Times website, with Beck's interview.`,
        chiefs,
        '2019-01-01',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'outlet' }] });
  });
});
