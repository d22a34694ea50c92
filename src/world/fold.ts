/**
 * The key a name is looked up by: lowercase, diacritics removed (Meléndez is
 * Melendez), periods dropped (N.Y. is NY, U.S. is US), typographic apostrophes
 * and dashes made plain, and spaces collapsed.
 */
export function foldName(name: string): string {
  // Most names are plain ASCII words with single spaces and no period or backquote: for those every step of foldNameFully
  // but lower-casing changes nothing, and six passes over the name (indexWorld folds every name of the world on
  // every page, lookups fold theirs on every sentence) come down to one test.
  return PLAIN.test(name) ? name.toLowerCase() : foldNameFully(name);
}

/** Every step of foldName, for any name (foldName skips them for plain ones, where they change nothing). */
export function foldNameFully(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Printable ASCII words (no space, period or backquote in them) with one space between: foldName only lower-cases them. */
const PLAIN = /^(?:[!--/-_a-~]+ )*[!--/-_a-~]+$/;
