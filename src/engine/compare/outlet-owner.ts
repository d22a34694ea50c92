/**
 * Who owns an outlet: a clause that says one outlet is owned by, part of or a
 * property of another ("X is owned by Y", "X, part of the Y network", "Y owns
 * X", "X's parent company, Y"), when the world file lists the companies that
 * own or have owned X (`owners`). Used by compare-outlet.ts for the outlet in
 * the owner's place (Y); nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged only when X is an outlet of the world with owners recorded and Y
 *   is an outlet the world knows (a news organisation, surely not a holding
 *   company under another name).
 * - Agrees when Y is one of X's owners (a shared distinctive word: "Lexipol
 *   Inc." for "Lexipol"), X itself, its brand (`partOf`) or a network it is
 *   affiliated with (a network owns some of its stations).
 * - Unconfirmed when Y shares an owner with X (a sister outlet, not its owner,
 *   but close); a conflict otherwise.
 * - Any other name in Y's place (a company the world does not know) is left
 *   alone.
 */
import type { Mention } from '../read/types.ts';
import type { Outlet } from '../../world/schema.ts';
import type { ValueResult } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';

type OutletMention = Mention & { type: 'outlet' };

/** What a page calls a news outlet by its kind ("the trade site", "the paper"). */
export const OUTLET_NOUN = String.raw`(?:site|website|outlet|paper|newspaper|magazine|publication|station|service|platform)`;
const COPULA = String.raw`(?:,\s*(?:(?:which|that)\s+(?:is|was|has been|had been)\s+)?|\s+(?:is|was|has been|had been|are|were)\s+)(?:(?:now|also|still|actually|in fact|wholly|fully|ultimately)\s+)?`;
/** Between the owned outlet and its owner: "X is owned by the ", "X is the trade site run by the ", "X, part of the ", "X belongs to ", "X's parent company, "; after an appositive ("X, the site that ran it, is owned by"). */
const OWNED_BY = new RegExp(
  String.raw`^(?:,[^,.;:!?]{1,80},)?(?:${COPULA}(?:owned|operated|run|controlled)\s+by|${COPULA}(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?${OUTLET_NOUN}\s+(?:(?:that|which)\s+is\s+)?(?:owned|operated|run|controlled)\s+by|${COPULA}(?:a\s+)?(?:part|property|subsidiary|unit|division|brand|arm|holding)\s+of|\s+(?:belongs|belonged)\s+to|['\u2019]s\s+(?:parent(?:\s+company)?|owner|corporate\s+owner|parent\s+group)\s*,?(?:\s+(?:is|was))?)\s+(?:the\s+)?$`,
  'i',
);
/** Between the owner and the outlet it owns: "Y owns ", "Y bought ", "Y-owned ". */
const OWNS = /^(?:\s+(?:owns|owned|bought|acquired|runs|operates)\s+|-owned\s+)(?:the\s+)?$/i;

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (w) =>
        w.length > 2 && !['inc', 'llc', 'corp', 'company', 'group', 'media', 'the'].includes(w),
    );

/** The world's outlet of a name (its reader's id first, then the outlets the gazetteer finds by the name), if any. */
export function worldOutlet(record: StoryRecord, name: string, id?: string): Outlet | undefined {
  const ids = [
    id,
    ...record.gazetteer
      .lookup(name)
      .filter((g) => g.kind === 'outlet')
      .map((g) => g.id),
  ].filter((x): x is string => x !== undefined);
  for (const c of ids) {
    const w = c.startsWith('w:') ? record.world?.outlet(c.slice(2)) : undefined;
    if (w) return w;
  }
  return undefined;
}

const worldOutletOf = (record: StoryRecord, m: OutletMention): Outlet | undefined =>
  worldOutlet(record, m.value.name, m.value.id);

/** Y is X itself, X's brand (`partOf`) or a network X is affiliated with. */
export const ownOrBrand = (x: Outlet, y: Outlet): boolean =>
  x.id === y.id || x.partOf === y.id || (x.affiliations ?? []).includes(y.id);

/**
 * A name in the place of X's owner that is none of its owners (`page` as printed, `named` in the explanation): an
 * outlet Y that shares an owner with X (`sharesOwner` of one of Y's owners) is a sister, unconfirmed; anything
 * else conflicts.
 */
export function notOwner(
  x: Outlet,
  y: Outlet | undefined,
  page: string,
  named: string,
  sharesOwner: (owner: string) => boolean,
): ValueResult {
  const owners = x.owners ?? [];
  const comparison = { slot: 'outlet', page, record: `${x.name}: ${owners.join(', ')}` };
  if (y && (y.owners ?? []).some(sharesOwner)) {
    return {
      status: 'unconfirmed',
      comparison,
      explanation: `${x.name} and ${y.name} have the same owner (${owners.join(', ')}); ${y.name} does not own ${x.name}.`,
    };
  }
  return {
    status: 'conflict',
    comparison,
    explanation: `${x.name} belongs to ${owners.join(' / ')}, not to ${named}.`,
  };
}

