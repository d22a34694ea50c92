import { describe, expect, it } from 'vitest';
import core from '../../packs/sourcelight-core.json' with { type: 'json' };
import { parsePack } from './parse-pack.ts';

/** A small valid pack, as plain JSON data, fresh on every call. */
function validPack() {
  return {
    format: 'sourcelight-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.2.3',
    publisher: 'Test desk',
    updated: '2025-03',
    stories: [
      {
        id: 'harbour-fire',
        title: 'A warehouse fire',
        summary: 'A warehouse burned down.',
        originals: [
          { id: 'gazette', publisher: 'Harbour Gazette', headline: 'Warehouse burns', date: '2025-03-01', url: 'https://gazette.example/fire', urlConfirmed: true },
        ] as Record<string, unknown>[],
        corroborating: [
          { id: 'fire-service', publisher: 'Fire service', date: '2025', url: 'https://fire.example/a', urlConfirmed: false, urlNote: 'a press page' },
        ] as Record<string, unknown>[],
        recognition: { threshold: 2, cues: [{ id: 'place', terms: ['harbour town'], weight: 2 }] },
        checks: [
          {
            id: 'arson',
            verdict: 'unverified',
            kind: 'statement',
            when: [['arson']],
            original: 'No cause is known.',
            explanation: 'Arson is not confirmed.',
            sources: ['gazette', 'fire-service'],
          },
        ] as Record<string, unknown>[],
      },
    ] as Record<string, unknown>[],
  } as Record<string, unknown> & { stories: Record<string, unknown>[] };
}

type PackData = ReturnType<typeof validPack>;
type Story = { originals: Record<string, unknown>[]; corroborating: Record<string, unknown>[]; checks: Record<string, unknown>[] } & Record<string, unknown>;
const story = (pack: PackData) => pack.stories[0] as Story;

/** Errors for a mutated valid pack; fails the test if the pack is accepted. */
function errorsFor(mutate: (pack: PackData) => void): string[] {
  const pack = validPack();
  mutate(pack);
  const result = parsePack(pack);
  if (result.ok) throw new Error('expected the pack to be rejected');
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error).toBe('string');
    expect(error).not.toMatch(/\[object Object\]/);
  }
  return result.errors;
}

describe('parsePack accepts valid packs', () => {
  it('accepts the embedded pack', () => {
    const result = parsePack(core);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('accepts a small valid pack and trims its text', () => {
    const pack = validPack();
    story(pack).title = '  A warehouse fire  ';
    const result = parsePack(pack);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.stories[0]?.title).toBe('A warehouse fire');
      expect(result.pack.stories[0]?.checks[0]?.sources).toEqual(['gazette', 'fire-service']);
    }
  });

  it('accepts a corroborating source without a headline and an unconfirmed url with a note', () => {
    expect(parsePack(validPack()).ok).toBe(true);
  });
});

