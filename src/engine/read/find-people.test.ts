import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';
import type { Mention, ValueOf } from './types.ts';

const none = buildGazetteer([]);
const all = (s: string, entries: GazetteerEntry[] = []) =>
  readSentence(s, entries.length ? buildGazetteer(entries) : none).flatMap((c) => c.mentions);
const people = (s: string, entries: GazetteerEntry[] = []) =>
  all(s, entries)
    .filter((m): m is Extract<Mention, { type: 'person' }> => m.type === 'person')
    .map((m) => ({ text: m.text, ...m.value }));
const titles = (s: string) =>
  all(s)
    .filter((m) => m.type === 'title')
    .map((m) => ({ text: m.text, ...(m.value as ValueOf<'title'>) }));

describe('people and titles', () => {
  it('reads a title before a name, with the title as its own mention', () => {
    expect(people('Mayor Jane Doe said the city would act.')).toEqual([
      { text: 'Jane Doe', name: 'Jane Doe', title: 'mayor' },
    ]);
    expect(titles('Mayor Jane Doe said the city would act.')).toEqual([
      { text: 'Mayor', title: 'mayor' },
    ]);
    expect(people('Police Chief John Roe spoke on Monday.')).toEqual([
      { text: 'John Roe', name: 'John Roe', title: 'police chief' },
    ]);
    expect(people('The bill was written by state senator Ann Lee.')[0]).toMatchObject({
      name: 'Ann Lee',
      title: 'state senator',
    });
  });

  it('reads a hyphenated surname whole, with a title, before a speech verb or alone', () => {
    expect(people('Union President Dana Okafor-Briggs said members would vote.')[0]).toMatchObject({
      name: 'Dana Okafor-Briggs',
      title: 'union president',
    });
    expect(people('\u201CWe were told nothing,\u201D Okafor-Briggs said.')).toEqual([
      { text: 'Okafor-Briggs', name: 'Okafor-Briggs' },
    ]);
    expect(people('The vote was called by Mayor Lee Smith-Jones on Monday.')[0]).toMatchObject({
      name: 'Lee Smith-Jones',
      title: 'mayor',
    });
    // A hyphen with spaces is a dash between words, not a name.
    expect(people('Mayor Jane Doe - Smith said no.')[0]).toMatchObject({ name: 'Jane Doe' });
  });

  it('expands abbreviated titles', () => {
    expect(people('Sen. Ann Lee voted no.')[0]).toMatchObject({
      name: 'Ann Lee',
      title: 'senator',
    });
    expect(people('Capt. Sam Cole led the unit.')[0]).toMatchObject({
      name: 'Sam Cole',
      title: 'captain',
    });
    expect(people('Gov. Kay Ivy signed it.')[0]).toMatchObject({
      name: 'Kay Ivy',
      title: 'governor',
    });
  });

  it('attaches a qualifier before the title to the title and the person', () => {
    expect(people('Former Mayor Jane Doe proposed it.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'mayor',
      qualifier: 'former',
    });
    expect(titles('Former Mayor Jane Doe proposed it.')[0]).toMatchObject({
      text: 'Former Mayor',
      qualifier: 'former',
    });
    expect(people('The memo came from acting director Lee Moon.')[0]).toMatchObject({
      name: 'Lee Moon',
      qualifier: 'acting',
    });
    expect(people('It was signed by then-Gov. Ray Moss.')[0]).toMatchObject({
      name: 'Ray Moss',
      title: 'governor',
      qualifier: 'then',
    });
    expect(people('The ex-chief Bo Diaz disagreed.')[0]).toMatchObject({
      name: 'Bo Diaz',
      title: 'chief',
      qualifier: 'ex',
    });
    expect(people('Interim Police Chief Ada Bell spoke.')[0]).toMatchObject({
      name: 'Ada Bell',
      qualifier: 'interim',
    });
  });

  it('reads a title in apposition after the name', () => {
    expect(people('Jane Doe, the mayor of Springfield, said no.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'mayor',
    });
    expect(
      people('John Roe, chief of the Springfield Police Department, said no.')[0],
    ).toMatchObject({ name: 'John Roe', title: 'chief' });
    expect(people('Ann Lee, the White House border czar, wrote on Friday.')[0]).toMatchObject({
      name: 'Ann Lee',
      title: 'border czar',
    });
    // At the time told of: "then the …", "at the time …".
    expect(people('Jane Doe, then the mayor of Springfield, said no.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'mayor',
    });
    // A word capitalised only because it opens the sentence is no part of the name.
    expect(people('Unlike Jane Doe, then the mayor, the council said no.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'mayor',
    });
    expect(people('Jane Doe, at the time acting mayor, said no.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'mayor',
      qualifier: 'acting',
    });
  });

  it('reads a post named by its body’s possessive in apposition after the name', () => {
    expect(people('Jane Doe, the council’s president, spoke on Thursday.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'council president',
    });
    expect(titles('Jane Doe, the council’s president, spoke on Thursday.')).toEqual([
      { text: 'council’s president', title: 'council president' },
    ]);
    // A possessive that makes no title of the lexicon leaves the title as written.
    expect(people('Jane Doe, the city’s spokesman, said it.')[0]).toMatchObject({
      name: 'Jane Doe',
      title: 'spokesman',
    });
  });

  it('reads a name in apposition after a determined title', () => {
    expect(people("The city's police spokesman, Doug Roe, set out the position.")[0]).toMatchObject(
      { name: 'Doug Roe', title: 'police spokesman' },
    );
    // A known name that includes its title, after a qualifier: the title and the qualifier are still read.
    expect(
      people('Former Chief Jane Doe said so.', [
        { kind: 'person', id: 'jd', names: ['Jane Doe', 'Chief Jane Doe'] },
      ])[0],
    ).toMatchObject({ name: 'Chief Jane Doe', title: 'chief', qualifier: 'former' });
    // The title's place between title and name: "the former chief of police of Alder, Jane Doe,".
    expect(
      people('The former chief of police of Alder, Jane Doe, has published a statement.')[0],
    ).toMatchObject({ name: 'Jane Doe', title: 'chief of police', qualifier: 'former' });
  });

  it('reads a name before a speech verb, and a byline', () => {
    expect(people('Jane Doe said the report was wrong.')).toEqual([
      { text: 'Jane Doe', name: 'Jane Doe' },
    ]);
    expect(people('"No," Roe said.')).toEqual([{ text: 'Roe', name: 'Roe' }]);
    expect(people('It ran in a piece by Cole Zane last year.')).toEqual([
      { text: 'Cole Zane', name: 'Cole Zane' },
    ]);
  });

  it('keeps bare titles after a determiner or possessive, not elsewhere', () => {
    expect(titles('The police chief said no.')).toEqual([
      { text: 'police chief', title: 'police chief' },
    ]);
    expect(titles("The city's mayor said no.")).toEqual([{ text: 'mayor', title: 'mayor' }]);
    expect(titles('Its former director said no.')).toEqual([
      { text: 'former director', title: 'director', qualifier: 'former' },
    ]);
  });

  it('gives a person the gazetteer id, by full name or surname', () => {
    const entries: GazetteerEntry[] = [
      { kind: 'person', id: 'p1', names: ['Malik Evans', 'Evans'] },
    ];
    expect(people('Mayor Malik Evans said so.', entries)[0]).toMatchObject({
      id: 'p1',
      title: 'mayor',
    });
    expect(people('Evans met the union on Friday.', entries)).toEqual([
      { text: 'Evans', name: 'Evans', id: 'p1' },
    ]);
  });

  it('gives an office its gazetteer id', () => {
    const g = buildGazetteer([{ kind: 'office', id: 'czar', names: ['border czar'] }]);
    const t = readSentence('The border czar spoke.', g)
      .flatMap((c) => c.mentions)
      .find((m) => m.type === 'title');
    expect(t?.value).toMatchObject({ id: 'czar' });
  });

  describe('false friends', () => {
    it('"Chief among them" is no title', () => {
      expect(all('Chief among them was the cost.')).toEqual([]);
    });
    it('"Officer Down Memorial" is no person', () => {
      expect(people('He is listed on the Officer Down Memorial Page.')).toEqual([]);
    });
    it('"Will" and "May" alone are no people', () => {
      expect(people('Will the officers be disciplined?')).toEqual([]);
      expect(people('May is a busy month.')).toEqual([]);
    });
    it('an agency or known place before "said" is no person', () => {
      expect(people('Homeland Security Investigations said the van was stopped.')).toEqual([]);
      expect(people('Officials said the van was stopped.')).toEqual([]);
      expect(
        people('Springfield said no.', [{ kind: 'place', id: 's', names: ['Springfield'] }]),
      ).toEqual([]);
    });
    it('a state after "the chief in <town>," is the town\u2019s state, no holder in apposition', () => {
      const known: GazetteerEntry[] = [
        { kind: 'place', id: 'w', names: ['Westmark'] },
        { kind: 'state', id: 'v', names: ['Vermont'] },
      ];
      expect(
        people('Jo Park was the police chief in Westmark, Vermont.', known).map((p) => p.name),
      ).not.toContain('Vermont');
      expect(
        people('She met the police chief in Westmark, Tom Rudd.', known).map((p) => p.name),
      ).toEqual(['Tom Rudd']);
    });
    it('a plural is no title ("officers", "agents")', () => {
      expect(titles('The officers and agents left.')).toEqual([]);
    });
  });

  describe('weaker wordings', () => {
    it('reads two name words before a lower-case word, not after "the" or a preposition, nor before a title', () => {
      expect(people('Kevin Marsh came to the city on Tuesday.')).toEqual([
        { text: 'Kevin Marsh', name: 'Kevin Marsh' },
      ]);
      expect(people('He flew from Los Angeles to Denver.')).toEqual([]);
      expect(people('They met at the White House yesterday.')).toEqual([]);
      expect(people('White House border czar Tom Lane wrote it.')).toEqual([
        { text: 'Tom Lane', name: 'Tom Lane', title: 'border czar' },
      ]);
      expect(people('Alder Bay council kept the rule.')).toEqual([]);
      expect(
        people('Neither ICE nor the FBI took part.', [
          { kind: 'agency', id: 'ice', names: ['ICE'] },
        ]),
      ).toEqual([]);
    });
    it('reads "said Jane Doe", "Jane Doe, who …" and "Doe and Chief John Roe"', () => {
      expect(people('"No," said Jane Doe of Dayton.')).toEqual([
        { text: 'Jane Doe', name: 'Jane Doe' },
      ]);
      expect(people('Jane Doe, who ran the agency, left.')).toEqual([
        { text: 'Jane Doe', name: 'Jane Doe' },
      ]);
      expect(people('Jane Doe, whose son was there, left.')).toEqual([
        { text: 'Jane Doe', name: 'Jane Doe' },
      ]);
      expect(people('Elm Street, whose residents saw it, was closed.')).toEqual([]);
      expect(people('Doe and Police Chief John Roe spoke.').map((p) => p.name)).toEqual([
        'Doe',
        'John Roe',
      ]);
    });
    it('a headline in title case takes no unknown name after a title', () => {
      expect(people('Border Czar Rallies Behind City Cops as Hall Doubles Down')).toEqual([]);
      expect(
        people('Border Czar Tom Lane Rallies Behind City Cops', [
          { kind: 'person', id: 't', names: ['Tom Lane'] },
        ]).map((p) => p.name),
      ).toEqual(['Tom Lane']);
    });
  });
});

describe('a title before words in capitals', () => {
  it('names no one with an abbreviation or a label ("CHIEF SOT", a script\'s slug)', () => {
    expect(people('A3 - CHIEF SOT (:20) / anchor tag')).toEqual([]);
    expect(people('B2 - MAYOR PKG (1:10) / anchor intro')).toEqual([]);
  });
  it('still names a known person in capitals, and anyone in ordinary case', () => {
    expect(
      people('CHIEF JANE ROE SPEAKS', [
        { kind: 'person', id: 'jane-roe', names: ['Jane Roe'] },
      ]).map((p) => p.text),
    ).toEqual(['JANE ROE']);
    expect(people('Chief Jane Roe spoke to reporters.').map((p) => p.text)).toEqual(['Jane Roe']);
  });
});
