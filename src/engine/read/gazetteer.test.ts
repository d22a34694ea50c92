import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';

describe('buildGazetteer', () => {
  const g = buildGazetteer([
    { kind: 'agency', id: 'ice', names: ['ICE', 'Immigration and Customs Enforcement'] },
    { kind: 'state', id: 'wa', names: ['Washington'] },
    { kind: 'place', id: 'dc', names: ['Washington', 'Washington, D.C.'] },
    { kind: 'outlet', id: 'post', names: ['The Daily Post'] },
  ]);

  it('finds every whole-word occurrence, case-insensitively, with its offsets', () => {
    const s = 'In washington and Washington, D.C., the daily post wrote.';
    const hits = g.find(s);
    expect(hits.map((h) => s.slice(h.start, h.end))).toEqual([
      'washington',
      'Washington, D.C.',
      'Washington',
      'the daily post',
    ]);
    expect(g.find('Washingtonian')).toEqual([]);
  });

  it('returns every entry that has a name', () => {
    const [hit] = g.find('Washington');
    expect(hit!.entries.map((e) => e.id)).toEqual(['wa', 'dc']);
    expect(g.lookup(' washington ').map((e) => e.id)).toEqual(['wa', 'dc']);
    expect(g.lookup('Seattle')).toEqual([]);
  });

  it('matches a short name in capitals only in capitals', () => {
    expect(g.find('ICE agents came').map((h) => h.entries[0]!.id)).toEqual(['ice']);
    expect(g.find('ice on the road')).toEqual([]);
    expect(g.find('immigration and customs enforcement').map((h) => h.entries[0]!.id)).toEqual([
      'ice',
    ]);
  });

  it('finds a name repeated many times in one pass each', () => {
    const s = 'ICE and '.repeat(500);
    expect(g.find(s)).toHaveLength(500);
  });

  it('knows a name with accents written without them, at the same offsets', () => {
    const people = buildGazetteer([{ kind: 'person', id: 'rn', names: ['Renée Ibáñez'] }]);
    expect(people.lookup('Renee Ibanez').map((e) => e.id)).toEqual(['rn']);
    expect(people.lookup('Renée Ibáñez').map((e) => e.id)).toEqual(['rn']);
    const s = 'Then Renee Ibanez spoke.';
    expect(people.find(s).map((h) => s.slice(h.start, h.end))).toEqual(['Renee Ibanez']);
    expect(people.lookup('Rene Ibanez')).toEqual([]);
  });
});
