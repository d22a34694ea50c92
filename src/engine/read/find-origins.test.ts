/** Where people are from, with whom it is said of (find-origins.ts). */
import { describe, expect, it } from 'vitest';
import { findOrigins } from './find-origins.ts';

const read = (s: string) => findOrigins(s).map((o) => [o.id, o.holder, o.text]);

describe('origins', () => {
  it('reads "from X" with the word before it as the holder', () => {
    expect(read('Three men from Honduras were detained.')).toEqual([
      ['honduras', 'man', 'Honduras'],
    ]);
    expect(read('a father and his two sons from Mexico')).toEqual([['mexico', 'son', 'Mexico']]);
    expect(read('all three of them from El Salvador')).toEqual([
      ['el-salvador', 'them', 'El Salvador'],
    ]);
    expect(read('The men came from the Dominican Republic.')).toEqual([
      ['dominican-republic', 'man', 'Dominican Republic'],
    ]);
    expect(read('men from Central America')).toEqual([
      ['central-america', 'man', 'Central America'],
    ]);
  });
  it('reads a demonym before the noun it describes, past an age or an adjective', () => {
    expect(read('a Guatemalan father and his two adult sons')).toEqual([
      ['guatemala', 'father', 'Guatemalan'],
    ]);
    expect(read('a 34-year-old Guatemalan man')).toEqual([['guatemala', 'man', 'Guatemalan']]);
    expect(read('three Guatemalan nationals')).toEqual([['guatemala', 'national', 'Guatemalan']]);
    expect(read('four Hondurans')).toEqual([['honduras', 'person', 'Hondurans']]);
  });
  it('reads natives, nationals and citizens of X, X-born and born in X', () => {
    expect(read('natives of Guatemala')).toEqual([['guatemala', 'native', 'Guatemala']]);
    expect(read('two Mexico-born workers')).toEqual([['mexico', 'worker', 'Mexico']]);
    expect(read('the driver, born in Honduras,')).toEqual([['honduras', 'driver', 'Honduras']]);
  });
  it('reads no origin in a longer name or a country named for something else', () => {
    expect(read("agents of ICE's Guatemala office")).toEqual([]);
    expect(read('a flight to Guatemala City')).toEqual([]);
    expect(read('Officials in Mexico said nothing.')).toEqual([]);
    expect(read('She visited Guatemala in 2019.')).toEqual([]);
  });
});
