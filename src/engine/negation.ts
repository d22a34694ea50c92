/**
 * Negation, for an engine that must not read "No officers were fired" as
 * "officers were fired". When in doubt it says "negated": an honest silence
 * beats a wrong verdict. Verbs of not doing count ("skips any meeting with the chief", "declined to meet").
 */
import raw from './read/lexicon.json' with { type: 'json' };

const NEGATOR = new RegExp(
  `(?<![\\p{L}\\p{N}])(not|no|never|none|nobody|nothing|neither|nor|without|cannot|denied|denies|deny|refused|refuses|false|untrue|${raw.notDoingVerbs.join('|')})(?![\\p{L}\\p{N}])|n't(?![\\p{L}])`,
  'gu',
);

/** "rather than being", "instead of being": negates only what comes after it. */
const INSTEAD_OF = /(?<![\p{L}])(?:instead of|rather than) being(?![\p{L}])/gu;
const INSTEAD_OF_ANY = new RegExp(INSTEAD_OF.source, 'u');

/** Words after a claim that can still negate it ("were fired, not suspended"), within its clause. */
const AFTER_WORDS = 3;
/**
 * Words that start another clause: a negation after one of them is about something else
 * ("said this week that they will not help"), as are a semicolon and a dash; other
 * punctuation is no break: "Fired? Not so."
 */
const CLAUSE_BREAK =
  /[;\u2014]|(?<![\p{L}])(that|who|because|while|when|but|and|although|though|if|as)(?![\p{L}])/u;

/** Whether the folded sentence has any negation at all. */
export function isNegated(folded: string): boolean {
  NEGATOR.lastIndex = 0;
  return NEGATOR.test(folded) || INSTEAD_OF_ANY.test(folded);
}

/**
 * Whether a claim found at [start, end) of a folded sentence is negated: a
 * negator anywhere before it, or within a few words after it.
 */
export function isNegatedAt(folded: string, start: number, end: number): boolean {
  // "Rather than being fired, …": a claim after the phrase, like one after any negator, is denied; one before it
  // ("were arrested instead of being let go") is not.
  for (const m of folded.matchAll(INSTEAD_OF)) if (m.index < start) return true;
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(folded); m; m = NEGATOR.exec(folded)) {
    if (m.index < start) return true;
    if (m.index >= end) {
      const between = folded.slice(end, m.index).trim();
      if (CLAUSE_BREAK.test(between)) return false;
      return between === '' || between.split(/\s+/).length <= AFTER_WORDS;
    }
  }
  return false;
}
