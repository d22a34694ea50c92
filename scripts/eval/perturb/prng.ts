/** A seeded, portable PRNG, so that every run of the perturbation suite draws the same replacements. */
import { rng as numberRng } from '../../bench/generate-pack.ts';

/** FNV-1a, 32 bits, over the string's UTF-16 code units (ids are ASCII). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32 (the bench's generator), seeded with the string's hash; returns floats in [0, 1). */
export function rng(seed: string): () => number {
  return numberRng(fnv1a(seed));
}

/** Up to `n` distinct items of `items`, drawn with `random` (order of draw). */
export function pick<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length)
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}
