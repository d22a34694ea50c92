/**
 * The story's own proper names that the reader files under no kind: a company, a building, a
 * product ("the Acme Widgets plant", "a shelter at the Elm Grove Community Center"). Two or more
 * capitalised words in a row, in the original's prose outside quotation marks, that overlap no
 * person, place, street, agency, outlet, date or title the reader found, hold no title, month or
 * weekday word, and are no name the world file knows. A retelling that names one is very likely
 * about the story, so they make a recognition cue of their own.
 */
import { lexicon as raw } from '../../engine/drafting.ts';
import type { ReadSentence } from './read-report.ts';

const NAMED_TYPES = new Set([
  'person',
  'place',
  'state',
  'street',
  'intersection',
  'agency',
  'outlet',
  'date',
  'weekday',
  'title',
]);
const NOT_NAME_WORDS = new Set(
  [
    ...raw.titles.flatMap((t) => t.split(' ')),
    ...raw.weekdays,
    ...raw.months,
    ...raw.functionWords,
    ...Object.keys(raw.numberWords),
  ].map((w) => w.toLowerCase()),
);
const RUN = /(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu;

/** At most `limit` such names, in the order the report first uses them. */
export function distinctiveNames(
  sentences: readonly ReadSentence[],
  known: (name: string) => boolean,
  limit = 6,
): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    for (const m of s.unquoted.matchAll(RUN)) {
      let words = m[0].split(/\s+/);
      let start = m.index;
      // A sentence's first word is capitalised anyway: it starts no name unless the rest is one.
      if (start === s.unquoted.search(/\S/)) {
        start += (words[0] as string).length + 1;
        words = words.slice(1);
      }
      // A possessive ends the name ("Acme's plant"): keep the words before it.
      const cut = words.findIndex((w) => /['’]s?$/.test(w));
      if (cut !== -1)
        words = [...words.slice(0, cut), (words[cut] as string).replace(/['’]s?$/, '')];
      if (words.length < 2 || words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) continue;
      const name = words.join(' ');
      const end = start + name.length;
      if (s.mentions.some((x) => NAMED_TYPES.has(x.type) && x.start < end && start < x.end))
        continue;
      if (known(name) || out.some((o) => o.toLowerCase() === name.toLowerCase())) continue;
      out.push(name);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** The words of a name that say what kind of institution it is, which retellings drop ("Mercy Regional Hospital" → "Mercy Regional"). */
const KIND_TAILS = [
  ['medical', 'center'],
  ['medical', 'centre'],
  ['health', 'center'],
  ['health', 'centre'],
  ['hospital'],
  ['school'],
];

/**
 * The short forms retellings give such names: the name without its kind of institution ("Wescott Regional Hospital" →
 * "Wescott Regional", "North Lakes Medical Center" → "North Lakes"), when two words or more are left and they are no
 * name the story or world file already has (a town's name says nothing of the hospital).
 */
export function shortNames(names: readonly string[], known: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of names) {
    const words = name.split(/\s+/);
    const tail = KIND_TAILS.find(
      (t) =>
        t.length < words.length &&
        t.every((w, i) => (words[words.length - t.length + i] as string).toLowerCase() === w),
    );
    if (!tail) continue;
    const rest = words.slice(0, words.length - tail.length);
    const short = rest.join(' ');
    if (
      rest.length < 2 ||
      known(short) ||
      names.some((n) => n.toLowerCase() === short.toLowerCase())
    )
      continue;
    out.push(short);
  }
  return out;
}
