/**
 * Who the page has going to a recorded place, against who the record has there: "Governor X went to the union's
 * hall on Friday and thanked the officers", where the record has only Senator Y at that hall that day. A verb of going
 * or appearing ("went to", "came to", "stopped by", "spoke at", "visited") with, right after it, a venue of the
 * record's: an organization it has present at events held on a recorded street. The venue's events (all those held
 * on its streets) are narrowed by every day the sentence gives and by its act (a verb of judging
 * for or against: the events with such a reaction; a word of meeting: those that record a meeting); only when one
 * event is left is its company compared. The doer, named right before the verb, must be a person the world file or
 * the pack knows to be discrepant; a full name Sourcelight does not know at all is unconfirmed. Someone the record has
 * at that event (or at another event at the venue that day), a member of a body it has there, or anyone whose own
 * role names such a body is left alone; so are a pronoun, an ambiguous name, a time of another day or of a habit, and
 * a denied, wished or planned trip. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { Comparison } from './value-result.ts';
import { perRecord } from './per-record.ts';
import { AGAINST, FOR } from './reaction-turned.ts';
import { listNames, showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { returning } from './visit-meeting.ts';
import { personIds } from '../read/gazetteer.ts';

/** Verbs of going to or appearing at a place, with the preposition before it. */
const GOING =
  /\b(?:(?:went|came|comes|come|travell?ed|headed|drove|flew|walked)\s+(?:over\s+|down\s+|up\s+|out\s+)?(?:to|into)|(?:stopped|dropped|swung|came)\s+by|stopped\s+(?:in\s+)?at|(?:showed|turned)\s+up\s+at|(?:appeared|spoke|speaks|appears|rallied)\s+at|visit(?:ed|s)|toured|paid\s+(?:a|an)\s+(?:\w+\s+)?visit\s+to)\s+/gi;
/** Cheap precheck: a verb of going or appearing somewhere. */
const GOING_ANY = new RegExp(GOING.source, 'i');

/** How far after the verb the venue may begin ("to the union's headquarters of the …"). */
const VENUE_GAP = 30;

