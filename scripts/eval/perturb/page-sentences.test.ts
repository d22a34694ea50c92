import { describe, expect, it } from 'vitest';
import { anchorAfter, changesOf } from './page-sentences.ts';

const lists = { agencies: ['Border Patrol', 'U.S. Secret Service'], streets: ['Main Street', 'Elm Street'], cities: ['Omaha'], first: ['Karen'], last: ['Brooks'] };
const people = ['Malik Evans'];
const kinds = (s: string) => changesOf(s, lists, people).map((c) => `${c.kind}:${c.from}->${c.to}`);

describe('changesOf', () => {
  it('changes one value of each kind a true sentence gives', () => {
    expect(kinds('On Monday, March 24, Border Patrol agents stopped a van on Whitney Street in Rochester.')).toEqual([
      'weekday:Monday->Thursday', 'date:March 24->March 15', 'agency:Border Patrol->U.S. Secret Service', 'street:Whitney Street->Main Street', 'city:Rochester->Omaha',
    ]);
    expect(kinds('Mayor Malik Evans said ten officers were put on desk duty.')).toEqual(['count:ten officers->30 officers', 'person:Malik Evans->Karen Brooks']);
    expect(kinds('The first supervisor arrived at 6:05 p.m. in 2025.')).toEqual(['year:2025->2022', 'time:6:05->8:05']);
  });

  it('leaves counts that are no count of things alone', () => {
    expect(kinds('He spoke for two hours on 24 March about the 911 call.')).toEqual([]);
    expect(kinds('It was one of the first cases.')).toEqual([]);
  });

  it('leaves a sentence that denies or corrects a value alone', () => {
    expect(kinds('The stop was on Whitney Street, not on Main Street.')).toEqual([]);
    expect(kinds('Had the ten officers been fired, the union would have sued.')).toEqual([]);
  });
});

describe('anchorAfter: the anchor of the changed sentence', () => {
  it('replaces the value in the anchor, or cuts the part of it the anchor holds', () => {
    expect(anchorAfter('Mayor Malik Evans said', 'Malik Evans', 'Karen Brooks')).toBe('Mayor Karen Brooks said');
    // The anchor ends on the first name, or starts on the surname: it must still find the changed sentence.
    expect(anchorAfter('The round-up was written by Malik', 'Malik Evans', 'Karen Brooks')).toBe('The round-up was written by');
    expect(anchorAfter('Evans said the officers', 'Malik Evans', 'Karen Brooks')).toBe('said the officers');
    expect(anchorAfter('The stop on Whitney Street', 'Malik Evans', 'Karen Brooks')).toBe('The stop on Whitney Street');
  });
});
