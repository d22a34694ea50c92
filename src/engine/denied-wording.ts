/**
 * Quoted words the page denies are the speaker's, rather than credits to them: "X did not say "…"", "X never said
 * "…"", "misquoted him as saying "…"", ""…" is a misquote", ""…"; that wording is a misquote". A known misquote so
 * denied is the page getting it right; the record's own words so denied are not vouched for. General English;
 * nothing here knows a story.
 */
import { foldText } from './normalize.ts';
import { containsKey, quoteKey } from './quote-key.ts';
import { quotedStretches } from './quoted-stretches.ts';

/** Right before the opening mark, in its clause: a denied verb of saying ("did not say", "never wrote", "didn't use"). */
const DENIED_SAYING =
  /(?:\b(?:not|never)|n't)\s+(?:(?:actually|really|ever|once)\s+)?(?:say|said|says|write|wrote|use|used|utter|uttered|tell|told|speak|spoke)\b[^;.!?"]{0,40}$/;
/** Right before the opening mark: the page calls what follows a misquote ("misquoted him as saying", "Misquotes to avoid:"). */
const LABELLED_BEFORE =
  /\b(?:misquot\w*|misattribut\w*|(?:wrongly|falsely|incorrectly|mistakenly)\s+(?:quoted|quotes|quoting|attributed|credited))\b[^;.!?"]{0,60}$/;
/** Right after the closing mark: the words called a misquote ("" is a misquote", ""; that wording is wrong"). */
const LABELLED_AFTER =
  /^["'\s,;:)\u2014-]*(?:(?:which|that|this|it|the)\s+)?(?:(?:wording|phrase|quote|quotation|version|line|rendering|words)\s+)?(?:is|was|are|were)\s+(?:a\s+|an\s+)?(?:misquot|misattribut|wrong\b|incorrect\b|inaccurate\b|false\b|bogus\b|mistaken\b|invented\b|made-up\b|fabricated\b)/;

/** Whether the page denies, or calls a misquote, a quoted stretch of the sentence whose words are all in `text`. */
export function deniesWords(sentence: string, text: string): boolean {
  const folded = foldText(sentence);
  const key = quoteKey(text);
  let from = 0;
  for (const stretch of quotedStretches(sentence)) {
    const at = sentence.indexOf(stretch, from);
    if (at === -1) break;
    from = at + stretch.length;
    const own = quoteKey(stretch);
    if (!own || !containsKey(key, own)) continue;
    // The opening mark is the character before the stretch; the closing one right after it.
    const before = folded.slice(0, Math.max(0, at - 1));
    const after = folded.slice(at + stretch.length + 1);
    if (DENIED_SAYING.test(before) || LABELLED_BEFORE.test(before) || LABELLED_AFTER.test(after))
      return true;
  }
  return false;
}
