/** A capitalised word before a known full name at a sentence's start describes the person ("Machinist Ray Pellegrini said"). */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const gaz = buildGazetteer([{ kind: 'person', id: 'rp', names: ['Ray Pellegrini'] }]);
const people = (s: string) =>
  readSentence(s, gaz)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'person')
    .map((m) => m.text);

describe('a word before a known full name', () => {
  it('is no part of the name before a speech verb or a lower-case word', () => {
    expect(people('Machinist Ray Pellegrini said the plant was his life.')).toEqual([
      'Ray Pellegrini',
    ]);
    expect(people('Machinist Ray Pellegrini told the Ledger he was stunned.')).toEqual([
      'Ray Pellegrini',
    ]);
  });

  it('leaves a three-word name the page gives whole', () => {
    expect(people('Anna Maria Lopez said the plant was her life.')).toEqual(['Anna Maria Lopez']);
  });
});

describe('a lower-case word between a qualifier and a title', () => {
  const read = (s: string) =>
    readSentence(s, buildGazetteer([]))
      .flatMap((c) => c.mentions)
      .filter((m) => m.type === 'person')
      .map((m) => (m.type === 'person' ? `${m.value.qualifier ?? ''}|${m.value.title ?? ''}` : ''));

  it('is the post\'s body only right before the title ("former utilities director")', () => {
    expect(read('Apparently former utilities director Lorna Petrakis explained it.')).toEqual([
      'former|utilities director',
    ]);
  });

  it('is no body when other words stand between ("Former players thanked coach Jim Roe")', () => {
    expect(read('Former players thanked coach Jim Roe on Friday.')).not.toContain(
      'former|players thanked coach',
    );
  });
});
