/**
 * A sentence opening on a title as its subject ("The chief was more specific.", "The Tucson chief agreed two days
 * later.", "The border czar disagreed"): who speaks next in the paragraph is that title's holder, not the one before.
 * Returns the folded phrase from "the" to the title's last word ("the tucson chief"), or null: not after quoted words,
 * not an owner ("The chief's words …"). General English; the titles are the lexicon's.
 */
import { foldText } from './normalize.ts';
import { lexicon } from './read/lexicon.ts';

/** The most words from "the" to the title's end ("the state senate republican leader"). */
const MOST = 5;

export function openingTitle(sentence: string): string | null {
  const m = /^\s*the\s+([^"\u201C\u201D\u00AB\u00BB.,;:!?]*)/u.exec(foldText(sentence));
  if (!m) return null;
  const words = m[1]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MOST + 1);
  for (let n = words.length - 1; n >= 1; n--) {
    const last = words[n - 1]!;
    const two = n >= 2 ? `${words[n - 2]} ${last}` : '';
    if (!lexicon.titleNames.has(last) && !lexicon.titleNames.has(two)) continue;
    // "the chief's words", "the chief of staff": an owner or a longer title, not the subject named.
    if (/^['\u2019]s?$/.test(words[n] ?? '') || words[n] === 'of') return null;
    // "The mayor called the chief, who reviewed the video": another title later in the sentence may be the next "he".
    const rest = `${words.slice(n).join(' ')} ${foldText(sentence).slice(m.index + m[0].length)}`;
    if ([...lexicon.titleNames].some((t) => new RegExp(`\\b${t}\\b`, 'u').test(rest))) return null;
    return `the ${words.slice(0, n).join(' ')}`;
  }
  return null;
}
