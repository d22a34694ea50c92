/**
 * Quotation marks round the bare name of an outlet ("printed by the „Denver Post“", "the paper "Arizona Republic"
 * said") mark a title, not words someone said: the name is the page's own account of who printed or reported it. The
 * marks are blanked (offsets kept) when what they enclose is exactly a known outlet's name, so the reader takes the name
 * as it takes it unquoted. Anything else in quotation marks stays a quotation.
 */
import type { Gazetteer } from '../read/gazetteer.ts';

/** A pair of quotation marks of any style round a short stretch with no sentence punctuation or other quotation mark. */
const QUOTED =
  /(["\u201C\u201E\u00AB\u2039\u201A\u2018'])([^"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u2018\u2019'.!?;:]{2,60})(["\u201D\u201C\u00BB\u203A\u2018\u2019'])/gu;

const NAME_BEFORE =
  /\b(?:the|by|in|to|from|with|on|newspaper|paper|daily|weekly|magazine|broadcaster|station|network|outlet|site|agency)\s*$/i;

const MAX_LENGTH = 2000;

export function withOutletNamesUnquoted(sentence: string, gazetteer: Gazetteer): string {
  // A sentence of ordinary length only: a run of marks thousands of characters long names no outlet.
  if (sentence.length > MAX_LENGTH || !/["\u201C\u201E\u00AB\u2039\u201A\u2018']/u.test(sentence))
    return sentence;
  return sentence.replace(
    QUOTED,
    (all, _open: string, inner: string, _close: string, at: number) => {
      // "'s" after a name is no closing mark ("Roe's"), nor is a letter right before an opening one.
      if (at > 0 && /[\p{L}\p{N}]/u.test(sentence[at - 1] as string)) return all;
      // Only a name standing as a noun phrase of its own, after an article, a preposition or a noun of its kind
      // ("by the „X“", "the newspaper „X“"), not one modifying a noun ("“X” coverage").
      if (!NAME_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) return all;
      if (inner.trim() !== inner) return all;
      const name = inner.replace(/^the\s+/i, '');
      if (!/^\p{Lu}/u.test(name)) return all;
      return gazetteer.lookup(name).some((g) => g.kind === 'outlet') ? ` ${inner} ` : all;
    },
  );
}
