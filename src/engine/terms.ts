/** Whole-word term search in folded text (see normalize.ts). */

const WORD = /[\p{L}\p{N}]/u;

const DIGIT = /\p{N}/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** A number's grouping or decimal mark between two digits ("8,000", "2.8") keeps them one word. */
function joinsDigits(text: string, at: number, edge: string | undefined, step: 1 | -1): boolean {
  const mark = text[at];
  return (
    (mark === ',' || mark === '.') && DIGIT.test(edge ?? '') && DIGIT.test(text[at + step] ?? '')
  );
}

/** Whether `term` occurs at `at` in `text` as whole words (both folded). */
export function termAt(text: string, term: string, at: number): boolean {
  if (at < 0 || !text.startsWith(term, at)) return false;
  const before = text[at - 1];
  const after = text[at + term.length];
  const first = term[0];
  const last = term[term.length - 1];
  // A handle's underscore between word characters joins them ("lyell_mama" names no street; "_FBI_" is the FBI).
  const joinedBefore = isWordChar(before) || (before === '_' && isWordChar(text[at - 2]));
  const joinedAfter =
    isWordChar(after) || (after === '_' && isWordChar(text[at + term.length + 1]));
  const startOk = (!isWordChar(first) || !joinedBefore) && !joinsDigits(text, at - 1, first, -1);
  const endOk =
    (!isWordChar(last) || !joinedAfter) && !joinsDigits(text, at + term.length, last, 1);
  return startOk && endOk;
}

/** Offset of the first whole-word occurrence of `term` in `text` from `from`, or -1. Both must be folded. */
export function findTerm(text: string, term: string, from = 0): number {
  let at = text.indexOf(term, from);
  while (at !== -1) {
    if (termAt(text, term, at)) return at;
    at = text.indexOf(term, at + 1);
  }
  return -1;
}

export function hasAnyTerm(text: string, terms: readonly string[]): boolean {
  return terms.some((term) => findTerm(text, term) !== -1);
}

/** The first whole-word match of any of `terms`, as [start, end), or null. */
export function findAnyTerm(text: string, terms: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const term of terms) {
    const at = findTerm(text, term);
    if (at !== -1 && (!best || at < best[0])) best = [at, at + term.length];
  }
  return best;
}

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
