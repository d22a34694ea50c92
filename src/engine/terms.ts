/** Whole-word term search in folded text (see normalize.ts). */

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

/** Offset of the first whole-word occurrence of `term` in `text` from `from`, or -1. Both must be folded. */
export function findTerm(text: string, term: string, from = 0): number {
  let at = text.indexOf(term, from);
  while (at !== -1) {
    const before = text[at - 1];
    const after = text[at + term.length];
    const startOk = !isWordChar(term[0]) || !isWordChar(before);
    const endOk = !isWordChar(term[term.length - 1]) || !isWordChar(after);
    if (startOk && endOk) return at;
    at = text.indexOf(term, at + 1);
  }
  return -1;
}

export function hasAnyTerm(text: string, terms: readonly string[]): boolean {
  return terms.some((term) => findTerm(text, term) !== -1);
}
