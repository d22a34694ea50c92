/**
 * The other forms of an event's own word: a pack lists "rally", a page says "rallied", "rallies", "rallying". The
 * forms are made by the regular rules of English from any one-word event word (plural and third person -s / -es /
 * -ies, past -ed / -d / -ied, -ing, with and without a doubled last consonant), never listed. A form names the
 * event only when the clause also shares a place or the day of the event: a form may carry another sense
 * ("tripped", "suited", "shares rallied"); a participant or a counted noun ("people") takes part in too much to tie
 * it. Linking makes forms of a base only (a past form the pack lists, "responded", gives no present "responds");
 * an event denied (denied-event.ts) reads the whole family both ways. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { streetKey } from './story-record.ts';

const cache = new Map<string, string[]>();

/** The regular forms of a one-word base (the word itself excluded); none for a phrase, a short word or a form already inflected. */
export function inflectionsOf(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  if (/^[a-z]{4,}$/.test(word) && !/(?:ed|ing|[^s]s)$/.test(word)) {
    const consonantY = /[^aeiou]y$/.test(word);
    const stem = consonantY ? word.slice(0, -1) : word;
    out.add(consonantY ? `${stem}ies` : /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
    if (consonantY) out.add(`${stem}ied`);
    else if (word.endsWith('e')) out.add(`${word}d`);
    else out.add(`${word}ed`);
    out.add(word.endsWith('e') && !word.endsWith('ee') ? `${word.slice(0, -1)}ing` : `${word}ing`);
    // A short last syllable may double its consonant ("stop" → "stopped"); both are made, a form no one writes never matches.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
      const last = word.slice(-1);
      out.add(`${word}${last}ed`);
      out.add(`${word}${last}ing`);
    }
  }
  out.delete(word);
  const forms = [...out];
  cache.set(word, forms);
  return forms;
}

/**
 * The forms of a one-word event word in either direction: of a base ("rally"), its inflections; of a past form
 * ("refiled", "visited"), the bases it may come from ("refile", "visit") and theirs. A base got by cutting an ending is
 * never given a doubled consonant ("refiled" makes no "refilled"). The word itself excluded.
 */
const families = new Map<string, string[]>();

export function wordFamily(word: string): string[] {
  const cached = families.get(word);
  if (cached) return cached;
  const family = familyOf(word);
  families.set(word, family);
  return family;
}

function familyOf(word: string): string[] {
  if (!/^[a-z]{5,}ed$/.test(word)) return inflectionsOf(word);
  const bases = word.endsWith('ied')
    ? [`${word.slice(0, -3)}y`]
    : [word.slice(0, -1), word.slice(0, -2)];
  const out = new Set<string>(bases);
  for (const b of bases)
    for (const f of inflectionsOf(b))
      if (!/([bdgklmnprt])\1(?:ed|ing)$/.test(f) || /([bdgklmnprt])\1$/.test(b)) out.add(f);
  out.delete(word);
  return [...out];
}

/** Whether one of the forms of the event's one-word words stands in the folded clause (not only as a point: `point(at)`). */
export function namesByForm(
  folded: string,
  words: readonly string[],
  point: (at: number) => boolean,
): boolean {
  return words.some((w) =>
    inflectionsOf(w).some((f) => {
      if (words.includes(f)) return false;
      for (let at = findTerm(folded, f); at !== -1; at = findTerm(folded, f, at + 1))
        if (!point(at)) return true;
      return false;
    }),
  );
}

/** Whether the clause shares something of the event's own: a place or street, or its day (people take part in many events). */
export function sharesWithEvent(clause: Clause, record: StoryRecord, e: IndexedEvent): boolean {
  const ids = (m: Mention & { value: { name: string } }) =>
    record.gazetteer.lookup(m.value.name).map((g) => g.id);
  return clause.mentions.some((m) => {
    if (m.negated) return false;
    switch (m.type) {
      case 'place':
        return ids(m).some((id) => e.places.includes(id));
      case 'street': {
        const canon = record.streets.get(streetKey(m.value.name));
        return canon !== undefined && e.places.includes(canon);
      }
      case 'date': {
        const d = e.event.date;
        return (
          m.value.year !== undefined &&
          m.value.month !== undefined &&
          m.value.day !== undefined &&
          d ===
            `${m.value.year}-${String(m.value.month).padStart(2, '0')}-${String(m.value.day).padStart(2, '0')}`
        );
      }
      default:
        return false;
    }
  });
}

/** Whether the folded clause holds one of the event's one-word words in another form, either way ("reaffirm" for "reaffirmed"). */
export function namesByFamily(folded: string, words: readonly string[]): boolean {
  return words.some((w) =>
    wordFamily(w).some((f) => !words.includes(f) && findTerm(folded, f) !== -1),
  );
}
