/**
 * Streets, intersections, places and states. Streets: "<Name> Street / St. /
 * Avenue / Road / …" (suffixes in lexicon.json), with the preposition before
 * them ("on", "at", "near", "off"); an intersection is two streets joined by
 * "and", "at", "&" or "/", or "the corner / intersection of X and Y". Places and states: the
 * gazetteer's, "City, State" (the state from the gazetteer), "<Name>
 * County", "the city of X", and the side of a place ("the west side of X",
 * "X's west side").
 */
import { MAX_RUN, Rank, type ReadContext } from './context.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { lexicon } from './lexicon.ts';
import type { StreetRelation } from './types.ts';

const ORDINAL = /^\d+(st|nd|rd|th)$/;

interface StreetSpan {
  from: number;
  to: number;
  name: string;
}

/** Abbreviations that are no English word, read without their dot too ("Dewey Ave", "Route 9 Hwy" in a chat or a post). */
const UNDOTTED = new Set(['st', 'ave', 'rd', 'blvd', 'pkwy', 'hwy', 'ln']);

/** A street ending with the suffix at token s ("Lyell Avenue", "Main St.", "42nd Street"), or null. */
function streetEndingAt(ctx: ReadContext, s: number): StreetSpan | null {
  const suffix = lexicon.streetSuffixes.get(ctx.lower(s));
  if (!suffix || !ctx.token(s)!.cap) return null;
  const abbreviated = suffix !== ctx.lower(s);
  if (abbreviated && !ctx.dotAfter(s) && !UNDOTTED.has(ctx.lower(s))) return null;
  const start = ctx.runBefore(
    s,
    (k) =>
      (ctx.isCapWord(k) && !lexicon.titles.matchAt(ctx.tokens, k)) || ORDINAL.test(ctx.lower(k)),
    MAX_RUN - 1,
  );
  if (start === s) return null;
  // "Tom Lane", "Ann Way": a person the gazetteer knows is no street.
  for (let k = start; k < s; k++)
    if (ctx.knownAt(k, 'person').some((p) => p.to === s + 1)) return null;
  for (let k = start; k < s; k++) {
    if (suffix === 'court' && lexicon.courtWords.has(ctx.lower(k))) return null;
    if (lexicon.notNames.has(ctx.lower(k)) && k === start && start + 1 === s) return null;
  }
  const to = abbreviated && ctx.dotAfter(s) ? s + 2 : s + 1;
  const words: string[] = [];
  for (let k = start; k < s; k++) words.push(ctx.lower(k));
  words.push(suffix);
  return { from: start, to, name: words.join(' ') };
}

function relationBefore(ctx: ReadContext, from: number): StreetRelation | undefined {
  return lexicon.streetRelations.get(ctx.lower(from - 1)) as StreetRelation | undefined;
}

function addStreet(ctx: ReadContext, s: StreetSpan, rank: number): void {
  const relation = relationBefore(ctx, s.from);
  ctx.add({
    type: 'street',
    from: s.from,
    to: s.to,
    rank,
    value: { name: s.name, ...(relation && { relation }) },
  });
}

/** A bare name after "the corner of" ("Main" in "the corner of Main and Broadway"): its run. */
function bareName(ctx: ReadContext, i: number): StreetSpan | null {
  const end = ctx.runFrom(i, (k) => ctx.isCapWord(k) || ORDINAL.test(ctx.lower(k)), MAX_RUN - 1);
  if (end === i) return null;
  const last =
    streetEndingAt(ctx, end - 1) ?? (ctx.dotAfter(end) ? streetEndingAt(ctx, end) : null);
  if (last && last.from === i) return last;
  const words: string[] = [];
  for (let k = i; k < end; k++) words.push(ctx.lower(k));
  return { from: i, to: end, name: words.join(' ') };
}

const JOINERS = new Set(['and', 'at', '&', '/']);

function findStreets(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  const streets: StreetSpan[] = [];
  for (let i = 0; i < n; i++) {
    const s = streetEndingAt(ctx, i);
    if (s) {
      streets.push(s);
      addStreet(ctx, s, Rank.pattern);
    }
  }
  for (let k = 0; k + 1 < streets.length; k++) {
    const a = streets[k]!;
    const b = streets[k + 1]!;
    if (b.from === a.to + 1 && JOINERS.has(ctx.lower(a.to))) {
      ctx.add({
        type: 'intersection',
        from: a.from,
        to: b.to,
        rank: Rank.pattern,
        value: { streets: [a.name, b.name] },
      });
    }
  }
  // "the corner of Main and Broadway", "the intersection of Elm and 5th"
  for (let i = 0; i + 2 < n; i++) {
    if (!/^(corner|intersection|junction)$/.test(ctx.lower(i)) || ctx.lower(i + 1) !== 'of')
      continue;
    const a = bareName(ctx, i + 2);
    if (!a || !JOINERS.has(ctx.lower(a.to))) continue;
    const b = bareName(ctx, a.to + 1);
    if (!b) continue;
    ctx.add({
      type: 'intersection',
      from: a.from,
      to: b.to,
      rank: Rank.pattern,
      value: { streets: [a.name, b.name] },
    });
    for (const s of [a, b])
      ctx.add({
        type: 'street',
        from: s.from,
        to: s.to,
        rank: Rank.weak,
        value: { name: s.name, relation: 'at' },
      });
  }
}

