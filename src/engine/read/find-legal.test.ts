/**
 * The court-case phrases of general legal English (find-legal.ts): courts by
 * level, tier and district, how a case ended, and whom a suit names.
 */
import { describe, expect, it } from 'vitest';
import { legalIn } from './find-legal.ts';

const courts = (text: string) => legalIn(text).courts.map(({ start: _s, end: _e, ...c }) => c);
const endings = (text: string) =>
  legalIn(text).dispositions.map((d) => [d.kind, d.prejudice, d.denied]);
const named = (text: string) => legalIn(text).naming.map((s) => text.slice(s.start, s.end).trim());

describe('courts', () => {
  it.each([
    [
      'filed in the Western District of New York',
      {
        text: 'Western District of New York',
        level: 'federal',
        tier: 'trial',
        district: 'western',
        state: 'New York',
      },
    ],
    [
      'in the northern district of Ohio',
      {
        text: 'northern district of Ohio',
        level: 'federal',
        tier: 'trial',
        district: 'northern',
        state: 'Ohio',
      },
    ],
    ['a federal judge in Dayton', { text: 'federal judge', level: 'federal' }],
    ['sued in federal court', { text: 'in federal court', level: 'federal' }],
    ['in U.S. District Court', { text: 'U.S. District Court', level: 'federal', tier: 'trial' }],
    ['filed in state court in Albany', { text: 'state court', level: 'state' }],
    ['a county judge ruled', { text: 'county judge', level: 'state' }],
    ['the 2nd Circuit heard it', { text: '2nd Circuit', level: 'federal', tier: 'appeals' }],
    ['an appeals court threw it out', { text: 'appeals court', tier: 'appeals' }],
    [
      'the U.S. Supreme Court declined',
      { text: 'U.S. Supreme Court', level: 'federal', tier: 'supreme' },
    ],
    ['the Supreme Court declined', { text: 'the Supreme Court', tier: 'supreme' }],
    [
      'the state supreme court agreed',
      { text: 'state supreme court', level: 'state', tier: 'supreme' },
    ],
  ])('%s', (text, court) => {
    expect(courts(text)).toEqual([court]);
  });

  it("a state's own supreme court is a state court, of no tier the reader can be sure of", () => {
    expect(courts('the Arizona Supreme Court agreed')).toEqual([
      { text: 'Supreme Court', level: 'state' },
    ]);
  });

  it('reads no court in a food court, a district of a city or a bare "court"', () => {
    expect(courts('they met at the food court in the district of Lyell; the court agreed')).toEqual(
      [],
    );
  });
});

describe('how a case ended', () => {
  it.each([
    [
      'dismissed the suit with prejudice',
      [
        ['dismissed', undefined, false],
        ['prejudice', true, false],
      ],
    ],
    [
      'dismissed the suit without prejudice',
      [
        ['dismissed', undefined, false],
        ['prejudice', false, false],
      ],
    ],
    [
      'tossed the case as moot',
      [
        ['dismissed', undefined, false],
        ['moot', undefined, false],
      ],
    ],
    ['threw the case out', [['dismissed', undefined, false]]],
    ['the judge ruled the policies unconstitutional', [['merits', undefined, false]]],
    ['a judge struck them down', [['merits', undefined, false]]],
    ['the court upheld the policy', [['merits', undefined, false]]],
    ['the judge sided with the city', [['merits', undefined, false]]],
    ['ruled in favour of the department', [['merits', undefined, false]]],
    ['ruled in favor of the department', [['merits', undefined, false]]],
  ])('%s', (text, kinds) => {
    expect(endings(text)).toEqual(kinds);
  });

  it('knows when a court does it: named before the phrase, or after "by"', () => {
    const by = (text: string) => legalIn(text).dispositions.map((d) => d.byCourt);
    expect(by('a federal judge struck them down')).toEqual([true]);
    expect(by('the policies were struck down by a federal judge')).toEqual([true]);
    expect(by('the mayor sided with the judge')).toEqual([false]);
  });

  it('"ruled the case moot" is no ruling on the merits', () => {
    expect(endings('the judge ruled the case moot')).toEqual([['moot', undefined, false]]);
  });

  it.each([
    'the judge did not rule on the merits',
    'dismissed it without ruling on the merits',
    'asked the court to strike down the policies',
    'sought to have the policies declared unconstitutional',
  ])('a ruling denied or asked for is marked so: %s', (text) => {
    expect(
      legalIn(text)
        .dispositions.filter((d) => d.kind === 'merits')
        .every((d) => d.denied),
    ).toBe(true);
  });

  it('the month May before a ruling is its time, not a modal "may"', () => {
    expect(endings('In May a federal judge dismissed the case')).toEqual([
      ['dismissed', undefined, false],
    ]);
    expect(endings('By early May the judge threw the case out')).toEqual([
      ['dismissed', undefined, false],
    ]);
    // The modal still marks it only possible.
    expect(endings('A federal judge may dismiss the case')).toEqual([
      ['dismissed', undefined, true],
    ]);
    expect(endings('In June the judge may dismiss the case')).toEqual([
      ['dismissed', undefined, true],
    ]);
  });
});

describe('whom a suit names', () => {
  it.each([
    [
      'The lawsuit names Mayor Ann Lee and Chief Bo Roe as defendants.',
      ['Mayor Ann Lee and Chief Bo Roe'],
    ],
    [
      'The department sued the city, Mayor Ann Lee and Chief Bo Roe in April.',
      ['the city, Mayor Ann Lee and Chief Bo Roe'],
    ],
    ['It filed suit, naming Ann Lee.', ['Ann Lee']],
    ['Ann Lee and Bo Roe were named as defendants.', ['Ann Lee and Bo Roe']],
    // A time after the list ends it: the visitor is no defendant.
    ['The state filed its suit against Port Alder before Ann Lee\u2019s visit.', ['Port Alder']],
    ['They sued Port Alder during the mayor\u2019s trip.', ['Port Alder']],
  ])('%s', (text, spans) => {
    expect(named(text)).toEqual(spans);
  });

  it('a man named X is no defendant', () => {
    expect(named('A man named Bo Roe filmed it.')).toEqual([]);
  });
});
