/**
 * The present tense of a verb written in the past: timelines, list items,
 * live blogs and headlines tell what happened in the present ("the city sues",
 * "officers stop a van", "prosecutors release details"). A past form yields
 * its third-person forms ("sued" → "sues", "stopped" → "stops", "released" →
 * "releases"), and for a phrase its base form too ("released details" →
 * "release details"). Regular "-ed" verbs by rule, a few irregular ones by
 * list; general English only. Over-generation is harmless (a form that is no
 * word never occurs in text), so both stems of "-ed" are tried ("raid", "raide").
 */

/** Irregular past forms and their present (third person, base). */
const IRREGULAR: Record<string, [string, string]> = {
  came: ['comes', 'come'],
  met: ['meets', 'meet'],
  told: ['tells', 'tell'],
  wrote: ['writes', 'write'],
  ran: ['runs', 'run'],
  led: ['leads', 'lead'],
  went: ['goes', 'go'],
  drove: ['drives', 'drive'],
  broke: ['breaks', 'break'],
  spoke: ['speaks', 'speak'],
  sought: ['seeks', 'seek'],
  flew: ['flies', 'fly'],
  rang: ['rings', 'ring'],
  put: ['puts', 'put'],
  set: ['sets', 'set'],
  took: ['takes', 'take'],
  began: ['begins', 'begin'],
  brought: ['brings', 'bring'],
  held: ['holds', 'hold'],
  gave: ['gives', 'give'],
  made: ['makes', 'make'],
  said: ['says', 'say'],
  sped: ['speeds', 'speed'],
  threw: ['throws', 'throw'],
};

/** Doubled final consonants that stay doubled in the base form ("passed" → "pass", "called" → "call"). */
const KEPT_DOUBLE = /(ss|ll|ff|zz)$/;

/** The base forms a past form may come from (several guesses for "-ed"; none for a word that is no past form). */
export function baseForms(past: string): string[] {
  const w = past.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return [irregular[1]];
  if (!/^[a-z]{2,}ed$/.test(w)) return [];
  if (w.endsWith('ied')) return [`${w.slice(0, -3)}y`];
  const stem = w.slice(0, -2);
  const forms = [stem, `${stem}e`];
  // "stopped" → "stop", not "stopp".
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !KEPT_DOUBLE.test(stem))
    forms.unshift(stem.slice(0, -1));
  return forms;
}

/** Third-person present forms of a past form ("sued" → "sues"; "stopped" → "stops"; "met" → "meets"). */
export function thirdPersonForms(past: string): string[] {
  const w = past.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return [irregular[0]];
  return [
    ...new Set(
      baseForms(w).map((b) =>
        /y$/.test(b) && !/[aeiou]y$/.test(b)
          ? `${b.slice(0, -1)}ies`
          : /(s|sh|ch|x|z)$/.test(b)
            ? `${b}es`
            : `${b}s`,
      ),
    ),
  ];
}

/**
 * The present forms of a phrase whose first word is a past form: third person
 * always ("pulled over" → "pulls over"); the base form only for a phrase of
 * two or more words, whose other words keep it from being a noun ("released
 * details" → "release details", never "posted" → "post").
 */
export function presentPhrases(phrase: string): string[] {
  const [first, ...rest] = phrase.split(' ');
  if (!first) return [];
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const forms = thirdPersonForms(first).map((f) => f + tail);
  if (rest.length) forms.push(...baseForms(first).map((b) => b + tail));
  return forms.filter((f) => f !== phrase);
}

/** Words before which a present form is a noun, not a verb ("the posts", "at tables", "two stops"). */
export const NOUN_LEAD =
  /\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|many|several|few|no|any|every|each|of|at|on|in|with|to|for|by|from|into|two|three|four|five|\d+)\s+$/;

/** Words before which a base form is an infinitive or follows a modal: not what happened ("moved to dismiss the suit", "would release details"). */
const MODAL_LEAD =
  /\b(?:to|will|would|could|should|can|may|might|must|shall|did|does|do|not|never|n't)\s+$/;

const phraseCache = new Map<string, { forms: string[]; stem: string }>();

/** The longest start all of `forms` share: one search for it rules them all out in most text. */
function sharedStart(forms: readonly string[]): string {
  let stem = forms[0] ?? '';
  for (const f of forms) while (!f.startsWith(stem)) stem = stem.slice(0, -1);
  return stem;
}

/**
 * Whether `folded` (lower-cased text) names `term` in the present tense: one
 * of its present forms as a whole word, not as a noun after a determiner or
 * preposition, and not an infinitive or after a modal.
 */
export function namesInPresent(
  folded: string,
  term: string,
  findTerm: (text: string, term: string, from?: number) => number,
): boolean {
  return namesInPresentForms(folded, presentOf(term), findTerm);
}

/** A term's present forms and the start they share, once per term. */
export function presentOf(term: string): { forms: string[]; stem: string } {
  let cached = phraseCache.get(term);
  if (!cached) {
    const forms = presentPhrases(term);
    phraseCache.set(term, (cached = { forms, stem: sharedStart(forms) }));
  }
  return cached;
}

/** namesInPresent with the term's forms already looked up (presentOf). */
export function namesInPresentForms(
  folded: string,
  cached: { forms: readonly string[]; stem: string },
  findTerm: (text: string, term: string, from?: number) => number,
): boolean {
  if (!cached.forms.length || !folded.includes(cached.stem)) return false;
  for (const form of cached.forms) {
    for (let at = findTerm(folded, form); at !== -1; at = findTerm(folded, form, at + 1)) {
      const before = folded.slice(Math.max(0, at - 16), at);
      if (!NOUN_LEAD.test(before) && !MODAL_LEAD.test(before)) return true;
    }
  }
  return false;
}
