/**
 * A court case as typed values (pack 0.7.5, an event's `legal`): the court
 * it was in, whom the suit named, how it ended. A clause's court, disposition
 * and naming phrases (read/find-legal.ts) are compared with the events of the
 * case the clause is about, by compatibility, not by string: "a federal judge"
 * agrees with the U.S. District Court for the Western District of Ohio,
 * "state court" or "the Northern District of Ohio" does not; "thrown
 * out" and "tossed" agree with a dismissal, "with prejudice" does not agree
 * with "without prejudice", and a ruling on the merits ("struck down",
 * "sided with", "ruled … unconstitutional") conflicts with a dismissal as
 * moot with no ruling. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import {
  CLOSED_FOR_GOOD,
  legalIn,
  type CourtPhrase,
  type DispositionPhrase,
  type LegalReading,
} from '../read/find-legal.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { ExtentConflict } from './record-extent.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { otherDistrict } from './court-district.ts';
import { personIds } from '../read/gazetteer.ts';

export interface CourtRecord {
  level: 'federal' | 'state';
  tier?: 'trial' | 'appeals' | 'supreme';
  district?: 'northern' | 'southern' | 'eastern' | 'western' | 'middle' | 'central';
  state?: string;
  statement: string;
}

export interface DispositionRecord {
  dismissed: boolean;
  merits: boolean;
  prejudice?: boolean;
  moot?: boolean;
  statement: string;
}

/** A noun for a case: with a court or ruling phrase, it makes the clause about the story's case. */
const CASE_NOUN =
  /\b(?:law)?suits?\b|\bcase\b|\bcomplaint\b|\bdismissal\b|\bruling\b|\bclaims?\b|\b(?:co-?)?defendants?\b/i;

/** Whether the page's court can be the record's. */
function courtFits(page: CourtPhrase, record: CourtRecord): boolean {
  if (page.level && page.level !== record.level) return false;
  if (page.tier && record.tier && page.tier !== record.tier) return false;
  if (page.district && record.district && page.district !== record.district) return false;
  if (page.state && record.state && foldText(page.state) !== foldText(record.state)) return false;
  return true;
}

/** Whether the page's account of the ending can be the record's; undefined when the record does not say. */
function dispositionFits(page: DispositionPhrase, record: DispositionRecord): boolean | undefined {
  switch (page.kind) {
    case 'merits':
      return record.merits ? true : false;
    case 'prejudice':
      return record.prejudice === undefined ? undefined : record.prejudice === page.prejudice;
    case 'dismissed':
      return record.dismissed ? true : undefined;
    case 'moot':
      return record.moot ? true : undefined;
  }
}

/**
 * The events of the case a clause is about: those it names that record a case,
 * else, when it gives a court or a ruling and names a case ("the suit", "the
 * case") or one of the case's people, every event that records one. A day the
 * clause gives keeps only the events on it (none on it: not this case).
 */
function caseEvents(
  text: string,
  mentions: readonly Mention[],
  named: readonly IndexedEvent[],
  record: StoryRecord,
  fitsDate: (e: IndexedEvent) => boolean | undefined,
  dispositions: readonly DispositionPhrase[],
  goesOn: boolean,
): IndexedEvent[] {
  const cases = record.events.filter((e) => e.legal);
  let found = named.filter((e) => e.legal);
  if (!found.length && !named.length) {
    const people = new Set(
      cases.flatMap((e) => [...e.participants.map((p) => p.canon), ...(e.legal?.defendants ?? [])]),
    );
    const names = mentions.some(
      (m) =>
        !m.negated &&
        (m.type === 'person' || m.type === 'agency') &&
        record.gazetteer.lookup(m.value.name).some((g) => people.has(g.id)),
    );
    if (names || CASE_NOUN.test(text)) found = cases;
    // "In November 2025 a federal judge sided with …": a court's ruling, on a day the record has the case end, is about that ending.
    // A clause going on from a dismissal told before it has no day of its own: the case's ending, on any day not ruled out.
    else if (dispositions.some((d) => d.byCourt && !d.denied))
      found = cases.filter(
        (e) => e.legal?.disposition && (fitsDate(e) === true || (goesOn && fitsDate(e) !== false)),
      );
  }
  const dated = found.filter((e) => fitsDate(e) !== false);
  return dated;
}

