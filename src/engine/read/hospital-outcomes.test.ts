/**
 * Taken to hospital, told without the word: "taken by ambulance to <a named medical center>", "rushed to the
 * hospital", "transported to a hospital" are the hospitalized outcome, with its count.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const mentions = (s: string) => readSentence(s, none).flatMap((c) => c.mentions);

describe('the hospitalized outcome', () => {
  it('reads "taken by ambulance to" a named hospital, with the count before it', () => {
    const m = mentions(
      'Seven riders and the driver were taken by ambulance to Quarry Point Medical Center.',
    );
    expect(m.find((x) => x.type === 'outcome')).toMatchObject({ value: { kind: 'hospitalized' } });
    expect(m.find((x) => x.type === 'count')).toMatchObject({ value: { min: 7, noun: 'riders' } });
  });

  it('reads "rushed to the hospital" and "transported to a hospital"', () => {
    expect(
      mentions('Two hikers were rushed to the hospital.').find((x) => x.type === 'outcome'),
    ).toMatchObject({ value: { kind: 'hospitalized' } });
    expect(
      mentions('One worker was transported to a hospital.').find((x) => x.type === 'outcome'),
    ).toMatchObject({ value: { kind: 'hospitalized' } });
  });

  it('reads "taken to" a hospital named by its name, or by the ambulances that took them, with the count', () => {
    const named = mentions('Eight people were taken to San Gabriel Regional Medical Center.');
    expect(named.find((x) => x.type === 'outcome')).toMatchObject({
      value: { kind: 'hospitalized' },
    });
    expect(named.find((x) => x.type === 'count')).toMatchObject({ value: { min: 8 } });
    expect(
      mentions('Two were rushed to Orrin Memorial Hospital.').find((x) => x.type === 'outcome'),
    ).toMatchObject({ value: { kind: 'hospitalized' } });
    expect(
      mentions(
        'Three riders were taken by Orrin County EMS ambulances to Orrin Memorial Hospital.',
      ).find((x) => x.type === 'outcome'),
    ).toMatchObject({ value: { kind: 'hospitalized' } });
  });

  it('does not read a place that is no hospital, or a ride by bus', () => {
    for (const s of [
      'He was taken to City Hall.',
      'The passengers were brought by bus to the Lincoln Center.',
      'The body was taken to the Medical Examiner.',
      'Reporters were taken to Memorial Park.',
    ])
      expect(
        mentions(s).filter((x) => x.type === 'outcome' && x.value.kind === 'hospitalized'),
        s,
      ).toEqual([]);
  });
});