describe('parsePack rejects invalid packs with readable errors', () => {
  it('names a missing field with its path', () => {
    expect(errorsFor((p) => delete story(p).title)).toEqual([expect.stringMatching(/^stories\.0\.title: .*"title"/)]);
    expect(errorsFor((p) => delete p.publisher)).toEqual([expect.stringMatching(/^publisher: /)]);
    expect(errorsFor((p) => delete story(p).originals[0]?.url)).toEqual([expect.stringMatching(/^stories\.0\.originals\.0\.url: /)]);
  });

  it('rejects a required cue that is not one of the story\'s cues', () => {
    expect(errorsFor((p) => ((story(p).recognition as { require?: string[] }).require = ['nowhere']))).toEqual([
      expect.stringContaining('required cue "nowhere" is not a cue'),
    ]);
  });

  it('rejects a term with no letter or digit, which would match almost anything', () => {
    expect(errorsFor((p) => ((story(p).recognition as { cues: { terms: string[] }[] }).cues[0]!.terms = [' ']))).toEqual([
      expect.stringContaining('a term needs at least one letter or digit'),
    ]);
  });

  it('rejects http links', () => {
    expect(errorsFor((p) => (story(p).originals[0]!.url = 'http://gazette.example/fire'))).toEqual([
      'stories.0.originals.0.url: links must be https',
    ]);
    expect(errorsFor((p) => (story(p).corroborating[0]!.url = 'http://fire.example/a'))).toEqual([
      'stories.0.corroborating.0.url: links must be https',
    ]);
  });

  it('rejects links that are not URLs or use another scheme', () => {
    expect(errorsFor((p) => (story(p).originals[0]!.url = 'javascript:alert(1)'))).toContainEqual(
      'stories.0.originals.0.url: links must be https',
    );
    expect(errorsFor((p) => (story(p).originals[0]!.url = 'not a url'))[0]).toMatch(/^stories\.0\.originals\.0\.url: /);
  });

  it.each(['Harbour-Fire', 'harbour_fire', '-harbour', '', 'a'.repeat(65), 'harbour fire'])('rejects the id %j', (id) => {
    expect(errorsFor((p) => (story(p).id = id))).toContain('stories.0.id: ids are lowercase letters, digits and dashes');
  });

  it('rejects a bad check or source id', () => {
    expect(errorsFor((p) => (story(p).checks[0]!.id = 'Arson'))).toContain(
      'stories.0.checks.0.id: ids are lowercase letters, digits and dashes',
    );
    expect(errorsFor((p) => (story(p).originals[0]!.id = 'The Gazette'))).toContain(
      'stories.0.originals.0.id: ids are lowercase letters, digits and dashes',
    );
  });

  it('rejects a check that names an unknown source', () => {
    expect(errorsFor((p) => (story(p).checks[0]!.sources = ['gazette', 'tribune']))).toEqual([
      'harbour-fire.arson: unknown source "tribune"',
    ]);
  });

  it('rejects duplicate check ids', () => {
    expect(errorsFor((p) => story(p).checks.push({ ...story(p).checks[0] }))).toEqual([
      'harbour-fire: duplicate check id "arson"',
    ]);
  });

  it('rejects duplicate story ids and duplicate source ids', () => {
    expect(errorsFor((p) => p.stories.push(JSON.parse(JSON.stringify(story(p)))))).toEqual([
      'stories: duplicate story id "harbour-fire"',
    ]);
    expect(errorsFor((p) => (story(p).corroborating[0]!.id = 'gazette'))).toContain('harbour-fire: duplicate source id');
  });

  it('rejects an unconfirmed url without a urlNote', () => {
    expect(errorsFor((p) => delete story(p).corroborating[0]!.urlNote)).toEqual([
      'harbour-fire.fire-service: an unconfirmed url needs a urlNote saying what it points to',
    ]);
    expect(errorsFor((p) => (story(p).originals[0]!.urlConfirmed = false))).toEqual([
      'harbour-fire.gazette: an unconfirmed url needs a urlNote saying what it points to',
    ]);
  });

  it('rejects an original without a headline', () => {
    expect(errorsFor((p) => delete story(p).originals[0]!.headline)).toEqual([
      'harbour-fire.gazette: an original needs a headline',
    ]);
    expect(errorsFor((p) => (story(p).originals[0]!.headline = '   '))).toEqual([
      expect.stringMatching(/^stories\.0\.originals\.0\.headline: /),
    ]);
  });

  it('rejects another format or format version', () => {
    expect(errorsFor((p) => (p.formatVersion = 2))).toEqual(['formatVersion: Invalid type: Expected 1 but received 2']);
    expect(errorsFor((p) => (p.formatVersion = '1'))).toEqual([expect.stringMatching(/^formatVersion: /)]);
    expect(errorsFor((p) => delete p.formatVersion)).toEqual([expect.stringMatching(/^formatVersion: /)]);
    expect(errorsFor((p) => (p.format = 'other-pack'))).toEqual([expect.stringMatching(/^format: /)]);
  });

  it('rejects bad dates, versions, verdicts, weights and empty lists', () => {
    expect(errorsFor((p) => (p.updated = '25 March 2025'))).toEqual(['updated: dates are YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(errorsFor((p) => (p.version = '1.2'))).toEqual(['version: versions are MAJOR.MINOR.PATCH']);
    expect(errorsFor((p) => (story(p).checks[0]!.verdict = 'false'))[0]).toMatch(/^stories\.0\.checks\.0\.verdict: /);
    expect(errorsFor((p) => (story(p).recognition = { threshold: 2, cues: [{ id: 'c', terms: ['x'], weight: 0 }] }))[0]).toMatch(
      /^stories\.0\.recognition\.cues\.0\.weight: /,
    );
    expect(errorsFor((p) => (story(p).checks[0]!.when = [[]]))[0]).toMatch(/^stories\.0\.checks\.0\.when\.0: /);
    expect(errorsFor((p) => (p.stories = []))[0]).toMatch(/^stories: /);
  });

  it('reports at most 20 schema errors', () => {
    const errors = errorsFor((p) => {
      p.stories = Array.from({ length: 50 }, () => ({ id: 'Bad Id' }));
    });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(20);
  });
});

describe('parsePack never throws', () => {
  let deep: unknown = {};
  for (let i = 0; i < 10_000; i++) deep = { stories: [deep], nested: { deep } };
  let deepArray: unknown = [];
  for (let i = 0; i < 10_000; i++) deepArray = [deepArray];
  const withDeepStory = validPack();
  story(withDeepStory).extra = deep;
  story(withDeepStory).checks[0]!.when = [[deep]];

  const junk: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['zero', 0],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a negative number', -1],
    ['a bigint', 10n],
    ['a string', 'sourcelight-pack'],
    ['a JSON string of the pack', JSON.stringify(core)],
    ['true', true],
    ['a symbol', Symbol('pack')],
    ['a function', () => core],
    ['an empty array', []],
    ['an array of packs', [core, core]],
    ['an empty object', {}],
    ['an object without a prototype', Object.create(null)],
    ['a __proto__ key from JSON', JSON.parse('{"__proto__": {"format": "sourcelight-pack"}, "stories": [{"__proto__": null}]}')],
    ['stories that are not a list', { ...validPack(), stories: 'all of them' }],
    ['stories full of nulls', { ...validPack(), stories: [null, 1, 'x', []] }],
    ['a deeply nested object', deep],
    ['a deeply nested array', deepArray],
    ['a pack with deeply nested junk inside', withDeepStory],
    ['a pack with every field of the wrong type', Object.fromEntries(Object.keys(validPack()).map((k) => [k, { [k]: [k] }]))],
  ];

  it.each(junk)('returns errors for %s', (_name, data) => {
    let result: ReturnType<typeof parsePack> | undefined;
    expect(() => (result = parsePack(data))).not.toThrow();
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(error).toMatch(/^\S.*: \S/);
    }
  });
});
