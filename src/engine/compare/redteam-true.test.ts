/**
 * True sentences a red-team page found flagged, each a kind of reading fixed in general.
 *
 * Two counts in one clause, one of them the record's (the embedded pack: about eight people in the van,
 * three men detained; all nine Council members signed): the other is the whole the part came from, or a part
 * of the recorded total, and is not wrong; a count that is itself the part stays compared.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-05-01')?.outcome;

describe('a whole and its recorded part', () => {
  it('leaves the whole, and a part of the recorded total, alone', () => {
    expect(at('Of the roughly eight people in the van, only three were detained.')).not.toBe(
      'discrepant',
    );
    expect(at('Three of the roughly eight occupants were taken into custody.')).not.toBe(
      'discrepant',
    );
    expect(at('Two passengers were also taken into custody, for a total of three men.')).not.toBe(
      'discrepant',
    );
  });

  it('still compares the part, and a count the page denies the record', () => {
    expect(at('Seven of the nine Council members signed the proclamation.')).toBe('discrepant');
    expect(at('Eight people were detained, not three.')).toBe('discrepant');
    expect(at('Eight people were detained.')).toBe('discrepant');
  });
});

describe('a legal action dismissed', () => {
  it('is no person dismissed from a job', () => {
    expect(
      at(
        'The Justice Department\u2019s lawsuit against the city, filed in April 2025, was dismissed last year.',
      ),
    ).not.toBe('discrepant');
    expect(at('The officers were dismissed.')).toBe('discrepant');
  });
});

describe('"was no longer" with a year written after it', () => {
  it('is at that year, not at the linked event', () => {
    expect(
      at('Lovely Warren, who proposed the 2017 resolution as mayor, was no longer mayor in 2025.'),
    ).not.toBe('discrepant');
    expect(
      at(
        'Lovely Warren, who proposed the 2017 resolution, was no longer mayor when she proposed it.',
      ),
    ).toBe('discrepant');
  });
});

describe('later parts of a speaker\u2019s life, and a date inside a point phrase (the 2016 chiefs)', () => {
  const chiefs = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
    worldIndex(),
  );
  const at2 = (sentence: string) => compareSentence(sentence, chiefs, '2025-03-30')?.outcome;

  it('leaves them alone', () => {
    expect(at2('It was Charlie Beck, who led the LAPD until he retired in 2018.')).not.toBe(
      'discrepant',
    );
    expect(
      at2(
        'Magnus, who left Tucson to lead CBP in late 2021, had spoken out about immigration policing five years earlier.',
      ),
    ).not.toBe('discrepant');
    expect(
      at2(
        'It describes reactions to Trump\u2019s first election, eight years before his second term began in January 2025.',
      ),
    ).not.toBe('discrepant');
  });

  it('still finds the event\u2019s own wrong date', () => {
    expect(at2('Beck gave his interview in December 2017.')).toBe('discrepant');
  });
});
