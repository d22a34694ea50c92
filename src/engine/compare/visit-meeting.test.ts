/**
 * Visits and meetings in any wording (invented story: on Friday 14 June 2024 Lou Pike visited Dunmore, stopped at
 * the Dunmore Police Department and met its officers for about an hour; Mayor Ida Marsh was not there. On
 * Wednesday 12 June he had met Ned Cole, with no duration recorded; Pat Vane, like the mayor, did not meet him).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { COLE_AND_VANE, PIKE_MEETS_COLE, pikePack, pikeVisit, westmark } from './test-story.ts';

function visitRecord() {
  const p = pikePack(
    [
      pikeVisit({
        label: 'Lou Pike visits Dunmore and meets officers at the Dunmore Police Department',
        duration: { min: 1, max: 1, unit: 'hours', note: 'about an hour', of: ['meeting'] },
        absent: [
          {
            entities: ['ida-marsh', 'pat-vane'],
            explanation: 'Mayor Marsh and Pat Vane did not meet Pike.',
          },
        ],
      }),
      PIKE_MEETS_COLE,
    ],
    COLE_AND_VANE,
  );
  return buildStoryRecord(p.stories[0]!, westmark());
}

const record = visitRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a verb of going with a destination', () => {
  it('links the clause to the visit and compares the town', () => {
    expect(compare('A week later Pike flew to Kells to meet the officers.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Kells' }],
    });
    expect(
      compare(
        'Pike wrote that help was coming, and a week later he flew to Kells to meet the officers.',
      )?.outcome,
    ).toBe('discrepant');
    expect(compare('Pike headed to Kells on Friday for a meeting with officers.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('Pike made a stop in Kells during his visit.')?.outcome).toBe('discrepant');
    expect(compare('A week later Pike flew to Dunmore to meet the officers.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Pike travelled to Dunmore on Friday to meet officers.')?.outcome).toBe(
      'agrees',
    );
  });

  it('leaves another trip alone: one nothing ties to the visit, or one to another place on another day', () => {
    expect(compare('Pike flew to Kells.')?.outcome).not.toBe('discrepant');
    expect(compare('Pike went to Kells the next day.')?.outcome).not.toBe('discrepant');
    expect(
      compare('Pike travelled to Kells on Monday to meet the harbor board.')?.outcome,
    ).not.toBe('discrepant');
    // Tied by the visit's day, or a wrong day at the right town: still compared.
    expect(compare('Pike travelled to Kells on Friday, June 14.')?.outcome).toBe('discrepant');
    expect(compare('Pike visited Dunmore on Monday to meet the officers.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('goes nowhere without a destination, when wished, or for someone the visit does not have', () => {
    expect(
      compare('A week later he came to the conclusion that the raid was lawful.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Pike plans to fly to Kells next month.')?.outcome).not.toBe('discrepant');
    expect(compare('Pike refused to travel to Kells.')?.outcome).not.toBe('discrepant');
    expect(compare('Ned Cole flew to Kells.')?.outcome).not.toBe('discrepant');
    // Going home is leaving the visit, not where it was.
    expect(compare('Pike flew back to Kells on Saturday.')?.outcome).not.toBe('discrepant');
    expect(compare('Pike returned to Kells after the visit.')?.outcome).not.toBe('discrepant');
    expect(compare('After the meeting, Pike flew back to Kells.')?.outcome).not.toBe('discrepant');
    // Someone the record does not know, on the visit's day: the visit, whose visitor is another.
    expect(
      compare('Sen. Tom Reese came to Dunmore on Friday, June 14, to meet officers.')?.outcome,
    ).toBe('discrepant');
    expect(compare('Sen. Tom Reese came to Dunmore on Monday to meet officers.')?.outcome).not.toBe(
      'discrepant',
    );
    // "they", or "he" for no one the sentence names, is anyone.
    expect(compare('They went to Kells on Monday to meet the officers.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('He went to Kells on Monday to meet the officers.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('an agency named as where someone went', () => {
  it('agrees when it is the venue the record names', () => {
    expect(compare('Pike also stopped at the Dunmore Police Department.')?.outcome).toBe('agrees');
    expect(
      compare(
        'Pike left Port Alder, and he also stopped by the Dunmore police department on his way.',
      )?.outcome,
    ).toBe('agrees');
    expect(compare('Pike paid a visit to the Dunmore Police Department on Friday.')?.outcome).toBe(
      'agrees',
    );
  });

  it('is another place when it is a body of the same kind named for another town, read or not', () => {
    expect(
      compare('Pike also stopped at the Harlow Police Department before leaving town.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'place', page: 'Harlow Police Department', record: 'Dunmore Police Department' },
      ],
    });
    expect(
      compare(
        'Pike left Port Alder, and he also stopped by the Harlow police department on his way.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'place', page: 'Harlow police department' }],
    });
    expect(compare('Pike dropped in on the Harlow Police Department.')?.outcome).toBe('discrepant');
  });

  it("is another stop when it is another body the world knows, where the record names the visit's stop at an agency", () => {
    expect(compare('Pike also stopped at the Revenue Service.')?.outcome).toBe('discrepant');
  });
});

describe('words of meeting', () => {
  it('"behind closed doors" is how a meeting was held, not a closure; its duration is the meeting\'s', () => {
    expect(
      compare(
        'On Friday, Pike came to Dunmore and spent five hours behind closed doors with the officers.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'duration' }] });
    expect(
      compare(
        'On Friday, Pike came to Dunmore and spent about an hour behind closed doors with the officers.',
      )?.outcome,
    ).toBe('agrees');
  });

  it('in the present on a page of the meeting\'s day ("has left after three hours"), is of that day\'s meeting', () => {
    const onDay = (sentence: string, day: string) =>
      compareSentence(sentence, record, day)?.outcome;
    expect(
      onDay('Pike has left after roughly three hours behind closed doors.', '2024-06-14'),
    ).toBe('discrepant');
    expect(onDay('Pike has left after roughly an hour behind closed doors.', '2024-06-14')).toBe(
      'agrees',
    );
    // Another day's page: either meeting, and the other records no duration.
    expect(
      onDay('Pike has left after roughly three hours behind closed doors.', '2024-06-20'),
    ).not.toBe('discrepant');
    expect(
      onDay('Pike left after roughly three hours behind closed doors.', '2024-06-14'),
    ).not.toBe('discrepant');
  });

  it("is none of the record's when no one named met there, nor someone recorded absent named as who was met", () => {
    expect(compare('Pat Vane met with reporters on Monday, June 10.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Pat Vane sat down with reporters on Monday, June 10.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Pike sat down with Mayor Ida Marsh on Friday.')?.outcome).toBe('discrepant');
  });

  it('"sat down with" puts the person at the meeting the record says they were not at', () => {
    expect(compare('On Friday Pike sat down with Ida Marsh.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Ida Marsh' }],
    });
    expect(compare('On Wednesday Pike sat down with Ned Cole.')?.outcome).not.toBe('discrepant');
    expect(compare('Pike huddled with Ned Cole on Wednesday.')?.outcome).not.toBe('discrepant');
  });
});
