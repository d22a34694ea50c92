/**
 * A duration of what the sentence before told of (duration-before.ts), and a
 * duration set off by commas after what lasted (compare-duration.ts), on the
 * invented story with three more events: Mayor Ida Marsh's visit to the
 * Dunmore Police Department (a meeting of about an hour), her earlier meeting
 * with the Harbor Unit's commander (no duration recorded), and her written
 * statement that the policies in place for the past decade are not changing.
 * All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from '../index.ts';
import { mayTimeWhatCameBefore } from './duration-before.ts';
import { lastSentenceVerdict } from './test-page-verdict.ts';
import { packWith } from './test-raid-record.ts';
import { raidPack, westmark } from './test-story.ts';

function durationPack() {
  const base = { sources: ['ledger'], confidence: 'high' };
  return packWith(raidPack(), [
    {
      ...base,
      id: 'marsh-visit',
      label:
        'Mayor Ida Marsh visits the Dunmore Police Department and meets its officers for about an hour',
      words: ['visit', 'visited'],
      date: '2024-06-20',
      participants: [
        { role: 'came', entities: ['ida-marsh'] },
        { role: 'present', entities: ['dunmore-pd'] },
      ],
      outcomes: [{ kind: 'visited' }, { kind: 'met' }],
      duration: {
        min: 1,
        max: 1,
        unit: 'hours',
        note: 'about an hour in a closed meeting',
        of: ['meeting', 'met'],
      },
    },
    {
      ...base,
      id: 'marsh-commander',
      label: "Mayor Ida Marsh meets the Harbor Unit's commander",
      words: ['commander'],
      date: '2024-06-13',
      participants: [
        { role: 'spoke', entities: ['ida-marsh'] },
        { role: 'present', entities: ['harbor-unit'] },
      ],
      outcomes: [{ kind: 'met' }],
    },
    {
      ...base,
      id: 'marsh-statement',
      label: 'Mayor Ida Marsh says the policies of the past decade are not changing',
      words: ['written statement', 'not changing'],
      date: '2024-06-14',
      participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
      duration: {
        min: 10,
        max: 10,
        unit: 'years',
        note: 'policies put in place over the past decade',
        of: ['policies', 'practices'],
      },
    },
  ]);
}

const index = indexPacks([durationPack()], { world: westmark() });
const last = (lines: string[]) => lastSentenceVerdict(index, lines);

const VISIT = 'Mayor Ida Marsh visited the Dunmore Police Department on June 20.';
const STATEMENT = 'Mayor Ida Marsh issued a written statement on Friday.';

describe('a duration of what the sentence before told of', () => {
  it.each([
    [VISIT, 'The meeting lasted about three hours.'],
    [VISIT, 'That meeting ran for more than four hours, and reporters were kept outside.'],
    [`${VISIT} She arrived just before noon.`, 'The meeting lasted about three hours.'],
    [VISIT, 'Their talks lasted two days.'],
    [VISIT, "Marsh's meeting with the officers lasted three hours."],
    [VISIT, 'Behind closed doors, the session went on for three hours.'],
    [VISIT, 'They talked for nearly three hours.'],
    ['Dogs searched the warehouse after the raid.', 'The search went on for two days.'],
    [
      STATEMENT,
      'She said the rules officers follow with residents, developed over the last five years, are not changing.',
    ],
    [STATEMENT, 'She said the guidelines, drawn up over the past two years, are not changing.'],
    // Told through the reports the page relays.
    [VISIT, 'News reports indicate that the meeting went on for three hours.'],
    [VISIT, 'Accounts say she talked with the officers for nearly four hours.'],
  ])('%s %s', (before, sentence) => {
    expect(last([before, sentence])).toBe('discrepant');
  });

  it.each([
    [VISIT, 'The meeting lasted about an hour.'],
    [VISIT, 'The meeting lasted about 70 minutes.'],
    [VISIT, 'The meeting lasted more than half an hour.'],
    [VISIT, 'They talked for about an hour.'],
    [VISIT, 'News reports indicate that the meeting went on for about an hour.'],
    [
      "Mayor Ida Marsh met the Harbor Unit's commander.",
      "Marsh's meeting with the commander lasted three hours.",
    ],
    [VISIT, 'The raid on the warehouse lasted three days.'],
    [
      STATEMENT,
      'She said the rules officers follow with residents, developed over the past decade, are not changing.',
    ],
    [
      STATEMENT,
      'She said the rules officers follow with residents, developed over the last ten years, are not changing.',
    ],
    // Nothing the sentence before told of records how long it took, or the duration is of something else.
    [
      'Harbor Unit officers raided a warehouse on Quay Street.',
      'The meeting lasted about three hours.',
    ],
    [VISIT, 'The drive from the city took about three hours.'],
    [STATEMENT, 'She said she had lived in the city for five years.'],
    // The search (two hours, of no named part) is timed only where the sentence names it.
    [
      'Dogs searched the warehouse after the raid.',
      'They then spent five hours writing their reports.',
    ],
    // Not what the sentence before told of: another meeting it did not name.
    ["Mayor Ida Marsh met the Harbor Unit's commander.", 'The meeting lasted about three hours.'],
  ])('never wrong: %s %s', (before, sentence) => {
    expect(last([before, sentence])).not.toBe('discrepant');
  });

  it('asks for a subject pointing back and a unit of time', () => {
    expect(mayTimeWhatCameBefore('The meeting lasted about three hours.')).toBe(true);
    expect(mayTimeWhatCameBefore('He said the rules, in place for five years, stay.')).toBe(true);
    expect(mayTimeWhatCameBefore('Officers met for three hours.')).toBe(false);
    expect(mayTimeWhatCameBefore('Officers met for three hours.', true)).toBe(true);
    expect(mayTimeWhatCameBefore('Behind closed doors, the session went on for three hours.')).toBe(
      true,
    );
    expect(mayTimeWhatCameBefore('The meeting was closed to the press.')).toBe(false);
    expect(mayTimeWhatCameBefore('Local coverage suggested that she waited for two hours.')).toBe(
      true,
    );
    expect(mayTimeWhatCameBefore('Reporters waited for two hours.')).toBe(false);
  });
});
