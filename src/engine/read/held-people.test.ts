/** People held: an origin said after a quantifier (find-origins.ts) and people taken to a jail (find-outcomes.ts). */
import { describe, expect, it } from 'vitest';
import { findOrigins } from './find-origins.ts';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const origins = (s: string) => findOrigins(s).map((o) => [o.id, o.holder]);
const outcomes = (s: string) =>
  readSentence(s, buildGazetteer([]))
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'outcome')
    .map((m) => [m.text, (m.value as { kind: string }).kind]);

describe('"…, all from X": a quantifier after a comma refers back to the people before it', () => {
  it('the holder is the noun before the comma', () => {
    expect(origins('a father and his two sons, all from Honduras')).toEqual([['honduras', 'son']]);
    expect(origins('Two brothers, both from Peru, were held.')).toEqual([['peru', 'brother']]);
    expect(origins('three men, all three from Mexico')).toEqual([['mexico', 'man']]);
    expect(origins('the passengers, each from El Salvador')).toEqual([
      ['el-salvador', 'passenger'],
    ]);
  });
});

describe('people taken to a jail', () => {
  it('is detention, in the passive or with people as the object', () => {
    expect(outcomes('Agents took the three men to a jail in Albany.')).toEqual([
      ['jail', 'detained'],
    ]);
    expect(outcomes('They were sent to the county jail.')).toEqual([['jail', 'detained']]);
    expect(outcomes('The driver was booked into jail that night.')).toEqual([['jail', 'detained']]);
  });
  it('a place of holding named by its kind ("detention center", "holding facility") is one too', () => {
    expect(outcomes('Two of them were taken to a detention center near Buffalo.')).toEqual([
      ['detention', 'detained'],
    ]);
    expect(outcomes('Agents drove the men to the federal holding facility.')).toEqual([
      ['holding', 'detained'],
    ]);
    expect(outcomes('She took her class to the processing plant.')).toEqual([]);
  });
  it('a thing sent, or a jail that is no head noun, is none', () => {
    expect(outcomes('The mayor sent the report to the jail commission.')).toEqual([]);
    expect(outcomes('He took his kids to the prison museum.')).toEqual([]);
    expect(outcomes('She sent a letter to the jail.')).toEqual([]);
  });
});
