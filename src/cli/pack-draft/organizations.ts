/**
 * Organisations a report names and the posts its people hold in them, for a drafted story.
 *
 * - An organisation is a run of capitalised words ending with a word that names a company or a body ("Co.", "Inc.",
 *   "Corp.", "Company", "Union", "Association", "Local 218"): "Keswick Foundry & Valve Co.", "Allied Metal Trades
 *   Union Local 218". Its short names are its first word, when that word names nothing else the world file knows
 *   ("Keswick"), and a union local's "Local N".
 * - A person's post names the body it belongs to, so that another name in that post is caught wherever the page
 *   puts it ("Local 218 President X", "X, president of the union local"): the words printed before the title
 *   ("Keswick spokeswoman", "Local 218 President"), or the body after it ("a spokeswoman for the department"),
 *   resolved to the organisation, agency or place the report names that carries those words.
 *
 * General English and the report's own words only; nothing here knows a story.
 */

/** Words that end a company's or body's name. */
const ORG_END =
  /^(?:Co\.?|Inc\.?|Corp\.?|Corporation|Company|Companies|LLC|Ltd\.?|Union|Association|Guild|Federation|Cooperative|Co-op|Foundation|Society|Trust|Group|Partners)$/;
/** The word that ends a company's name ("… Co.", "… Inc."). */
const COMPANY_END = /\b(?:Co\.?|Inc\.?|Corp\.?|Corporation|Company|LLC|Ltd\.?)$/;
/** Whether a name is a company's. */
export const isCompanyName = (name: string): boolean => COMPANY_END.test(name);

/** The last word of a name as written: without the punctuation after it, and a full stop kept only on an abbreviation ("Co."). */
const endWord = (word: string): string => {
  const bare = word.replace(/[,;:]+$/, '');
  return /^(?:Co|Inc|Corp|Ltd)\.$/.test(bare) ? bare : bare.replace(/\.$/, '');
};

/** A capitalised name word, "&", or a number after "Local". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|&)$/u;

export interface FoundOrganization {
  name: string;
  aliases: string[];
  sentence: string;
}

/** The organisations a sentence names (see the header). */
export function organizationsIn(
  sentence: string,
  known: (name: string) => boolean,
): FoundOrganization[] {
  const out: FoundOrganization[] = [];
  const words = sentence.split(/\s+/);
  for (let end = 0; end < words.length; end++) {
    const raw = words[end] as string;
    const word = raw.replace(/[,;:]+$/, '');
    let last = end;
    let local: string | undefined;
    if (/^Local$/.test(word) && /^\d+[,;:.]?$/.test(words[end + 1] ?? '')) {
      last = end + 1;
      local = `Local ${(words[end + 1] as string).replace(/[,;:.]+$/, '')}`;
    } else if (!ORG_END.test(word)) continue;
    // "Union Local 218": the local's name is the whole, read at "Local".
    else if (/^Local$/.test(words[end + 1] ?? '') && /^\d+[,;:.]?$/.test(words[end + 2] ?? ''))
      continue;
    // Back over the name's words (at most six), from the word before the end.
    let start = end;
    while (
      start > 0 &&
      end - start < 6 &&
      NAME_WORD.test(words[start - 1] as string) &&
      !/[,;:]$/.test(words[start - 1] as string)
    )
      start--;
    // "Union Local 218": the end word may itself open a local's name; a name needs a word before its end word.
    const nameWords = words
      .slice(start, last + 1)
      .map((w, i, all) => (i === all.length - 1 ? endWord(w) : w));
    if (nameWords.length < 2 && !local) continue;
    if (/^(?:The|A|An)$/.test(nameWords[0] as string)) nameWords.shift();
    if (nameWords.length < 2) continue;
    const name = nameWords.join(' ');
    if (known(name)) continue;
    const aliases: string[] = [];
    const first = nameWords[0] as string;
    if (first !== 'Local' && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !known(first))
      aliases.push(first);
    if (local && nameWords.length > 2) aliases.push(local);
    if (!out.some((o) => o.name === name)) out.push({ name, aliases, sentence });
    end = last;
  }
  return out;
}

/** The words of a post's body printed right before its title ("Keswick spokeswoman" → Keswick; "Local 218 President" → Local 218). */
export function bodyBefore(printedBeforeName: string, title: string): string | undefined {
  const words = printedBeforeName.trim().split(/\s+/);
  const titleWords = title.split(/\s+/).length;
  const body = words
    .slice(0, Math.max(0, words.length - titleWords))
    .filter((w) => /^(?:\p{Lu}[\p{L}'’.&-]*|\d+)$/u.test(w));
  return body.length ? body.join(' ') : undefined;
}

/** The body named after a title in apposition ("a spokeswoman for the department" → department). */
export function bodyAfter(apposition: string): string | undefined {
  return /\b(?:for|of|at|with)\s+(?:the\s+)?([\p{L}\d' &.-]{2,60})$/u
    .exec(apposition.trim())?.[1]
    ?.trim();
}

/** Titles a company gives its officers: with no body printed, the post is the report's company's. */
export const COMPANY_TITLES = new Set([
  'chief executive',
  'chief executive officer',
  'ceo',
  'chief operating officer',
  'chief financial officer',
  'general manager',
  'executive director',
  'manager',
  'spokeswoman',
  'spokesman',
  'spokesperson',
]);
