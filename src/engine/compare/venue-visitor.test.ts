/**
 * Who went to a recorded venue (invented story: on Friday 14 June 2024 Pat Vane spoke at the Harbour Pilots Guild's
 * hall on Mill Lane, thanked the Harbor Unit's officers and faulted Mayor Marsh; that day Lou Pike phoned the guild's
 * chair; on Tuesday 18 June Lou Pike came to the hall and met its members, while a vigil was held outside; Ned Cole is
 * a person the world knows whom the record never puts at the hall).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function guildRecord() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push(
    { id: 'pat-vane', kind: 'person', name: 'Pat Vane', world: 'pat-vane' },
    { id: 'lou-pike', kind: 'person', name: 'Lou Pike', world: 'lou-pike' },
    {
      id: 'pilots-guild',
      kind: 'organization',
      name: 'Harbour Pilots Guild',
      aliases: ['Pilots Guild'],
    },
    { id: 'mill-lane', kind: 'street', name: 'Mill Lane', within: 'port-alder' },
  );
  story.events.push(
    {
      id: 'vane-talk',
      label: 'Pat Vane speaks at the Pilots Guild hall and thanks the officers',
      words: ['vane spoke'],
      date: '2024-06-14',
      places: ['mill-lane'],
      participants: [
        { role: 'spoke', entities: ['pat-vane'] },
        { role: 'present', entities: ['pilots-guild'] },
      ],
      reactions: [
        {
          holders: ['pat-vane'],
          toward: ['harbor-unit'],
          polarity: 'for',
          statement: 'thanked the officers',
          members: ['officers'],
        },
        {
          holders: ['pat-vane'],
          toward: ['ida-marsh'],
          polarity: 'against',
          statement: 'faulted the mayor',
        },
      ],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'pike-call',
      label: 'Lou Pike phones the guild chair',
      words: ['phoned'],
      date: '2024-06-14',
      participants: [
        { role: 'spoke', entities: ['lou-pike'] },
        { role: 'present', entities: ['pilots-guild'] },
      ],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'pike-visit',
      label: 'Lou Pike visits the Pilots Guild hall and meets its members',
      words: ['pike visit'],
      date: '2024-06-18',
      places: ['mill-lane'],
      participants: [
        { role: 'came', entities: ['lou-pike'] },
        { role: 'present', entities: ['pilots-guild'] },
      ],
      outcomes: [{ kind: 'met' }],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'vigil',
      label: 'A vigil outside the hall',
      words: ['vigil'],
      date: '2024-06-18',
      places: ['mill-lane'],
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const record = guildRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-25');

describe('someone the record does not have at the one event a trip to a venue names', () => {
  it('is discrepant when the place and the day single the event out, and says who the record has there', () => {
    const r = compare('Ned Cole went to the Pilots Guild hall on Friday and thanked the officers.');
    expect(r).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Ned Cole' }],
      events: ['vane-talk'],
    });
    expect(r?.explanation).toContain(
      'The record has Pat Vane speaking at the Harbour Pilots Guild on Friday 14 June 2024',
    );
    expect(r?.explanation).toContain('Ned Cole is not recorded there');
    expect(compare('On June 14 Ned Cole showed up at the Harbour Pilots Guild.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('reads "today" from the page\'s date: the event of that day, none on a page of another day', () => {
    expect(
      compareSentence(
        'Today Ned Cole came to the Pilots Guild to thank the officers.',
        record,
        '2024-06-14',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      compareSentence(
        'Today Ned Cole came to the Pilots Guild to thank the officers.',
        record,
        '2024-07-30',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('is discrepant when the act, not the day, singles it out', () => {
    expect(
      compare('Ned Cole came to the Pilots Guild to thank the officers in person.')?.outcome,
    ).toBe('discrepant');
    const met = compare(
      'Ned Cole stopped by the Pilots Guild on Tuesday and met with its members.',
    );
    expect(met?.outcome).toBe('discrepant');
    expect(met?.explanation).toContain(
      'Lou Pike visiting the Harbour Pilots Guild on Tuesday 18 June 2024',
    );
  });

  it('says nothing when the venue hosted several events and neither day nor act tells which', () => {
    // The day alone tells Friday's event from Tuesday's two.
    expect(compare('Ned Cole went to the Pilots Guild on Friday.')?.outcome).toBe('discrepant');
    expect(compare('Ned Cole went to the Pilots Guild.')?.outcome).not.toBe('discrepant');
    expect(compare('Ned Cole went to the Pilots Guild on Tuesday.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('never for someone the record has there, nor for another day, a plan, a habit or a stranger', () => {
    expect(
      compare('Ned Cole went to the Pilots Guild on Friday and thanked the officers.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('Pat Vane went to the Pilots Guild on Friday and thanked the officers.')?.outcome,
    ).not.toBe('discrepant');
    // Lou Pike is recorded dealing with the guild that Friday (the day itself is compared with his visit elsewhere).
    expect(
      compare('Lou Pike went to the Pilots Guild on Friday.')?.comparisons.some(
        (c) => c.slot === 'person',
      ),
    ).toBe(false);
    expect(
      compare('Ned Cole went to the Pilots Guild on Monday and thanked the officers.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Ned Cole will go to the Pilots Guild on Friday to thank the officers.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('Ned Cole often came to the Pilots Guild to thank the officers.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Ned Cole did not go to the Pilots Guild on Friday.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('An aide to Ned Cole went to the Pilots Guild on Friday.')?.outcome).not.toBe(
      'discrepant',
    );
    // A full name Sourcelight does not know: unconfirmed, with who the record has there.
    const stranger = compare(
      'Tess Quarry went to the Pilots Guild on Friday and thanked the officers.',
    );
    expect(stranger?.outcome).toBe('unconfirmed');
    expect(stranger?.explanation).toContain(
      'The record has Pat Vane speaking at the Harbour Pilots Guild on Friday 14 June 2024 (thanked the officers); it does not mention Tess Quarry.',
    );
    // A street alone is no venue.
    expect(compare('Ned Cole went to Mill Lane on Friday.')?.outcome).not.toBe('discrepant');
  });
});

describe('a word of thanks the record has as a reaction (praise-reaction.ts)', () => {
  it('agrees when the one named thanked the party the record has them thanking', () => {
    expect(compare('Pat Vane thanked the officers.')?.outcome).toBe('agrees');
    expect(
      compare('On Friday Pat Vane went to the Pilots Guild and thanked the officers.')?.outcome,
    ).toBe('agrees');
  });

  it('is not confirmed for another one thanked, nor for someone else thanking', () => {
    expect(compare('Pat Vane thanked the officers on Friday.')?.outcome).toBe('agrees');
    expect(compare('Pat Vane thanked the harbourmaster.')?.outcome).not.toBe('agrees');
    expect(compare('Lou Pike thanked the officers on Tuesday.')?.outcome).not.toBe('agrees');
  });
});
