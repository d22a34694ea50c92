import { describe, expect, it } from 'vitest';
import { changedAnchor, changesOf } from './page-sentences.ts';

const lists = {
  agencies: ['Border Patrol', 'U.S. Secret Service'],
  streets: ['Main Street', 'Elm Street'],
  cities: ['Omaha'],
  first: ['Karen'],
  last: ['Brooks'],
};
const people = ['Malik Evans'];
const kinds = (s: string) => changesOf(s, lists, people).map((c) => `${c.kind}:${c.from}->${c.to}`);

describe('changesOf', () => {
  it('changes one value of each kind a true sentence gives', () => {
    expect(
      kinds(
        'On Monday, March 24, Border Patrol agents stopped a van on Whitney Street in Rochester.',
      ),
    ).toEqual([
      'weekday:Monday->Thursday',
      'date:March 24->March 15',
      'agency:Border Patrol->U.S. Secret Service',
      'street:Whitney Street->Main Street',
      'city:Rochester->Omaha',
    ]);
    expect(kinds('Mayor Malik Evans said ten officers were put on desk duty.')).toEqual([
      'count:ten officers->30 officers',
      'person:Malik Evans->Karen Brooks',
    ]);
    expect(kinds('The first supervisor arrived at 6:05 p.m. in 2025.')).toEqual([
      'year:2025->2022',
      'time:6:05->8:05',
    ]);
  });

  it('changes a day of the month given alone', () => {
    expect(kinds('The van was stopped on the 24th.')).toEqual(['date:the 24th->the 15th']);
    expect(kinds('Officers were back on patrol by the 3rd, a week after the 27th.')).toEqual([
      'date:the 3rd->the 12th',
    ]);
    expect(kinds('He was sworn in on the 21st.')).toEqual(['date:the 21st->the 12th']);
  });

  it('leaves counts that are no count of things alone', () => {
    expect(kinds('He spoke for two hours on 24 March about the 911 call.')).toEqual([]);
    expect(kinds('It was one of the first cases.')).toEqual([]);
    // The day of an abbreviated month is no count ("a Nov. 14 interview").
    expect(kinds('Beck made the comments in a Nov. 14 interview.')).toEqual([]);
  });

  it('leaves a sentence that denies or corrects a value alone', () => {
    expect(kinds('The stop was on Whitney Street, not on Main Street.')).toEqual([]);
    expect(kinds('Had the ten officers been fired, the union would have sued.')).toEqual([]);
  });
});

describe('changedAnchor', () => {
  it('replaces the value, or drops the part of it an anchor ends or starts on', () => {
    expect(changedAnchor('Border Patrol agents stopped', 'Border Patrol', 'the DEA')).toBe(
      'the DEA agents stopped',
    );
    expect(changedAnchor('Back on March 24, Border', 'Border Patrol', 'the DEA')).toBe(
      'Back on March 24,',
    );
    expect(changedAnchor('Patrol agents called the county', 'Border Patrol', 'the DEA')).toBe(
      'agents called the county',
    );
    expect(changedAnchor('Mayor Malik Evans said', 'Malik Evans', 'Karen Brooks')).toBe(
      'Mayor Karen Brooks said',
    );
    expect(changedAnchor('The round-up was written by Malik', 'Malik Evans', 'Karen Brooks')).toBe(
      'The round-up was written by',
    );
    expect(changedAnchor('Evans said the officers', 'Malik Evans', 'Karen Brooks')).toBe(
      'said the officers',
    );
  });

  it('keeps an anchor too short to find a sentence by once cut, or one with no part of the value', () => {
    expect(
      changedAnchor('Agents of Homeland Security', 'Homeland Security Investigations', 'the DEA'),
    ).toBe('Agents of Homeland Security');
    expect(changedAnchor('It has been a loud week', 'Lyell Avenue', 'Main Street')).toBe(
      'It has been a loud week',
    );
  });
});
