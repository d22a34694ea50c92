import { describe, expect, it } from 'vitest';
import { worldIndex } from './embedded.ts';

/** Agencies of data/world.json that no story records: the index names them, with their level, parent and place. */
describe('data/world.json agencies beyond the stories', () => {
  const index = worldIndex();
  const named = (name: string, placeId?: string) => {
    const agency = index.agencyNamed(name, placeId);
    expect(agency, name).toBeDefined();
    return agency!;
  };

  it('resolves the federal agencies local news names (health, safety, transport, weather), under their department', () => {
    for (const [name, id, department] of [
      ['Centers for Disease Control and Prevention', 'cdc', 'hhs'],
      ['CDC', 'cdc', 'hhs'],
      ['FDA', 'fda', 'hhs'],
      ['Federal Aviation Administration', 'faa', 'usdot'],
      ['NTSB', 'ntsb', 'ntsb'],
      ['Consumer Product Safety Commission', 'cpsc', 'cpsc'],
      ['OSHA', 'osha', 'usdol'],
      ['National Weather Service', 'nws', 'commerce'],
      ['Army Corps of Engineers', 'usace', 'army-department'],
      ['Forest Service', 'forest-service', 'usda'],
      ['Environmental Protection Agency', 'epa', 'epa'],
    ] as const) {
      const agency = named(name);
      expect(agency.id, name).toBe(id);
      expect(agency.level, name).toBe('federal');
      if (department !== id)
        expect(index.isPartOf(id, department), `${id} part of ${department}`).toBe(true);
    }
    // A state's own department of the same subject is none of them: no bare "Department of Labor" or "Department of
    // Health" alias is listed.
    expect(index.agencyNamed('Department of Labor')).toBeUndefined();
    expect(index.agencyNamed('Department of Transportation')).toBeUndefined();
  });

  it('resolves federal law-enforcement components by name, alias or acronym, under their department', () => {
    for (const [name, id, department] of [
      ['National Park Service', 'nps', 'interior'],
      ['Park Service', 'nps', 'interior'],
      ['U.S. Park Police', 'us-park-police', 'interior'],
      ['U.S. Postal Inspection Service', 'uspis', 'usps'],
      ['IRS Criminal Investigation', 'irs-ci', 'treasury'],
      ['IRS-CI', 'irs-ci', 'treasury'],
      ['TIGTA', 'tigta', 'treasury'],
      ['Fish and Wildlife Service', 'usfws', 'interior'],
      ['Diplomatic Security Service', 'dss', 'state-department'],
      ['NCIS', 'ncis', 'dod'],
      ['Army CID', 'army-cid', 'dod'],
      ['AFOSI', 'afosi', 'dod'],
      ['DCIS', 'dcis', 'dod'],
      ['Coast Guard Investigative Service', 'cgis', 'dhs'],
      ['Federal Protective Service', 'fps', 'dhs'],
      ['Air and Marine Operations', 'cbp-amo', 'cbp'],
      ['Federal Air Marshal Service', 'fams', 'dhs'],
      ['DOJ OIG', 'doj-oig', 'doj'],
      ['HHS-OIG', 'hhs-oig', 'hhs'],
    ] as const) {
      const agency = named(name);
      expect(agency.id, name).toBe(id);
      expect(agency.level, name).toBe('federal');
      expect(index.isPartOf(id, department), `${id} part of ${department}`).toBe(true);
    }
    // Siblings are not part of each other: the Park Police are in the Park Service, the Postal Inspectors are not in the IRS.
    expect(index.isPartOf('us-park-police', 'nps')).toBe(true);
    expect(index.isPartOf('uspis', 'treasury')).toBe(false);
    expect(index.isPartOf('ncis', 'army-department')).toBe(false);
    expect(named('U.S. Capitol Police').partOf).toBeUndefined();
  });

  it('resolves state police, highway patrols and departments of public safety to their state', () => {
    for (const [name, state] of [
      ['Ohio State Highway Patrol', 'oh'],
      ['OSHP', 'oh'],
      ['Missouri State Highway Patrol', 'mo'],
      ['Texas DPS', 'tx'],
      ['Arizona Department of Public Safety', 'az'],
      ['Alaska State Troopers', 'ak'],
      ['Washington State Patrol', 'wa'],
      ['Alabama Law Enforcement Agency', 'al'],
    ] as const) {
      const agency = named(name);
      expect(agency.level, name).toBe('state');
      expect(agency.place, name).toBe(state);
      expect(index.stateOf(agency.place!)?.id, name).toBe(state);
    }
  });

  it('resolves big-city police departments to their city', () => {
    for (const [name, place, state] of [
      ['LVMPD', 'las-vegas-nv', 'nv'],
      ['Indianapolis Metropolitan Police Department', 'indianapolis-in', 'in'],
      ['CMPD', 'charlotte-nc', 'nc'],
      ['Louisville Metro Police Department', 'louisville-ky', 'ky'],
    ] as const) {
      const agency = named(name);
      expect(agency.level, name).toBe('local');
      expect(agency.place, name).toBe(place);
      expect(index.within(place, state), `${place} within ${state}`).toBe(true);
    }
  });

  it('has no agency for ambiguous short forms (several agencies, or an ordinary word)', () => {
    for (const name of [
      'CID',
      'OSI',
      'OIG',
      'FPS',
      'NPS',
      'BLM',
      'DSS',
      'DPS',
      'Capitol Police',
      'Park Police',
      'State Patrol',
      'Highway Patrol',
      'Treasury',
      'Interior',
      'Service',
    ]) {
      expect(index.agencyNamed(name), name).toBeUndefined();
    }
  });
});