/** Between the doer and its verb: an appositive, adverbs, "himself". */
const DOER_TAIL =
  /^(?:\s*,[^,;:"\u201C\u201D]{1,80},)?(?:\s+(?:\p{L}+ly|also|then|later|even|too|himself|herself|themselves|personally|again|had|has|have))*\s+$/u;
/** Between two doers joined: "and", a comma. */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;

/**
 * Words that put the trip at another time than one occasion, or make it no trip that happened: a habit, a plan, a
 * wish, an earlier or later part of someone's life, a denial.
 */
const OTHER_TIME =
  /\b(?:ago|years?|decades?|months?\s+(?:earlier|later|before|after)|once|previously|formerly|earlier|every|each|often|usually|regularly|routinely|annual|annually|frequently|will|would|could|might|may|should|must|plans?|planned|planning|expected|scheduled|wants?|wanted|hopes?|hoped|invited|promised|never|not|n['\u2019]t|no\s+longer|if|unless|whether|before|after|since|until)\b/i;

type Polarity = 'for' | 'against';
const JUDGING = new RegExp(String.raw`(?<![\p{L}])(?:(${FOR})|(${AGAINST}))(?![\p{L}])`, 'iu');
/** Verbs of judging in the base form, after "to" ("came to thank the officers"). */
const JUDGING_BASE =
  /\bto\s+(?:(thank|praise|back|support|defend|applaud|commend|salute|honou?r|stand\s+(?:up\s+)?(?:with|by|behind))|(criticize|criticise|condemn|denounce|blast|slam|rebuke))\b/i;
/** Words of meeting. */
const MEETING = /\b(?:met|meet|meets|meeting|sat\s+down\s+with|huddled\s+with|held\s+talks)\b/i;

/** Roles of those at an event (not those who reported or asked about it). */
const AT_EVENT = new Set(['came', 'present', 'spoke', 'organizer', 'subject', 'acted', 'watched']);

interface Venue {
  /** The organization's name and its folded names. */
  name: string;
  names: readonly string[];
  /** The canonical ids of the places where the venue's events were held. */
  places: ReadonlySet<string>;
}

/**
 * The record's venues: each organization it has present at an event held at a recorded place, with the places of
 * those events. Built once per record.
 */
const streetIds = perRecord((record) => new Set(record.streets.values()));

const venues = perRecord((record): Venue[] => {
  const out: Venue[] = [];
  const orgs = new Map<string, Set<string>>();
  for (const e of record.events) {
    if (!e.places.length) continue;
    for (const p of e.participants) {
      if (
        p.role !== 'present' ||
        !record.organizationNames.some((n) => foldText(record.nameOf(p.canon)) === n)
      )
        continue;
      const set = orgs.get(p.canon) ?? new Set<string>();
      // Streets only: a town is no venue of its own, and would tie every event in it to the venue.
      for (const place of e.places) if (streetIds(record).has(place)) set.add(place);
      orgs.set(p.canon, set);
    }
  }
  for (const [canon, places] of orgs) {
    if (!places.size) continue;
    const folded = foldText(record.nameOf(canon));
    // The organization's other names: those of the story's organizations that share a word with its name.
    const names = record.organizationNames.filter(
      (n) => n === folded || (folded.includes(n) && n.includes(' ')),
    );
    out.push({ name: record.nameOf(canon), names, places });
  }
  return out;
});

export interface VisitorResult {
  status: 'conflict' | 'unconfirmed';
  comparison: Comparison;
  explanation: string;
  events: IndexedEvent[];
  mention: Mention;
}

/** Whether the event falls on the weekday or date the mention names (a year alone: that year). */
function onDay(e: IndexedEvent, m: Mention): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.event.date)) return false;
  const day = new Date(`${e.event.date}T12:00:00Z`);
  if (m.type === 'weekday') return day.getUTCDay() === m.value.day;
  if (m.type !== 'date') return false;
  if (m.value.year !== undefined && day.getUTCFullYear() !== m.value.year) return false;
  if (m.value.month !== undefined && day.getUTCMonth() !== m.value.month - 1) return false;
  return m.value.day === undefined || day.getUTCDate() === m.value.day;
}

/** Times counted from the page's own date that name a day or a few ("today", "last week"): the days before the page's date they allow (from, to). */
const NEAR: Partial<Record<string, readonly [number, number]>> = {
  today: [1, -1],
  yesterday: [3, 0],
  'this-week': [9, -1],
  'last-week': [16, 2],
};

/** Whether the event lies in the days the time allows before the page's date; with no page date, any day may be meant. */
function nearPage(
  e: IndexedEvent,
  m: Mention & { type: 'relative-time' },
  pageDate: string | undefined,
): boolean {
  const window = NEAR[m.value.kind];
  if (!window) return false;
  if (
    !pageDate ||
    !/^\d{4}-\d{2}-\d{2}/.test(pageDate) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(e.event.date)
  )
    return !pageDate;
  const before =
    (Date.parse(`${pageDate.slice(0, 10)}T12:00:00Z`) - Date.parse(`${e.event.date}T12:00:00Z`)) /
    86_400_000;
  return before <= window[0] && before >= window[1];
}

/** What may stand before the doers in their clause: a title, a day, a place or state ("Ohio Gov. X"). */
const LEAD_TYPES = new Set<Mention['type']>([
  'title',
  'date',
  'weekday',
  'relative-time',
  'place',
  'state',
]);

/** The people the clause names right before the verb at `verbAt`: one, or several joined by "and". */
function doersBefore(
  clause: Clause,
  sentence: string,
  verbAt: number,
): (Mention & { type: 'person' })[] {
  const people = clause.mentions.filter(
    (m): m is Mention & { type: 'person' } => m.type === 'person' && !m.negated && m.end <= verbAt,
  );
  const last = people.at(-1);
  if (
    !last ||
    !DOER_TAIL.test(sentence.slice(last.end, verbAt)) ||
    /^['\u2019]/.test(sentence.slice(last.end, last.end + 1))
  )
    return [];
  // A name inside a phrase ("an aide to X", "a delegation from X") is not who went.
  if (
    /\b(?:of|to|from|with|for|by|at|about|like|than|and|who|whom)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}$/iu.test(
      sentence.slice(clause.start, last.start),
    ) &&
    !people.slice(0, -1).some((p) => JOINED.test(sentence.slice(p.end, last.start)))
  )
    return [];
  const out = [last];
  for (let i = people.length - 2; i >= 0; i--) {
    if (!JOINED.test(sentence.slice(people[i]!.end, out[0]!.start))) break;
    out.unshift(people[i]!);
  }
  // Nothing but the doers (with a title, a day) before them in the clause: they are its subject.
  const head = sentence.slice(clause.start, out[0]!.start);
  const titles = clause.mentions.filter(
    (m) => LEAD_TYPES.has(m.type) && m.start >= clause.start && m.end <= out[0]!.start,
  );
  const bare = titles.reduce(
    (t, m) =>
      t.slice(0, m.start - clause.start) +
      ' '.repeat(m.end - m.start) +
      t.slice(m.end - clause.start),
    head,
  );
  if (
    !/^[\s,]*(?:(?:then|later|that\s+\w+|on|in|and|but|meanwhile|also|the|a|an|u\.?s\.?|state|former|republican|democratic|democrat)\s*,?\s*)*$/i.test(
      bare,
    )
  )
    return [];
  return out;
}

/** The canonical id of the one person of the world or the pack the name is; else undefined. */
function personCanon(record: StoryRecord, name: string): string | undefined {
  const ids = [...new Set(personIds(record.gazetteer, name))];
  return ids.length === 1 ? ids[0] : undefined;
}

/** Whether the record has the person at the event: a participant, a member of a body there, or one whose role names it. */
function isThere(record: StoryRecord, e: IndexedEvent, canon: string): boolean {
  const there = e.participants.filter((p) => AT_EVENT.has(p.role));
  if (there.some((p) => p.canon === canon || record.ancestors(canon).has(p.canon))) return true;
  if ((e.reactions ?? []).some((r) => r.holders.has(canon)) || e.absent?.has(canon)) return true;
  const person = record.people.get(canon);
  if (
    person?.agencies.some((a) =>
      there.some((p) => p.canon === a || record.ancestors(a).has(p.canon)),
    )
  )
    return true;
  const role = foldText(person?.role ?? '');
  return (
    role !== '' &&
    there.some(
      (p) =>
        findTerm(role, foldText(record.nameOf(p.canon))) !== -1 ||
        record.organizationNames.some((n) => findTerm(role, n) !== -1),
    )
  );
}

/** Who the record has at the event and what doing, for the explanation: "Jo Roe speaking at", "Lu Pike visiting" (who came). */
function recordedDoing(
  record: StoryRecord,
  e: IndexedEvent,
): { who: string; doing: string } | null {
  const people = (role: string) =>
    e.participants
      .filter((p) => p.role === role && record.people.has(p.canon))
      .map((p) => record.nameOf(p.canon));
  const came = people('came');
  if (came.length) return { who: listNames(came), doing: 'visiting' };
  const spoke = people('spoke');
  if (spoke.length) return { who: listNames(spoke), doing: 'speaking at' };
  return null;
}

/** Visitors to a recorded venue whom the record does not have at the one event the sentence's place, day and act single out. */
export function venueVisitorResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageDate?: string,
): VisitorResult[] {
  if (!GOING_ANY.test(sentence)) return [];
  const places = venues(record);
  if (!places.length) return [];
  // Quoted words are someone's own; a time of another sort, a plan or a denial: no one occasion.
  const text = sentence.replace(/["\u201C][^"\u201C\u201D]*["\u201D]?/g, (q) =>
    ' '.repeat(q.length),
  );
  if (OTHER_TIME.test(text) || returning(text)) return [];
  const all = clauses.flatMap((c) => c.mentions);
  if (
    all.some(
      (m) =>
        (m.type === 'relative-time' && !NEAR[m.value.kind]) ||
        ((m.type === 'date' || m.type === 'weekday') && m.negated),
    )
  )
    return [];
  const near = all.filter(
    (m): m is Mention & { type: 'relative-time' } => m.type === 'relative-time',
  );
  const folded = foldText(text);
  const days = all.filter((m) => m.type === 'date' || m.type === 'weekday');
  const judged = JUDGING.exec(text);
  const base = JUDGING_BASE.exec(text);
  const polarity: Polarity | null = judged
    ? judged[1]
      ? 'for'
      : 'against'
    : base
      ? base[1]
        ? 'for'
        : 'against'
      : null;
  const meets = MEETING.test(text);
  const out: VisitorResult[] = [];
  for (const clause of clauses) {
    if (clause.negated) continue;
    const clauseText = text.slice(clause.start, clause.end);
    for (const g of clauseText.matchAll(GOING)) {
      const verbAt = clause.start + g.index;
      const after = clause.start + g.index + g[0].length;
      // The venue right after the verb: an organization present at events held on a recorded street. A street alone is
      // no venue: anyone may go to a street for anything.
      const byName = places.filter((v) =>
        v.names.some((n) => {
          const k = findTerm(folded, n, after);
          return k !== -1 && k <= after + VENUE_GAP;
        }),
      );
      if (!byName.length) continue;
      const at = new Set(byName.flatMap((v) => [...v.places]));
      const venue = `the ${byName[0]!.name}`;
      const held = record.events.filter((e) => e.places.some((p) => at.has(p)));
      const onTheDay = held.filter(
        (e) => days.every((d) => onDay(e, d)) && near.every((m) => nearPage(e, m, pageDate)),
      );
      if (!onTheDay.length) continue;
      // The act, when the sentence gives one, picks among them; one it picks none of is no recorded occasion.
      const acted = onTheDay.filter(
        (e) =>
          (!polarity || (e.reactions ?? []).some((r) => r.polarity === polarity)) &&
          (!meets || e.outcomes.has('met')),
      );
      if (acted.length !== 1) continue;
      const event = acted[0]!;
      const doers = doersBefore(clause, sentence, verbAt);
      if (!doers.length) continue;
      const canons = doers.map((d) => personCanon(record, d.value.name));
      // Someone the record has there (at this event, or at another of the venue's that day), or a name it cannot resolve: nothing is said.
      const sameDay = record.events.filter(
        (e) =>
          e.event.date === event.event.date &&
          (e.places.some((p) => at.has(p)) ||
            e.participants.some((p) =>
              event.participants.some((q) => q.role === 'present' && q.canon === p.canon),
            )),
      );
      if (canons.some((c) => c !== undefined && sameDay.some((e) => isThere(record, e, c))))
        continue;
      // A name of several people, or a surname alone, that Sourcelight cannot resolve: nothing is said.
      if (
        doers.some(
          (d, i) =>
            canons[i] === undefined &&
            (record.gazetteer.lookup(d.value.name).length > 0 ||
              !/^\p{Lu}\S*\s+(?:\p{Lu}\.?\s+)?\p{Lu}/u.test(d.value.name)),
        )
      )
        continue;
      const recorded = recordedDoing(record, event);
      if (!recorded) continue;
      const when = showDate(event.event.date);
      const reaction = polarity
        ? (event.reactions ?? []).find((r) => r.polarity === polarity)
        : undefined;
      const has = `The record has ${recorded.who} ${recorded.doing} ${venue} on ${when}${reaction ? ` (${reaction.statement})` : ''}`;
      doers.forEach((d, i) => {
        // Someone the world file or the pack knows is not there; a stranger's name the record cannot place either way.
        const known = canons[i] !== undefined;
        out.push({
          status: known ? 'conflict' : 'unconfirmed',
          comparison: { slot: 'person', page: d.text, record: `${recorded.who} (${when})` },
          explanation: known
            ? `${has}; ${d.value.name} is not recorded there.`
            : `${has}; it does not mention ${d.value.name}.`,
          events: [event],
          mention: d,
        });
      });
      return out;
    }
  }
  return out;
}
