/**
 * Where people are from: a country or region (data/countries.json, general
 * knowledge) with the word naming whom it is said of, the holder. Read apart
 * from the typed mentions (compare-origin.ts judges them):
 *
 * - "from X" (also "originally from X", "X natives", "natives / nationals /
 *   citizens of X", "born in X"): the holder is the word before ("three men
 *   from Honduras" → men; "all three of them from X" → them; "The men came
 *   from X" → men), or the noun of "natives of";
 * - a demonym before a noun ("a Guatemalan man", "Guatemalan nationals", "a
 *   Guatemalan father and his two sons") → that noun, skipping an age or
 *   another adjective; "X-born" before a noun;
 * - a plural demonym alone ("three Hondurans") → people.
 *
 * A country's name inside a longer name ("Guatemala City", "ICE's Guatemala
 * office", "the Mexico desk") is no origin: only the wordings above count.
 */
import countries from '../../../data/countries.json' with { type: 'json' };
import { lexicon } from './lexicon.ts';
import { phraseTokens, tokenize, type Token } from './tokens.ts';

export interface Origin {
  /** The country's id, or the region's. */
  id: string;
  region: boolean;
  /** The words as written ("Honduras", "Guatemalan"). */
  text: string;
  start: number;
  end: number;
  /** The word naming whom it is said of, lower case and singular ("man", "son", "them"), or '' when none. */
  holder: string;
}

interface Place {
  id: string;
  region: boolean;
  words: string[];
  kind: 'name' | 'demonym' | 'plural';
}

const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');
/** "Guatemalan" → "Guatemalans"; "Chinese", "Irish" have none. */
const pluralOf = (demonym: string) => (/(ese|ish|ss)$/.test(demonym) ? null : `${demonym}s`);
const PLACES: Place[] = [];
const addPlace = (id: string, region: boolean, name: string, demonyms: readonly string[]) => {
  PLACES.push({ id, region, words: phraseTokens(name), kind: 'name' });
  for (const d of demonyms) {
    PLACES.push({ id, region, words: phraseTokens(d), kind: 'demonym' });
    const plural = pluralOf(d);
    if (plural) PLACES.push({ id, region, words: phraseTokens(plural), kind: 'plural' });
  }
};
for (const [name, demonyms] of Object.entries(countries.countries))
  addPlace(slug(name), false, name, demonyms);
for (const [name, r] of Object.entries(countries.regions))
  addPlace(slug(name), true, name, r.demonyms);
PLACES.sort((a, b) => b.words.length - a.words.length);
const BY_FIRST = new Map<string, Place[]>();
for (const p of PLACES) BY_FIRST.set(p.words[0]!, [...(BY_FIRST.get(p.words[0]!) ?? []), p]);

/** The countries a region holds (a country holds itself). */
export function countriesIn(id: string): string[] {
  const region = Object.entries(countries.regions).find(([name]) => slug(name) === id);
  return region ? region[1].countries.map(slug) : [id];
}

/** The name a country or region is written with ("Guatemala"). */
export function countryName(id: string): string {
  return (
    [...Object.keys(countries.countries), ...Object.keys(countries.regions)].find(
      (n) => slug(n) === id,
    ) ?? id
  );
}

/** The place (country or region) whose words start at token i, capitalised as a name, and the index after it. */
export function placeAt(tokens: readonly Token[], i: number): { place: Place; end: number } | null {
  const t = tokens[i];
  if (!t?.word) return null;
  for (const p of BY_FIRST.get(t.lower) ?? []) {
    const end = i + p.words.length;
    if (end > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      const w = tokens[i + k]!;
      ok = w.lower === p.words[k] && (p.words[k] === 'the' || w.cap);
    }
    if (ok) return { place: p, end };
  }
  return null;
}

/** A country's name followed by another capitalised word is part of a longer name ("Guatemala City", "Mexico Desk"). */
function partOfName(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.word && next.cap && next.spaceBefore;
}

const BE_OR_COME =
  /^(is|are|was|were|be|been|being|come|comes|came|coming|hail|hails|hailed|originally|all|both|each|who|that|had|have|has|fled|migrated|emigrated|arrived|immigrated)$/;
const QUANTIFIER = /^(all|both|each)$/;
const HOLDER_OF = /^(natives?|nationals?|citizens?|residents?)$/;
const PEOPLE_PLURALS = lexicon.irregularPlurals;

