/**
 * A stranger (a full name no one of the story or the world file has) put in a role the record fills with a
 * named person: the writer of a recorded report (writer-credit.ts), a world office at a time the sentence
 * states (office-stranger.ts), the president-elect of a story told in a transition (elect-named.ts). On the
 * invented story (test-story.ts): Mayor Ida Marsh, the world file's mayor of Port Alder since 2020.
 */
import { describe, expect, it } from 'vitest';
import westmarkJson from '../../../test/fixtures/world/westmark.json' with { type: 'json' };
import { parseWorld } from '../../world/parse-world.ts';
import { indexWorld } from '../../world/world-index.ts';
import { compareSentence } from './compare-sentence.ts';
import { creditedWriter } from './writer-credit.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const base = raidPack().stories[0]!;
const story = {
  ...base,
  entities: [
    ...base.entities!,
    { id: 'alder-ledger', kind: 'outlet' as const, name: 'Alder Ledger', aliases: ['the Ledger'] },
    { id: 'kells-courier', kind: 'outlet' as const, name: 'Kells Courier' },
    { id: 'june-holt', kind: 'person' as const, name: 'June Holt', role: 'Alder Ledger reporter' },
  ],
  events: [
    ...base.events!,
    {
      id: 'ledger-story',
      label: 'June Holt writes the Ledger story',
      words: ['ledger story'],
      date: '2024-06-13',
      participants: [{ role: 'reported' as const, entities: ['alder-ledger', 'june-holt'] }],
      sources: ['ledger'],
      confidence: 'high' as const,
    },
  ],
};
const record = buildStoryRecord(story, westmark());
const outcome = (sentence: string, pageDate = '2024-06-20', r = record) =>
  compareSentence(sentence, r, pageDate, { page: sentence })?.outcome ?? null;

describe('creditedWriter: the shapes that make a name the writer of a piece', () => {
  const at = (s: string, name: string) =>
    creditedWriter(s, s.indexOf(name), s.indexOf(name) + name.length);
  it.each([
    'The statements were rounded up by Tom Rudd of the Ledger.',
    'It was written at the time by the journalist Tom Rudd.',
    'The reporter who compiled them for the Ledger was Tom Rudd.',
    'Tom Rudd wrote it, and the Ledger ran it.',
    'Answer: Tom Rudd, writing for the Ledger.',
    "The Ledger's Tom Rudd summarized the raid in one article.",
    'A Ledger writer, Tom Rudd, gathered the statements into one article.',
  ])('%s', (s) => expect(at(s, 'Tom Rudd')).toBe(true));
  it.each([
    'Ledger editor Tom Rudd said the story stands.',
    "The Ledger's Tom Rudd told the council the raid was lawful.",
    'Tom Rudd of the Ledger was at the briefing.',
    'The raid was watched by Tom Rudd.',
  ])('not: %s', (s) => expect(at(s, 'Tom Rudd')).toBe(false));
});

describe("a stranger as the writer of the record's report (writer-credit.ts)", () => {
  it.each([
    'The raid story was rounded up by Tom Rudd of the Alder Ledger.',
    "The Alder Ledger's Tom Rudd reported on the raid.",
    'Alder Ledger reporter Tom Rudd covered the raid in an article.',
    'The account of the raid was written by Tom Rudd for the Alder Ledger.',
    'The journalist who put the Alder Ledger story together was Tom Rudd.',
  ])('discrepant: %s', (s) => expect(outcome(s)).toBe('discrepant'));

  it.each([
    // The record's writer, said in other words.
    'The raid story was rounded up by June Holt of the Alder Ledger.',
    "The Alder Ledger's June Holt reported on the raid.",
    // Someone else the outlet has, another piece, another outlet, a writer of no outlet of the record.
    'Alder Ledger editor Tom Rudd said the paper stands by the raid story.',
    'Tom Rudd of the Alder Ledger wrote a follow-up about the raid.',
    'Tom Rudd of the Alder Ledger wrote about the raid again in 2026.',
    'The raid was also written up by Tom Rudd of the Kells Courier.',
    'A blog post by Tom Rudd shared the raid story.',
  ])('not discrepant: %s', (s) => expect(outcome(s)).not.toBe('discrepant'));
});

