/**
 * Another body put in a recorded agency's place, on the invented story
 * (test-story.ts): Harbor Unit (part of Coast Watch, federal) made the raid on
 * Quay Street, Dunmore police came. Added here: Coast Watch released details
 * of the raid; Dunmore police, whose chief is Ana Ruiz, said on 13 June 2024
 * they will not take part in immigration enforcement; Lou Pike visited Dunmore
 * and stopped at the Dunmore Police Department. The Revenue Service (federal)
 * is a body of the story that took no part in these events.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { sheriffsWorld } from './test-sheriffs-world.ts';
import { raidPack } from './test-story.ts';

function thePack() {
  const p = JSON.parse(JSON.stringify(raidPack())) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push(
    { id: 'dunmore', kind: 'place', name: 'Dunmore', world: 'dunmore' },
    { id: 'lou-pike', kind: 'person', name: 'Lou Pike' },
    {
      id: 'ana-ruiz',
      kind: 'person',
      name: 'Ana Ruiz',
      role: 'chief of the Dunmore Police Department',
    },
    { id: 'revenue-service', kind: 'agency', name: 'Revenue Service', world: 'revenue-service' },
  );
  story.events.push(
    {
      id: 'details',
      label: 'Coast Watch releases details of the raid',
      words: ['released details', 'operation lantern'],
      date: '2024-06-15',
      participants: [{ role: 'reported', entities: ['coast-watch'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'dunmore-statement',
      label: 'Dunmore police will not take part in immigration enforcement',
      words: ['statement'],
      date: '2024-06-13',
      places: ['dunmore'],
      participants: [{ role: 'spoke', entities: ['dunmore-pd', 'ana-ruiz'] }],
      commitments: [
        {
          action: 'immigration-enforcement',
          does: false,
          times: ['present', 'future'],
          holders: ['dunmore-pd', 'ana-ruiz'],
          statement: 'will not take part in immigration enforcement',
        },
      ],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'pike-visit',
      label: 'Lou Pike visits Dunmore and stops at the Dunmore Police Department',
      words: ['visit', 'visited'],
      date: '2024-06-20',
      places: ['dunmore'],
      participants: [
        { role: 'came', entities: ['lou-pike'] },
        { role: 'present', entities: ['dunmore-pd'] },
      ],
      outcomes: [{ kind: 'visited' }],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'revenue-audit',
      label: 'The Revenue Service audits the port',
      words: ['audit', 'audited'],
      date: '2024-05-02',
      participants: [{ role: 'acted', entities: ['revenue-service'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  // The mayor said the Harbor Unit stood back while Dunmore police took the lead.
  (story.events[0] as { leads?: unknown[] }).leads = [
    {
      led: ['dunmore-pd'],
      stoodBack: ['harbor-unit'],
      holders: ['ida-marsh'],
      statement: 'Mayor Marsh said the Harbor Unit stood back while Dunmore police took the lead',
    },
  ];
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const record = buildStoryRecord(thePack().stories[0]!, sheriffsWorld());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');
const outcome = (sentence: string) => compare(sentence)?.outcome ?? 'none';

describe('a body of the story that took no part, in a part only the recorded agencies played', () => {
  it.each([
    'The Dunmore Police Department said the case was part of "Operation Lantern."',
    'In a release, the Dunmore Police Department said the case was part of Operation Lantern.',
  ])('of another level of government is a conflict: %s', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', record: 'Coast Watch' }],
    });
  });

  it('of the same level is imprecise, never a conflict', () => {
    expect(
      compare('The Revenue Service said the case was part of Operation Lantern.'),
    ).toMatchObject({
      outcome: 'imprecise',
      comparisons: [{ slot: 'agency', page: 'Revenue Service' }],
    });
  });

  it.each([
    'Coast Watch said the case was part of Operation Lantern.',
    'The Harbor Unit said the case was part of Operation Lantern.',
    'Days later, Coast Watch released details: the raid was part of Operation Lantern.',
  ])('the recorded body, a unit within it or the body above it is no conflict: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
    expect(outcome(s)).not.toBe('imprecise');
  });
});

describe('a named stranger at the scene', () => {
  it.each([
    'Marsh said the Kells County Sheriff\u2019s Office deputies on scene stood back.',
    "The Erie County Sheriff's Office deputies at the scene stood back, the mayor said.",
    'Marsh said the Kells Police Department officers on scene did nothing.',
  ])('is another agency: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'agency' }] });
  });

  it.each([
    'Marsh said the Dunmore Police Department officers on scene stood back.',
    "Marsh said the Port Alder Sheriff's Office deputies on scene stood back.",
    'Marsh said the Harbor Unit agents on scene took the lead.',
  ])('a body of the story, or one named like one, is not: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });
});

describe('the stop a visit made', () => {
  it.each([
    'Lou Pike also stopped at the Revenue Service during the visit.',
    'During his visit Lou Pike also stopped at Coast Watch.',
    "Pike's visit also took him to the Erie County Sheriff's Office, where he stopped at the front desk."
      .replace("Pike's visit also took him to the", 'Lou Pike also stopped at the')
      .replace(', where he stopped at the front desk', ' during the visit'),
  ])(
    "at another body, where the record names the visit's stop at an agency, is another stop: %s",
    (s) => {
      expect(compare(s)).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'place', record: 'Dunmore Police Department' }],
      });
    },
  );

  it.each([
    'Lou Pike also stopped at the Dunmore Police Department during the visit.',
    'During the visit, Lou Pike stopped at the Dunmore police department.',
    'Lou Pike, who once worked for the Revenue Service, visited Dunmore.',
  ])('the recorded stop, or a body named for context, is not: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });
});

describe('people of a body named after them', () => {
  it.each([
    "The warehouse on Quay Street was raided by deputies from the Kells County Sheriff's Office.",
    "The warehouse on Quay Street was raided by deputies with the Kells County Sheriff's Office, not by Dunmore police.",
  ])('are that body: %s', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: expect.stringContaining('Kells County') }],
    });
  });

  it.each([
    'The warehouse on Quay Street was raided by federal officers from the Harbor Unit.',
    'Federal agents from the Harbor Unit raided the warehouse on Quay Street, not Dunmore police.',
  ])('the recorded body agrees: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });

  it('behind a generic body of the right level, another body of the story is still read (imprecise)', () => {
    expect(
      outcome(
        'The warehouse on Quay Street was raided by federal officers from the Revenue Service.',
      ),
    ).toBe('imprecise');
    expect(
      outcome('Federal agents from the Revenue Service raided the warehouse on Quay Street.'),
    ).toBe('imprecise');
  });

  it('the body above the recorded one is imprecise', () => {
    expect(
      outcome('The warehouse on Quay Street was raided by federal officers from Coast Watch.'),
    ).toBe('imprecise');
  });
});

describe('a recorded stance given to another body', () => {
  it.each([
    'Chief Ana Ruiz said Coast Watch would not take part in immigration enforcement.',
    'Ruiz said the Revenue Service will not take part in immigration enforcement.',
    'On June 13, 2024, the Revenue Service said it would not take part in immigration enforcement.',
    'On 13 June 2024 Coast Watch announced it will not take part in immigration enforcement.',
  ])('of another level of government than every holder is a conflict: %s', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        expect.objectContaining({ slot: 'agency', record: 'Dunmore Police Department' }),
      ]),
    });
  });

  it.each([
    'Ruiz said the Dunmore Police Department would not take part in immigration enforcement.',
    'On June 13, 2024, the Dunmore Police Department said it would not take part in immigration enforcement.',
    'Ruiz said her officers would not help Coast Watch with immigration enforcement.',
    'Ruiz said Coast Watch would keep doing immigration enforcement on its own.',
    'Coast Watch said it would not take part in the funding vote.',
    'Ruiz said that immigration enforcement is the job of Coast Watch.',
  ])('the holder, a body named as the other party, or another act is no conflict: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });
});

describe('who stood back, as the teller said it, with another body', () => {
  it.each([
    'Marsh said the Revenue Service agents stood back while Dunmore officers took the lead.',
    "The mayor said the Kells County Sheriff's Office deputies hung back while local officers took charge.",
    'Ida Marsh said the Kells Police Department officers had stood back.',
  ])('another body in the role the teller gave a recorded one is another agency: %s', (s) => {
    expect(compare(s)).toMatchObject({
      outcome: 'discrepant',
      comparisons: expect.arrayContaining([
        expect.objectContaining({ slot: 'agency', record: 'Harbor Unit' }),
      ]),
    });
  });

  it('the body the recorded one belongs to is imprecise', () => {
    expect(
      outcome('Marsh said the Coast Watch agents stood back while Dunmore officers took the lead.'),
    ).toBe('imprecise');
  });

  it.each([
    'Marsh said the Harbor Unit agents stood back while Dunmore officers took the lead.',
    'The mayor said the federal agents stood back while Dunmore police took the lead.',
    'Marsh said the Revenue Service agents may have stood back.',
    'Lou Pike said the Revenue Service agents stood back.',
  ])('the recorded body, a generic one, a doubt or another teller is no conflict: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });
});
