/**
 * An outcome given to the whole of a counted group ("all N", "every one of the N") where the record has it befall only
 * part of it (all-of-group.ts), on the invented story with a head count and a handcuffing added to the raid: about a
 * dozen people were in the warehouse, agents handcuffed some of them, two were detained.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Raid = { id: string; quantities?: unknown[]; outcomes?: unknown[] };

function record(some: boolean) {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: Raid[] }[] };
  const raid = p.stories[0]!.events.find((e) => e.id === 'raid')!;
  raid.quantities = [
    ...(raid.quantities ?? []),
    {
      nouns: ['people', 'employees', 'workers'],
      min: 11,
      max: 13,
      note: 'about a dozen people inside',
    },
  ];
  raid.outcomes = [
    ...(raid.outcomes ?? []),
    {
      kind: 'handcuffed',
      nouns: ['people', 'employees', 'workers'],
      ...(some ? { some: true } : {}),
    },
  ];
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const part = record(true);
const unsettled = record(false);
const judge = (s: string, rec = part) => compareSentence(s, rec, '2024-06-20');

describe('an outcome given to all of a counted group', () => {
  it('also with handcuffs put on the group, or the group named "all N of them"', () => {
    expect(judge('During the raid, agents put handcuffs on all twelve workers.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      judge('Agents ordered everyone out and handcuffed all twelve of them in the raid.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'all twelve of them' }],
    });
    expect(judge('Agents handcuffed all three of them in the raid.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('conflicts where the record has it befall some of them', () => {
    const r = judge('Agents cuffed every one of the twelve employees in the warehouse raid.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('some of them handcuffed');
    expect(r?.explanation).toContain('not all twelve employees');
    expect(judge('During the raid, agents put all twelve workers in handcuffs.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      judge('All of the twelve people in the warehouse were handcuffed during the raid.')?.outcome,
    ).toBe('discrepant');
    // Not the true or partial wordings: part of the group, three of the dozen (all may have been cuffed), "nearly all",
    // an outcome done to someone else.
    expect(
      judge('Agents handcuffed some of the employees during the warehouse raid.')?.outcome,
    ).not.toBe('discrepant');
    expect(judge('Two of the workers were detained in the raid.')?.outcome).not.toBe('discrepant');
    expect(
      judge('Agents cuffed all three workers they found in the office during the raid.')?.outcome,
    ).not.toBe('discrepant');
    expect(judge('Nearly all twelve employees were handcuffed during the raid.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      judge('All twelve employees watched as agents handcuffed the owner during the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
  });

  it('conflicts where the record counts fewer it befell', () => {
    const r = judge('Each of the twelve workers in the warehouse was detained in the raid.');
    expect(r?.outcome).toBe('discrepant');
    expect(r?.explanation).toContain('2 of them detained');
  });

  it('is unconfirmed, never consistent, where the record does not settle how many', () => {
    const r = judge(
      'Agents handcuffed all of the twelve employees in the warehouse raid.',
      unsettled,
    );
    expect(r?.outcome).toBe('unconfirmed');
  });
});