describe('a stranger in a world office at a time the sentence states (office-stranger.ts)', () => {
  it.each([
    'Tom Rudd, then Mayor of Port Alder, spoke at the briefing on June 12, 2024.',
    'Tom Rudd, who was the Mayor of Port Alder at the time, spoke on June 12, 2024.',
    'On June 12, 2024, the Mayor of Port Alder was Tom Rudd.',
    'Tom Rudd, now Mayor of Port Alder, praised the raid.',
  ])('discrepant: %s', (s) => expect(outcome(s)).toBe('discrepant'));

  it("a year only, or a span partly held by the record's holder: unconfirmed at most", () => {
    expect(outcome('Tom Rudd was Mayor of Port Alder in 2020.')).not.toBe('discrepant');
    expect(outcome('Tom Rudd was Mayor of Port Alder from 2018 to 2021.')).not.toBe('discrepant');
  });

  it.each([
    // The holder the world file knows, at their own time; another time; another rank.
    'Ida Marsh, then Mayor of Port Alder, spoke at the briefing on June 12, 2024.',
    'Ned Cole, then Mayor of Port Alder, opened the quay on June 3, 2015.',
    'Tom Rudd, then Mayor of Port Alder, opened the quay on June 3, 2009.',
    // (Not "spoke at the briefing": who spoke there is another slot, the record's speaker.)
    'Tom Rudd, then deputy Mayor of Port Alder, cut a ribbon on June 12, 2024.',
    // A title with no time of its own is not judged here.
    'Tom Rudd, Mayor of Port Alder, cut a ribbon.',
  ])('not discrepant: %s', (s) => expect(outcome(s)).not.toBe('discrepant'));
});

describe('a stranger as the president-elect of a story told in a transition (elect-named.ts)', () => {
  const world = JSON.parse(JSON.stringify(westmarkJson)) as typeof westmarkJson & {
    elections: unknown[];
  };
  world.people.push({
    id: 'vera-lind',
    name: 'Vera Lind',
    aliases: ['Lind'],
  } as (typeof world.people)[number]);
  const JURISDICTION = (world as unknown as { country: { id: string } }).country.id;
  world.offices.push({
    id: 'us-president',
    title: 'President of the United States',
    aliases: ['President'],
    jurisdiction: JURISDICTION,
    sources: 'Invented for tests',
    holders: [{ person: 'vera-lind', start: '2025-01-20', confirmedThrough: '2030-01-01' }],
  } as unknown as (typeof world.offices)[number]);
  world.elections.push({
    id: 'us-president-2024',
    office: 'us-president',
    date: '2024-11-05',
    winner: 'vera-lind',
    termStart: '2025-01-20',
    sources: 'Invented for tests',
  });
  const parsed = parseWorld(world);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const transition = {
    ...base,
    recognition: { ...base.recognition, events: ['raid'] },
    events: base.events!.map((e) => (e.id === 'raid' ? { ...e, date: '2024-11-20' } : e)),
  };
  const r = buildStoryRecord(transition, indexWorld(parsed.world));
  const said = (s: string) => outcome(s, '2024-11-25', r);

  it.each([
    'The raid came two weeks after Tom Rudd, the president-elect, won the election.',
    'Tom Rudd was still president-elect when the raid took place.',
    'The raid followed the electoral victory of Tom Rudd.',
    "The raid followed Tom Rudd's election victory by two weeks.",
    'President-elect Tom Rudd said nothing about the raid.',
  ])('discrepant: %s', (s) => expect(said(s)).toBe('discrepant'));

  it.each([
    'The raid came two weeks after Vera Lind, the president-elect, won the election.',
    "The raid followed Tom Rudd's victory in the mayoral election.",
    'Tom Rudd won the election for the council seat.',
    'Tom Rudd was president-elect of the Quay Traders Guild in 2020.',
    // A possessive after the title: no full name.
    "The raid came amid president-elect Lind's talk of audits.",
  ])('not discrepant: %s', (s) => expect(said(s)).not.toBe('discrepant'));

  it('nothing in a story told outside a transition', () => {
    expect(outcome('Tom Rudd was still president-elect when the raid took place.')).not.toBe(
      'discrepant',
    );
  });
});