/** "the west side of X" before token i, or "X's west side" after [i, to): the side, or undefined. */
function areaOf(ctx: ReadContext, from: number, to: number): string | undefined {
  if (ctx.lower(from - 1) === 'of' && ctx.lower(from - 2) === 'side') {
    const side = lexicon.sides.matchEndingAt(ctx.tokens, from - 2, 2);
    if (side) return `${side.value} side`;
  }
  if (ctx.is(to, "'") && ctx.isPossessiveS(to + 1)) {
    const side = lexicon.sides.matchAt(ctx.tokens, to + 2);
    if (side && ctx.lower(side.end) === 'side') return `${side.value} side`;
  }
  return undefined;
}

function statesAt(entries: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  return entries.find((e) => e.kind === 'state');
}

/** A state the gazetteer knows starting at token i ("New York", "N.Y."): its span and entry. */
function stateAt(ctx: ReadContext, i: number): { to: number; entry: GazetteerEntry } | null {
  for (const s of ctx.knownAt(i, 'state')) return { to: s.to, entry: statesAt(s.entries)! };
  return null;
}

/** "St. Lawrence", "Ft. Worth": a saint's or fort's abbreviation before a name belongs to it. */
function withAbbreviation(ctx: ReadContext, start: number): number {
  return ctx.is(start - 1, '.') &&
    /^(st|ste|ft|mt|pt)$/.test(ctx.lower(start - 2)) &&
    ctx.token(start - 2)!.cap
    ? start - 2
    : start;
}

/** Type nouns of an outlet that name nothing else ("paper", "newspaper", "TV station"; not "site" or "station", which may be a place's). */
const homeOfOutlet = (ctx: ReadContext, at: number) => {
  const type = lexicon.outletTypeNouns.matchAt(ctx.tokens, at);
  return type !== null && !['site', 'station'].includes(ctx.text(at, type.end).toLowerCase());
};

function place(
  ctx: ReadContext,
  from: number,
  to: number,
  rank: number,
  extra: { id?: string; kind?: 'county' } = {},
): void {
  // "the Phoenix paper", "a Buffalo TV station": the place is the outlet's home, not where anything happened.
  if (homeOfOutlet(ctx, to)) return;
  from = withAbbreviation(ctx, from);
  const area = areaOf(ctx, from, to);
  ctx.add({
    type: 'place',
    from,
    to,
    rank,
    value: { name: ctx.text(from, to), ...extra, ...(area && { area }) },
  });
}

/** Nouns of an agency's local office after a place's name ("Buffalo field office", "Buffalo Sector", "Buffalo division"). */
const OFFICE_AFTER = new Set(['office', 'sector', 'division', 'bureau', 'offices']);
/** Capitalised heads of a neighbourhood's or a park's own name after a town's ("Lincoln Heights", "Cypress Park"): another place. */
const AREA_HEADS = new Set(
  'heights hills park village gardens square terrace estates manor acres commons woods ridge grove meadows'.split(
    ' ',
  ),
);

/** Capitalised words before a town's name that are part of a place's name or a direction, not a given name. */
const PLACE_LEADS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'midtown',
  'downtown',
  'greater',
  'upstate',
  'downstate',
  'metro',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'old',
  'new',
  'upper',
  'lower',
  'inner',
  'outer',
  'suburban',
  'rural',
  'urban',
  'coastal',
]);

/**
 * A town's name right after one capitalised word that can only be a given name ("Kate Phoenix", "Sonny Jackson"):
 * a name word the gazetteer knows nothing of, no direction or place's lead, no acronym, with no capitalised word or
 * known name before it (a run of capitals is an organisation's: "Border Patrol Buffalo Sector"), and no capitalised
 * word after the town's name.
 */
function surnameAfterGivenName(ctx: ReadContext, from: number, to: number): boolean {
  const given = from - 1;
  const t = ctx.token(given);
  if (!t || !t.word || !ctx.isNameWord(given)) return false;
  if (t.text === t.text.toUpperCase() || t.text.length < 2 || !ctx.token(from)!.spaceBefore)
    return false;
  const w = t.lower;
  if (PLACE_LEADS.has(w) || ctx.gazetteer.lookup(t.text).length) return false;
  for (const [start, spans] of ctx.known)
    if (start <= given && spans.some((sp) => sp.to > given)) return false;
  if (given > 0 && (ctx.isCapWord(given - 1) || ctx.token(given - 1)?.digits)) return false;
  const after = ctx.token(to);
  return !(after?.cap && after.spaceBefore && after.word);
}

