/**
 * An esbuild plugin that bundles JSON data without what the engine never reads at run time: `$comment` keys (notes for
 * the people who edit the lexicon, the places and outlets files), and, per file, the keys listed in `AUTHOR_ONLY`
 * (the world file's and the outlets file's sources and notes, which the world's checker and its reviewers read, and
 * no reading or finding does). They would otherwise ride in every engine load. Everything else of the file is bundled as written.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

/** Keys left out of one data file (by the end of its path), at any depth. */
const AUTHOR_ONLY: Record<string, readonly string[]> = {
  'data/world.json': ['sources', 'note'],
  'data/outlets.json': ['note'],
};

/** The value with every `$comment` key (and every key of `drop`) of every object removed, at any depth. */
export function withoutComments(value: unknown, drop: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutComments(v, drop));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$comment' && !drop.includes(key))
      .map(([key, inner]) => [key, withoutComments(inner, drop)]),
  );
}

export const jsonWithoutComments: Plugin = {
  name: 'sourcelight:json-without-comments',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const path = args.path.replace(/\\/g, '/');
      const drop = Object.entries(AUTHOR_ONLY).find(([end]) => path.endsWith(end))?.[1] ?? [];
      return {
        contents: JSON.stringify(
          withoutComments(JSON.parse(await readFile(args.path, 'utf8')), drop),
        ),
        loader: 'json',
      };
    });
  },
};
