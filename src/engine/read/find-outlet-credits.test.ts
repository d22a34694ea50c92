/** Outlets typed by syntax (find-outlet-credits.ts) and the credit phrases of lexicon.json, on invented names. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const read = (s: string, entries: GazetteerEntry[] = []) =>
  readSentence(s, buildGazetteer(entries)).flatMap((c) => c.mentions);
const outlets = (s: string, entries: GazetteerEntry[] = []) =>
  read(s, entries).flatMap((m) => (m.type === 'outlet' ? [{ text: m.text, ...m.value }] : []));

describe('a name after a noun for a kind of outlet', () => {
  it.each([
    [
      'According to the newspaper Brackwater Lantern, the raid was lawful.',
      'Brackwater Lantern',
      'source',
    ],
    [
      'The statement was reported by the newspaper Brackwater Lantern.',
      'Brackwater Lantern',
      'source',
    ],
    ['The mayor gave an interview to the magazine Tidewatch on Monday.', 'Tidewatch', 'spoke-to'],
    ['It ran on the website Quayside Today.', 'Quayside Today', undefined],
  ])('%s', (sentence, name, role) => {
    const [o] = outlets(sentence);
    expect(o).toMatchObject({ name, typed: true });
    expect(o?.role).toBe(role);
  });

  it.each([
    'The piece first ran on Quayside Today.',
    'The piece originally appeared on Quayside Today.',
    'The piece first appeared in Quayside Today.',
  ])('credits where a piece first ran, on a site as in a paper: %s', (sentence) => {
    const g: GazetteerEntry[] = [{ kind: 'outlet', id: 'qt', names: ['Quayside Today'] }];
    expect(outlets(sentence, g)[0]).toMatchObject({ name: 'Quayside Today', original: true });
  });

  it('takes a place before the noun into the mention: it is where the outlet is', () => {
    const g: GazetteerEntry[] = [{ kind: 'place', id: 'kells', names: ['Kells'] }];
    expect(
      outlets('The statement was reported by the Kells newspaper Brackwater Lantern.', g),
    ).toMatchObject([
      { text: 'Kells newspaper Brackwater Lantern', name: 'Brackwater Lantern', role: 'source' },
    ]);
    expect(
      read('The statement was reported by the Kells newspaper Brackwater Lantern.', g).some(
        (m) => m.type === 'place',
      ),
    ).toBe(false);
  });

  it('not a name the gazetteer knows as something else, a weekday, or the subject of what was told', () => {
    const g: GazetteerEntry[] = [{ kind: 'person', id: 'ida', names: ['Ida Marsh'] }];
    expect(outlets('She told the newspaper Ida Marsh was wrong.', g)).toEqual([]);
    expect(outlets('She told the newspaper Monday that the raid was lawful.')).toEqual([]);
    expect(outlets('She told the paper Strand had resigned.')).toEqual([]);
    // A street after "the site" is the street.
    expect(outlets('Officers went back to the site Quay Street.')).toEqual([]);
    expect(
      read('Officers went back to the site Quay Street.').some((m) => m.type === 'street'),
    ).toBe(true);
  });
});

describe('the subject of a publishing verb before a printed thing', () => {
  it('"The X ran his op-ed", "the X published the statement"', () => {
    expect(outlets('The Brackwater Lantern ran his op-ed the next day.')).toMatchObject([
      { name: 'Brackwater Lantern', role: 'source', typed: true },
    ]);
    expect(outlets("The Quayside Register published the chief's statement.")[0]).toMatchObject({
      name: 'Quayside Register',
      role: 'source',
    });
  });

  it('after "published", only a news piece: anyone may publish a statement or a report', () => {
    expect(outlets('The Brackwater Lantern published his op-ed on Sunday.')[0]).toMatchObject({
      name: 'Brackwater Lantern',
      typed: true,
    });
    expect(outlets('The Tenants Union published its statement on Sunday.')).toEqual([]);
    expect(outlets('The Tenants Union published a report on the raid.')).toEqual([]);
  });

  it('"the X reported the chief\'s statement": reporting a printed thing', () => {
    expect(outlets("The Brackwater Lantern reported the chief's statement.")).toMatchObject([
      { name: 'Brackwater Lantern', role: 'source', typed: true },
    ]);
    expect(outlets('The Brackwater Lantern reported on the statement the next day.')).toMatchObject(
      [{ name: 'Brackwater Lantern', role: 'source', typed: true }],
    );
  });

  it('without "the", an outlet whose type is not certain (it may be a person\'s name); one the gazetteer knows as a person is none', () => {
    expect(outlets('Tidewatch ran his op-ed.')).toMatchObject([
      { name: 'Tidewatch', role: 'source' },
    ]);
    expect(outlets('Tidewatch ran his op-ed.')[0]?.typed).toBeUndefined();
    // Two capitalised words read as a person's name by their pattern: the person wins.
    expect(outlets('Brackwater Lantern ran his op-ed.')).toEqual([]);
    expect(
      outlets('Ida Marsh ran her statement on the city website.', [
        { kind: 'person', id: 'ida', names: ['Ida Marsh'] },
      ]),
    ).toEqual([]);
  });

  it('not before something that is not printed, nor an agency', () => {
    expect(outlets('The Brackwater Lantern ran the marathon.')).toEqual([]);
    expect(outlets('The Dunmore Police Department published its statement.')).toEqual([]);
  });
});

describe("where a writer's piece appeared", () => {
  it('"written by <Name> for the X", "by the journalist <Name> for the site X"', () => {
    expect(
      outlets('The round-up was written by Tam Reed for the Brackwater Lantern.'),
    ).toMatchObject([{ name: 'Brackwater Lantern', role: 'spoke-to', writer: true, typed: true }]);
    expect(
      outlets('It was gathered by the journalist Tam Reed for the American site Tidewatch.'),
    ).toMatchObject([{ name: 'Tidewatch', role: 'spoke-to', writer: true }]);
    expect(
      outlets('Tam Reed, writing for the Brackwater Lantern, gave an account.')[0],
    ).toMatchObject({ role: 'spoke-to', writer: true });
    expect(outlets('The Brackwater Lantern published a piece by Tam Reed.')[0]).toMatchObject({
      role: 'spoke-to',
      writer: true,
    });
  });

  it('"told the X" is speaking to it, not writing for it', () => {
    expect(
      outlets('Ida Marsh told the Brackwater Gazette the raid was lawful.')[0]?.writer,
    ).toBeUndefined();
  });

  it('no writer before "for": not an outlet', () => {
    expect(outlets('The chief asked Tam Reed for the Harbor Unit files.')).toEqual([]);
    expect(outlets('A statement by Ida Marsh for the Port Alder council was read.')).toEqual([]);
  });
});

describe('credits in other words', () => {
  it.each([
    ['The story was first printed by the Brackwater Gazette.', true],
    ['The story appeared first in the Brackwater Gazette.', true],
    ['The story first appeared in the Brackwater Gazette.', true],
    ['The story was printed by the Brackwater Gazette.', false],
    ['The story appeared in the Brackwater Gazette.', false],
  ])('%s', (sentence, original) => {
    const [o] = outlets(sentence);
    expect(o).toMatchObject({ name: 'Brackwater Gazette', role: 'source' });
    expect(o?.original === true).toBe(original);
  });

  it("a name joined by a hyphen to an outlet's word", () => {
    expect(outlets('The Brackwater Journal-Lantern reported it.')).toMatchObject([
      { name: 'Brackwater Journal-Lantern', role: 'source', typed: true },
    ]);
  });

  it('a name of hyphen-joined words after a type noun', () => {
    expect(
      outlets('She gave an interview to the newspaper Brackwater Journal-Lantern.'),
    ).toMatchObject([{ name: 'Brackwater Journal-Lantern', role: 'spoke-to', typed: true }]);
  });

  it('a name with no "the" where only an outlet is expected is an outlet, but not a certain one', () => {
    expect(outlets('Tam Reed wrote the piece for Tidewatch in June.')).toMatchObject([
      { name: 'Tidewatch', role: 'spoke-to', writer: true },
    ]);
    expect(outlets('Tam Reed, writing for Tidewatch, collected the statements.')).toMatchObject([
      { name: 'Tidewatch', role: 'spoke-to', writer: true },
    ]);
    expect(outlets('The statement was printed by Tidewatch.')).toMatchObject([
      { name: 'Tidewatch', role: 'source' },
    ]);
    expect(outlets('The statement was printed by Tidewatch.')[0]?.typed).toBeUndefined();
    // Not after words that credit no printing or writing.
    expect(outlets('The statement was read by Tidewatch.')).toEqual([]);
    // "According to X,": a source, unless the reader knows the name as a person's.
    expect(outlets('According to Tidewatch, the raid was lawful.')).toMatchObject([
      { name: 'Tidewatch', role: 'source' },
    ]);
    expect(
      outlets('According to Marsh, the raid was lawful.', [
        { kind: 'person', id: 'ida', names: ['Ida Marsh', 'Marsh'] },
      ]),
    ).toEqual([]);
    // "per X:" and ", per X,": the same credit in one word; not a name running on into the clause.
    expect(outlets('The warden wrote, per Tidewatch: the gates stay shut.')).toMatchObject([
      { name: 'Tidewatch', role: 'source' },
    ]);
    expect(outlets('The gates, per Tidewatch, stay shut.')).toMatchObject([
      { name: 'Tidewatch', role: 'source' },
    ]);
    expect(outlets('The gates stay shut per Harbour rules.')).toEqual([]);
    expect(
      outlets('The warden wrote, per Marsh: the gates stay shut.', [
        { kind: 'person', id: 'ida', names: ['Ida Marsh', 'Marsh'] },
      ]),
    ).toEqual([]);
  });

  it('whoever prints a writer\'s piece: "X gathered the statements in a piece by Y"', () => {
    expect(outlets('Tidewatch gathered the statements in a piece by Tam Reed.')).toMatchObject([
      { name: 'Tidewatch', role: 'spoke-to', writer: true, typed: true },
    ]);
    expect(outlets('Tidewatch gathered the statements.')).toEqual([]);
  });

  it('a name after an appositive: "X, a sister site, later ran a summary"', () => {
    expect(
      outlets('Tidewatch Times, a sister site, later ran a summary of the article.')[0],
    ).toMatchObject({ name: 'Tidewatch Times', role: 'source' });
  });
});

describe('a name said to be a kind of outlet, before what it did', () => {
  it.each([
    ['Tidewatch is the paper that printed his remarks.', 'Tidewatch'],
    [
      'The Brackwater Lantern was the news site the Ledger cited for the count.',
      'Brackwater Lantern',
    ],
    ['Quayside Daily is the weekly Tam Reed quoted.', 'Quayside Daily'],
  ])('%s', (sentence, name) => {
    expect(outlets(sentence)).toContainEqual(expect.objectContaining({ name, typed: true }));
  });

  it('not a pronoun, a place or a person the gazetteer knows, nor a site of something', () => {
    const g: GazetteerEntry[] = [
      { kind: 'person', id: 'ida', names: ['Ida Marsh'] },
      { kind: 'place', id: 'kells', names: ['Kells'] },
    ];
    expect(outlets('It is the paper that printed his remarks.', g)).toEqual([]);
    expect(outlets('Ida Marsh is the paper that printed his remarks.', g)).toEqual([]);
    expect(outlets('Kells is the site of the raid.', g)).toEqual([]);
    expect(outlets("Strand was the paper's editor then.", g)).toEqual([]);
  });
});

describe('a piece of someone\u2019s for an outlet', () => {
  it('is where the writer wrote, with words about the piece between ("her roundup of all this for X")', () => {
    const g: GazetteerEntry[] = [{ kind: 'outlet', id: 'lantern', names: ['Brackwater Lantern'] }];
    expect(
      outlets('Ana Ruiz filed her roundup of all this for the Brackwater Lantern.', g),
    ).toMatchObject([{ role: 'spoke-to', writer: true }]);
    expect(
      outlets('Ana Ruiz wrote a piece on the raid for the Brackwater Lantern.', g),
    ).toMatchObject([{ role: 'spoke-to', writer: true }]);
    expect(
      outlets('Ana Ruiz read a summary of it, who knows why, for the Brackwater Lantern.', g),
    ).not.toMatchObject([{ writer: true }]);
  });
});