/** Whether the clause names one of these events' participants (a person or agency). */
function namesParticipant(
  mentions: readonly Mention[],
  events: readonly IndexedEvent[],
  record: StoryRecord,
): boolean {
  const people = new Set(events.flatMap((e) => e.participants.map((p) => p.canon)));
  return mentions.some(
    (m) =>
      !m.negated &&
      (m.type === 'person' || m.type === 'agency') &&
      record.gazetteer.lookup(m.value.name).some((g) => people.has(g.id)),
  );
}

/** Names a subject could have: someone other than a court did it ("City Hall dismissed the suit as theater"). */
const SUBJECTS = new Set<Mention['type']>([
  'person',
  'agency',
  'place',
  'title',
  'outlet',
  'state',
]);

/**
 * A phrase that tells how the case ended: not denied or asked for, and done by
 * a court: one named before it or after "by", or the judge of an ending named
 * before it; a dismissal also with no one named before it ("the suit was
 * dismissed", "Suit tossed:"). A ruling on the merits needs the court.
 */
function ruling(
  d: DispositionPhrase,
  clauseStart: number,
  mentions: readonly Mention[],
  endings: readonly IndexedEvent[],
  record: StoryRecord,
): boolean {
  if (d.denied) return false;
  if (d.byCourt) return true;
  const before = mentions.filter((m) => m.end - clauseStart <= d.start);
  if (namesParticipant(before, endings, record)) return true;
  return d.kind !== 'merits' && !before.some((m) => SUBJECTS.has(m.type));
}

/**
 * The link of a clause that tells how the case ended ("the suit was thrown
 * out", "Judge X struck the policies down"): the events that record an ending
 * join the events it is about, when it is about the case (it names one of its
 * events, a case noun or one of its people). A dismissal the event's words do
 * not list is still the dismissal.
 */
export function withCaseEnding<L extends { events: IndexedEvent[]; named: IndexedEvent[] }>(
  link: L,
  sentence: string,
  clause: Clause,
  record: StoryRecord,
): L {
  const endings = record.events.filter((e) => e.legal?.disposition);
  if (!endings.length || clause.negated) return link;
  const text = sentence.slice(clause.start, clause.end);
  const told = legalIn(text).dispositions.some((d) =>
    ruling(d, clause.start, clause.mentions, endings, record),
  );
  if (!told || endings.every((e) => link.named.includes(e))) return link;
  const cases = record.events.filter((e) => e.legal);
  const about =
    link.events.some((e) => e.legal) ||
    (!link.events.length &&
      (CASE_NOUN.test(text) || namesParticipant(clause.mentions, cases, record)));
  if (!about) return link;
  const add = endings.filter((e) => !link.events.includes(e));
  return {
    ...link,
    events: [...link.events, ...add],
    named: [...link.named, ...endings.filter((e) => !link.named.includes(e))],
  };
}

/** "a Kells federal court", "the Ohio state court": a state or place right before the court phrase, after its article. */
const PLACE_BEFORE_COURT = /^\s*,?\s*$/;
/** "federal court in Kells", "in federal court in Columbus, Ohio": a state or place right after the court phrase. */
const PLACE_AFTER_COURT = /^\s+(?:in|at)\s+(?:the\s+)?$/i;

/** A state or a place of the world's that the clause puts the court in, with the ids of the states it may be in; else null. */
function courtPlace(
  sentence: string,
  clause: Clause,
  page: CourtPhrase,
  world: StoryRecord['world'],
): { mention: Mention; states: string[] } | null {
  const start = clause.start + page.start;
  const end = clause.start + page.end;
  const before = clause.mentions.find(
    (m) =>
      (m.type === 'state' || m.type === 'place') &&
      !m.negated &&
      m.end <= start &&
      PLACE_BEFORE_COURT.test(sentence.slice(m.end, start)) &&
      /\b(?:a|an|the)\s+$/i.test(sentence.slice(Math.max(0, m.start - 5), m.start)),
  );
  const after = clause.mentions.find(
    (m) =>
      (m.type === 'state' || m.type === 'place') &&
      !m.negated &&
      m.start >= end &&
      PLACE_AFTER_COURT.test(sentence.slice(end, m.start)),
  );
  const m = before ?? after;
  if (!m) return null;
  const states = statesOf(m, world);
  return states.length ? { mention: m, states } : null;
}

