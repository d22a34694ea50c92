/**
 * The whole body where the record has part of it there (record-extent.ts
 * wholeBodyResult), when the clause links two meetings and its day picks one:
 * on the invented story (test-story.ts), Mayor Ida Marsh meets only the Harbor
 * Unit's commander and lawyer on Thursday 13 June 2024 (and, that day, the
 * Dunmore police), and the whole unit on Tuesday 2 July. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  const base = { sources: ['ledger'], confidence: 'high', outcomes: [{ kind: 'met' }] };
  p.stories[0]!.events.push(
    {
      ...base,
      id: 'unit-leaders',
      label: "Mayor Ida Marsh meets the Harbor Unit's commander and lawyer",
      words: ['commander'],
      date: '2024-06-13',
      participants: [
        { role: 'came', entities: ['ida-marsh'] },
        { role: 'present', entities: ['harbor-unit'], part: "the unit's commander and lawyer" },
      ],
    },
    // The same day, a meeting the Harbor Unit took no part in: it says nothing of the unit's extent.
    {
      ...base,
      id: 'dunmore-call',
      label: 'Mayor Ida Marsh meets the Dunmore police',
      words: ['call'],
      date: '2024-06-13',
      participants: [
        { role: 'came', entities: ['ida-marsh'] },
        { role: 'present', entities: ['dunmore-pd'] },
      ],
    },
    {
      ...base,
      id: 'unit-town-hall',
      label: 'Mayor Ida Marsh meets the whole Harbor Unit',
      words: ['town hall'],
      date: '2024-07-02',
      participants: [
        { role: 'came', entities: ['ida-marsh'] },
        { role: 'present', entities: ['harbor-unit'] },
      ],
    },
  );
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const story = record();
const compare = (sentence: string, pageDate = '2024-07-20') =>
  compareSentence(sentence, story, pageDate);

describe('the whole body on the day the record has part of it', () => {
  it.each([
    ['On June 13 Mayor Ida Marsh met with every member of the Harbor Unit.', '2024-07-20'],
    ['Mayor Ida Marsh sat down with the entire Harbor Unit today.', '2024-06-13'],
    [
      'Mayor Ida Marsh met with all of the members of the Harbor Unit on Thursday, June 13.',
      '2024-07-20',
    ],
    ['On June 13 Mayor Ida Marsh met with all Harbor Unit members.', '2024-07-20'],
    ["On June 13 Mayor Ida Marsh met with the Harbor Unit's entire membership.", '2024-07-20'],
    ['On June 13 Mayor Ida Marsh met with every officer of the Harbor Unit.', '2024-07-20'],
  ])('%s', (sentence, pageDate) => {
    expect(compare(sentence, pageDate)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'participants', record: "the unit's commander and lawyer" }],
    });
  });

  it.each([
    ['Mayor Ida Marsh met with every member of the Harbor Unit.', '2024-07-20'],
    ['On July 2 Mayor Ida Marsh met with every member of the Harbor Unit.', '2024-07-20'],
    ['Mayor Ida Marsh sat down with the entire Harbor Unit today.', '2024-07-02'],
    ["On June 13 Mayor Ida Marsh met with the Harbor Unit's commander and lawyer.", '2024-07-20'],
    [
      'On June 13 Mayor Ida Marsh met with all Harbor Unit officers who were on duty.',
      '2024-07-20',
    ],
    [
      'On June 13 Mayor Ida Marsh met with all Harbor Unit officers at the scene of the raid.',
      '2024-07-20',
    ],
    ['On June 13 Mayor Ida Marsh met with all the Harbor Unit leaders.', '2024-07-20'],
  ])('never wrong: %s', (sentence, pageDate) => {
    expect(compare(sentence, pageDate)?.outcome).not.toBe('discrepant');
  });
});
