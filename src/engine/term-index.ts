/**
 * Finds which of many terms occur in a text with one pass over the text,
 * whatever the number of terms: every term is filed under a hash of one of
 * its words (the longest), the text is read word by word, and only a word
 * whose hash is filed (a bit set answers that without a lookup for almost
 * every word) has its terms checked where they would start, with exactly the
 * whole-word rule of `findTerm`. The cost grows with the length of the text
 * and with the number of places where a key word occurs, not with the number
 * of terms.
 */
import { termAt } from './terms.ts';

export interface TermIndex {
  /** Distinct folded terms; a term's id is its position here. */
  readonly terms: readonly string[];
  /** Each term's key-word hash. */
  readonly keys: Int32Array;
  /** Where each term's key word starts within the term. */
  readonly offsets: Int32Array;
  /**
   * A chained hash table over the key hashes, in typed arrays (no Map of arrays to build: the world's gazetteer
   * files hundreds of names on a story's first page): `heads[hash & headMask]` is 1 + the first id filed in that
   * slot (0: none), `next[id]` 1 + the next, ids ascending, so a key word's terms are tried in the order filed.
   */
  readonly heads: Int32Array;
  readonly next: Int32Array;
  readonly headMask: number;
  /** One bit per hash slot: set when some term's key word hashes there. */
  readonly filter: Uint32Array;
  readonly mask: number;
}

/** Letters and digits, per UTF-16 unit as in terms.ts: 1 yes, 2 no, 0 not looked up yet. */
const WORD = /[\p{L}\p{N}]/u;
const wordTable = new Uint8Array(65536);
function slowIsWord(code: number): boolean {
  let known = wordTable[code] as number;
  if (known === 0) {
    known = WORD.test(String.fromCharCode(code)) ? 1 : 2;
    wordTable[code] = known;
  }
  return known === 1;
}
/** Whether a UTF-16 unit is a letter or digit (ASCII answered inline, the rest looked up once). */
export const isWord = (c: number) =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : slowIsWord(c);

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Kept to 30 bits so that keys stay small integers (fast map keys). */
const KEY_BITS = 0x3fffffff;

/**
 * The hash of a term's key word (its longest, the likeliest to be rare, so
 * that common words such as "the" or "police" seldom send the pass to a
 * bucket) and where that word starts in the term; null when it has no word.
 */
function keyWord(term: string): { key: number; offset: number } | null {
  let best: { key: number; offset: number; length: number } | null = null;
  let i = 0;
  while (i < term.length) {
    if (!isWord(term.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    while (i < term.length && isWord(term.charCodeAt(i)))
      h = Math.imul(h ^ term.charCodeAt(i++), FNV_PRIME);
    if (!best || i - start > best.length)
      best = { key: h & KEY_BITS, offset: start, length: i - start };
  }
  return best && { key: best.key, offset: best.offset };
}

/** Indexes distinct folded terms; returns the index and each term's id. */
export function buildTermIndex(input: Iterable<string>): {
  index: TermIndex;
  ids: Map<string, number>;
} {
  const ids = new Map<string, number>();
  return { index: indexTerms(input, ids), ids };
}

/**
 * Indexes terms the caller already holds distinct (a Map's keys): no map of ids is built; a term's id is its
 * position in the index's `terms` (terms with no letter or digit are left out, as by buildTermIndex).
 */
export function indexDistinctTerms(input: Iterable<string>): TermIndex {
  return indexTerms(input, null);
}

function indexTerms(input: Iterable<string>, ids: Map<string, number> | null): TermIndex {
  const terms: string[] = [];
  const keyList: number[] = [];
  const offsetList: number[] = [];
  for (const term of input) {
    if (ids?.has(term)) continue;
    const word = keyWord(term);
    if (!word) continue; // The schema requires a letter or digit; such a term could never match a whole word anyway.
    ids?.set(term, terms.length);
    terms.push(term);
    keyList.push(word.key);
    offsetList.push(word.offset);
  }
  const count = terms.length;
  const keys = Int32Array.from(keyList);
  // About 16 bits per term's key word: any other word passes the filter about 1 time in 16.
  let size = 1024;
  while (size < count * 16 && size < 1 << 26) size *= 2;
  const filter = new Uint32Array(size / 32);
  const mask = size - 1;
  let headSize = 64;
  while (headSize < count * 2 && headSize < 1 << 26) headSize *= 2;
  const heads = new Int32Array(headSize);
  const next = new Int32Array(count);
  const headMask = headSize - 1;
  // Filed last id first, each in front of its slot's chain: every chain then runs in ascending ids.
  for (let id = count - 1; id >= 0; id--) {
    const key = keys[id] as number;
    filter[(key & mask) >>> 5]! |= 1 << (key & 31);
    const slot = key & headMask;
    next[id] = heads[slot] as number;
    heads[slot] = id + 1;
  }
  return { terms, keys, offsets: Int32Array.from(offsetList), heads, next, headMask, filter, mask };
}

/** Ids of the indexed terms that occur in the folded text as whole words. */
export function findIndexedTerms(index: TermIndex, text: string): Set<number> {
  const found = new Set<number>();
  forEachIndexedTerm(index, text, (id) => {
    found.add(id);
  });
  return found;
}

/**
 * Calls `found` with the id and start of every whole-word occurrence of an indexed term in the folded text, in
 * order of their key words, until it returns true.
 */
export function forEachIndexedTerm(
  index: TermIndex,
  text: string,
  found: (id: number, start: number) => boolean | void,
): void {
  const { keys, heads, next, headMask, filter, mask, terms, offsets } = index;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWord(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    do {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (++i === n) break;
      c = text.charCodeAt(i);
    } while (isWord(c));
    const key = h & KEY_BITS;
    const slot = key & mask;
    if (((filter[slot >>> 5] as number) & (1 << (slot & 31))) === 0) continue;
    for (let link = heads[key & headMask] as number; link !== 0; link = next[link - 1] as number) {
      const id = link - 1;
      if (keys[id] !== key) continue;
      const at = start - (offsets[id] as number);
      if (termAt(text, terms[id] as string, at) && found(id, at) === true) return;
    }
  }
}