/** The ids of the states a state or place mention may be in (a place name of several states: each; one the world does not know: none). */
function statesOf(m: Mention, world: StoryRecord['world']): string[] {
  if (!world) return [];
  if (m.type === 'state') {
    const st = world.stateNamed(m.value.name);
    return st ? [st.id] : [];
  }
  if (m.type === 'place') return world.placesNamed(m.value.name).map((p) => p.state);
  return [];
}

/**
 * "…threw the case out, and that closed the matter for good": a clause going on from a dismissal told before it (in
 * the same sentence) that makes it final says the case was dismissed with prejudice, done by whoever dismissed it.
 */
function withFinality(reading: LegalReading, text: string, before: string): LegalReading {
  if (reading.dispositions.length) return reading;
  const closed = CLOSED_FOR_GOOD.exec(text);
  const dismissal = closed
    ? legalIn(before).dispositions.find((d) => d.kind === 'dismissed' && !d.denied)
    : undefined;
  if (!closed || !dismissal) return reading;
  const end = closed.index + closed[0].length;
  const start = end - closed[1]!.length;
  return {
    ...reading,
    dispositions: [
      {
        start,
        end,
        text: closed[1]!,
        kind: 'prejudice',
        prejudice: true,
        denied: false,
        byCourt: dismissal.byCourt,
      },
    ],
  };
}

/**
 * Conflicts of the case phrases in one clause with the case's record, and how
 * many phrases were compared (an agreeing one still counts as compared).
 */
