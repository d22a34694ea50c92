/**
 * The pack fixtures in test/fixtures/packs: every valid pack parses, and every
 * invalid pack (each with exactly one problem) produces exactly the problem
 * lines in its sibling `<name>.expected.txt`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, parsePack } from './parse-pack.ts';

const ROOT = resolve(import.meta.dirname, '../../test/fixtures/packs');
const VALID = join(ROOT, 'valid');
const INVALID = join(ROOT, 'invalid');

const packFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('valid pack fixtures', () => {
  const files = packFiles(VALID);

  it('has at least two of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s parses without problems and comes out unchanged', (file) => {
    const data = readJson(join(VALID, file));
    const result = parsePack(data);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    // The fixtures have no stray whitespace, so validation (which trims text) gives back the same data.
    if (result.ok) expect(result.pack).toEqual(data);
  });

  it('between them use every optional field of a story', () => {
    const optional = [
      'corroborating',
      'entities',
      'facts',
      'quotes',
      'unverified',
      'timeline',
      'reviews',
    ];
    const used = new Set(
      files.flatMap((file) =>
        (readJson(join(VALID, file)) as { stories: object[] }).stories.flatMap((s) =>
          Object.keys(s),
        ),
      ),
    );
    expect(optional.filter((field) => !used.has(field))).toEqual([]);
  });
});

describe('invalid pack fixtures', () => {
  const files = packFiles(INVALID).filter((f) => !f.endsWith('.expected.txt'));

  it('has at least twelve of them, each with its expected problems', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files)
      expect(existsSync(join(INVALID, file.replace(/\.json$/, '.expected.txt'))), file).toBe(true);
  });

  it('has no expected-problem file without its pack', () => {
    const expected = readdirSync(INVALID).filter((f) => f.endsWith('.expected.txt'));
    for (const file of expected)
      expect(files, file).toContain(file.replace(/\.expected\.txt$/, '.json'));
  });

  it.each(files)('%s gives exactly the expected problems', (file) => {
    const expected = readFileSync(join(INVALID, file.replace(/\.json$/, '.expected.txt')), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(expected.length).toBeGreaterThan(0);
    const result = parsePack(readJson(join(INVALID, file)));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(expected);
  });
});