/** A plural noun made singular, as the record's nouns are ("sons" → son, "men" → man). */
export function singularNoun(w: string): string {
  if (w === 'men') return 'man';
  if (w === 'women') return 'woman';
  if (w === 'people') return 'person';
  if (w === 'children') return 'child';
  if (PEOPLE_PLURALS.has(w) && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    return w.slice(0, -1);
  return w;
}

/** The word before token `at` that names whom "from X" is said of. */
function holderBefore(tokens: readonly Token[], at: number): string {
  // "the driver, a 25-year-old from X": an age standing as a noun is the person it is apposed to, or a person.
  if (
    tokens[at - 1]?.lower === 'old' &&
    tokens[at - 2]?.lower === '-' &&
    tokens[at - 3]?.lower === 'year' &&
    tokens[at - 4]?.lower === '-'
  ) {
    const apposed =
      /^an?$/.test(tokens[at - 6]?.lower ?? '') &&
      tokens[at - 7]?.lower === ',' &&
      tokens[at - 8]?.word
        ? tokens[at - 8]!.lower
        : '';
    return apposed ? singularNoun(apposed) : 'person';
  }
  let quantified = false;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const t = tokens[k]!;
    // "a father and his two sons, all from X", "…, all three from X": a quantifier after a comma refers back past it.
    if (t.lower === ',' && quantified && k < at - 1) continue;
    if (!t.word && !(t.lower === ',' && k === at - 1)) return '';
    if (QUANTIFIER.test(t.lower)) quantified = true;
    if (
      (t.digits || lexicon.numberWords.has(t.lower)) &&
      QUANTIFIER.test(tokens[k - 1]?.lower ?? '')
    )
      continue;
    if (BE_OR_COME.test(t.lower) || (t.lower === ',' && k === at - 1)) continue;
    // "Three men were detained, all from X": past the comma, a participle after a be-verb is the predicate; the holder is its subject.
    if (
      quantified &&
      /^(?:is|are|was|were|been)$/.test(tokens[k - 1]?.lower ?? '') &&
      tokens.slice(k + 1, at).some((x) => x.lower === ',')
    )
      continue;
    // "one of them", "some of them": a part of a group, whoever the group is.
    if (
      t.lower === 'them' &&
      tokens[k - 1]?.lower === 'of' &&
      /^(one|some|each|none|either|neither|any|most|many|several)$/.test(tokens[k - 2]?.lower ?? '')
    )
      return '';
    if (t.digits || lexicon.numberWords.has(t.lower)) return '';
    // "The men came from X": the subject before the verb.
    return singularNoun(t.lower);
  }
  return '';
}

/** The noun a demonym (or "X-born") before token `from` describes: the first lower-case word that is no function word, skipping an adjective or an age. */
function holderAfter(tokens: readonly Token[], from: number): string {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.lower === '-') continue;
      return '';
    }
    if (t.digits || t.cap || lexicon.functionWords.has(t.lower)) {
      if (k === from && !t.cap) return '';
      continue;
    }
    if (/^(year|old|born|adult|young|elderly|undocumented|illegal|native)$/.test(t.lower)) continue;
    return singularNoun(t.lower);
  }
  return '';
}

let last: { sentence: string; origins: Origin[] } | undefined;

/** The origins of a sentence (the last sentence's are kept: the comparer asks once per clause). */
export function findOrigins(sentence: string): Origin[] {
  if (last?.sentence !== sentence) last = { sentence, origins: readOrigins(sentence) };
  return last.origins;
}

function readOrigins(sentence: string): Origin[] {
  const tokens = tokenize(sentence);
  const out: Origin[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = placeAt(tokens, i);
    if (!m) continue;
    const { place, end } = m;
    const first = tokens[i]!;
    const last = tokens[end - 1]!;
    const text = sentence.slice(first.start, last.end);
    const add = (holder: string) =>
      out.push({
        id: place.id,
        region: place.region,
        text,
        start: first.start,
        end: last.end,
        holder,
      });
    const prev = tokens[i - 1]?.lower ?? '';
    const prev2 = tokens[i - 2]?.lower ?? '';
    if (place.kind === 'name') {
      if (partOfName(tokens, end)) {
        i = end - 1;
        continue;
      }
      // "from Honduras", "from the Dominican Republic"; "born in Mexico"; "natives of Guatemala".
      const fromAt = prev === 'from' ? i - 1 : prev === 'the' && prev2 === 'from' ? i - 2 : -1;
      if (fromAt !== -1) add(holderBefore(tokens, fromAt));
      else if (prev === 'in' && prev2 === 'born') add(holderBefore(tokens, i - 2));
      else if (prev === 'of' && HOLDER_OF.test(prev2)) add(singularNoun(prev2));
      // "Guatemala-born workers", "Guatemala natives".
      else if (tokens[end]?.lower === '-' && tokens[end + 1]?.lower === 'born')
        add(holderAfter(tokens, end + 2));
      else if (HOLDER_OF.test(tokens[end]?.lower ?? '') && !tokens[end]!.cap)
        add(singularNoun(tokens[end]!.lower));
    } else if (place.kind === 'demonym') {
      const holder = holderAfter(tokens, end);
      if (holder) add(holder);
    } else {
      add('person');
    }
    i = end - 1;
  }
  return out;
}
