/**
 * A stranger (a name no one of the story or the world file has) given a one-holder office by its bare title ("then
 * the mayor", "then-Mayor", "who was mayor at the time") at a year the sentence states, or as the surname that
 * issued a recorded statement. On the invented story (test-story.ts): Ida Marsh, the world file's mayor of Port
 * Alder from 2020-01-01 (Ned Cole before her), spoke at the briefing of June 12, 2024; the raid of June 11, 2024.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../read/gazetteer.ts';
import { readSentence } from '../read/read-sentence.ts';
import { barePlace, bareStoryOffices } from './bare-office.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) =>
  compareSentence(sentence, record, '2024-06-20', { page: sentence });
const outcome = (sentence: string) => compare(sentence)?.outcome ?? null;

describe("the bare title of an office the story's people held (bare-office.ts)", () => {
  it('is the office of the one holder of the story the words fit', () => {
    const offices = bareStoryOffices(
      record,
      new Set(['the', 'of', 'mayor', 'chief', 'police', 'council']),
    );
    expect(offices.map((o) => o.office.id)).toEqual(['port-alder-mayor']);
  });

  it.each([
    ['In 2022 Tom Rudd, then the mayor, opened the quay.', 'mayor'],
    ['The 2022 plan came from then-Mayor Tom Rudd.', 'Mayor'],
    ['Mayor Tom Rudd spoke.', 'Mayor'],
    ['Tom Rudd was mayor when the quay opened.', 'mayor'],
    ["The city's mayor, Tom Rudd, spoke.", 'mayor'],
  ])('stands alone in: %s', (s, title) =>
    expect(barePlace(s, s.indexOf(title), s.indexOf(title) + title.length)).toBe(true),
  );

  it.each([
    ['In 2022 Tom Rudd, then the mayor of Dunmore, opened a quay.', 'mayor'],
    ['Dunmore Mayor Tom Rudd spoke.', 'Mayor'],
    ["In 2022 Tom Rudd, then the town's mayor, spoke.", 'mayor'],
    ["Tom Rudd, then the mayor's chief of staff, spoke.", 'mayor'],
    ['Tom Rudd, then the deputy mayor, spoke.', 'mayor'],
    ['Tom Rudd, the mayor-elect, spoke.', 'mayor'],
  ])('names another body in: %s', (s, title) =>
    expect(barePlace(s, s.indexOf(title), s.indexOf(title) + title.length)).toBe(false),
  );
});

describe('a stranger in the bare title at a year the sentence states', () => {
  it.each([
    'In 2022 Tom Rudd, then the mayor, opened the new quay.',
    'That 2022 plan was put forward by Tom Rudd, who was mayor at the time.',
    'Tom Rudd was mayor when the council passed the quay plan in 2022.',
    'The harbour plan was adopted in 2023, and the mayor at the time was Tom Rudd.',
    'Tom Rudd, then mayor, signed the 2022 harbour plan.',
    'The quay plan was drafted in 2016; in 2022 the mayor was Tom Rudd.',
  ])('discrepant, naming the holder: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant' });
    expect(compare(s)?.explanation).toContain('Ida Marsh');
  });

  it.each([
    // The holder, said in other words.
    'In 2022 Ida Marsh, then the mayor, opened the new quay.',
    'That 2022 plan was put forward by Ida Marsh, who was mayor at the time.',
    'Ida Marsh, then mayor, signed the 2022 harbour plan.',
    // A year the post changed hands in, or one no holder of the story's held.
    'In 2020 Tom Rudd, then the mayor, opened the new quay.',
    'In 2009 Tom Rudd, then the mayor, opened the old quay.',
    // Another town's mayor, another post, a post once held, a title with no time of its own.
    'In 2022 Tom Rudd, then the mayor of Dunmore, opened a quay there.',
    'In 2022 Tom Rudd, then the Dunmore mayor, opened a quay there.',
    "In 2022 Tom Rudd, then the mayor's spokesman, read the statement.",
    'Tom Rudd, then the mayor of a small town up the coast, wrote about the quay in 2022.',
    'In 2022 Tom Rudd, then the deputy mayor, opened the new quay.',
    'Tom Rudd, a former mayor, opened the new quay in 2022.',
    'Tom Rudd said in 2022 that the mayor would open the quay.',
    // Two years, two parts: each part read on its own.
    'In 2016 the plan was drafted; in 2022 Ida Marsh, then the mayor, signed it.',
    'In 2022 the mayor was Ida Marsh.',
    'In 2020 the mayor was Tom Rudd.',
    'The mayor is Tom Rudd, who opened the quay in 2022.',
  ])('not discrepant: %s', (s) => expect(outcome(s)).not.toBe('discrepant'));
});

describe("a stranger in the office on a weekday of the story's events (the briefing: Wednesday, June 12, 2024)", () => {
  it.each([
    'Mayor of Port Alder Tom Rudd said Wednesday that the town would build a school.',
    'On Wednesday, Tom Rudd, then the mayor, said the town would build a school.',
  ])('discrepant, naming the holder: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant' });
    expect(compare(s)?.explanation).toContain('Ida Marsh');
  });

  it.each([
    'Mayor of Port Alder Ida Marsh said Wednesday that the town would build a school.',
    'On Wednesday, Ida Marsh, then the mayor, said the town would build a school.',
    // A bare title with no "then" may be another town's, named before: not dated by a weekday.
    'Mayor Tom Rudd said Wednesday that his town would build a school.',
    'Mayor Tom Rudd of Dunmore said Wednesday that his town would build a school.',
    'Dunmore Mayor Tom Rudd said Wednesday that his town would build a school.',
    'Former Mayor Tom Rudd said Wednesday that the town would build a school.',
    'Tom Rudd said Wednesday that the mayor would build a school.',
    // Words before the title that are no person: a time, a paper's name.
    'Last Wednesday, Mayor of Port Alder Ida Marsh said the town would build a school.',
    'In the Kells Courier, Mayor of Port Alder Ida Marsh said Wednesday that the town would build a school.',
    'In the Quay Street Courier, Mayor of Port Alder Ida Marsh said Wednesday that the town would build a school.',
  ])('not discrepant: %s', (s) => expect(outcome(s)).not.toBe('discrepant'));
});

describe('a bare surname that issued the recorded statement', () => {
  const gazetteer = buildGazetteer([]);
  const people = (s: string) =>
    readSentence(s, gazetteer)
      .flatMap((c) => c.mentions)
      .filter((m) => m.type === 'person')
      .map((m) => m.text);

  it('reads a surname before a verb of a statement made, with "his" or "her" after it, as a person', () => {
    expect(people('Rudd issued his statement on June 12.')).toEqual(['Rudd']);
    expect(people('Later, Rudd defended her decision.')).toEqual(['Rudd']);
    expect(people('Rudd repeated his promise on Friday.')).toEqual(['Rudd']);
  });

  it('reads no person without the pronoun, or before a plural noun opening the sentence', () => {
    expect(people('Greenpeace issued a statement on June 12.')).toEqual([]);
    expect(people('Officials issued their statement on June 12.')).toEqual([]);
  });

  it.each([
    'Rudd issued his statement on June 12, 2024.',
    'On June 12, 2024, Rudd issued her statement.',
  ])('discrepant, naming the recorded speaker: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant' });
    expect(compare(s)?.explanation).toContain('Ida Marsh');
  });

  it.each([
    'Marsh issued her statement on June 12, 2024.',
    'Mayor Marsh issued her statement on June 12, 2024.',
    'Greenpeace issued a statement on June 12, 2024.',
    'Rudd issued his statement on June 30, 2024.',
    'Rudd did not issue his statement on June 12, 2024.',
  ])('not discrepant: %s', (s) => expect(outcome(s)).not.toBe('discrepant'));
});

describe('"later" dates the post only beside its title', () => {
  const story = raidPack().stories[0]!;
  const central = buildStoryRecord(
    { ...story, recognition: { ...story.recognition, events: ['raid', 'briefing'] } },
    westmark(),
  );
  const at = (s: string) => compareSentence(s, central, '2024-06-20', { page: s })?.outcome ?? null;

  it('a stranger "then" in the office, with an act "two days later": discrepant', () => {
    expect(at('Tom Rudd, then Mayor of Port Alder, spoke again two days later.')).toBe(
      'discrepant',
    );
  });

  it('"later" beside the title puts the post at another time: not discrepant', () => {
    expect(at('Tom Rudd, later Mayor of Port Alder, spoke at the briefing.')).not.toBe(
      'discrepant',
    );
    expect(at('Ida Marsh, then Mayor of Port Alder, spoke again two days later.')).not.toBe(
      'discrepant',
    );
  });
});

describe('the place an office serves before its bare title names the office ("the Port Alder mayor")', () => {
  it.each([
    'On June 12, 2024, the Port Alder mayor was Tom Rudd.',
    "Tom Rudd, then Port Alder's mayor, spoke on June 12, 2024.",
  ])('discrepant, naming the holder: %s', (s) => {
    expect(compare(s)).toMatchObject({ outcome: 'discrepant' });
    expect(compare(s)?.explanation).toContain('Ida Marsh');
  });

  it.each([
    'On June 12, 2024, the Port Alder mayor was Ida Marsh.',
    'On June 12, 2024, the Dunmore mayor was Tom Rudd.',
    'On June 12, 2024, the Port Alder harbour master was Tom Rudd.',
    'The Port Alder mayor in 2009 was Tom Rudd.',
  ])('not discrepant: %s', (s) => expect(outcome(s)).not.toBe('discrepant'));
});
