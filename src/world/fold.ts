/**
 * The key a name is looked up by: lowercase, diacritics removed (Meléndez is
 * Melendez), periods dropped (N.Y. is NY, U.S. is US), typographic apostrophes
 * and dashes made plain, and spaces collapsed.
 */
export function foldName(name: string): string {
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
