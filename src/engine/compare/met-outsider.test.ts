/**
 * Who was met at a recorded meeting (invented story: on Friday 14 June 2024 Lou Pike came to Dunmore and met the
 * Dunmore Police Department's officers; Mayor Ida Marsh was not there; on 11 June Pat Vane, the council minority
 * leader, had said she would not meet Pike; Ned Cole is a person of the story the record never puts at the meeting).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import world from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { COLE_AND_VANE, PIKE_AND_DUNMORE, pikeVisit, raidPack } from './test-story.ts';

/** The invented world with a harbourmaster of Port Alder, Rae Lund, whom the story never names, and a Kells harbourmaster. */
function withHarbourmasters() {
  const w = JSON.parse(JSON.stringify(world)) as { people: unknown[]; offices: unknown[] };
  w.people.push({ id: 'rae-lund', name: 'Rae Lund' }, { id: 'sol-dane', name: 'Sol Dane' });
  w.offices.push(
    {
      id: 'port-alder-harbourmaster',
      title: 'Harbourmaster of Port Alder',
      aliases: ['Harbourmaster'],
      jurisdiction: 'port-alder',
      sources: 'Invented for tests',
      holders: [{ person: 'rae-lund', start: '2020-01-01', confirmedThrough: '2030-01-01' }],
    },
    {
      id: 'kells-harbour-warden',
      title: 'Harbour Warden of Kells',
      aliases: ['Harbour Warden'],
      jurisdiction: 'kells',
      sources: 'Invented for tests',
      holders: [{ person: 'sol-dane', start: '2020-01-01', confirmedThrough: '2030-01-01' }],
    },
  );
  const parsed = parseWorld(w);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return indexWorld(parsed.world);
}

/** The invented story's record; `more` may add to the story before it is read (another one present at the meeting). */
function meetingRecord(more?: (story: { entities: unknown[]; events: unknown[] }) => void) {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push(...PIKE_AND_DUNMORE, ...COLE_AND_VANE);
  story.events.push(
    pikeVisit({
      label: 'Lou Pike visits Dunmore and meets officers of the Dunmore Police Department',
      absent: [
        {
          entities: ['ida-marsh'],
          explanation: 'Mayor Marsh stayed away from the meeting with Pike.',
        },
      ],
    }),
    {
      id: 'vane-refusal',
      label: 'Pat Vane says she will not meet Pike',
      words: ['will not meet'],
      date: '2024-06-11',
      participants: [{ role: 'spoke', entities: ['pat-vane'] }],
      negatives: [{ kind: 'met', explanation: 'Pat Vane said she would not meet Pike.' }],
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  more?.(story);
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, withHarbourmasters());
}

const record = meetingRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('someone said to have been met at the recorded meeting', () => {
  it('one the record has away, named by a bare title after "met there with" or "a meeting with"', () => {
    const r = compare('On June 14 Pike toured Dunmore and met there with the mayor and her aides.');
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'person',
          page: 'mayor',
          record: 'Mayor Marsh stayed away from the meeting with Pike.',
        },
      ],
    });
    // What the page says, who the record has there, and why they differ.
    expect(r?.explanation).toContain('the mayor');
    expect(r?.explanation).toContain('Lou Pike and Dunmore Police Department');
    expect(
      compare("Pike's Friday stop in Dunmore included a meeting with the mayor.")?.outcome,
    ).toBe('discrepant');
    // Whom a possessive owns was met, not the mayor; denied, it is what the record says.
    expect(
      compare("On June 14 Pike toured Dunmore and met there with the mayor's aides.")?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('On June 14 Pike visited Dunmore but did not meet the mayor.')?.outcome,
    ).not.toBe('discrepant');
  });

  it('one who said they would not meet the visitor, by title or by name', () => {
    const r = compare('On Friday Pike huddled with the council minority leader in Dunmore.');
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'council minority leader' }],
    });
    expect(r?.explanation).toContain('Pat Vane said she would not meet Pike.');
    expect(compare('On June 14 Pike visited Dunmore and sat down with Pat Vane.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compare('On June 14 Pike visited Dunmore and did not meet with Pat Vane.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare("On June 14 Pike visited Dunmore and sat down with Pat Vane's staff.")?.outcome,
    ).not.toBe('discrepant');
  });

  it('someone else of the story the record does not have there is not confirmed; those it has there agree', () => {
    const r = compare('On June 14 Pike visited Dunmore and met with Ned Cole.');
    expect(r?.outcome).toBe('unconfirmed');
    expect(r?.explanation).toContain('does not have Ned Cole');
    // A title of an office of the story's town: its holder, whom the story never names.
    expect(
      compare('On June 14 Pike visited Dunmore and met there with the harbourmaster.'),
    ).toMatchObject({
      outcome: 'unconfirmed',
      explanation: expect.stringContaining('the harbourmaster (Rae Lund)') as string,
    });
    // Of another town's office: no one of the story.
    expect(
      compare('On June 14 Pike visited Dunmore and met there with the harbour warden.')?.outcome,
    ).toBe('agrees');
    // Those the record has there agree.
    expect(
      compare(
        'On June 14 Pike visited Dunmore and met there with officers of the Dunmore Police Department.',
      )?.outcome,
    ).toBe('agrees');
    expect(
      compare('On June 14 Pike visited Dunmore and met with its police officers.')?.outcome,
    ).toBe('agrees');
  });

  it('an official of government by a bare title, whom no one of the story holds and nothing the record has there names', () => {
    const r = compare(
      'On June 14 Pike toured Dunmore and met the lieutenant governor at the station.',
    );
    expect(r).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [
        {
          slot: 'person',
          page: 'lieutenant governor',
          record: 'Lou Pike and Dunmore Police Department',
        },
      ],
    });
    // Who the record has there, and that it does not have this official.
    expect(r?.explanation).toContain(
      'the record has Lou Pike and Dunmore Police Department there and does not have the lieutenant governor at it',
    );
    expect(
      compare('On Friday Pike stopped in Dunmore and sat down with a congresswoman.')?.outcome,
    ).toBe('unconfirmed');
    expect(
      compare('On June 14 Pike visited Dunmore and met with the county sheriff.')?.outcome,
    ).toBe('unconfirmed');
    // No word for those the record has there, nor an official tied to a name, a place or someone there, is doubted.
    for (const s of [
      'On June 14 Pike visited Dunmore and met the rank-and-file officers.',
      "On June 14 Pike visited Dunmore and met the department's commander.",
      'On June 14 Pike visited Dunmore and met with the union president.',
      'On June 14 Pike visited Dunmore and met the lieutenant governor of Kells.',
      'On June 14 Pike visited Dunmore and met the lieutenant governor, Una Brisk.',
      'On June 14 Pike visited Dunmore but did not meet a congresswoman.',
    ])
      expect(compare(s)?.explanation ?? '', s).not.toMatch(/does not have (?:the|an?) /);
    // An official the record has there under that title.
    const withHer = meetingRecord((story) => {
      story.entities.push({
        id: 'una-brisk',
        kind: 'person',
        name: 'Una Brisk',
        role: 'Lieutenant Governor of Westmark',
      });
      (story.events as { id: string; participants: unknown[] }[])
        .find((e) => e.id === 'pike-visit')!
        .participants.push({ role: 'present', entities: ['una-brisk'] });
    });
    expect(
      compareSentence(
        'On June 14 Pike toured Dunmore and met the lieutenant governor at the station.',
        withHer,
        '2024-06-20',
      )?.outcome,
    ).toBe('agrees');
  });
});
