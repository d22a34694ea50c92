/**
 * "… on Whitney Street, which we count as the city's east side", "… on X Street, which is in the town of Y": a
 * relative clause ("which", "where") on a street or place just named, saying where it lies. Where the record has that
 * street or place within a named side of town ("Rochester's west side"), another side is a conflict; where the record
 * has it within a town or city, another town or city (not one it lies in) is one too, whatever event the sentence is
 * about: where a recorded place lies is the record's. Nothing here knows a story; the places come from the record's
 * places and the world file's.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { SIDE_WORD, sidesNamed, WRITTEN_SIDE } from './side-of-town.ts';
import { streetKey, type StoryRecord } from './story-record.ts';

/** The clause opens on a relative word pointing back at what was just named. */
const RELATIVE = /^[\s,]*(which|where)\b/i;

/** A side of town given as where the antecedent is: "on the east side", "as the city's east side", "in Rochester's east side". */
const SIDE_AS = new RegExp(
  `\\b(?:on|in|as|into)\\s+(?:the\\s+)?(?:[\\p{L}]+['\\u2019]s\\s+)?${SIDE_WORD}(?:ern)?\\s+side\\b`,
  'giu',
);

/** "is in the neighbouring town of", "lies within", "is actually part of": being in a place, right before its name. */
const LIES_IN =
  /\b(?:is|lies|sits|was|lay)\s+(?:actually\s+|really\s+|just\s+|in\s+fact\s+)?(?:in|within|inside|part\s+of)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|adjoining|suburban)\s+)?(?:(?:town|city|village|suburb|hamlet|municipality)\s+of\s+)?$/i;

/** "you may not know (that) it is …", "few realise": not knowing what is so still tells it as so. */
const NOT_KNOWING =
  /\b(?:(?:may|might|will|would|do|does|did|could)\s+not|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|won['\u2019]t|wouldn['\u2019]t)\s+(?:know|realise|realize)\b/i;

/** The clause's words without its not-knowing ("you may not know"). */
const withoutNotKnowing = (text: string): string =>
  text.replace(new RegExp(NOT_KNOWING.source, 'gi'), '');

/** A modal or condition word: what makes a clause conditional. */
const MODAL = /\b(?:may|might|could|would|should|if|unless|perhaps|maybe)\b/i;

/** Whether a clause read as conditional is so only by not knowing ("which you may not know is in X"): it tells the place all the same. */
export const conditionalOnlyByNotKnowing = (text: string): boolean =>
  NOT_KNOWING.test(text) && !MODAL.test(withoutNotKnowing(text));

/**
 * Words before the place that make it something else than where the antecedent lies: a denial, a doubt, a comparison,
 * a direction or a distance, a road that only leads there ("which runs toward the east side").
 */
