/**
 * The day a page gives for a speaking, held to what the record has (issue 14, blind-batch misses of "when"):
 * recorded words quoted with a day are held to the words' own occasion, not to any day their speaker spoke on;
 * a speech verb inside the quotation marks is the speaker's, so the page's own attribution after the quote is
 * read; speakers named together as one subject spoke on a day they share in the record; and two speakers of a
 * recorded press conference said to face the press ("went before the cameras", "spoke to reporters") are at that
 * press conference, so an offset or weekday given for it is compared with its day. Whole pages, embedded pack.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { indexPacks } from '../index.ts';
import { findingsOver, gravestVerdict } from './test-page-verdict.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const ROCHESTER =
  "Rochester, New York, calls itself a sanctuary city. In March 2025 some of its police officers helped federal Border Patrol agents at a traffic stop, and the city's mayor, Malik Evans, and its police chief, David Smith, later said the officers appeared to have broken city policy.";
const CHIEFS =
  'After Donald Trump won the presidential election in November 2016, police chiefs in several large American cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said their departments would not take on federal immigration enforcement. Cole Zercoe of PoliceOne gathered what they said.';
const verdictAfter = (lead: string, sentence: string) =>
  gravestVerdict(findingsOver(index, `${lead}\n\n${sentence}\n`, lead.length + 2, sentence));
const rochester = (s: string) => verdictAfter(ROCHESTER, s);
const chiefs = (s: string) => verdictAfter(CHIEFS, s);

describe('recorded words said on another day than their occasion', () => {
  it.each([
    '"City police officers do not help or participate in federal immigration activities," the mayor said on Monday.',
    'On Thursday, Evans said: "Our policy is crystal clear."',
    '"What we are seeing is distraction, division, distortion," Evans said on Monday.',
    '"I stand with the officers of the Rochester, New York Police Department," Homan wrote on Tuesday.',
  ])('%s', (s) => expect(rochester(s)).toBe('discrepant'));

  it('in another story too', () => {
    expect(
      chiefs(
        '"That is not our job, nor will I make it our job," Beck told the Los Angeles Times on Wednesday.',
      ),
    ).toBe('discrepant');
  });

  it.each([
    '"City police officers do not help or participate in federal immigration activities," the mayor said on Wednesday.',
    '"What we are seeing is distraction, division, distortion," Evans said on Tuesday.',
    '"I stand with the officers of the Rochester, New York Police Department," Homan wrote on Friday.',
    // The day is when it was reported, not when it was said.
    '"Our policy is crystal clear," Evans said, WXXI reported on Monday.',
    // Another day of the speaker's, told in a relative clause.
    'Evans, who on Monday refused to meet Homan, had said in March: "Our policy is crystal clear."',
  ])('not flagged: %s', (s) => expect(rochester(s)).not.toBe('discrepant'));

  it("not flagged in another story: the occasion's own day", () => {
    expect(
      chiefs(
        '"That is not our job, nor will I make it our job," Beck told the Los Angeles Times on Monday.',
      ),
    ).not.toBe('discrepant');
  });
});

describe('a speech verb inside the quoted words', () => {
  it('leaves the attribution after the quote to be read', () => {
    expect(rochester('"They responded, then they got disciplined," Homan said on April 29.')).toBe(
      'discrepant',
    );
    expect(
      rochester('"They responded, then they got disciplined," Homan said on April 28.'),
    ).not.toBe('discrepant');
  });

  it('is still read when no speech verb stands outside the quotation marks (a quoted headline)', () => {
    const headline =
      'the New York Post ran a follow-up headlined "Border czar Tom Homan tells NY sanctuary city cops blasted for helping ICE that \'help is coming!\'"';
    expect(rochester(`On Monday, ${headline}`)).toBe('discrepant');
    expect(rochester(`On Friday, ${headline}`)).not.toBe('discrepant');
  });
});

describe('speakers named together', () => {
  it.each([
    'Malik Evans and Police Chief David Smith spoke to reporters on Tuesday afternoon.',
    'Evans and Smith spoke to reporters on Tuesday.',
    'The mayor and the police chief spoke to reporters on Tuesday.',
  ])('spoke on a day they share in the record: %s', (s) => expect(rochester(s)).toBe('discrepant'));

  it.each([
    'On Saturday the mayor and the chief said the officers appeared to have broken city policy.',
    'The mayor and Chief Smith both said on Thursday that the officers had broken city policy.',
  ])('by bare titles too, with no word of the event: %s', (s) =>
    expect(rochester(s)).toBe('discrepant'),
  );

  it("an event named by its words is not widened by the speakers' other occasions", () => {
    // The press conference is named: the refusal of 28 April, where both also spoke, is no second candidate.
    expect(
      rochester(
        'At a news conference on Saturday, the mayor and the chief said the officers had broken city policy.',
      ),
    ).toBe('discrepant');
    // Told as hearsay: the record's day against it keeps it from being marked consistent.
    expect(
      rochester(
        'Two days later, at a Saturday afternoon press conference, Mayor Malik Evans and Chief David Smith said the officers had apparently broken city policy.',
      ),
    ).toBe('unverified');
  });

  it.each([
    'On Wednesday the mayor and the chief said the officers appeared to have broken city policy.',
    'On Monday the mayor and the police chief said they would not meet Homan.',
    // No occasion where both spoke: nothing to hold the day to.
    'The mayor and the council president said on Saturday that the city would keep its policy.',
    // A title that fits several people of the record links nothing.
    'On Saturday the mayor and the councilmember said the officers had broken policy.',
  ])('not flagged: %s', (s) => expect(rochester(s)).not.toBe('discrepant'));

  it.each([
    'Evans and Police Chief David Smith spoke to reporters on Wednesday afternoon.',
    // Both said on Monday 28 April they would not meet Homan.
    'Evans and Smith spoke to reporters on Monday.',
    // One speaker alone may have spoken to reporters on a day the record does not list.
    'Mayor Malik Evans spoke to reporters on Thursday.',
    'Evans spoke to reporters on Tuesday.',
  ])('not flagged: %s', (s) => expect(rochester(s)).not.toBe('discrepant'));
});

describe("an offset of a press appearance told without the event's word", () => {
  it.each([
    'Four days after the stop, the mayor and the police chief went before the cameras.',
    'Four days after the stop, Evans and Smith spoke to reporters.',
    'A week after the stop, Mayor Evans and Chief Smith took questions from journalists.',
  ])('%s', (s) => expect(rochester(s)).toBe('discrepant'));

  it.each([
    'Two days after the stop, the mayor and the police chief went before the cameras.',
    'Two days after the stop, Evans and Smith spoke to reporters.',
    'The mayor and the police chief faced reporters two days after the stop.',
    // One person before the press: any day of theirs.
    'Four days after the stop, Evans spoke to reporters.',
  ])('not flagged: %s', (s) => expect(rochester(s)).not.toBe('discrepant'));
});

describe('a weekday of a press appearance told before the speech verb', () => {
  // The appearance frames the day: it is the press conference's, not one the speakers may have talked about.
  it.each([
    'The mayor and the police chief faced the cameras that Friday and said the officers seemed to have gone against policy.',
    'Mayor Evans and Chief Smith took questions from journalists on Thursday and said the officers appeared to have violated city policy.',
  ])('%s', (s) => expect(rochester(s)).toBe('discrepant'));

  it.each([
    'The mayor and the police chief faced the cameras that Wednesday and said the officers seemed to have gone against policy.',
    // One person before the press: any day of theirs.
    'Evans spoke to reporters on Friday and said the officers seemed to have gone against policy.',
  ])('not flagged: %s', (s) => expect(rochester(s)).not.toBe('discrepant'));
});
