/**
 * The town a suit was brought against. A place the clause names as whom a suit names ("sued X", "sues the City of
 * X", "took X to court", "filed suit against X", "the lawsuit against X"; read/find-legal.ts) is a defendant, a party
 * to the act, not where it happened: it is compared with the places among the record's defendants of the case the
 * clause is about. The recorded town agrees; another town the world file knows, neither inside nor around it, is a
 * conflict; a town the world does not know, or a state around the recorded town, is left to the other rules
 * (unconfirmed). Not when the clause is denied or compares suits ("also sued X", "other cities", "like X"), nor when
 * a day it gives is not the case's (another suit). Nothing here knows a story.
 */
import { legalIn } from '../read/find-legal.ts';
import type { Clause, Mention } from '../read/types.ts';
import { listNames } from './record-values.ts';
import type { ValueResult } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Words that set the suit beside others, or make it one of several: the town may be another suit's. */
const OTHER_SUITS =
  /\b(?:also|too|other|others|another|similar|similarly|likewise|like|unlike|as well|as it did|separate|separately|such as|including|among|already|previously|cities|towns|counties|states|lawsuits|suits|cases)\b/i;
/** A noun for the case right before "against": "the lawsuit against X" names X even in a clause about a later step. */
const CASE_AGAINST = /\b(?:law)?suit\s+against\s+$|\bcase\s+against\s+$|\bcomplaint\s+against\s+$/i;

export interface DefendantPlace {
  mention: Mention;
  /** `agrees` when a recorded defendant; else a conflict. */
  r: ValueResult;
}

/** The places among a set of defendants (canonical ids the gazetteer knows as places). */
function placesAmong(record: StoryRecord, ids: Iterable<string>): string[] {
  return [...ids].filter((id) =>
    record.gazetteer
      .lookup(record.nameOf(id))
      .some((g) => g.id === id && (g.kind === 'place' || g.kind === 'state')),
  );
}

/**
 * Defendant towns of one asserted clause, compared with the record. `named`: the events the clause names;
 * `onDays`: whether an event is on the clause's days (undefined when it gives none).
 */
export function defendantPlaces(
  sentence: string,
  clause: Clause,
  named: readonly IndexedEvent[],
  record: StoryRecord,
  onDays: (e: IndexedEvent) => boolean | undefined,
): DefendantPlace[] {
  if (clause.negated) return [];
  const text = sentence.slice(clause.start, clause.end);
  if (OTHER_SUITS.test(text)) return [];
  const spans = legalIn(text).naming;
  if (!spans.length) return [];
  const inSpan = (m: Mention) =>
    spans.some((s) => m.start - clause.start >= s.start && m.end - clause.start <= s.end);
  const places = clause.mentions.filter(
    (m) =>
      (m.type === 'place' || m.type === 'state') &&
      !m.negated &&
      /^\p{Lu}/u.test(m.text) &&
      inSpan(m),
  );
  if (!places.length) return [];
  const cases = record.events.filter(
    (e) => e.legal?.defendants && placesAmong(record, e.legal.defendants).length,
  );
  if (!cases.length) return [];
  // The case the clause names; else, for "the lawsuit against X" in a clause about a later step of it (a dismissal, a
  // refiling), the story's case when all its events name the same defendant towns.
  // A day the clause gives must be the case's step it tells of (another day: another suit).
  let about = named.filter((e) => cases.includes(e)).filter((e) => onDays(e) !== false);
  if (!about.length) {
    const towns = new Set(
      cases.map((e) =>
        placesAmong(record, e.legal?.defendants ?? [])
          .sort()
          .join('|'),
      ),
    );
    const against = places.some((m) =>
      CASE_AGAINST.test(
        sentence
          .slice(Math.max(0, m.start - 40), m.start)
          .replace(/\b(?:the\s+)?city\s+of\s+$/i, ''),
      ),
    );
    if (towns.size === 1 && against && named.some((e) => onDays(e) !== false)) about = cases;
  }
  if (!about.length) return [];
  const recorded = [
    ...new Set(about.flatMap((e) => placesAmong(record, e.legal?.defendants ?? []))),
  ];
  const statement =
    listNames([...new Set(about.map((e) => e.legal?.defendantsStatement ?? '').filter(Boolean))]) ||
    listNames(recorded.map(record.nameOf));
  const out: DefendantPlace[] = [];
  const canons = (m: Mention) =>
    record.gazetteer
      .lookup(m.type === 'place' || m.type === 'state' ? m.value.name : '')
      .filter((g) => g.kind === 'place' || g.kind === 'state')
      .map((g) => g.id);
  // A recorded defendant town named anywhere in the clause beside another ("sued X and Y before it sued Z"): the others are other suits.
  const ownTown = clause.mentions.some(
    (m) =>
      (m.type === 'place' || m.type === 'state') && canons(m).some((p) => recorded.includes(p)),
  );
  for (const m of places) {
    const page = canons(m);
    if (!page.length) continue;
    if (page.some((p) => recorded.includes(p))) {
      out.push({ mention: m, r: { status: 'agrees' } });
      continue;
    }
    // A place inside or around a defendant town ("sued New York" for a town in it): not this rule's to judge.
    if (
      ownTown ||
      page.some((p) =>
        recorded.some((r) => record.ancestors(r).has(p) || record.ancestors(p).has(r)),
      )
    )
      continue;
    out.push({
      mention: m,
      r: {
        status: 'conflict',
        comparison: { slot: 'place', page: m.text, record: statement },
        explanation: `The record has the suit brought against ${statement}, not ${m.text}.`,
      },
    });
  }
  return out;
}