function findPlacesAndStates(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (const [from, spans] of ctx.known) {
    for (const s of spans) {
      const state = statesAt(s.entries);
      const city = s.entries.find((e) => e.kind === 'place');
      if (!state && !city) continue;
      // "the FBI's Buffalo field office", "Border Patrol's Buffalo Sector": where an agency's office sits, no place of what it did.
      if (
        OFFICE_AFTER.has(ctx.lower(s.to)) ||
        (ctx.lower(s.to) === 'field' && OFFICE_AFTER.has(ctx.lower(s.to + 1)))
      )
        continue;
      // "Lincoln Heights", "Washington Park": a neighbourhood named after the town's name, not the town.
      if (ctx.token(s.to)?.cap && ctx.token(s.to)!.spaceBefore && AREA_HEADS.has(ctx.lower(s.to)))
        continue;
      // "reporter Kate Phoenix", "a resident, Jim Denver,": a town's name after a given name is a surname.
      if (city && !state && surnameAfterGivenName(ctx, from, s.to)) {
        ctx.add({
          type: 'person',
          from: from - 1,
          to: s.to,
          rank: Rank.pattern,
          value: { name: ctx.text(from - 1, s.to) },
        });
        continue;
      }
      // A name that is both: after "City," it is the state; before ", <state>" or "City" it is the place; "X state" is the state.
      const afterComma = ctx.is(from - 1, ',') && ctx.isCapWord(from - 2);
      const beforeState = ctx.is(s.to, ',') && stateAt(ctx, s.to + 1) !== null;
      const saysState = ctx.lower(s.to) === 'state';
      const asState =
        state && (!city || afterComma || saysState || (!beforeState && !areaOf(ctx, from, s.to)));
      if (asState)
        ctx.add({
          type: 'state',
          from,
          to: s.to,
          rank: Rank.gazetteer,
          value: { name: ctx.text(from, s.to), id: state.id },
        });
      else if (city) place(ctx, from, s.to, Rank.gazetteer, { id: city.id });
    }
  }
  for (let i = 0; i < n; i++) {
    // "Springfield, Ill." / "Springfield, Illinois": the run before the comma is a place.
    if (ctx.is(i, ',') && stateAt(ctx, i + 1)) {
      const start = ctx.runBefore(i, (k) => ctx.isNameWord(k), 3);
      if (start < i) {
        const id = ctx.lookup(ctx.text(start, i), 'place')?.id;
        place(ctx, start, i, Rank.pattern, id ? { id } : {});
      }
    }
    // "Monroe County"
    if (ctx.lower(i) === 'county' && ctx.token(i)!.cap) {
      // A qualifier opening the run is no part of the name ("Former County Board Chairman").
      const start = ctx.runBefore(
        i,
        (k) => ctx.isNameWord(k) && !lexicon.qualifiers.has(ctx.lower(k)),
        3,
      );
      if (start < i) {
        const id = ctx.lookup(ctx.text(start, i + 1), 'place')?.id;
        place(ctx, start, i + 1, Rank.pattern, { kind: 'county', ...(id && { id }) });
      }
    }
    const w = ctx.lower(i);
    // "police chief of Springfield", "the mayor of Springfield"
    if (w === 'of' && lexicon.titles.matchEndingAt(ctx.tokens, i, 3) && ctx.isNameWord(i + 1)) {
      const end = ctx.runFrom(i + 1, (k) => ctx.isNameWord(k), 3);
      if (!lexicon.agencyHeads.matchAt(ctx.tokens, end) && !ctx.is(end, "'")) {
        const id = ctx.lookup(ctx.text(i + 1, end), 'place')?.id;
        place(ctx, i + 1, end, Rank.weak, id ? { id } : {});
      }
    }
    // "Springfield officers", "Springfield residents" (not after "the": "the Locust officers")
    if (
      !ctx.titleCase &&
      ctx.isNameWord(i) &&
      !ctx.isNameWord(i - 1) &&
      ctx.lower(i - 1) !== 'the'
    ) {
      const end = ctx.runFrom(i, (k) => ctx.isNameWord(k), 3);
      const after = ctx.token(end);
      if (after && !after.cap && lexicon.placeResidents.matchAt(ctx.tokens, end)) {
        const id = ctx.lookup(ctx.text(i, end), 'place')?.id;
        place(ctx, i, end, Rank.weak, id ? { id } : {});
      }
    }
    // "the city of X", "the west side of X", "X's west side"
    if (w === 'of' && /^(city|town|village|side|outskirts|suburbs)$/.test(ctx.lower(i - 1))) {
      const end = ctx.runFrom(i + 1, (k) => ctx.isNameWord(k), 3);
      if (end > i + 1) {
        const id = ctx.lookup(ctx.text(i + 1, end), 'place')?.id;
        place(ctx, i + 1, end, Rank.weak, id ? { id } : {});
      }
    }
    if (
      ctx.is(i, "'") &&
      ctx.isPossessiveS(i + 1) &&
      areaOf(
        ctx,
        ctx.runBefore(i, (k) => ctx.isNameWord(k), 3),
        i,
      )
    ) {
      const start = ctx.runBefore(i, (k) => ctx.isNameWord(k), 3);
      if (start < i) place(ctx, start, i, Rank.weak);
    }
  }
}

export function findPlaces(ctx: ReadContext): void {
  findStreets(ctx);
  findPlacesAndStates(ctx);
}
