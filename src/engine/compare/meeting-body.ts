/**
 * The elected body whose meeting the page names ("at a meeting of the Lake County Legislature", "at the county
 * board's session", "at Tuesday's state senate hearing"), against the body the record has at the linked meeting: a
 * body of another level of government (a county legislature where the record has a city council) held another
 * meeting. The kinds and their levels are the world file's bodyKinds; a record body is of a kind when its name ends
 * in one of the kind's terms. Only a linked event one of the clause's people took part in, and only when every such
 * event has a body of another level: a body of the same level, or one the world cannot place, says nothing. Nothing
 * here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { BodyKind } from '../../world/schema.ts';
import type { WorldIndex } from '../../world/world-index.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

const MEETING = String.raw`(?:meeting|meetings|session|sessions|hearing|hearings)`;
/** "meeting of the (Lake) …": the body's name runs on to the term. */
const OF_BEFORE = new RegExp(
  String.raw`\b${MEETING}\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}$`,
  'u',
);
/** "… Legislature meeting", "… council's session", "… board's regular meeting". */
const AFTER = new RegExp(
  String.raw`^(?:['\u2019]s)?\s+(?:(?:regular|weekly|monthly|special|public|full|open|committee|budget)\s+)?${MEETING}\b`,
  'i',
);

interface Terms {
  re: RegExp;
  kinds: { term: string; kind: BodyKind }[];
}

const cache = new WeakMap<WorldIndex, Terms | null>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termsOf(world: WorldIndex): Terms | null {
  if (cache.has(world)) return cache.get(world) ?? null;
  const kinds = (world.world.bodyKinds ?? []).flatMap((kind) =>
    kind.terms.map((term) => ({ term: term.toLowerCase(), kind })),
  );
  // Longest first, so that "county board of supervisors" is read before "county board".
  kinds.sort((a, b) => b.term.length - a.term.length);
  const out = kinds.length
    ? {
        re: new RegExp(
          String.raw`\b(?:${kinds
            .map((k) =>
              k.term
                .split(/\s+/)
                .map(escape)
                .join(String.raw`\s+`),
            )
            .join('|')})\b`,
          'gi',
        ),
        kinds,
      }
    : null;
  cache.set(world, out);
  return out;
}

const kindOf = (terms: Terms, name: string) => {
  const folded = name.toLowerCase().replace(/\s+/g, ' ');
  return terms.kinds.find((k) => folded === k.term || folded.endsWith(` ${k.term}`))?.kind;
};

/** A quotation mark opened before `at` and not closed: the words there are someone's. */
const quotedAt = (sentence: string, at: number) =>
  (sentence.slice(0, at).match(/["\u201C\u201D]/g) ?? []).length % 2 === 1;

export function meetingBodyResult(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  events: readonly IndexedEvent[],
): { comparison: Comparison; explanation: string } | null {
  const world = record.world;
  if (!world || clause.negated || !events.length) return null;
  const text = sentence.slice(clause.start, clause.end);
  if (!/\b(?:meeting|session|hearing)s?\b/i.test(text)) return null;
  const terms = termsOf(world);
  if (!terms) return null;
  // The clause's people, and the linked events with an elected body that one of them took part in.
  const people = new Set(
    clause.mentions.flatMap((m: Mention) =>
      m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
    ),
  );
  if (!people.size) return null;
  const held = events.flatMap((e) => {
    if (!e.participants.some((p) => people.has(p.canon))) return [];
    const bodies = [...new Set(e.participants.map((p) => p.canon))].flatMap((c) => {
      const kind = kindOf(terms, record.nameOf(c));
      return kind ? [{ canon: c, kind }] : [];
    });
    return bodies.length ? [bodies] : [];
  });
  if (!held.length) return null;
  for (const match of text.matchAll(terms.re)) {
    const start = clause.start + (match.index ?? 0);
    const end = start + match[0].length;
    if (quotedAt(sentence, start)) continue;
    const named =
      OF_BEFORE.test(sentence.slice(Math.max(0, start - 80), start)) ||
      AFTER.test(sentence.slice(end, end + 40));
    if (!named) continue;
    const kind = kindOf(terms, match[0]);
    if (!kind) continue;
    // Every meeting of theirs the clause links is a body's of another level.
    if (held.some((bodies) => bodies.some((b) => b.kind.level === kind.level))) return null;
    // The page's name for the body: the capitalised words before the term ("Lake County Legislature").
    const lead =
      /(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,3}$/u.exec(
        sentence.slice(Math.max(0, start - 60), start),
      )?.[0] ?? '';
    const page = `${lead}${match[0]}`;
    const bodies = [...new Map(held.flat().map((b) => [b.canon, b])).values()];
    const names = listNames(bodies.map((b) => record.nameOf(b.canon)));
    const theirs = [...new Set(bodies.map((b) => b.kind.name))];
    const what = (name: string, kindName: string) =>
      name.toLowerCase() === kindName ? `the ${name}` : `the ${name} (a ${kindName})`;
    return {
      comparison: { slot: 'body', page, record: names },
      explanation: `The record has the meeting held by ${theirs.length === 1 ? what(names, theirs[0] as string) : names}, not by ${what(page, kind.name)}.`,
    };
  }
  return null;
}
