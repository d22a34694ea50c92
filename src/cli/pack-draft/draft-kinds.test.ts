/**
 * Kinds of values the drafter must record, or leave alone, from any original (issue 17, the blind stories'
 * misses): a sentence whose subject is a bare "it" opens no event of its own; a participle before "by"
 * ("Divers hired by the town found …") is not the sentence's verb; "a tournament set for Feb. 20" is
 * scheduled (dated forward). A made-up report; none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { apposedPeople, dayVerb, draftPack, thingPronounSubject } from './draft-story.ts';
import { shortNames } from './distinctive-names.ts';
import { objectWords } from './scheduled.ts';
import { runPackTest } from './pack-test.ts';
import { readReport } from './read-report.ts';
import { buildGazetteer } from '../../engine/drafting.ts';

const world = worldIndex();
const today = '2027-04-01';

const original = reportHtml(
  '2027-03-08',
  'Fallowmere Courier',
  'Grain silo collapses at Fallowmere co-op; two hurt',
  `
FALLOWMERE, Iowa — A grain silo at the Fallowmere Farmers Cooperative on Quarry Road collapsed at about 4:10 p.m. on Saturday, March 6, spilling about 9,000 bushels of corn across the yard.
Two workers, Aldo Brenner and Mina Sorvik, were hurt and taken to Ridgeview Regional Hospital, where both were released on Sunday.
Quarry Road was closed between Elm Street and Mill Street on Saturday evening while crews cleared the corn.
It reopened at 8 a.m. on Monday.
Engineers hired by the cooperative found a crack about 9 feet long in the silo's base on Sunday, general manager Tessa Vorhaug said.
The cooperative's annual meeting, a two-day auction set for March 20 and 21, will go ahead at the county fairgrounds, Vorhaug said.
The county board will hold a special meeting on the spill at 7 p.m. on Tuesday, March 9, at the courthouse.
Vorhaug said the first 12 seasonal layoffs would take effect on April 2, with the rest in May.
`,
);

function draft() {
  const result = draftPack({ name: 'silo.html', content: original }, [], { world, today });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('pack draft: kinds of values from any original', () => {
  const result = draft();
  const story = result.pack.stories[0]!;
  const events = story.events ?? [];

  it('opens no event for a sentence whose subject is a bare "it" (the thing it reopened is not named)', () => {
    expect(events.some((e) => e.words.includes('reopened'))).toBe(false);
    expect(thingPronounSubject('It reopened at 8 a.m. on Monday.')).toBe(true);
    expect(thingPronounSubject('Italy reopened its border on Monday.')).toBe(false);
    // So a page's other reopening, months later, is nobody's date to contradict.
    const page =
      'A grain silo at the Fallowmere Farmers Cooperative on Quarry Road collapsed on Saturday, March 6, and two workers were hurt.\nGeneral manager Tessa Vorhaug said the corn covered the yard.\nThe rebuilt co-op office reopened in November 2027 with a new roof.';
    const run = runPackTest(result.pack, [{ name: 'p.txt', content: page }], null, {
      world,
      today,
    });
    expect(run.pages[0]!.story).toBe(story.id);
    expect(
      run.pages[0]!.findings.filter((f) => f.verdict === 'discrepant').map((f) => f.text),
    ).toEqual([]);
  });

  it('reads the verb after a participle that qualifies its noun ("Engineers hired by the cooperative found …")', () => {
    const g = buildGazetteer([]);
    const s = readReport(
      'x.txt',
      'Engineers hired by the cooperative found a crack about 9 feet long on Sunday.',
      g,
    ).sentences[0]!;
    expect(dayVerb(s)?.verb).toBe('found');
    const passive = readReport('x.txt', 'The engineers were hired by the cooperative on Sunday.', g)
      .sentences[0]!;
    expect(dayVerb(passive)?.verb).toBe('hired');
    // The verb of a relative clause is not the sentence's.
    const relative = readReport(
      'x.txt',
      'A fire that burned for six hours destroyed the mill on Tuesday, May 4.',
      g,
    ).sentences[0]!;
    expect(dayVerb(relative)?.verb).toBe('destroyed');
    // An irregular past right after the subject's plural noun is the verb, whatever follows it; after a determiner or
    // another verb it is not.
    const subject = readReport(
      'x.txt',
      'A balloon carrying nine passengers struck power lines on Saturday, Sept. 19.',
      g,
    ).sentences[0]!;
    expect(dayVerb(subject)?.verb).toBe('struck');
    const adjective = readReport(
      'x.txt',
      'Crews cleared the fallen trees and reopened the road on Sunday, Sept. 20.',
      g,
    ).sentences[0]!;
    expect(dayVerb(adjective)?.verb).toBe('cleared');
    const found = events.find((e) => e.words.includes('found'));
    expect(found?.quantities?.find((q) => q.nouns.includes('feet'))).toMatchObject({
      min: 8,
      max: 10,
    });
    expect(events.some((e) => e.words.includes('hired'))).toBe(false);
  });

  it('dates "a two-day auction set for March 20" forward, as scheduled, never a year back', () => {
    const auction = events.find((e) => e.words.includes('auction'));
    expect(auction?.date).toBe('2027-03-20');
    expect(events.some((e) => e.date.startsWith('2026'))).toBe(false);
    expect(story.timeContext.start >= '2027-03').toBe(true);
  });

  it('gives the names cue the short form retellings use for an institution ("Ridgeview Regional" for its hospital)', () => {
    const names = story.recognition.cues.find((c) => c.id === 'names')?.terms ?? [];
    expect(names).toContain('Ridgeview Regional');
    expect(
      shortNames(
        [
          'North Lakes Medical Center',
          'Mercy Hospital',
          'Fallowmere High School',
          'Quarry Road Depot',
        ],
        (n) => n === 'Fallowmere High',
      ),
    ).toEqual(['North Lakes']);
    const page =
      'Two workers from the Fallowmere co-op went to Ridgeview Regional and were released the next day.\nThe corn spilled across the yard on Quarry Road.';
    expect(
      runPackTest(result.pack, [{ name: 'p.txt', content: page }], null, { world, today }).pages[0]!
        .story,
    ).toBe(story.id);
  });

  it('makes a scheduled happening named by its own noun ("the first 12 seasonal layoffs would take effect") a central event', () => {
    const layoffs = events.find((e) => e.words.includes('layoffs'));
    expect(layoffs?.date).toBe('2027-04-02');
    expect(story.recognition.events).toContain(layoffs?.id);
    // A scheduled meeting or auction named by its verb or noun is not thereby central.
    expect(story.recognition.events).not.toContain(
      events.find((e) => e.words.includes('auction'))?.id,
    );
  });

  it('names a scheduled "hold a meeting" by its object too, so "the board will meet Thursday" is about it', () => {
    expect(objectWords(' a special meeting on the spill at 7 p.m.')).toEqual([
      'meeting',
      'meetings',
      'meet',
      'met',
      'meets',
    ]);
    expect(objectWords(' a hearing.')).toEqual(['hearing', 'hearings']);
    expect(objectWords(' talks with the union')).toEqual([]);
    const held = events.find((e) => e.date === '2027-03-09');
    expect(held?.words).toEqual(expect.arrayContaining(['hold', 'meeting', 'meet']));
    expect(held?.time).toBe('19:00');
    const page =
      'A grain silo at the Fallowmere Farmers Cooperative on Quarry Road collapsed on Saturday, March 6, and two workers were hurt.\nThe county board will meet Thursday night to talk about the spill.';
    const run = runPackTest(result.pack, [{ name: 'p.txt', content: page }], null, {
      world,
      today,
    });
    expect(
      run.pages[0]!.findings.filter((f) => f.verdict === 'discrepant').map((f) => f.text),
    ).toEqual(['The county board will meet Thursday night to talk about the spill.']);
  });

  it('drafts people named in apposition to what they are ("Two workers, A and B,"; "The bus driver, C, 61,")', () => {
    const people = (story.entities ?? [])
      .filter((e) => e.kind === 'person')
      .map((e) => [e.name, e.roles?.[0]?.title]);
    expect(people).toEqual(
      expect.arrayContaining([
        ['Aldo Brenner', 'worker'],
        ['Mina Sorvik', 'worker'],
      ]),
    );
    const g = buildGazetteer([]);
    const read = (t: string) => readReport('x.txt', t, g).sentences[0]!;
    expect(
      apposedPeople(
        read('The bus driver, Lena Ostrow, 61, of Elm Park, broke her wrist.'),
        () => false,
      ),
    ).toEqual([{ name: 'Lena Ostrow', title: 'bus driver' }]);
    // Not a place or a body in apposition, nor a name the gazetteer knows.
    expect(apposedPeople(read('The county seat, Elm Park, said so.'), () => false)).toEqual([]);
    expect(apposedPeople(read('The driver, Elm Park, was fine.'), (n) => n === 'Elm Park')).toEqual(
      [],
    );
  });
});
