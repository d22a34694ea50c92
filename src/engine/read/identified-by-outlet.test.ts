/** An outlet credited with identifying or naming someone is credited as a source, like "X reported" (lexicon outletSource…). Invented names. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const outlets = (s: string) =>
  readSentence(s, buildGazetteer([]))
    .flatMap((c) => c.mentions)
    .flatMap((m) => (m.type === 'outlet' ? [{ name: m.value.name, role: m.value.role }] : []));

describe('identified by, named by', () => {
  it('credits a station or paper as the source', () => {
    expect(outlets('A bystander, identified by KQVR as Lena Ostrow, filmed the arrest.')).toEqual([
      { name: 'KQVR', role: 'source' },
    ]);
    expect(outlets('The driver, named by the Brackwater Gazette as Tomas Eld, was held.')).toEqual([
      { name: 'Brackwater Gazette', role: 'source' },
    ]);
    expect(outlets('WZLM identified the bystander as Lena Ostrow.')).toEqual([
      { name: 'WZLM', role: 'source' },
    ]);
  });

  it('not a person or a body that is no outlet', () => {
    expect(outlets('The driver, identified by Captain Ruiz as a roofer, was held.')).toEqual([]);
    expect(outlets('The driver was identified by police as a roofer.')).toEqual([]);
  });
});
