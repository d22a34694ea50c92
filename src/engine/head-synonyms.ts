/**
 * A claim's wording with its head noun said another common way: "criminal record" is also "criminal history",
 * "criminal background", "criminal past". Only a phrase of two words or more has its last word replaced (a lone
 * "record" stays as it is: "history" alone says something else), and only by a word of the same set (general
 * English). Used for the words that recognise a claim the pack calls unverified (pack-index.ts): a retelling may
 * say it in other words and must not be read as agreeing. Nothing here knows a story.
 */

/** Nouns that stand for one another at the head of a phrase about someone's past. */
const SETS: readonly (readonly string[])[] = [
  ['record', 'history', 'background', 'past'],
  ['records', 'histories', 'backgrounds'],
];

export function withHeadSynonyms(terms: readonly string[]): string[] {
  const out = new Set(terms);
  for (const term of terms) {
    const at = term.lastIndexOf(' ');
    if (at === -1) continue;
    const head = term.slice(at + 1);
    const set = SETS.find((s) => s.includes(head));
    for (const other of set ?? []) out.add(`${term.slice(0, at)} ${other}`);
  }
  return [...out];
}
