import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const G: GazetteerEntry[] = [
  { kind: 'state', id: 'ny', names: ['New York', 'N.Y.'] },
  { kind: 'state', id: 'wa', names: ['Washington', 'Wash.'] },
  { kind: 'state', id: 'il', names: ['Illinois', 'Ill.'] },
  { kind: 'place', id: 'dc', names: ['Washington', 'Washington, D.C.'] },
  { kind: 'place', id: 'spr', names: ['Springfield'] },
  { kind: 'place', id: 'nyc', names: ['New York City'] },
];
const read = (s: string, entries: GazetteerEntry[] = G) =>
  readSentence(s, buildGazetteer(entries)).flatMap((c) => c.mentions);
const of = (s: string, type: string, entries: GazetteerEntry[] = G) =>
  read(s, entries)
    .filter((m) => m.type === type)
    .map((m) => ({ text: m.text, ...m.value }));

describe('streets and intersections', () => {
  it('reads streets with their suffix spelled out and the preposition before them', () => {
    expect(of('The van was stopped on Elm Street near Oak Avenue.', 'street')).toEqual([
      { text: 'Elm Street', name: 'elm street', relation: 'on' },
      { text: 'Oak Avenue', name: 'oak avenue', relation: 'near' },
    ]);
    expect(of('It happened just off Lake Shore Blvd. on Friday.', 'street')[0]).toMatchObject({
      name: 'lake shore boulevard',
      relation: 'off',
    });
    expect(of('They met at 42nd Street.', 'street')[0]).toMatchObject({
      name: '42nd street',
      relation: 'at',
    });
    expect(of('He lives on Pine Rd. now.', 'street')[0]).toMatchObject({
      text: 'Pine Rd.',
      name: 'pine road',
    });
    expect(of('The office on Cedar St. closed.', 'street')[0]).toMatchObject({
      text: 'Cedar St.',
      name: 'cedar street',
    });
  });

  it('reads an intersection of two streets, and "the corner of X and Y"', () => {
    expect(of('The stop was on Elm Street at Oak Avenue.', 'intersection')).toEqual([
      { text: 'Elm Street at Oak Avenue', streets: ['elm street', 'oak avenue'] },
    ]);
    expect(of('A crowd gathered at the corner of Main and Broadway.', 'intersection')).toEqual([
      { text: 'Main and Broadway', streets: ['main', 'broadway'] },
    ]);
    expect(
      of('A crowd gathered at the corner of Main and Broadway.', 'street').map(
        (s) => (s as { name: string }).name,
      ),
    ).toEqual(['main', 'broadway']);
    expect(of('It happened at the intersection of Elm and 5th Avenue.', 'intersection')).toEqual([
      { text: 'Elm and 5th Avenue', streets: ['elm', '5th avenue'] },
    ]);
  });

  it('reads an abbreviation that is no English word without its dot, as a chat or a post writes it', () => {
    expect(of('Saw it on Birch St right off Maple Ave, around six.', 'street')).toEqual([
      { text: 'Birch St', name: 'birch street', relation: 'on' },
      { text: 'Maple Ave', name: 'maple avenue', relation: 'off' },
    ]);
    expect(
      of('They set up near Quarry Rd and Ridge Blvd.', 'street').map(
        (s) => (s as { name: string }).name,
      ),
    ).toEqual(['quarry road', 'ridge boulevard']);
    // A suffix that is an English word still needs its own spelling: "Lane", not a bare "Ct" or "Pl".
    expect(of('Ask Tom Ct about it.', 'street')).toEqual([]);
  });

  it('false friends: a court, a saint, a newspaper', () => {
    expect(of('The Supreme Court ruled.', 'street')).toEqual([]);
    expect(of('He moved to St. Louis.', 'street')).toEqual([]);
    expect(of('The Wall Street Journal reported it.', 'street')).toEqual([]);
  });
});