export function legalResults(
  sentence: string,
  clause: Clause,
  named: readonly IndexedEvent[],
  record: StoryRecord,
  fitsDate: (e: IndexedEvent) => boolean | undefined,
): { conflicts: ExtentConflict[]; compared: number; events: IndexedEvent[] } {
  const none = { conflicts: [], compared: 0, events: [] };
  if (!record.events.some((e) => e.legal)) return none;
  const text = sentence.slice(clause.start, clause.end);
  const plain = legalIn(text);
  const reading = withFinality(plain, text, sentence.slice(0, clause.start));
  // A clause that only makes a dismissal told before it final is about that dismissal's case, whatever else it links.
  const about = reading === plain ? named : named.filter((e) => e.legal);
  const inList = (m: Mention) =>
    !m.negated &&
    reading.naming.some((s) => m.start - clause.start >= s.start && m.end - clause.start <= s.end);
  const people = reading.naming.length
    ? clause.mentions.filter(
        (m): m is Mention & { type: 'person' } => m.type === 'person' && inList(m),
      )
    : [];
  // A bare title after "the" ("names the mayor and the police chief"): the one holder of the world's office on the suit's day.
  const titles = reading.naming.length
    ? clause.mentions.filter(
        (m): m is Mention & { type: 'title' } =>
          m.type === 'title' &&
          inList(m) &&
          !!m.value.id?.startsWith('w:') &&
          /\bthe\s+$/i.test(sentence.slice(Math.max(0, m.start - 5), m.start)) &&
          !clause.mentions.some(
            (p) => p.type === 'person' && p.start >= m.end && p.start <= m.end + 2,
          ),
      )
    : [];
  if (!reading.courts.length && !reading.dispositions.length && !people.length && !titles.length)
    return none;
  const events = caseEvents(
    text,
    clause.mentions,
    about,
    record,
    fitsDate,
    reading.dispositions,
    reading !== plain,
  );
  if (!events.length) return none;
  const conflicts: ExtentConflict[] = [];
  let compared = 0;
  const courts = events.flatMap((e) => (e.legal?.court ? [e.legal.court] : []));
  for (const page of courts.length ? reading.courts : []) {
    compared++;
    if (courts.some((c) => courtFits(page, c))) continue;
    const statement = [...new Set(courts.map((c) => c.statement))].join('; ');
    conflicts.push({
      comparison: { slot: 'court', page: page.text, record: statement },
      explanation: `The record has the case in ${statement}, not \u201C${page.text}\u201D.`,
    });
  }
  // Where the page puts the court ("in a Kells federal court", "in federal court in Ohio"): a state, or a place of the
  // world's in a state, other than the record's court's.
  for (const page of courts.length && !clause.negated ? reading.courts : []) {
    // Only courts of states the world knows: a state the world does not hold can be held to nothing.
    const states = courts.flatMap((c) => {
      const st = c.state ? record.world?.stateNamed(c.state) : undefined;
      return st ? [st.id] : [];
    });
    if (states.length !== courts.length) continue;
    const where = courtPlace(sentence, clause, page, record.world);
    if (!where) continue;
    compared++;
    const statement = [...new Set(courts.map((c) => c.statement))].join('; ');
    if (where.states.some((st) => states.includes(st))) {
      // In the state, but a place of another of its districts ("federal court in Kells" for the Western District): another court.
      const district = otherDistrict(where.mention, courts, record.world);
      if (district)
        conflicts.push({
          comparison: { slot: 'court', page: where.mention.text, record: statement },
          explanation: `The record has the case in ${statement}; the page puts the court in ${where.mention.text}, which lies in ${district}.`,
        });
      continue;
    }
    conflicts.push({
      comparison: { slot: 'court', page: where.mention.text, record: statement },
      explanation: `The record has the case in ${statement}; the page puts the court in ${where.mention.text}.`,
    });
  }
  const endings = events.flatMap((e) => (e.legal?.disposition ? [e.legal.disposition] : []));
  // A clause denied as a whole ("the judge did not strike down …") says what did not happen.
  const endingEvents = events.filter((e) => e.legal?.disposition);
  for (const page of endings.length && !clause.negated ? reading.dispositions : []) {
    if (!ruling(page, clause.start, clause.mentions, endingEvents, record)) continue;
    const fits = endings.map((d) => dispositionFits(page, d));
    if (fits.every((f) => f === undefined)) continue;
    compared++;
    if (fits.some((f) => f === true)) continue;
    const statement = [...new Set(endings.map((d) => d.statement))].join('; ');
    conflicts.push({
      comparison: { slot: 'disposition', page: page.text, record: statement },
      explanation: `The record says ${statement}, not \u201C${page.text}\u201D.`,
    });
  }
  const sued = events.filter((e) => e.legal?.defendants);
  const storyPeople = new Set(
    record.events.flatMap((e) => [
      ...e.participants.map((p) => p.canon),
      ...(e.legal?.defendants ?? []),
    ]),
  );
  for (const m of sued.length && !clause.negated ? people : []) {
    const ids = personIds(record.gazetteer, m.value.name);
    // Only a person of the story: a stranger is for the rules on names the record does not have.
    if (!ids.some((id) => storyPeople.has(id))) continue;
    compared++;
    if (
      sued.some((e) =>
        ids.some(
          (id) =>
            e.legal?.defendants?.has(id) ||
            e.participants.some((p) => p.canon === id && p.role !== 'subject'),
        ),
      )
    )
      continue;
    const statement = [...new Set(sued.map((e) => e.legal?.defendantsStatement ?? ''))].join('; ');
    conflicts.push({
      comparison: { slot: 'person', page: m.text, record: statement },
      explanation: `The record has the suit naming ${statement}, not ${m.text}.`,
    });
  }
  const world = record.world;
  for (const t of sued.length && world && !clause.negated ? titles : []) {
    const office = (t.value.id as string).slice(2);
    const holders = new Set(
      sued.flatMap((e) =>
        (world ? world.holdersOn(office, e.event.date) : [])
          .filter((h) => h.status === 'in')
          .map((h) => `w:${h.person.id}`),
      ),
    );
    if (holders.size !== 1) continue;
    const holder = [...holders][0] as string;
    if (!storyPeople.has(holder)) continue;
    compared++;
    if (
      sued.some(
        (e) =>
          e.legal?.defendants?.has(holder) ||
          e.participants.some((p) => p.canon === holder && p.role !== 'subject'),
      )
    )
      continue;
    const statement = [...new Set(sued.map((e) => e.legal?.defendantsStatement ?? ''))].join('; ');
    conflicts.push({
      comparison: { slot: 'person', page: t.text, record: statement },
      explanation: `The record has the suit naming ${statement}, not the ${t.text}.`,
    });
  }
  return { conflicts, compared, events };
}