const NOT_WHERE =
  /\bas\s+[\p{L}-]+\s+as\b|\b(?:more|less|most|least|any|anything|anywhere|every|everywhere|other|others|not|never|no|nor|near|nearby|far|close|next|similar|compared|comparable|unlike|like|than|from|across|toward|towards|border(?:s|ing)?|beside|opposite|away|between|outside|instead|rather|except|if|whether|maybe|perhaps|might|could|once|used|formerly|leads?|led|runs?|ran|connects?|links?|heads?|stretch(?:es)?|extends?|crosses|crossed|reach(?:es)?|goes|went)\b|n['\u2019]t\b/iu;

/** The record's canonical ids of the streets and places a mention names. */
export function placeCanons(m: Mention, record: StoryRecord): string[] {
  const street = (name: string) => record.streets.get(streetKey(name)) ?? [];
  if (m.type === 'street') return [street(m.value.name)].flat();
  if (m.type === 'intersection') return m.value.streets.flatMap(street);
  if (m.type === 'place')
    return record.gazetteer
      .lookup(m.value.name)
      .filter((e) => e.kind === 'place')
      .map((e) => e.id);
  return [];
}

/** A town or city of the world file (not a county or state): the level a street's own municipality is named at. */
function municipality(canon: string, record: StoryRecord): boolean {
  if (!canon.startsWith('w:') || !record.world) return false;
  const place = record.world.place(canon.slice(2));
  return place !== undefined && place.kind !== 'county' && place.kind !== 'city-county';
}

type Conflict = { comparison: Comparison; explanation: string };

/**
 * The place conflict of a relative clause [start, end) of `sentence` (quotations blanked) whose antecedent, the
 * street, intersection or place ending right before it, the record has on another side of town or in another town than
 * the clause says; null when the record does not say where the antecedent lies, or the clause hedges or compares.
 */
export function relativePlaceConflict(
  sentence: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  record: StoryRecord,
): Conflict | null {
  const text = sentence.slice(start, end);
  const relative = RELATIVE.exec(text);
  if (!relative) return null;
  const at = start + relative.index + relative[0].length - (relative[1] as string).length;
  const antecedent = [
    ...new Set(
      mentions
        .filter((m) => m.end <= at && /^[\s,]*$/.test(sentence.slice(m.end, at)))
        .flatMap((m) => placeCanons(m, record)),
    ),
  ];
  if (!antecedent.length) return null;
  const from = relative.index + relative[0].length;
  return (
    sideConflict(text, from, antecedent, record) ??
    townConflict(sentence, start + from, end, antecedent, mentions, record)
  );
}

function sideConflict(
  text: string,
  from: number,
  antecedent: readonly string[],
  record: StoryRecord,
): Conflict | null {
  // Any side of town written at all: a second one makes the clause a comparison, not a placing.
  const sides = [...text.matchAll(WRITTEN_SIDE)];
  if (sides.length !== 1) return null;
  // The sides of town the record has the antecedent within (its own name, or a place it lies in).
  const recorded = sidesNamed(
    antecedent.flatMap((canon) => [canon, ...record.ancestors(canon)]),
    record,
  );
  if (!recorded.size) return null;
  const placed = [...text.matchAll(SIDE_AS)][0];
  const side = sides[0]!;
  if (!placed || placed.index + placed[0].length !== side.index + side[0].length) return null;
  if (recorded.has((placed[1] as string).toLowerCase())) return null;
  if (NOT_WHERE.test(withoutNotKnowing(text.slice(from, placed.index)))) return null;
  const names = [...new Set(recorded.values())].join(' and ');
  const where = antecedent.map((c) => record.nameOf(c)).join(' and ');
  return {
    comparison: { slot: 'place', page: side[0], record: names },
    explanation: `The record has ${where} on ${names}, not the ${side[0]}.`,
  };
}

function townConflict(
  sentence: string,
  from: number,
  end: number,
  antecedent: readonly string[],
  mentions: readonly Mention[],
  record: StoryRecord,
): Conflict | null {
  // The first place the clause names, right after words saying the antecedent lies in it.
  const named = mentions.find((m) => m.type === 'place' && m.start >= from && m.end <= end);
  if (!named || named.type !== 'place' || named.value.area) return null;
  const lead = sentence.slice(from, named.start);
  const verb = LIES_IN.exec(lead);
  if (!verb || NOT_WHERE.test(withoutNotKnowing(lead.slice(0, verb.index)))) return null;
  const page = record.gazetteer
    .lookup(named.value.name)
    .filter((e) => e.kind === 'place')
    .map((e) => e.id);
  if (!page.length || !page.every((p) => municipality(p, record))) return null;
  // The towns and cities the record has the antecedent in; the page's must be none of them, nor lie in it.
  const towns = new Set(
    antecedent.flatMap((a) => [a, ...record.ancestors(a)].filter((c) => municipality(c, record))),
  );
  if (!towns.size) return null;
  const within = (p: string) =>
    antecedent.some((a) => a === p || record.ancestors(a).has(p) || record.ancestors(p).has(a)) ||
    [...towns].some((t) => record.ancestors(p).has(t) || record.ancestors(t).has(p));
  if (page.some(within)) return null;
  const where = antecedent.map((c) => record.nameOf(c)).join(' and ');
  const recorded = [...towns].map((t) => record.nameOf(t)).join(' and ');
  return {
    comparison: { slot: 'place', page: named.text, record: recorded },
    explanation: `The record has ${where} in ${recorded}, not ${named.text}.`,
  };
}
