/**
 * The colour of a recorded vehicle (pack event `vehicles`): "a white work van"
 * where the record has a maroon / dark-red van. A colour is read before one of
 * the vehicle's nouns ("a white work van", "the dark-red Ford van") or after it
 * and a form of "be" ("the van was white"). Colours are compared by family
 * (general English): the same family agrees ("burgundy", "red" for maroon), a
 * neighbouring family says nothing ("brown" for maroon), another is a
 * conflict. Two colours given together ("a red and white van"), a denial, or a
 * capitalised name ("White House") say nothing.
 */
import { foldText } from '../normalize.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';
import type { SentenceComparison } from './compare-sentence.ts';

/** Colour words by family. */
const FAMILIES: Record<string, readonly string[]> = {
  red: [
    'red',
    'dark red',
    'dark-red',
    'maroon',
    'burgundy',
    'crimson',
    'scarlet',
    'wine',
    'wine-red',
    'cherry',
    'cherry-red',
    'ruby',
    'oxblood',
    'brick-red',
    'reddish',
    'bright red',
  ],
  white: ['white', 'off-white', 'cream', 'ivory', 'pearl'],
  black: ['black', 'jet-black'],
  grey: [
    'grey',
    'gray',
    'silver',
    'charcoal',
    'gunmetal',
    'slate',
    'dark grey',
    'dark gray',
    'light grey',
    'light gray',
  ],
  blue: [
    'blue',
    'navy',
    'navy blue',
    'dark blue',
    'light blue',
    'royal blue',
    'sky blue',
    'bright blue',
  ],
  green: ['green', 'dark green', 'light green', 'olive', 'forest green', 'lime'],
  yellow: ['yellow', 'bright yellow'],
  gold: ['gold', 'golden'],
  orange: ['orange'],
  brown: ['brown', 'tan', 'beige', 'bronze', 'khaki', 'dark brown'],
  purple: ['purple', 'violet', 'plum', 'magenta'],
  pink: ['pink'],
};

/** Families close enough to be told for one another: a page's colour there says nothing. */
const NEAR: Record<string, readonly string[]> = {
  red: ['brown', 'purple', 'pink', 'orange'],
  white: ['grey'],
  black: ['grey', 'blue'],
  grey: ['white', 'black', 'blue'],
  blue: ['black', 'grey', 'purple', 'green'],
  green: ['blue', 'brown'],
  yellow: ['gold', 'orange'],
  gold: ['yellow', 'brown', 'orange'],
  orange: ['red', 'yellow', 'gold', 'brown'],
  brown: ['red', 'gold', 'orange', 'green'],
  purple: ['red', 'blue', 'pink'],
  pink: ['red', 'purple'],
};

const FAMILY_OF = new Map<string, string>();
for (const [family, words] of Object.entries(FAMILIES))
  for (const w of words) FAMILY_OF.set(w, family);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COLOUR = [...FAMILY_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/[ -]/g, '[ -]'))
  .join('|');

/** Words between a colour and the noun that make the colour another thing's ("a black SUV followed the van"): a determiner, a preposition, a verb in -ed, another vehicle, a holder's ("a white ICE van", "a government van"). */
const BETWEEN_BREAKS =
  /\b(?:the|a|an|this|that|its|his|her|their|our|my|of|in|at|to|by|from|into|onto|behind|near|\p{L}+ed|suvs?|cars?|sedans?|bus|buses|motorcycles?|cruisers?|trucks?|vans?|government|federal|police|agency|patrol|official|transport|prison|squad)\b|\b\p{Lu}{2,}\b/u;

/** A relative clause between the noun and its "was" ("the van (that) the agents stopped was …"): a subject and a verb in -ed. */
const RELATIVE = String.raw`(?:(?:\s+(?:that|which))?\s+(?:the\s+)?[\p{L}-]+\s+\p{L}+ed(?:\s+over)?)?`;

