/**
 * Names the reader knows: agencies, people, places, states, outlets and
 * offices, each with an id (from the world file or the pack, filled by the
 * caller). Finding them costs one pass over the sentence whatever the number
 * of names: the names go into a term index (../term-index.ts), which says
 * which names occur; only those are then located.
 */
import { foldText } from '../normalize.ts';
import { findIndexedTerms, indexDistinctTerms, type TermIndex } from '../term-index.ts';
import { findTerm } from '../terms.ts';

export type GazetteerKind = 'agency' | 'person' | 'place' | 'state' | 'outlet' | 'office';

export interface GazetteerEntry {
  kind: GazetteerKind;
  id: string;
  /**
   * Every way of writing it ("Immigration and Customs Enforcement", "ICE"),
   * matched as whole words, case-insensitively; except that a short name in
   * capitals (an acronym, up to 6 characters) matches only in capitals, so
   * "ICE" is not found in "ice".
   */
  names: readonly string[];
}

interface GazetteerHit {
  start: number;
  end: number;
  /** Every entry with this name (a name can be a state, a city and a person). */
  entries: readonly GazetteerEntry[];
}

export interface Gazetteer {
  /** Every whole-word occurrence of a known name in the sentence, longest first where two start together. */
  find(sentence: string): GazetteerHit[];
  /** The entries whose name is exactly `name` (case-insensitive). */
  lookup(name: string): readonly GazetteerEntry[];
}

const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;
const HAS_LETTER = /\p{L}/u;

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^ -~]/;
/**
 * A name as written and, when it has accents, without them ("Meléndez", "Melendez"): pages often drop them. The
 * plain form is filed only when it keeps every offset (one letter for one), so a hit spans the same characters.
 */
function withoutMarks(folded: string): string[] {
  if (!NON_ASCII.test(folded)) return [folded];
  const plain = folded.normalize('NFD').replace(MARKS, '');
  return plain !== folded && plain.length === folded.length ? [folded, plain] : [folded];
}

/** The ids of the people the gazetteer files under exactly `name`. */
export function personIds(gazetteer: Gazetteer, name: string): string[] {
  return gazetteer
    .lookup(name)
    .filter((g) => g.kind === 'person')
    .map((g) => g.id);
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  /** Folded names that must match in capitals only ("ICE"), with their written form. */
  const exact = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const trimmed = name.trim();
      const written = foldText(trimmed);
      if (!written) continue;
      // The length first: most names are long, and need no pattern to say they are no acronym.
      const acronym = trimmed.length <= 6 && ALL_CAPS.test(trimmed) && HAS_LETTER.test(name);
      for (const folded of withoutMarks(written)) {
        const list = byName.get(folded);
        if (!list) byName.set(folded, [entry]);
        else if (!list.includes(entry)) list.push(entry);
        if (acronym) {
          const forms = exact.get(folded) ?? new Set<string>();
          forms.add(trimmed);
          exact.set(folded, forms);
        }
      }
    }
  }
  // The map's keys are distinct already: the index's terms are the names, a name's id its position.
  const index = indexDistinctTerms(byName.keys());
  const names = index.terms;
  return {
    find: (sentence) => findAll(index, names, byName, exact, sentence),
    lookup: (name) => byName.get(foldText(name.trim())) ?? [],
  };
}

function findAll(
  index: TermIndex,
  names: readonly string[],
  byName: ReadonlyMap<string, GazetteerEntry[]>,
  exact: ReadonlyMap<string, Set<string>>,
  sentence: string,
): GazetteerHit[] {
  const folded = foldText(sentence);
  const hits: GazetteerHit[] = [];
  for (const id of findIndexedTerms(index, folded)) {
    const name = names[id] as string;
    const entries = byName.get(name) as GazetteerEntry[];
    const forms = exact.get(name);
    for (let at = findTerm(folded, name); at !== -1; at = findTerm(folded, name, at + 1)) {
      // An acronym matches only in capitals: "ICE" is the agency, "ice" is frozen water.
      if (forms && !forms.has(sentence.slice(at, at + name.length))) continue;
      hits.push({ start: at, end: at + name.length, entries });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
