import { describe, expect, it } from 'vitest';
import core from '../../../packs/sourcelight-core.json' with { type: 'json' };
import { foldText } from '../normalize.ts';
import raw from './lexicon.json' with { type: 'json' };

/** Every string in the lexicon, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k !== '$comment') {
        out.push(k);
        strings(v, out);
      }
    }
  }
  return out;
}

describe('lexicon.json', () => {
  // The section names (camelCase) are structure; everything inside a section is lexicon.
  const written = Object.entries(raw).flatMap(([k, v]) => (k === '$comment' ? [] : strings(v)));
  const entries = written.map(foldText);

  it('holds no name of a story entity (those come through the gazetteer)', () => {
    const names = core.stories
      .flatMap((s) => s.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]))
      .map(foldText);
    expect(names.length).toBeGreaterThan(10);
    // A name that is also a general title ("Chief Beck" contains "chief") is fine; the whole name is not.
    expect(entries.filter((e) => names.includes(e))).toEqual([]);
    for (const word of [
      'rochester',
      'homan',
      'border patrol',
      'ice',
      'hsi',
      'locust',
      'tucson',
      'denver',
      'beck',
      'magnus',
      'evans',
    ]) {
      expect(entries.filter((e) => e === word || e.split(/\W+/).includes(word))).toEqual([]);
    }
  });

  it('is all lower case, so that matching never depends on how the lexicon was typed', () => {
    expect(written.filter((e, i) => e !== entries[i])).toEqual([]);
  });
});
