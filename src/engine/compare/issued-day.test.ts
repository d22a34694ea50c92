/**
 * The day of putting out what the sentence before told of (issued-day.ts), on
 * the invented story with its reporting (test-story.ts) and three more events:
 * Mayor Ida Marsh's written statement (Friday 14 June 2024), Judge Rhea Quill's remarks to reporters (12 June), the Alder Ledger
 * printing it (Sunday 16 June), and a judge's dismissal of a suit over the
 * raid (Wednesday 10 July 2024). All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { indexPacks } from '../index.ts';
import { issuedSubject } from './issued-day.ts';
import { lastSentenceVerdict } from './test-page-verdict.ts';
import { LEDGER_PRINTS_STATEMENT, MARSH_WRITTEN_STATEMENT, packWith } from './test-raid-record.ts';
import { outletPack } from './test-story.ts';

function issuedPack() {
  const { pack, world } = outletPack();
  const base = { sources: ['ledger'], confidence: 'high' };
  const events = [
    MARSH_WRITTEN_STATEMENT,
    {
      ...base,
      id: 'quill-remarks',
      label: 'Judge Rhea Quill speaks to reporters about the raid',
      words: ['spoke to reporters'],
      date: '2024-06-12',
      participants: [{ role: 'spoke', entities: ['rhea-quill'] }],
    },
    LEDGER_PRINTS_STATEMENT,
    {
      ...base,
      id: 'suit-dismissed',
      label: "Judge Rhea Quill dismisses the warehouse owner's suit as moot",
      words: ['dismissed the suit', 'moot'],
      date: '2024-07-10',
      participants: [{ role: 'acted', entities: ['rhea-quill'] }],
      legal: {
        disposition: {
          dismissed: true,
          merits: false,
          moot: true,
          statement: 'Judge Rhea Quill dismissed the suit as moot',
        },
      },
    },
  ];
  return {
    pack: packWith(pack, events, [{ id: 'rhea-quill', kind: 'person', name: 'Rhea Quill' }]),
    world,
  };
}

const { pack, world } = issuedPack();
const index = indexPacks([pack], { world });
const last = (lines: string[]) => lastSentenceVerdict(index, lines);

describe('the day a statement or a decision pointed back at was put out', () => {
  it.each([
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'That statement was released on Tuesday, June 18.',
    ],
    ['Mayor Ida Marsh issued a written statement on the raid.', 'The statement came out Monday.'],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'Her remarks went out on June 20, 2024.',
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      "The mayor's statement came out on Tuesday, June 18.",
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid. She said the unit followed the law.',
      'This statement was first made public on Thursday, June 20.',
    ],
    [
      'Judge Rhea Quill dismissed the suit as moot.',
      'That decision was issued on Friday, July 12, 2024.',
    ],
    ['Judge Rhea Quill dismissed the suit as moot.', 'The ruling came down on Thursday.'],
    [
      'Judge Rhea Quill dismissed the suit as moot.',
      "The judge's final ruling was handed down on July 3.",
    ],
    [
      'Judge Rhea Quill dismissed the suit as moot.',
      'And the dismissal was entered on June 28, 2024.',
    ],
    // A pronoun for the one thing the sentence before told of; a participle set off by commas.
    ['Judge Rhea Quill dismissed the suit as moot.', 'It came out on Friday, July 12.'],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'The statement, released on Tuesday, June 18, was printed by the Alder Ledger.',
    ],
    [
      'Judge Rhea Quill dismissed the suit as moot.',
      'That ruling, which was handed down on July 3, 2024, ended the case.',
    ],
    // A printing may be a day late, or on a report's day; a week is neither.
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'That statement appeared in the Alder Ledger on Monday, June 24, 2024.',
    ],
    // "That came in a statement …": what was said before, put in a statement of that day (in brackets too).
    [
      'Mayor Ida Marsh said the unit followed the law.',
      'That came in a written statement dated Tuesday, June 18.',
    ],
    [
      'Mayor Ida Marsh said the unit followed the law.',
      '(That came in a written statement dated Tuesday, June 18.)',
    ],
    // An outlet's report of it may stand beside in a relative clause.
    [
      'Mayor Ida Marsh said the unit followed the law.',
      'That came in a written statement dated Tuesday, June 18, which the Alder Ledger covered.',
    ],
  ])('%s %s', (before, sentence) => {
    expect(last([before, sentence])).toBe('discrepant');
  });

  it.each([
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'That statement was released on Friday, June 14.',
    ],
    ['Mayor Ida Marsh issued a written statement on the raid.', 'The statement came out Friday.'],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'Her remarks went out in June 2024.',
    ],
    [
      'Judge Rhea Quill dismissed the suit as moot.',
      'That decision was issued on Wednesday, July 10, 2024.',
    ],
    ['Judge Rhea Quill dismissed the suit as moot.', 'The ruling came down in July.'],
    // A printing the next day, or on the day of a report the record has.
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'That statement appeared in the Alder Ledger on Saturday, June 15.',
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'The statement was printed on Sunday, June 16.',
    ],
    // Not asserted, denied, or a time of something else.
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'Was that statement released on Tuesday, June 18?',
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'That statement was not released on Tuesday, June 18.',
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'The statement was released before June 18.',
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      'The statement, released on Friday, June 14, was printed by the Alder Ledger on Sunday, June 23.',
    ],
    [
      'Judge Rhea Quill dismissed the suit as moot.',
      'It came out on Friday, July 12, that the owner would appeal.',
    ],
    // Another's statement, by its owner: not the one the sentence before told of.
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      "The owner's statement came out on Tuesday, June 18.",
    ],
    [
      'Mayor Ida Marsh issued a written statement on the raid.',
      "The union's statement was released on Tuesday, June 18.",
    ],
    [
      'Harbor Unit officers raided a warehouse, and Mayor Ida Marsh held a briefing.',
      'It came out on Tuesday, June 18.',
    ],
    // The owner's statement when the sentence before told only of another's words: not those words' day.
    [
      'Judge Rhea Quill spoke to reporters about the raid, and Mayor Ida Marsh was there.',
      "The mayor's statement, released on Friday, June 14, was short.",
    ],
    // A decision pointed back at when the sentence before told of no decision and of more than one event.
    [
      'Harbor Unit officers raided a warehouse, and Mayor Ida Marsh held a briefing.',
      'That decision was announced on Tuesday, June 18.',
    ],
    [
      'Mayor Ida Marsh said the unit followed the law.',
      'That came in a written statement dated Friday, June 14.',
    ],
    [
      'Mayor Ida Marsh said the unit followed the law.',
      'That came in a written statement dated Friday, June 14, which the Alder Ledger covered.',
    ],
    [
      'Mayor Ida Marsh said the unit followed the law.',
      'That came in a letter, and a week later, on June 21, she spoke again.',
    ],
  ])('never wrong: %s %s', (before, sentence) => {
    expect(last([before, sentence])).not.toBe('discrepant');
  });

  it('reads the subject and verb in any order of modifiers, and nothing else', () => {
    expect(issuedSubject('That decision was issued on Friday.')).toMatchObject({
      kind: 'decided',
      printed: false,
    });
    expect(
      issuedSubject('The same written statement was originally sent out Monday.'),
    ).toMatchObject({ kind: 'said', printed: false });
    expect(issuedSubject('That statement appeared in the Post on Monday.')).toMatchObject({
      kind: 'said',
      printed: true,
    });
    expect(issuedSubject('The statement said the unit followed the law.')).toBeNull();
    expect(issuedSubject('Officers issued a statement on Friday.')).toBeNull();
    expect(issuedSubject('The decision to raid the warehouse was made in May.')).toBeNull();
    // A pronoun speaker saying the words told before: "(He said it on Thursday the 10th …)".
    expect(issuedSubject('(She said it on Thursday the 20th, before the vote.)')).toMatchObject({
      kind: 'said',
      printed: false,
    });
    expect(issuedSubject('She said it was a lawful raid.')).toBeNull();
  });

  it('finds the wrong day a pronoun speaker is said to have said the words told before', () => {
    expect(
      last([
        'Judge Rhea Quill spoke to reporters about the raid, saying it was lawful.',
        '(She said it on Thursday the 20th, a week after the raid.)',
      ]),
    ).toBe('discrepant');
  });
});
