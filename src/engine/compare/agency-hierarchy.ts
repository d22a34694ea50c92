/**
 * An agency's place in the hierarchy, as the page states it ("HSI, an arm of
 * Customs and Border Protection", "X, a unit of Y", "X, part of Y", "X, which
 * belongs to Y", "X is part of Y", "Y's X"), against what the world file and
 * the pack say each agency is part of (StoryRecord.ancestors). World
 * knowledge, no event link needed: when X is recorded as part of something and
 * Y is none of the bodies above it, the page is wrong. An agency the record
 * puts under nothing, or a name it does not know, says nothing. Nothing here
 * knows a story.
 */
import type { Mention } from '../read/types.ts';
import { isAgencyCanon } from './scene-agencies.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';

type Agency = Mention & { type: 'agency' };

interface HierarchyConflict {
  comparison: Comparison;
  explanation: string;
}

export interface StatedHierarchy {
  conflicts: HierarchyConflict[];
  /** The agencies named as what another is part of: a statement about the hierarchy, not about who took part. */
  parents: Set<Mention>;
}

/** Nouns for a part of an organisation ("an arm of", "the investigative arm of", "a unit within"). */
const PART = String.raw`(?:arm|arms|unit|units|part|division|branch|component|subagency|sub-agency|wing|section|subdivision|directorate|office|bureau|agency)`;
/** An optional determiner and one modifier before the noun ("an arm", "the investigative arm", "a federal agency", "part"). */
const LEAD = String.raw`(?:(?:a|an|the|one)\s+)?(?:[a-z][\w-]*\s+)?`;
const OF = String.raw`\s+(?:of|within|in|under)\s+(?:the\s+)?$`;
const BE = String.raw`(?:is|was|are|were|has\s+been|remains)`;
const VERB = String.raw`(?:belongs?|belonged|reports?|reported)\s+to|falls?\s+under|fell\s+under|sits?\s+(?:within|under|inside)|operates?\s+(?:within|under)`;

/** What comes between X and Y: an appositive, a relative clause, or a predicate. */
const BETWEEN = [
  // "X, an arm of Y", "X, part of Y", "X, within Y", "X (part of Y)"
  new RegExp(String.raw`^\s*[,(\u2014\u2013]\s*(?:${LEAD}${PART}${OF}|within\s+(?:the\s+)?$)`, 'i'),
  // "X, which is part of Y", "X, which belongs to Y", "X, which falls under Y"
  new RegExp(
    String.raw`^\s*,\s*(?:which|that)\s+(?:${BE}\s+(?:now\s+)?${LEAD}${PART}${OF}|(?:${VERB})\s+(?:the\s+)?$)`,
    'i',
  ),
  // "X is part of Y", "X is an arm of Y", "X belongs to Y"
  new RegExp(String.raw`^\s+(?:${BE}\s+${LEAD}${PART}${OF}|(?:${VERB})\s+(?:the\s+)?$)`, 'i'),
];

/** "Y's X": the owner's possessive right before the agency. */
const POSSESSIVE = /^['\u2019]s\s+$/;

/** Nouns after "Y's X" that make X someone else's peer, not Y's part. */
const PEERS = /^\s+(?:partners?|counterparts?|colleagues|allies|rivals|peers|liaisons?)\b/i;

/** The start of an aside of comparison after the agency: "X, like W," / "X, just like W," / "X, as with the W,". */
const ASIDE = /^\s*,\s*(?:just\s+|much\s+)?(?:like|as\s+with)\s+(?:the\s+)?$/i;

/** A denial anywhere between the two names ("X, not part of Y") leaves the statement alone. */
const DENIED = /\b(not|never|no\s+longer|neither|nor|rather\s+than|instead\s+of|n['\u2019]t)\b/i;

/**
 * The hierarchy statements of a sentence. `mentions` are the asserted,
 * unquoted mentions of all its clauses, in order (a relative clause is a
 * clause of its own).
 */
export function statedHierarchy(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
): StatedHierarchy {
  const agencies = [...new Set(mentions)]
    .filter((m): m is Agency => m.type === 'agency' && !m.negated)
    .sort((a, b) => a.start - b.start);
  const out: StatedHierarchy = { conflicts: [], parents: new Set() };
  for (let i = 0; i + 1 < agencies.length; i++) {
    const first = agencies[i] as Agency;
    let second = agencies[i + 1] as Agency;
    if (second.start < first.end) continue;
    let gap = sentence.slice(first.end, second.start);
    // "X, like W, is part of Y": an aside of comparison between the agency and what it is said to be part of.
    // The aside's agency is said to be part of it too, and takes part in nothing.
    const aside = agencies[i + 2];
    let like: Agency | undefined;
    if (ASIDE.test(gap) && aside && /^\s*,/.test(sentence.slice(second.end, aside.start))) {
      gap = sentence.slice(second.end, aside.start).replace(/^\s*,/, '');
      [like, second] = [second, aside];
    }
    if (DENIED.test(gap)) continue;
    const pair = BETWEEN.some((re) => re.test(gap))
      ? { child: first, parent: second }
      : POSSESSIVE.test(gap)
        ? { child: second, parent: first }
        : null;
    if (!pair) continue;
    // "ICE's Border Patrol partners": the possessive owns the partners, not the agency.
    if (pair.parent === first && PEERS.test(sentence.slice(second.end, second.end + 20))) continue;
    out.parents.add(pair.parent);
    const conflict = compareParent(record, pair.child, pair.parent);
    if (conflict) out.conflicts.push(conflict);
    if (like && BETWEEN.some((re) => re.test(gap))) {
      out.parents.add(like);
      const also = compareParent(record, like, pair.parent);
      if (also) out.conflicts.push(also);
      i++;
    }
  }
  return out;
}

const agencyIds = (record: StoryRecord, m: Agency) =>
  record.gazetteer
    .lookup(m.value.name)
    .filter((g) => g.kind === 'agency')
    .map((g) => g.id);

function compareParent(
  record: StoryRecord,
  child: Agency,
  parent: Agency,
): HierarchyConflict | null {
  const children = agencyIds(record, child);
  const parents = agencyIds(record, parent);
  if (!children.length || !parents.length || children.some((c) => parents.includes(c))) return null;
  // Only an agency the record puts under something can be put under the wrong thing.
  const above = children.map((c) => ({
    c,
    up: [...record.ancestors(c)].filter((a) => isAgencyCanon(record, a)),
  }));
  const placed = above.filter((x) => x.up.length);
  if (placed.length !== children.length) return null;
  if (placed.some((x) => parents.some((p) => x.up.includes(p)))) return null;
  // The nearest body above it, then the rest of the chain ("ICE, within the Department of Homeland Security").
  const [near, ...rest] = (placed[0] as { up: string[] }).up.map(record.nameOf);
  const name = record.nameOf((placed[0] as { c: string }).c);
  const within = rest.length ? `, within ${listNames(rest)}` : '';
  return {
    comparison: { slot: 'agency', page: parent.text, record: `${near as string}${within}` },
    explanation: `The record has ${name} as part of ${near as string}${within}, not ${parent.text}.`,
  };
}
