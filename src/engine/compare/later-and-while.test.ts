/**
 * A clause about someone's later life ("went on to head X years later"), an
 * event named after "while" (a background, not what the clause tells of), and
 * an honorific between a title's agency and its holder (invented story: the
 * raid on Tuesday 11 June 2024 by the Harbor Unit; Mayor Ida Marsh's briefing
 * on Wednesday 12 June; the funding vote on 18 June).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('later life, background events and honorifics', () => {
  it('a later post is no value of the linked event (the embedded pack: Magnus spoke for the Tucson police in 2016)', () => {
    const chiefs = buildStoryRecord(
      loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
      worldIndex(),
    );
    expect(
      compareSentence(
        'Magnus went on to head Customs and Border Protection years later.',
        chiefs,
        '2024-12-02',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('an event named after "while" is the background: its date is not compared', () => {
    expect(
      compare('In July 2024 the council shelved a budget while the raid inquiry was pending.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(compare('The raid took place in July 2024.')?.outcome).toBe('discrepant');
  });
});

describe('a date of a person\u2019s life, on a clause linked only by that person', () => {
  const chiefs = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
    worldIndex(),
  );
  const at = (sentence: string) => compareSentence(sentence, chiefs, '2023-05-10')?.outcome;

  it('is another part of their life when it lies far from the event', () => {
    expect(at('Beck, who retired in 2018, had led the department since 2009.')).not.toBe(
      'discrepant',
    );
    expect(
      at('Magnus became CBP commissioner in December 2021, five years after his Tucson statement.'),
    ).not.toBe('discrepant');
  });

  it('is still the event\u2019s when the clause names the event, two of its participants, or its month and day', () => {
    expect(at('Beck gave his interview to the Los Angeles Times in December 2017.')).toBe(
      'discrepant',
    );
    expect(at('Charlie Beck spoke to the Los Angeles Times on November 14, 2019.')).toBe(
      'discrepant',
    );
  });
});
