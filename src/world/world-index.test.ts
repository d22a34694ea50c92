import { describe, expect, it } from 'vitest';
import { parseWorld } from './parse-world.ts';
import { testWorld } from './test-world.ts';
import { indexWorld } from './world-index.ts';

function index() {
  const result = parseWorld(testWorld());
  if (!result.ok) throw new Error('test world invalid');
  return indexWorld(result.world);
}

describe('indexWorld', () => {
  const world = index();
  const names = (terms: { person: { id: string } }[]) => terms.map((t) => t.person.id);

  it('holderOn: the holder surely in office, a confirmed one before an acting one', () => {
    expect(world.holderOn('mayor', '2016-11-20')?.person.id).toBe('ann-lee');
    expect(world.holderOn('mayor', '2022-01-01')?.person.id).toBe('bo-diaz');
    expect(world.holderOn('mayor', '2013-12-31')).toBeUndefined();
    expect(world.holderOn('mayor', '2026-01-01')).toBeUndefined(); // past the last confirmed date
    expect(world.holderOn('chief', '2022-04-01')?.person.id).toBe('di-ray'); // two acting holders: the first
    expect(world.holderOn('chief', '2016-06-01')).toBeUndefined(); // the term began some time in 2016
    expect(world.holderOn('nope', '2020-01-01')).toBeUndefined();
  });

  it('holdersOn: every holder surely or perhaps in office', () => {
    expect(world.holdersOn('chief', '2022-04-01').map((t) => [t.person.id, t.status])).toEqual([
      ['di-ray', 'in'],
      ['bo-diaz', 'in'],
      ['ann-lee', 'unknown'], // her term's start is not known
    ]);
    expect(world.holdersOn('chief', '2021-12-10').map((t) => [t.person.id, t.status])).toEqual([
      ['cy-lee', 'unknown'],
      ['di-ray', 'unknown'],
      ['ann-lee', 'unknown'],
    ]);
    expect(world.holdersOn('chief', '2023-01-01').map((t) => [t.person.id, t.status])).toEqual([
      ['ann-lee', 'unknown'],
    ]);
  });

  it('officesHeldBy: by full name or alias, folded, on a date', () => {
    expect(world.officesHeldBy('Bo Díaz', '2022-04-01').map((t) => t.office.id)).toEqual([
      'mayor',
      'chief',
    ]);
    expect(world.officesHeldBy('bo diaz', '2023-01-01').map((t) => t.office.id)).toEqual(['mayor']);
    expect(world.officesHeldBy('DIAZ', '2019-01-01')).toEqual([]);
    // A surname may name several people.
    expect(
      world.officesHeldBy('Lee', '2018-01-01').map((t) => [t.person.id, t.office.id, t.status]),
    ).toEqual([
      ['ann-lee', 'mayor', 'in'],
      ['ann-lee', 'chief', 'unknown'],
      ['cy-lee', 'chief', 'in'],
    ]);
    expect(world.officesHeldBy('Nobody', '2018-01-01')).toEqual([]);
  });

  it('termsOf and peopleNamed: every recorded term, everyone so named', () => {
    expect(world.termsOf('Ann Lee').map((t) => t.office.id)).toEqual(['mayor', 'chief']);
    expect(names(world.termsOf('Lee'))).toEqual(['ann-lee', 'ann-lee', 'cy-lee']);
    expect(world.peopleNamed('lee').map((p) => p.id)).toEqual(['ann-lee', 'cy-lee']);
  });

  it('isPartOf: directly or through others, not of itself, not upwards', () => {
    expect(world.isPartOf('hsi', 'ice')).toBe(true);
    expect(world.isPartOf('hsi', 'dhs')).toBe(true);
    expect(world.isPartOf('border-patrol', 'cbp')).toBe(true);
    expect(world.isPartOf('border-patrol', 'ice')).toBe(false);
    expect(world.isPartOf('ice', 'hsi')).toBe(false);
    expect(world.isPartOf('ice', 'ice')).toBe(false);
    expect(world.isPartOf('nope', 'dhs')).toBe(false);
  });

  it('within: through counties to the state and the country', () => {
    expect(world.within('rochester-ny', 'monroe-county-ny')).toBe(true);
    expect(world.within('rochester-ny', 'ny')).toBe(true);
    expect(world.within('rochester-ny', 'us')).toBe(true);
    expect(world.within('ny', 'us')).toBe(true);
    expect(world.within('rochester-mn', 'ny')).toBe(false);
    expect(world.within('greece-ny', 'rochester-ny')).toBe(false);
    expect(world.within('monroe-county-ny', 'rochester-ny')).toBe(false);
    expect(world.within('ny', 'ny')).toBe(false);
    expect(world.within('nope', 'us')).toBe(false);
  });

  it('stateOf: the state of a place; a state is its own', () => {
    expect(world.stateOf('greece-ny')?.id).toBe('ny');
    expect(world.stateOf('rochester-mn')?.id).toBe('mn');
    expect(world.stateOf('ny')?.id).toBe('ny');
    expect(world.stateOf('nope')).toBeUndefined();
  });

  it('looks names up folded: agencies (local aliases only in their place), places, states, outlets', () => {
    expect(world.agencyNamed('ice')?.id).toBe('ice');
    expect(world.agencyNamed('Border  Patrol')?.id).toBe('border-patrol');
    expect(world.agencyNamed('RPD')).toBeUndefined();
    expect(world.agencyNamed('RPD', 'rochester-ny')?.id).toBe('rochester-pd');
    expect(world.agencyNamed('RPD', 'rochester-mn')).toBeUndefined();
    expect(world.placesNamed('rochester').map((p) => p.id)).toEqual([
      'rochester-ny',
      'rochester-mn',
    ]);
    expect(world.stateNamed('N.Y.')?.id).toBe('ny');
    expect(world.stateNamed('ny')?.id).toBe('ny');
    expect(world.stateNamed('minn')?.id).toBe('mn');
    expect(world.stateNamed('Ontario')).toBeUndefined();
    expect(world.outletNamed('13WHAM')?.id).toBe('wham-tv');
    expect(world.outletNamed('N.Y. Post')?.id).toBe('ny-post');
    expect(world.outletNamed('the Post')).toBeUndefined();
  });

  it('agencyKindOf: the kind a name ends with', () => {
    expect(world.agencyKindOf('Greece Police Department')?.id).toBe('police-department');
    expect(world.agencyKindOf('New York State Police')?.id).toBe('state-police');
    expect(world.agencyKindOf('Department of Police Reform')).toBeUndefined();
  });

  it('gets entries by id', () => {
    expect([
      world.office('mayor')?.title,
      world.agency('ice')?.name,
      world.place('greece-ny')?.name,
      world.state('mn')?.name,
      world.outlet('abc')?.name,
    ]).toEqual([
      'Mayor of Rochester',
      'Immigration and Customs Enforcement',
      'Greece',
      'Minnesota',
      'ABC News',
    ]);
  });
});
