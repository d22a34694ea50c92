import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const read = (s: string, entries: GazetteerEntry[] = []) =>
  readSentence(s, buildGazetteer(entries)).flatMap((c) => c.mentions);
const of = (s: string, type: string, entries: GazetteerEntry[] = []) =>
  read(s, entries)
    .filter((m) => m.type === type)
    .map((m) => ({ text: m.text, ...m.value }));
const outlets = (s: string) =>
  read(s).flatMap((m) => (m.type === 'outlet' ? [{ text: m.text, ...m.value }] : []));

describe('agencies', () => {
  it('reads local agencies the gazetteer does not know, by their head words', () => {
    expect(of('Officers from the Springfield Police Department arrived.', 'agency')).toEqual([
      { text: 'Springfield Police Department', name: 'Springfield Police Department' },
    ]);
    expect(of('The Lake County Sheriff\u2019s Office took over.', 'agency')[0]?.text).toBe(
      'Lake County Sheriff\u2019s Office',
    );
    expect(of('A trooper from the Ohio State Police came.', 'agency')[0]?.text).toBe(
      'Ohio State Police',
    );
    expect(of('The Nevada Highway Patrol closed the road.', 'agency')[0]?.text).toBe(
      'Nevada Highway Patrol',
    );
    expect(of('Springfield police officers drove to the scene.', 'agency')[0]?.text).toBe(
      'Springfield police',
    );
    expect(of('The Justice Department sued.', 'agency')[0]?.text).toBe('Justice Department');
  });

  it('reads "<County> Sheriff" the gazetteer knows as an office, before a person\'s name, as the title, not the agency', () => {
    const office: GazetteerEntry[] = [
      { kind: 'office', id: 'w:lake-sheriff', names: ['Lake County Sheriff'] },
    ];
    expect(of('Lake County Sheriff Dana Ruiz spoke first.', 'agency', office)).toEqual([]);
    // An office it does not know stays the agency (a title reader may take it from there).
    expect(of('Lake County Sheriff Dana Ruiz spoke first.', 'agency')[0]?.text).toBe(
      'Lake County Sheriff',
    );
    expect(of('The Lake County Sheriff said nothing.', 'agency')[0]?.text).toBe(
      'Lake County Sheriff',
    );
    expect(of('The Lake County Sheriff Department took over.', 'agency')[0]?.text).toBe(
      'Lake County Sheriff Department',
    );
  });

  it('reads "Office of <known office> <Name>" as a titled person\'s office, not an agency named "Office of …"', () => {
    const office: GazetteerEntry[] = [
      { kind: 'office', id: 'w:lake-sheriff', names: ['Lake County Sheriff'] },
    ];
    expect(of('Office of Lake County Sheriff Dana Ruiz, morning.', 'agency', office)).toEqual([]);
    expect(of('OFFICE OF LAKE COUNTY SHERIFF DANA RUIZ, MORNING.', 'agency', office)).toEqual([]);
    expect(of('Office of Lake County Sheriff Dana Ruiz, morning.', 'title', office)[0]?.text).toBe(
      'Lake County Sheriff',
    );
    // A body's "Office of" name with no office title in it stays the agency.
    expect(of('The Office of Field Operations sent officers.', 'agency')[0]?.text).toBe(
      'Office of Field Operations',
    );
    expect(of('The Office of Lake County Affairs sent officers.', 'agency', office)[0]?.text).toBe(
      'Office of Lake County Affairs',
    );
  });

  it('leaves a count opening the sentence out of the name ("Ten Springfield police officers")', () => {
    expect(of('Ten Springfield police officers drove to the scene.', 'agency')[0]?.text).toBe(
      'Springfield police',
    );
    expect(of('Three Springfield Police Department officers came.', 'agency')[0]?.text).toBe(
      'Springfield Police Department',
    );
  });

  it('reads "the Department of X" and "Bureau of X"', () => {
    expect(of('The Department of Homeland Security said so.', 'agency')[0]?.text).toBe(
      'Department of Homeland Security',
    );
    expect(of('Agents of the Federal Bureau of Investigation came.', 'agency')[0]?.text).toBe(
      'Federal Bureau of Investigation',
    );
  });

  it('reads an acronym next to "agents", "officers" and the like', () => {
    expect(of('DEA agents made the stop.', 'agency')).toEqual([{ text: 'DEA', name: 'DEA' }]);
    expect(of('Two ATF officers were there.', 'agency')[0]?.text).toBe('ATF');
    expect(of('The DEA tower fell.', 'agency')).toEqual([]);
  });

  it('takes gazetteer agencies with their id; an acronym only in capitals', () => {
    const g: GazetteerEntry[] = [
      { kind: 'agency', id: 'ice', names: ['ICE', 'Immigration and Customs Enforcement'] },
    ];
    expect(of('ICE said it began operations.', 'agency', g)).toEqual([
      { text: 'ICE', name: 'ICE', id: 'ice' },
    ]);
    expect(of('Immigration and Customs Enforcement said so.', 'agency', g)[0]).toMatchObject({
      id: 'ice',
    });
    expect(of('The ice on the road was thick.', 'agency', g)).toEqual([]);
  });

  it('reads an agency named with "and" ("Immigration and Customs Enforcement")', () => {
    expect(of('Immigration and Customs Enforcement officers radioed.', 'agency')[0]?.text).toBe(
      'Immigration and Customs Enforcement',
    );
    expect(
      of('Border Patrol and Secret Service agents came.', 'agency').map((a) => a.text),
    ).toEqual(['Border Patrol', 'Secret Service']);
  });

  it('reads agencies without a name ("state police", "sheriff\'s deputies")', () => {
    expect(of('State police officers drove to the scene.', 'agency')).toEqual([
      { text: 'State police', name: 'State police' },
    ]);
    expect(of("Sheriff's deputies requested help.", 'agency')[0]?.text).toBe("Sheriff's deputies");
    // One deputy is the agency's member as much as several are.
    expect(
      of("A Lake County sheriff's deputy requested help.", 'agency').map((a) => a.text),
    ).toEqual(["sheriff's deputy"]);
    expect(
      of('It was done by federal agents, not by city police.', 'agency').map((a) => a.text),
    ).toEqual(['federal agents', 'city police']);
  });

  it('reads an acronym before a speech verb or after "from the" / "by the"', () => {
    expect(of('The FBI said three people were held.', 'agency')).toEqual([
      { text: 'FBI', name: 'FBI' },
    ]);
    expect(of('Officers from the ATF raced over.', 'agency')[0]?.text).toBe('ATF');
    expect(read('The FBI said three people were held.').filter((m) => m.type === 'person')).toEqual(
      [],
    );
  });

  it('a capitalised head word alone is no agency ("Police said")', () => {
    expect(of('Police said the van was stopped.', 'agency')).toEqual([]);
    expect(of('The Department declined to comment.', 'agency')).toEqual([]);
  });
});

