import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WORLD_DATA, WORLD_FILE } from './bundled-world.ts';
import { loadWorld, worldIndex } from './embedded.ts';
import { formatWorldProblem, parseWorld } from './parse-world.ts';

describe('data/world.json', () => {
  it('validates without a single problem, and validation leaves it unchanged', () => {
    const result = parseWorld(WORLD_DATA);
    expect(result.ok ? [] : result.problems.map(formatWorldProblem)).toEqual([]);
    if (result.ok) expect(isDeepStrictEqual(result.world, WORLD_DATA)).toBe(true);
  });

  it('holds every state, DC and the territories, every capital, and the places of the stories', () => {
    const world = loadWorld();
    expect(world.states.filter((s) => s.kind === 'state')).toHaveLength(50);
    expect(world.states.filter((s) => s.kind !== 'state').map((s) => s.postal)).toEqual([
      'DC',
      'PR',
      'GU',
      'VI',
      'AS',
      'MP',
    ]);
    expect(world.states.filter((s) => s.kind === 'state' && !s.capital)).toEqual([]);
    expect(world.places.filter((p) => !p.kind).length).toBeGreaterThanOrEqual(150);
    const index = worldIndex();
    for (const [place, parent] of [
      ['rochester-ny', 'monroe-county-ny'],
      ['greece-ny', 'monroe-county-ny'],
      ['batavia-ny', 'ny'],
      ['los-angeles-ca', 'los-angeles-county-ca'],
      ['tucson-az', 'az'],
      ['denver-co', 'co'],
      ['monroe-county-ny', 'ny'],
    ]) {
      expect(index.within(place as string, parent as string), `${place} within ${parent}`).toBe(
        true,
      );
    }
  });

  it('answers the questions the engine asks (spot checks)', () => {
    const index = worldIndex();
    expect(index.holderOn('us-president', '2016-11-20')?.person.name).toBe('Barack Obama');
    expect(index.holderOn('us-president', '2025-03-26')?.person.name).toBe('Donald Trump');
    expect(index.holderOn('us-president', '2017-01-20')?.person.name).toBe('Donald Trump');
    expect(index.holderOn('us-president', '2017-01-19')?.person.name).toBe('Barack Obama');
    const homan = (date: string) =>
      index
        .officesHeldBy('Homan', date)
        .map((t) => [t.office.id, t.holder.acting ?? false, t.status]);
    expect(homan('2017-06-01')).toEqual([['ice-director', true, 'in']]);
    expect(homan('2019-01-01')).toEqual([]);
    expect(homan('2025-03-26')).toEqual([['border-czar', false, 'in']]);
    expect(index.isPartOf('hsi', 'ice')).toBe(true);
    expect(index.isPartOf('border-patrol', 'cbp')).toBe(true);
    expect(index.isPartOf('border-patrol', 'ice')).toBe(false);
    expect(index.isPartOf('border-patrol', 'dhs')).toBe(true);
    expect(index.isPartOf('fbi', 'doj')).toBe(true);
    expect(index.within('rochester-ny', 'ny')).toBe(true);
    expect(index.stateOf('rochester-ny')?.ap).toEqual(['N.Y.']);
    expect(index.holderOn('rochester-mayor', '2025-03-26')?.person.name).toBe('Malik Evans');
    expect(index.holderOn('rochester-police-chief', '2025-03-26')?.person.name).toBe('David Smith');
    expect(index.holderOn('rochester-council-president', '2025-04-24')?.person.name).toBe(
      'Miguel Meléndez',
    );
    expect(index.holderOn('lapd-chief', '2016-11-14')?.person.name).toBe('Charlie Beck');
    expect(index.holderOn('tucson-police-chief', '2016-11-16')?.person.name).toBe('Chris Magnus');
    expect(index.holderOn('denver-police-chief', '2016-11-14')?.person.name).toBe('Robert White');
    expect(index.holderOn('la-county-sheriff', '2016-11-14')?.person.name).toBe('Jim McDonnell');
    expect(index.officesHeldBy('Jim McDonnell', '2025-01-01').map((t) => t.office.id)).toEqual([
      'lapd-chief',
    ]);
    expect(index.agencyNamed('Immigration and Customs Enforcement')?.id).toBe('ice');
    expect(index.agencyNamed('RPD', 'rochester-ny')?.id).toBe('rochester-pd');
    expect(index.stateNamed('Calif.')?.id).toBe('ca');
    expect(index.placesNamed('Kansas City').map((p) => p.state)).toEqual(['ks', 'mo']);
    const wham = index.outletNamed('13WHAM');
    expect([wham?.affiliations, wham?.locality]).toEqual([['abc-news'], 'rochester-ny']);
    expect(index.outletNamed('WABC')?.locality).toBe('new-york-city-ny');
    expect(index.outletNamed('the Post')).toBeUndefined();
  });

  it('knows the well-known outlets of data/outlets.json, by their full names only', () => {
    const index = worldIndex();
    expect(index.outletNamed('Los Angeles Daily News')?.locality).toBe('los-angeles-ca');
    expect(index.outletNamed('The Marshall Project')?.id).toBe('marshall-project');
    expect(index.outletNamed('Governing magazine')?.id).toBe('governing');
    expect(index.outletNamed('Governing')).toBeUndefined();
    expect(index.outletNamed('Daily News')).toBeUndefined();
  });

  // Raised from 60,000 in stop 16 (post terms and outlet owners); the engine bundle has its own budget.
  it('stays small enough to bundle into the engine', () => {
    expect(JSON.stringify(WORLD_FILE).length).toBeLessThan(70_000);
  });
});

describe("New York City's boroughs (data/places.json)", () => {
  it('lie within the city, each in its own federal district', () => {
    const world = worldIndex();
    const district = (id: string) => world.place(id)?.federalDistrict;
    expect(['manhattan-ny', 'bronx-ny'].map(district)).toEqual(['southern', 'southern']);
    expect(['brooklyn-ny', 'queens-ny', 'staten-island-ny'].map(district)).toEqual([
      'eastern',
      'eastern',
      'eastern',
    ]);
    expect(world.place('manhattan-ny')?.within).toBe('new-york-city-ny');
  });
});