describe('places and states', () => {
  it('reads "City, State" with the state from the gazetteer, known or not', () => {
    expect(
      read('It happened in Dayton, Illinois, last week.').map((m) => [m.type, m.text]),
    ).toEqual([
      ['place', 'Dayton'],
      ['state', 'Illinois'],
      ['relative-time', 'last week'],
    ]);
    expect(of('Springfield, Ill., is the capital.', 'place')).toEqual([
      { text: 'Springfield', name: 'Springfield', id: 'spr' },
    ]);
    expect(of('It happened in Albany, N.Y., on Monday.', 'state')).toEqual([
      { text: 'N.Y.', name: 'N.Y.', id: 'ny' },
    ]);
  });

  it('reads "<Name> County" and "the city of X"', () => {
    expect(of('Lake County deputies came.', 'place')).toEqual([
      { text: 'Lake County', name: 'Lake County', kind: 'county' },
    ]);
    expect(of('The suit named the city of Dayton.', 'place')).toEqual([
      { text: 'Dayton', name: 'Dayton' },
    ]);
  });

  it('reads the place of a title ("police chief of X") and the place of its officers', () => {
    expect(of('Chris Roe, police chief of Dayton, said no.', 'place')).toEqual([
      { text: 'Dayton', name: 'Dayton' },
    ]);
    expect(of('He said how Tulsa officers handle it would not change.', 'place')).toEqual([
      { text: 'Tulsa', name: 'Tulsa' },
    ]);
    expect(of('The Locust officers left.', 'place')).toEqual([]);
  });

  it("keeps a saint's abbreviation with its county", () => {
    expect(of('They asked St. Lawrence County deputies for help.', 'place')).toEqual([
      { text: 'St. Lawrence County', name: 'St. Lawrence County', kind: 'county' },
    ]);
  });

  it('reads the side of a place', () => {
    expect(of('It was on the west side of Springfield.', 'place')[0]).toMatchObject({
      id: 'spr',
      area: 'west side',
    });
    expect(of("It was on Springfield's east side.", 'place')[0]).toMatchObject({
      id: 'spr',
      area: 'east side',
    });
    expect(of("It was on Dayton's north side.", 'place')[0]).toMatchObject({
      name: 'Dayton',
      area: 'north side',
    });
  });

  it("a place right before a noun for a kind of outlet is the outlet's home, not where anything happened", () => {
    expect(of('The Springfield paper, the Daily Lamp, ran his remarks.', 'place')).toEqual([]);
    expect(of('A Springfield TV station aired the video.', 'place')).toEqual([]);
    expect(of('A Springfield newspaper said the raid was legal.', 'place')).toEqual([]);
    // "site" and "station" may be a place's own ("the Springfield station" of the police).
    expect(of('They met at the Springfield station.', 'place')).toEqual([
      expect.objectContaining({ id: 'spr' }),
    ]);
    expect(of('The raid in Springfield made the papers.', 'place')).toEqual([
      expect.objectContaining({ id: 'spr' }),
    ]);
  });

  it('tells Washington the state from the city and the person', () => {
    expect(read('He lives in Seattle, Washington.').map((m) => [m.type, m.text])).toEqual([
      ['place', 'Seattle'],
      ['state', 'Washington'],
    ]);
    expect(read('He flew to Washington, D.C., on Monday.').map((m) => [m.type, m.text])).toEqual([
      ['place', 'Washington, D.C.'],
      ['weekday', 'Monday'],
    ]);
    expect(of('It rained in Washington state.', 'state')).toEqual([
      { text: 'Washington', name: 'Washington', id: 'wa' },
    ]);
    expect(read('Mayor Sam Washington said so.').map((m) => [m.type, m.text])).toEqual([
      ['title', 'Mayor'],
      ['person', 'Sam Washington'],
    ]);
    expect(read('Gov. Washington said so.').map((m) => [m.type, m.text])).toEqual([
      ['title', 'Gov.'],
      ['person', 'Washington'],
    ]);
  });

  it('a longer known name wins over the shorter one inside it', () => {
    expect(read('She moved to New York City.').map((m) => [m.type, m.text])).toEqual([
      ['place', 'New York City'],
    ]);
  });
});

describe('where an agency\u2019s office sits', () => {
  it('is no place of what the sentence tells', () => {
    expect(of("Agents from the FBI's Springfield field office made the stop.", 'place')).toEqual(
      [],
    );
    expect(of("Dispatchers for Border Patrol's Springfield Sector called 911.", 'place')).toEqual(
      [],
    );
    expect(of('The Springfield office of the agency called for help.', 'place')).toEqual([]);
  });

  it('while the town itself still is', () => {
    expect(of('Agents made the stop in Springfield.', 'place')).toMatchObject([
      { text: 'Springfield' },
    ]);
    expect(of('Springfield officers came to help.', 'place')).toMatchObject([
      { text: 'Springfield' },
    ]);
  });
});