describe('outlets', () => {
  it('reads outlets by their head words, credited or not', () => {
    expect(of('According to the Springfield Daily News, the van was stopped.', 'outlet')).toEqual([
      {
        text: 'Springfield Daily News',
        name: 'Springfield Daily News',
        credited: true,
        role: 'source',
      },
    ]);
    expect(of('The Lakeside Herald reported the stop.', 'outlet')).toEqual([
      { text: 'Lakeside Herald', name: 'Lakeside Herald', credited: true, role: 'source' },
    ]);
    expect(of('He told the Metro Times that he disagreed.', 'outlet')[0]).toMatchObject({
      text: 'Metro Times',
      credited: true,
    });
    expect(of('In an interview with the Valley Tribune, he said no.', 'outlet')[0]).toMatchObject({
      text: 'Valley Tribune',
      credited: true,
    });
    expect(of('She bought the Valley Tribune at the shop.', 'outlet')).toEqual([
      { text: 'Valley Tribune', name: 'Valley Tribune', credited: false },
    ]);
  });

  it('reads any capitalised name credited as a source after "the"', () => {
    expect(of('Charlie Roe spoke to the Guardian on Monday.', 'outlet')).toEqual([
      { text: 'Guardian', name: 'Guardian', credited: true, role: 'spoke-to' },
    ]);
    expect(of('In an interview with the Hartford Courant, he said no.', 'outlet')[0]).toMatchObject(
      { text: 'Hartford Courant', credited: true },
    );
    expect(of('The suit was filed in the Western District of Ohio.', 'outlet')).toEqual([]);
    expect(of('He told the Springfield Police Department that he left.', 'outlet')).toEqual([]);
    // Elsewhere an unknown name must look like an outlet's.
    expect(of('The lawyers cited the First Amendment in court.', 'outlet')).toEqual([]);
    expect(of('WXYZ ran a story on the City Council vote.', 'outlet').map((o) => o.text)).toEqual([
      'WXYZ',
    ]);
    expect(of('The lawyers cited the Springfield Gazette in court.', 'outlet')[0]).toMatchObject({
      text: 'Springfield Gazette',
      role: 'source',
    });
  });

  it.each([
    // (a) the outlet a speaker spoke to, gave an interview to, or wrote for
    ['Jo Lane told the Valley Tribune that she disagreed.', 'Valley Tribune', 'spoke-to'],
    ['Jo Lane spoke with the Valley Tribune on Monday.', 'Valley Tribune', 'spoke-to'],
    ['In an interview with the Valley Tribune, Jo Lane said no.', 'Valley Tribune', 'spoke-to'],
    ['Jo Lane wrote the piece for the Valley Tribune.', 'Valley Tribune', 'spoke-to'],
    ['Jo Lane wrote an op-ed for the Valley Tribune.', 'Valley Tribune', 'spoke-to'],
    ["The Valley Tribune's reporter asked the chief.", 'Valley Tribune', 'spoke-to'],
    ["The Valley Tribune's Jo Lane asked the chief.", 'Valley Tribune', 'spoke-to'],
    ['Valley Tribune reporter Jo Lane asked the chief.', 'Valley Tribune', 'spoke-to'],
    ['It ran as a piece in the Valley Tribune by Jo Lane.', 'Valley Tribune', 'spoke-to'],
    [
      "The Valley Tribune gathered the chiefs' statements in a piece by Jo Lane.",
      'Valley Tribune',
      'spoke-to',
    ],
    // (b) credited as the source or publisher of a report
    ['The Valley Tribune reported the stop.', 'Valley Tribune', 'source'],
    ['According to the Valley Tribune, the van was stopped.', 'Valley Tribune', 'source'],
    ['The van was stopped, the Valley Tribune reported.', 'Valley Tribune', 'source'],
    ['The Valley Tribune later ran a summary.', 'Valley Tribune', 'source'],
    ['For its account, the Post credited the Valley Tribune.', 'Valley Tribune', 'source'],
    ['A report in the Valley Tribune said the van was stopped.', 'Valley Tribune', 'source'],
    ["The Valley Tribune's report said the van was stopped.", 'Valley Tribune', 'source'],
    // (c) any other mention
    ['She bought the Valley Tribune at the shop.', 'Valley Tribune', undefined],
  ])('%s', (sentence, text, role) => {
    const found = outlets(sentence).find((o) => o.text === text);
    expect(found).toBeDefined();
    expect(found?.role).toBe(role);
  });

  it('marks an outlet credited as the first or original report', () => {
    const original = (s: string) => outlets(s)[0]?.original ?? false;
    expect(original('The Valley Tribune first reported the stop.')).toBe(true);
    expect(original('The stop was first reported by the Valley Tribune.')).toBe(true);
    expect(original('The Valley Tribune broke the story.')).toBe(true);
    expect(original('The Valley Tribune, which first reported the stop, said more.')).toBe(true);
    expect(original("The Valley Tribune's original report named the street.")).toBe(true);
    expect(original('The Valley Tribune reported the stop.')).toBe(false);
    expect(original("The Valley Tribune's report named the street.")).toBe(false);
    expect(original('According to the Valley Tribune, the van was stopped.')).toBe(false);
  });

  it('reads a bare outlet name where an outlet is expected: a short name the gazetteer lists, or one ending in an outlet word', () => {
    const g: GazetteerEntry[] = [
      { kind: 'outlet', id: 'lantern', names: ['The Lantern', 'Lantern'] },
      { kind: 'outlet', id: 'hill', names: ['The Hill'] },
    ];
    expect(of('Lantern reported that the van was stopped.', 'outlet', g)).toEqual([
      { text: 'Lantern', name: 'Lantern', id: 'lantern', credited: true, role: 'source' },
    ]);
    expect(of('According to Lantern, the van was stopped.', 'outlet', g)[0]).toMatchObject({
      id: 'lantern',
      role: 'source',
    });
    // "The Hill" is not listed as "Hill": a bare "Hill" may be a person.
    expect(of('Hill reported that the van was stopped.', 'outlet', g)).toEqual([]);
    expect(of('The Hill reported that the van was stopped.', 'outlet', g)[0]).toMatchObject({
      id: 'hill',
      role: 'source',
    });
    expect(
      of("Guardian gathered the chiefs' statements in a piece by Jo Lane.", 'outlet')[0],
    ).toMatchObject({ text: 'Guardian', role: 'spoke-to' });
    expect(of('Jo Lane told Guardian readers nothing.', 'outlet')[0]).toMatchObject({
      text: 'Guardian',
    });
    // A bare name that is no outlet word and no known outlet is not one.
    expect(of('Lantern reported that the van was stopped.', 'outlet')).toEqual([]);
    expect(of('Jo Lane told Sam Reed that she disagreed.', 'outlet')).toEqual([]);
    expect(of('The Mayor said the van was stopped.', 'outlet')).toEqual([]);
  });

  it('reads a call sign only as a credited source', () => {
    expect(of('The story was first reported by WXYZ.', 'outlet')[0]).toMatchObject({
      text: 'WXYZ',
      credited: true,
    });
    expect(of('KABC reported that the road was closed.', 'outlet')[0]).toMatchObject({
      text: 'KABC',
      credited: true,
    });
    expect(of('The WXYZ tower fell.', 'outlet')).toEqual([]);
  });

  it('"Wall Street Journal" is an outlet, not a street', () => {
    const ms = read('The Wall Street Journal reported the stop.');
    expect(ms.map((m) => [m.type, m.text])).toEqual([['outlet', 'Wall Street Journal']]);
  });

  it('a known outlet keeps its id; an outlet wins over the state in its name', () => {
    const g: GazetteerEntry[] = [
      { kind: 'outlet', id: 'nyp', names: ['New York Post'] },
      { kind: 'state', id: 'ny', names: ['New York'] },
    ];
    expect(read('The New York Post reported it.', g).map((m) => [m.type, m.text])).toEqual([
      ['outlet', 'New York Post'],
    ]);
    expect(of('The New York Post reported it.', 'outlet', g)[0]).toMatchObject({ id: 'nyp' });
  });
});