/** Before the colour: a determiner that makes the vehicle the known one ("the white van"). */
const DEFINITE = /\b(?:the|that|this|its)\s+$/i;
/** "The vehicle, a white van", "the vehicle itself (a white van …)": an apposition to the known vehicle. */
const APPOSITION = /\b(?:the|that)\s+[\p{L}-]+(?:\s+itself)?\s*[,(]\s*(?:a|an)\s+$/iu;
/** "It was a", "The vehicle was a", "The vehicle, a", "The van itself (a": naming the vehicle told of before. */
const VEHICLE_WAS = String.raw`(?:(?:it|that|this)\s+(?:was|is)\s+|the\s+(?:vehicle|van|truck|car|suv)(?:\s+itself)?\s*(?:(?:was|is)\s+|[,(]\s*))(?:a|an)\s+`;
/** "It was a white work van", "The vehicle was a white van": the copula right before the colour. */
const IDENTIFIED = new RegExp(`(?:^|[,;:]\\s*)${VEHICLE_WAS}$`, 'i');
/** A verb of stopping a vehicle (not "during the stop"). */
const STOPPED = /\b(?:stopped|pulled\s+over|pulled\s+\w+\s+over|halted|pulled\s+up\s+behind)\b/i;

/** A colour word anywhere. */
const ANY_COLOUR = new RegExp(`(?<![\\p{L}])(?:${COLOUR})`, 'iu');

/** A second colour joined to the first ("red and white"). */
const TWO_COLOURS = new RegExp(`^\\s*(?:and|or|&|/)\\s+(?:${COLOUR})(?![\\p{L}])`, 'iu');

/** The family of a colour as written ("dark-red" → red); undefined for no colour word. */
export function colourFamily(words: string): string | undefined {
  return FAMILY_OF.get(foldText(words).replace(/-/g, ' ')) ?? FAMILY_OF.get(foldText(words));
}

interface Said {
  text: string;
  family: string;
  noun: string;
}

/** The colours a clause gives the nouns, before the noun (up to three words between) or after "<noun> was / is". */
function coloursSaid(text: string, nouns: readonly string[]): Said[] {
  const out: Said[] = [];
  // Both forms below need a colour word: most clauses have none, and one search says so.
  if (!ANY_COLOUR.test(text)) return out;
  for (const noun of nouns) {
    // "minivan" is a van too: a noun may take the prefix "mini".
    const n = `(?:mini-?)?${escape(noun)}`;
    const before = new RegExp(
      `(?<![\\p{L}-])(${COLOUR})(?:-colou?red)?((?:\\s+[\\p{L}-]+){0,3}?)\\s+${n}(?![\\p{L}])`,
      'giu',
    );
    for (const m of text.matchAll(before)) {
      const colour = m[1] as string;
      const between = m[2] ?? '';
      const lead = text.slice(Math.max(0, m.index - 30), m.index);
      // "loaded them into a white van": a vehicle people were put in, not the one stopped.
      if (/\b(?:into|onto|inside|in)\s+(?:a|an|the)\s+$/i.test(lead)) continue;
      // A name ("White House", "Black Hawk"), two colours ("red and white van"), a colour of something else ("with white ladders"), a denial.
      if (/^\p{Lu}/u.test(colour) && m.index > 0 && !/[.!?]\s*$/.test(text.slice(0, m.index)))
        continue;
      if (
        BETWEEN_BREAKS.test(between) ||
        /\b(?:and|or|&|with|on|under)\b/i.test(between) ||
        /(?:\band|\bor|&|-|\/)\s*$/i.test(lead) ||
        /\bnot\s+(?:a\s+|an\s+|the\s+)?$/i.test(lead)
      )
        continue;
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (TWO_COLOURS.test(tail)) continue;
      // "a white pickup truck was parked nearby": an indefinite vehicle is the recorded one only in apposition to it
      // ("The vehicle, a white van") or in a clause that says it was stopped.
      if (
        !DEFINITE.test(lead) &&
        !APPOSITION.test(lead) &&
        !IDENTIFIED.test(text.slice(0, m.index)) &&
        !STOPPED.test(text)
      )
        continue;
      out.push({ text: m[0], family: colourFamily(colour) as string, noun });
    }
    const after = new RegExp(
      `(?<![\\p{L}])${n}${RELATIVE}\\s+(?:was|is|were|looked|appeared)\\s+(?:painted\\s+)?(${COLOUR})(?![\\p{L}-])(?!\\s+(?:and|or|&)\\b)`,
      'giu',
    );
    for (const m of text.matchAll(after))
      out.push({ text: m[0], family: colourFamily(m[1] as string) as string, noun });
  }
  return out;
}

/** Conflicts between the colours a clause gives a linked event's vehicle and the record's; none when they agree or are near. */
export function colourConflicts(
  text: string,
  events: readonly IndexedEvent[],
): { comparison: Comparison; explanation: string }[] {
  const out: { comparison: Comparison; explanation: string }[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    for (const v of e.vehicles ?? []) {
      const recorded = new Set(
        v.colours.map(colourFamily).filter((f): f is string => f !== undefined),
      );
      if (!recorded.size) continue;
      for (const said of coloursSaid(text, v.nouns)) {
        if (
          recorded.has(said.family) ||
          [...recorded].some((r) => NEAR[r]?.includes(said.family)) ||
          seen.has(said.text)
        )
          continue;
        seen.add(said.text);
        out.push({
          comparison: { slot: 'colour', page: said.text, record: v.statement },
          explanation: `The record describes ${v.statement}, not \u201C${said.text}\u201D.`,
        });
      }
    }
  }
  return out;
}

/** Words of a vehicle's description that say which one it is ("work", "ladders", "roof"): not its colours, nouns or small words. */
function featureWords(v: {
  nouns: readonly string[];
  colours: readonly string[];
  statement: string;
}): string[] {
  const own = new Set([...v.nouns, ...v.colours].flatMap((w) => foldText(w).split(/[\s/-]+/)));
  return [...new Set(foldText(v.statement).split(/[^\p{L}]+/u))].filter(
    (w) => w.length >= 5 && !own.has(w) && colourFamily(w) === undefined && !SMALL.has(w),
  );
}
const SMALL = new Set([
  'with',
  'which',
  'their',
  'there',
  'about',
  'calls',
  'called',
  'release',
  'reports',
  'described',
  'vehicle',
]);

/**
 * The colour a clause that links no event gives a vehicle it describes as the record does ("It was a silver work van
 * with ladders on the roof" for a maroon work van with ladders): the vehicle is the recorded one when a telling word of
 * the record's description (five letters or more, not a colour or the noun) is in the clause, and every event with such
 * a vehicle describes it alike. Then its colour is held to the record's as for a linked event.
 */
export function describedVehicleConflicts(
  text: string,
  all: readonly IndexedEvent[],
): { comparison: Comparison; explanation: string; events: IndexedEvent[] }[] {
  if (!ANY_COLOUR.test(text)) return [];
  const words = new Set(foldText(text).split(/[^\p{L}]+/u));
  const described = all.filter((e) =>
    (e.vehicles ?? []).some((v) => featureWords(v).some((w) => words.has(w))),
  );
  if (
    !described.length ||
    new Set(described.flatMap((e) => (e.vehicles ?? []).map((v) => v.statement))).size !== 1
  )
    return [];
  return colourConflicts(text, described).map((c) => ({ ...c, events: described }));
}

/** "It was a silver minivan", "The vehicle was a white van": a sentence that opens by naming the vehicle told of before. */
export const NAMES_VEHICLE_BEFORE = new RegExp(`^\\s*${VEHICLE_WAS}`, 'i');

/**
 * The colour a sentence that names the vehicle told of before ("The vehicle was a silver minivan") gives it, after a
 * sentence that says the vehicle was stopped and links its events: held to those events' recorded vehicles. Only a
 * conflict; null when the sentence does not open so, the one before says no stop, or the colours agree.
 */
export function vehicleOfWhatCameBefore(
  text: string,
  before: string,
  events: readonly IndexedEvent[],
): SentenceComparison | null {
  if (!NAMES_VEHICLE_BEFORE.test(text) || !STOPPED.test(before)) return null;
  const withVehicles = events.filter((e) => e.vehicles?.length);
  const [conflict] = colourConflicts(text, withVehicles);
  if (!conflict) return null;
  return {
    outcome: 'discrepant',
    comparisons: [conflict.comparison],
    explanation: conflict.explanation,
    events: withVehicles.map((e) => e.event.id),
  };
}
