/**
 * An esbuild plugin that bundles JSON data without its `$comment` keys: they
 * are notes for the people who edit the data (the lexicon, the places and
 * outlets files), never read at run time, and would otherwise ride in every
 * engine load. Everything else of the file is bundled as written.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** The value with every `$comment` key of every object removed, at any depth. */
export function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$comment')
      .map(([key, inner]) => [key, withoutComments(inner)]),
  );
}

export const jsonWithoutComments: Plugin = {
  name: 'sourcelight:json-without-comments',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: JSON.stringify(withoutComments(JSON.parse(await readFile(args.path, 'utf8')))),
      loader: 'json',
    }));
  },
};
