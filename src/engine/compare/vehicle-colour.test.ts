/**
 * The colour of a recorded vehicle (vehicle-colour.ts, pack event `vehicles`): the van stopped was a maroon /
 * dark-red work van with ladders on the roof (sources.md B10).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { colourFamily, vehicleOfWhatCameBefore } from './vehicle-colour.ts';
import { embeddedIndex, rochesterVerdict } from '../test-embedded-page.ts';
import { analyzeText } from '../index.ts';

const story = loadEmbeddedPack().stories.find((s) => s.events?.some((e) => e.vehicles?.length))!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string) => compareSentence(s, record, '2025-04-30');

describe('colour families', () => {
  it('reads synonyms into one family', () => {
    expect(['maroon', 'dark red', 'Dark-red', 'burgundy', 'crimson'].map(colourFamily)).toEqual([
      'red',
      'red',
      'red',
      'red',
      'red',
    ]);
    expect(colourFamily('silver')).toBe('grey');
    expect(colourFamily('ladder')).toBeUndefined();
  });
});

describe('the colour of the recorded van', () => {
  it('another colour is discrepant, before the noun or after "was"', () => {
    expect(
      compare(
        'The vehicle, a white work van with ladders on the roof, had been pulled over by agents before 5:30.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'colour', page: 'white work van' }],
    });
    expect(compare('Agents pulled over a silver Ford van near Lyell Avenue.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compare('The van was white, witnesses said, when agents stopped it on Whitney Street.')
        ?.outcome,
    ).toBe('discrepant');
    expect(compare('Border Patrol agents stopped a blue truck on Whitney Street.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The van the agents stopped was white, with ladders on top.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('A black-colored van was stopped on Whitney Street on March 24.')?.outcome).toBe(
      'discrepant',
    );
    // A minivan is a van.
    expect(
      compare('Agents had pulled over a silver minivan on Whitney Street by about half past five.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'colour', page: 'silver minivan' }],
    });
  });
  it('the same colour in other words, a near one, two colours, or the colour of something else is never discrepant', () => {
    for (const s of [
      'Agents stopped a maroon van on Whitney Street.',
      'Agents stopped a burgundy work van on Whitney Street.',
      'The stopped vehicle was a dark-red work van with ladders on top.',
      'The van was red, witnesses said, when agents stopped it.',
      'Agents stopped a brown van on Whitney Street.',
      'Agents stopped a red and white van on Whitney Street.',
      'The van, with white ladders on the roof, was stopped on Whitney Street.',
      'A black SUV followed the van onto Whitney Street.',
      'Agents stopped the van, not a white one, on Whitney Street.',
      'After the stop the men were loaded into a white van and driven away.',
      'A white ICE van later took the men away from Whitney Street after the stop.',
      'Homan spoke at the White House about the van stop.',
      'Neighbors said a white pickup truck was parked nearby during the stop.',
      'A silver van drove past the scene on Whitney Street as the stop went on.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});

describe('a vehicle described as the record describes it, in a clause that links no event', () => {
  it('"It was a <colour> work van with ladders …": the recorded van, its colour held to the record', () => {
    expect(
      compare(
        'It was a silver work van with ladders on the roof, and a props team found one like it.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'colour', page: 'silver work van', record: expect.stringContaining('maroon') },
      ],
    });
    expect(compare('It was a maroon work van with ladders on the roof.')?.outcome).not.toBe(
      'discrepant',
    );
  });
  it('says nothing of a vehicle the clause does not describe so, or names as another', () => {
    expect(compare('It was a silver work van.')?.outcome).not.toBe('discrepant');
    expect(compare('A silver pickup with ladders was parked across the street.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Neighbours loaded ladders into a silver van the next day.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('the vehicle told of in the sentence before', () => {
  const stop = record.events.filter((e) => e.vehicles?.length);
  const stopped = 'Agents stopped a vehicle just off Lyell Avenue.';
  it('another colour for "it" or "the vehicle" after a sentence that stopped it is discrepant', () => {
    expect(
      vehicleOfWhatCameBefore('The vehicle was a silver minivan.', stopped, stop),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'colour', page: 'silver minivan' }],
    });
    expect(
      vehicleOfWhatCameBefore('It was a white van, nothing special.', stopped, stop)?.outcome,
    ).toBe('discrepant');
  });

  it('and so is one in apposition to it ("The vehicle, a …", "The vehicle itself (a …")', () => {
    expect(
      vehicleOfWhatCameBefore('The vehicle, a silver minivan, sat at the curb.', stopped, stop)
        ?.outcome,
    ).toBe('discrepant');
    expect(
      vehicleOfWhatCameBefore(
        'The vehicle itself (a silver van with a rack) sat at the curb.',
        stopped,
        stop,
      )?.outcome,
    ).toBe('discrepant');
    expect(
      vehicleOfWhatCameBefore('The vehicle, a maroon van, sat at the curb.', stopped, stop),
    ).toBeNull();
  });

  it('is asked on a page, after the sentence that stopped the van', () => {
    expect(rochesterVerdict('It was a silver minivan.')).toBe('discrepant');
    expect(rochesterVerdict('It was a maroon work van.')).not.toBe('discrepant');
    // Another sentence between: "it" may be what that one tells of.
    const page = [
      'Rochester police answer Border Patrol call',
      'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
      'A second car pulled up behind the agents.',
      'It was a silver minivan.',
    ].join('\n');
    expect(
      analyzeText(page, embeddedIndex(), { today: '2025-04-30' }).findings.find(
        (f) => f.text === 'It was a silver minivan.',
      )?.verdict,
    ).not.toBe('discrepant');
  });

  it('says nothing of the recorded colour, of a sentence before that stopped nothing, or of another opening', () => {
    expect(vehicleOfWhatCameBefore('The vehicle was a maroon work van.', stopped, stop)).toBeNull();
    expect(
      vehicleOfWhatCameBefore(
        'It was a white van.',
        'Officers arrived in a van minutes later.',
        stop,
      ),
    ).toBeNull();
    expect(
      vehicleOfWhatCameBefore('Officers later drove a white van to the station.', stopped, stop),
    ).toBeNull();
  });
});