/** The outlet the clause says `m` owns, when `m` stands in an owner's place beside another outlet mention. */
function ownedBy(
  sentence: string,
  mentions: readonly Mention[],
  m: OutletMention,
): OutletMention | null {
  for (const o of mentions) {
    if (o.type !== 'outlet' || o === m) continue;
    if (o.end <= m.start && OWNED_BY.test(sentence.slice(o.end, m.start))) return o;
    if (m.end <= o.start && OWNS.test(sentence.slice(m.end, o.start))) return o;
  }
  return null;
}

const SISTER_NOUN = String.raw`sister\s+(?:site|sites|station|publication|paper|newspaper|outlet|magazine|channel|network|brand|title|website)`;
/** After the outlet: "X, a sister site,", "X, a sister publication of Y", "X, its sister site". */
const SISTER_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:a|an|its|their|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?${SISTER_NOUN}(?:\s+(?:of|to)\s+(?:the\s+)?)?`,
  'u',
);
/** Before the outlet: "Y's sister site X", "Y's sister site, X,". */
const SISTER_BEFORE = new RegExp(
  String.raw`['\u2019]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?${SISTER_NOUN}\s*,?\s+(?:the\s+)?$`,
  'u',
);

/** The outlet the clause says `m` is a sister of: named with it ("of Y", "Y's"), or else the one other outlet of the clause whose owners the world lists. */
function sisterOf(
  record: StoryRecord,
  sentence: string,
  mentions: readonly Mention[],
  m: OutletMention,
): OutletMention | null {
  const others = mentions.filter((o): o is OutletMention => o.type === 'outlet' && o !== m);
  const after = SISTER_AFTER.exec(sentence.slice(m.end, m.end + 80));
  if (after) {
    const at = m.end + after[0].length;
    if (/(?:of|to)\s+(?:the\s+)?$/.test(after[0]))
      return others.find((o) => o.start >= at && o.start <= at + 2) ?? null;
  } else {
    const before = SISTER_BEFORE.exec(sentence.slice(Math.max(0, m.start - 60), m.start));
    if (!before) return null;
    const at = m.start - before[0].length;
    return others.find((o) => o.end === at || o.end === at - 1) ?? null;
  }
  // The sentence's other outlets, in any of its clauses ("…, and sent readers to the full story on Y").
  const named = new Map<string, OutletMention>();
  for (const hit of sentence.matchAll(
    /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}/gu,
  )) {
    const name = hit[0].replace(/[.]+$/, '').replace(/['\u2019]s$/, '');
    if (hit.index === undefined || (hit.index < m.end && hit.index + name.length > m.start))
      continue;
    const o: OutletMention = {
      type: 'outlet',
      text: name,
      start: hit.index,
      end: hit.index + name.length,
      value: { name, credited: false },
    } as OutletMention;
    const w = worldOutletOf(record, o);
    if (w?.owners?.length) named.set(w.id, o);
  }
  return named.size === 1 ? [...named.values()][0]! : null;
}

/**
 * "X, a sister site, ran …", "Y's sister site X": X and Y have an owner in common. Judged only when the world lists
 * Y's owners and knows X: the world lists the owners of every outlet it holds that shares one with another of them,
 * so a world outlet without Y's owners is no sister of Y.
 */
function compareSister(
  record: StoryRecord,
  sentence: string,
  mentions: readonly Mention[],
  m: OutletMention,
): ValueResult | null {
  const sister = sisterOf(record, sentence, mentions, m);
  const y = sister && worldOutletOf(record, sister);
  const x = worldOutletOf(record, m);
  if (!y?.owners?.length || !x || x.id === y.id) return null;
  const owners = new Set(y.owners.flatMap(words));
  if ((x.owners ?? []).some((o) => words(o).some((w) => owners.has(w))))
    return { status: 'agrees' };
  return {
    status: 'conflict',
    comparison: { slot: 'outlet', page: m.text, record: `${y.name}: ${y.owners.join(', ')}` },
    explanation: `${m.text} is no sister outlet of ${y.name}: ${y.name} belongs to ${y.owners.join(' / ')}, ${x.name} does not.`,
  };
}

export function compareOwner(
  record: StoryRecord,
  sentence: string,
  mentions: readonly Mention[],
  m: OutletMention,
): ValueResult | null {
  const owned = ownedBy(sentence, mentions, m);
  if (!owned) return compareSister(record, sentence, mentions, m);
  const x = worldOutletOf(record, owned);
  const y = worldOutletOf(record, m);
  if (!x?.owners?.length || !y) return null;
  if (ownOrBrand(x, y)) return { status: 'agrees' };
  const owners = new Set(x.owners.flatMap(words));
  if ([y.name, ...(y.aliases ?? [])].some((n) => words(n).some((w) => owners.has(w))))
    return { status: 'agrees' };
  return notOwner(x, y, m.text, y.name, (o) => words(o).some((w) => owners.has(w)));
}
