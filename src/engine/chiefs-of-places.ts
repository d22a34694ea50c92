/**
 * Police chiefs named by their cities alone: "the chiefs in Los Angeles, Tucson and Denver said …", "the police chiefs
 * of Los Angeles and Tucson", "the Tucson police chief", "the Los Angeles and Denver police chiefs". A city's police
 * chief heads its police department, so each city stands for the one person of the record whose role is that city's
 * chief, else for the record's police department of that city; the phrase is put back as those names ("Charlie Beck,
 * Chris Magnus and the Denver Police Department said …") and the sentence is judged as naming them. Only when every
 * city resolves. General knowledge of what a police chief is; the names come from the record.
 */
import type { Entity } from '../pack/schema.ts';

const CITY = String.raw`\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}`;
const CITIES = String.raw`${CITY}(?:\s*,\s*${CITY})*(?:\s*,?\s+(?:and|&)\s+${CITY})?`;
/**
 * "the (police) chiefs in/of/from A, B and C" (after "the", the sentence's start or a clause's; never after another
 * word: "the Border Patrol chief in Tucson", "the fire chief of Denver"; after a comma only the plural, since ", police
 * chief of Tucson," after a name is an apposition), or "the A, B and C police chiefs" / "the A
 * police chief"; not when a name follows in apposition ("the police chief of Denver, Robert White,": that names them).
 */
const AFTER = new RegExp(
  String.raw`(?:(?:^|(?<=\b(?:and|that|when|as|while)\s+)|\b[Tt]he\s+)(?:[Pp]olice\s+)?[Cc]hiefs?|(?<=[,;:]\s+)(?:[Pp]olice\s+)?[Cc]hiefs)\s+(?:in|of|from)\s+(${CITIES})(?!\s*,\s*(?:\p{Lu}|the\b))`,
  'u',
);
const BEFORE = new RegExp(
  String.raw`\b[Tt]he\s+(${CITIES})\s+police\s+chiefs?\b(?!\s*,\s*(?:\p{Lu}|the\b))`,
  'u',
);

/**
 * The record's name for the police chief of a city (or, when `orDepartment`, its police department), or null when the
 * record has none or more than one.
 */
function chiefOf(city: string, entities: readonly Entity[], orDepartment: boolean): string | null {
  const lower = city.toLowerCase();
  const people = entities.filter(
    (e) =>
      e.kind === 'person' &&
      /\bchief\b/i.test(e.role ?? '') &&
      !/\bdeputy|assistant|former\b/i.test(e.role ?? '') &&
      (e.role ?? '').toLowerCase().includes(lower),
  );
  if (people.length === 1) return people[0]!.name;
  if (people.length > 1 || !orDepartment) return null;
  const departments = entities.filter(
    (e) =>
      e.kind === 'agency' &&
      [e.name, ...(e.aliases ?? [])].some((n) => n.toLowerCase() === `${lower} police department`),
  );
  return departments.length === 1 ? `the ${departments[0]!.name}` : null;
}

/** The sentence with its chiefs named by cities put as the record's names, or null. */
export function chiefsOfPlaces(sentence: string, entities: readonly Entity[]): string | null {
  const m = AFTER.exec(sentence) ?? BEFORE.exec(sentence);
  if (!m) return null;
  const cities = (m[1] as string)
    .split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u)
    .filter(Boolean);
  // One city's chief is a person: a department stands in only within a group ("the chiefs in Tucson and Denver").
  const names = cities.map((c) => chiefOf(c, entities, cities.length > 1));
  if (!names.length || names.some((n) => n === null)) return null;
  const list =
    names.length === 1
      ? (names[0] as string)
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`;
  const at = m.index;
  const replaced = at === 0 ? list.charAt(0).toUpperCase() + list.slice(1) : list;
  return sentence.slice(0, at) + replaced + sentence.slice(at + m[0].length);
}
