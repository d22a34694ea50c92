import type { World } from './schema.ts';

/** A small valid world for tests: a copy each call, so a test may break it. */
export function testWorld(): World {
  return {
    format: 'sourcelight-world',
    formatVersion: 1,
    version: '1.0.0',
    updated: '2026-12-01',
    country: { id: 'us', name: 'United States', aliases: ['U.S.'] },
    states: [
      {
        id: 'ny',
        name: 'New York',
        kind: 'state',
        postal: 'NY',
        ap: ['N.Y.'],
        capital: 'albany-ny',
      },
      { id: 'mn', name: 'Minnesota', kind: 'state', postal: 'MN', ap: ['Minn.'] },
    ],
    places: [
      { id: 'albany-ny', name: 'Albany', state: 'ny' },
      { id: 'monroe-county-ny', name: 'Monroe County', kind: 'county', state: 'ny' },
      { id: 'rochester-ny', name: 'Rochester', state: 'ny', within: 'monroe-county-ny' },
      { id: 'rochester-mn', name: 'Rochester', state: 'mn' },
      { id: 'greece-ny', name: 'Greece', kind: 'town', state: 'ny', within: 'monroe-county-ny' },
    ],
    agencies: [
      { id: 'dhs', name: 'Department of Homeland Security', level: 'federal', aliases: ['DHS'] },
      {
        id: 'ice',
        name: 'Immigration and Customs Enforcement',
        level: 'federal',
        partOf: 'dhs',
        aliases: ['ICE'],
      },
      {
        id: 'hsi',
        name: 'Homeland Security Investigations',
        level: 'federal',
        partOf: 'ice',
        aliases: ['HSI'],
      },
      {
        id: 'cbp',
        name: 'Customs and Border Protection',
        level: 'federal',
        partOf: 'dhs',
        aliases: ['CBP'],
      },
      {
        id: 'border-patrol',
        name: 'U.S. Border Patrol',
        level: 'federal',
        partOf: 'cbp',
        aliases: ['Border Patrol'],
      },
      {
        id: 'rochester-pd',
        name: 'Rochester Police Department',
        level: 'local',
        place: 'rochester-ny',
        localAliases: ['RPD'],
      },
    ],
    agencyKinds: [
      {
        id: 'police-department',
        name: 'police department',
        level: 'local',
        terms: ['police department'],
      },
      { id: 'state-police', name: 'state police', level: 'state', terms: ['state police'] },
    ],
    people: [
      { id: 'ann-lee', name: 'Ann Lee', aliases: ['Lee'] },
      { id: 'bo-diaz', name: 'Bo Díaz', aliases: ['Díaz'] },
      { id: 'cy-lee', name: 'Cy Lee', aliases: ['Lee'] },
      { id: 'di-ray', name: 'Di Ray' },
    ],
    offices: [
      {
        id: 'mayor',
        title: 'Mayor of Rochester',
        aliases: ['Mayor'],
        jurisdiction: 'rochester-ny',
        sources: 'City records',
        holders: [
          { person: 'ann-lee', start: '2014-01-01', end: '2022-01-01' },
          { person: 'bo-diaz', start: '2022-01-01', confirmedThrough: '2025-04' },
        ],
      },
      {
        id: 'chief',
        title: 'Police chief',
        jurisdiction: 'rochester-pd',
        sources: 'City records',
        holders: [
          { person: 'cy-lee', start: '2016', end: '2021-12' },
          { person: 'di-ray', start: '2021-12', end: '2022-08', acting: true },
          { person: 'bo-diaz', start: '2022-03', end: '2022-05', acting: true },
          {
            person: 'ann-lee',
            confirmedFrom: '2024-06',
            confirmedThrough: '2025-04',
            note: 'Start not known.',
          },
        ],
      },
    ],
    elections: [
      {
        id: 'mayor-2021',
        office: 'mayor',
        date: '2021-11-02',
        winner: 'bo-diaz',
        runnerUp: 'cy-lee',
        termStart: '2022-01-01',
        sources: 'Board of Elections',
      },
    ],
    outlets: [
      { id: 'abc', name: 'ABC News', kind: 'network', aliases: ['ABC'] },
      {
        id: 'wham-tv',
        name: 'WHAM-TV',
        kind: 'tv',
        aliases: ['13WHAM'],
        locality: 'rochester-ny',
        affiliations: ['abc'],
      },
      { id: 'ny-post', name: 'New York Post', kind: 'newspaper', aliases: ['NY Post'] },
    ],
  };
}
