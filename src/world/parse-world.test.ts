import { describe, expect, it } from 'vitest';
import { formatWorldProblem, parseWorld } from './parse-world.ts';
import type { World } from './schema.ts';
import { testWorld } from './test-world.ts';

/** The problems of the test world after a change to it. */
function problemsAfter(change: (world: World) => void): string[] {
  const world = testWorld();
  change(world);
  const result = parseWorld(world);
  return result.ok ? [] : result.problems.map(formatWorldProblem);
}

const holders = (world: World, office: number) =>
  (world.offices[office] as World['offices'][number]).holders;

describe('parseWorld', () => {
  it('accepts the test world unchanged', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses what is not a world, with plain reasons', () => {
    expect(parseWorld([]).ok).toBe(false);
    const result = parseWorld({ format: 'sourcelight-pack' });
    expect(result.ok ? [] : result.problems.map(formatWorldProblem)).toContain(
      'format: must be "sourcelight-world"',
    );
  });

  it('refuses unknown fields (every object is strict)', () => {
    expect(problemsAfter((w) => Object.assign(w.places[0] as object, { population: 1 }))).toEqual([
      'places[0].population: unknown field',
    ]);
  });

  it('refuses a date that is not on the calendar or not a date at all', () => {
    expect(
      problemsAfter((w) => Object.assign(holders(w, 0)[0] as object, { end: '2021-02-30' })),
    ).toEqual(['offices[0].holders[0].end: must be a date on the calendar']);
    expect(
      problemsAfter((w) => Object.assign(holders(w, 0)[0] as object, { start: 'January 2014' })),
    ).toEqual(['offices[0].holders[0].start: must be a date: YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(
      problemsAfter((w) => Object.assign(w.elections[0] as object, { date: '2021-11' })),
    ).toEqual(['elections[0].date: must be a full date: YYYY-MM-DD']);
  });

  it('refuses references to ids that do not exist', () => {
    expect(
      problemsAfter((w) => Object.assign(w.agencies[2] as object, { partOf: 'nope' })),
    ).toEqual(['agencies[2].partOf: refers to agency "nope", which is not in agencies']);
    expect(problemsAfter((w) => Object.assign(w.places[2] as object, { within: 'nope' }))).toEqual([
      'places[2].within: refers to place "nope", which is not in places',
    ]);
    expect(
      problemsAfter((w) =>
        Object.assign(w.places[2] as object, { state: 'zz', within: undefined }),
      ),
    ).toEqual(['places[2].state: refers to state "zz", which is not in states']);
    expect(
      problemsAfter((w) => Object.assign(w.offices[0] as object, { jurisdiction: 'nope' })),
    ).toEqual([
      'offices[0].jurisdiction: refers to "nope", which is not the country, a state, a place or an agency',
    ]);
    expect(
      problemsAfter((w) => Object.assign(holders(w, 0)[0] as object, { person: 'nobody' })),
    ).toEqual(['offices[0].holders[0].person: refers to person "nobody", which is not in people']);
    expect(
      problemsAfter((w) => Object.assign(w.outlets[1] as object, { affiliations: ['ny-post'] })),
    ).toEqual(['outlets[1].affiliations[0]: "ny-post" is a newspaper, not a network']);
    expect(
      problemsAfter((w) => Object.assign(w.states[0] as object, { capital: 'rochester-mn' })),
    ).toEqual(['states[0].capital: "rochester-mn" is in mn, not ny']);
    expect(
      problemsAfter((w) => Object.assign(w.places[4] as object, { within: 'rochester-mn' })),
    ).toEqual(['places[4].within: "rochester-mn" is in mn, not ny']);
  });

  it('refuses a cycle in partOf or within', () => {
    expect(problemsAfter((w) => Object.assign(w.agencies[0] as object, { partOf: 'hsi' }))).toEqual(
      [
        'agencies[0].partOf: "dhs" is partOf itself through dhs → hsi → ice',
        'agencies[1].partOf: "ice" is partOf itself through ice → dhs → hsi',
        'agencies[2].partOf: "hsi" is partOf itself through hsi → ice → dhs',
      ],
    );
    expect(
      problemsAfter((w) => Object.assign(w.places[1] as object, { within: 'greece-ny' })),
    ).toEqual([
      'places[1].within: "monroe-county-ny" is within itself through monroe-county-ny → greece-ny',
      'places[4].within: "greece-ny" is within itself through greece-ny → monroe-county-ny',
    ]);
  });

  it('refuses overlapping terms of one office unless a holder is acting', () => {
    expect(
      problemsAfter((w) => Object.assign(holders(w, 0)[1] as object, { start: '2021-12-31' })),
    ).toEqual([
      'offices[0].holders[1]: this term overlaps holders[0] (ann-lee); only an acting holder may overlap another',
    ]);
    // Dates compare at the precision both have: a term ending "2021-12" and one starting "2021-12-15" meet, they do not overlap.
    expect(
      problemsAfter((w) =>
        Object.assign(holders(w, 1)[1] as object, { acting: undefined, start: '2021-12-15' }),
      ),
    ).toEqual([]);
    expect(
      problemsAfter((w) => Object.assign(holders(w, 1)[2] as object, { acting: undefined })),
    ).toEqual([]);
    expect(
      problemsAfter((w) =>
        Object.assign(holders(w, 1)[2] as object, { acting: undefined, end: '2024-07' }),
      ),
    ).toEqual([
      'offices[1].holders[3]: this term overlaps holders[2] (bo-diaz); only an acting holder may overlap another',
    ]);
  });

  it('refuses a term that ends before it starts, or an open or start-less term that does not say what is known', () => {
    expect(
      problemsAfter((w) => Object.assign(holders(w, 0)[0] as object, { start: '2022-02-01' })),
    ).toEqual(['offices[0].holders[0]: start 2022-02-01 is after end 2022-01-01']);
    expect(
      problemsAfter((w) =>
        Object.assign(holders(w, 0)[1] as object, { confirmedThrough: undefined }),
      ),
    ).toEqual([
      'offices[0].holders[1]: an open term needs confirmedThrough (the last date the holder is known to have held the office)',
    ]);
    expect(
      problemsAfter((w) =>
        Object.assign(holders(w, 1)[3] as object, { confirmedFrom: undefined, note: undefined }),
      ),
    ).toEqual([
      'offices[1].holders[3]: a term without a start needs confirmedFrom (a date the holder surely held the office) and a note',
      'offices[1].holders[3].note: a term without a start needs a note saying what is known',
      // With neither a start nor a date it was surely held, the term counts from the beginning of time.
      'offices[1].holders[3]: this term overlaps holders[0] (cy-lee); only an acting holder may overlap another',
    ]);
    expect(
      problemsAfter((w) =>
        Object.assign(holders(w, 0)[1] as object, { confirmedThrough: '2027-01' }),
      ),
    ).toEqual([
      "offices[0].holders[1].confirmedThrough: is after the file's updated date 2026-12-01",
    ]);
  });

  it('refuses an election its winner does not take office by', () => {
    expect(
      problemsAfter((w) => Object.assign(w.elections[0] as object, { winner: 'cy-lee' })),
    ).toEqual(['elections[0].winner: cy-lee does not hold mayor on 2022-01-01 in offices']);
    expect(
      problemsAfter((w) => Object.assign(w.elections[0] as object, { runnerUp: 'nobody' })),
    ).toEqual(['elections[0].runnerUp: refers to person "nobody", which is not in people']);
  });

  it('refuses duplicate ids and a name that designates two agencies, states or outlets', () => {
    expect(
      problemsAfter((w) => Object.assign(w.places[3] as object, { id: 'rochester-ny' })),
    ).toEqual(['places[3].id: duplicate id "rochester-ny" (also places[2])']);
    expect(problemsAfter((w) => Object.assign(w.agencies[5] as object, { id: 'ny' }))).toEqual([
      'agencies[5].id: duplicate id "ny" (also states[0])',
      'offices[1].jurisdiction: refers to "rochester-pd", which is not the country, a state, a place or an agency',
    ]);
    expect(
      problemsAfter((w) => Object.assign(w.agencies[3] as object, { aliases: ['CBP', 'I.C.E.'] })),
    ).toEqual([
      'agencies[3]: the name "ice" also designates agencies[1]; a name must designate one entry only',
    ]);
    expect(
      problemsAfter((w) => Object.assign(w.outlets[2] as object, { aliases: ['ABC'] })),
    ).toEqual([
      'outlets[2]: the name "abc" also designates outlets[0]; a name must designate one entry only',
    ]);
    // Places and people may share names: there are two Rochesters and two Lees.
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('needs the place of a local agency', () => {
    expect(
      problemsAfter((w) => Object.assign(w.agencies[5] as object, { place: undefined })),
    ).toEqual([
      'agencies[5].place: a local agency needs the place it serves',
      'agencies[5].localAliases: local aliases need the place where they apply',
    ]);
  });
});
