import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locales', () => {
  it('has every string the extension asks for', () => {
    const used = new Set<string>();
    // t() takes a MessageKey (browser-api.ts), so a key missing here fails to compile; this test also sees the keys
    // written apart from t(): plural pairs, label tables, and calls a formatter broke over lines.
    const prefixes = [...new Set(Object.keys(messages).map((key) => /^[a-z]+/.exec(key)?.[0]))];
    const keyLike = new RegExp(`'((?:${prefixes.join('|')})[A-Z][A-Za-z0-9]*)'`, 'g');
    for (const file of sourceFiles('src/extension')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g))
        used.add(match[1] as string);
      for (const match of source.matchAll(keyLike)) used.add(match[1] as string);
    }
    const manifest = readFileSync('manifest.json', 'utf8');
    for (const match of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(match[1] as string);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !messages[key])).toEqual([]);
  });

  it('has no string nobody uses', () => {
    const corpus = [
      ...sourceFiles('src/extension').map((f) => readFileSync(f, 'utf8')),
      readFileSync('manifest.json', 'utf8'),
    ].join('\n');
    expect(
      Object.keys(messages).filter(
        (key) => !corpus.includes(`'${key}'`) && !corpus.includes(`__MSG_${key}__`),
      ),
    ).toEqual([]);
  });
});
