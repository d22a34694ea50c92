/**
 * The day a thing said or decided was put out, in a sentence that points back
 * at it by a demonstrative or a definite noun ("That decision was issued on
 * Friday, November 14", "The statement came out Thursday", "This ruling was
 * handed down on …", "That statement appeared in the X on …", "That came in a written statement dated …"). The thing is
 * what the sentence before told of: for words said (statement, remarks,
 * announcement …) its events where someone spoke; for a decision (decision,
 * ruling, judgment …) its events with a court's disposition, else the one event
 * it told of. Its day is that event's: a date or weekday that fits none of them
 * is wrong. A later printing ("appeared in", "was printed", "ran") may come a
 * day after, or on the day of any report the record dates. Only a conflict is reported; a sentence that is not asserted, is
 * denied, or gives no day says nothing here.
 */
import { foldText } from '../normalize.ts';
import { readSentence } from '../read/index.ts';
import { findTerm } from '../terms.ts';
import type { Mention } from '../read/types.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { withNamedDays } from './named-day.ts';
import { dayRange, listNames, partialDate, showDate, WEEKDAYS } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const SAID = String.raw`statements?|declarations?|announcements?|remarks|comments|press\s+releases?|releases?|letters?|messages?|memos?|communiqu[eé]s?|posts?|proclamations?`;
const DECIDED = String.raw`decisions?|rulings?|judgments?|judgements?|verdicts?|dismissals?|orders?`;
const DETERMINER = String.raw`(?:the|this|that|these|those|his|her|its|their)`;
/** Up to two words before the noun ("the same written statement", "the judge's final ruling"). */
const MODIFIERS = String.raw`((?:[\p{L}'’-]+\s+){0,2}?)`;
const ADVERB = String.raw`(?:(?:first|originally|officially|formally|publicly|finally|only)\s+)?`;
/** Verbs of putting it out; `printed` ones are a later report of it. */
const ISSUE = String.raw`(?:(?:was|were|had\s+been|has\s+been|got)\s+${ADVERB}(?:issued|released|made\s+public|made|given|delivered|put\s+out|sent\s+out|sent|posted|announced|handed\s+down|entered|filed|signed|dated|read\s+out|published)|${ADVERB}(?:came\s+out|went\s+out|came\s+down|went\s+public|dropped|is\s+dated)|(?:was|were)\s+out)`;
const PRINT = String.raw`(?:${ADVERB}(?:appeared|ran)|(?:was|were)\s+${ADVERB}(?:printed|reported|carried|run))`;
const OPENING = String.raw`^\s*\(?\s*(?:(?:and|but|so)\s+)?`;
const SUBJECT = new RegExp(
  String.raw`${OPENING}${DETERMINER}\s+${MODIFIERS}(${SAID}|${DECIDED})\s+(?:(${ISSUE})|(${PRINT}))(?![\p{L}])`,
  'iu',
);
/** A fronted phrase of how the writer knows it ("Going by the dates on the quotes, the piece is from …"). */
const KNOWN_BY = String.raw`(?:(?:going|judging)\s+by|from\s+the\s+look\s+of|by\s+the\s+look\s+of)\s+[^,;:.!?]{1,50},\s*`;
/** "The piece is from November 2017", "That article ran on …": a report told before, and when it came out. */
const REPORT_SUBJECT = new RegExp(
  String.raw`${OPENING}(?:${KNOWN_BY})?${DETERMINER}\s+${MODIFIERS}(?:piece|article|story|report|write-?up|column|feature|round-?up|explainer|rundown)\s+(?:(?:is|was)\s+(?:from|dated)|dates?\s+(?:from|to|back\s+to)|${ADVERB}(?:ran|appeared)|(?:was|were)\s+${ADVERB}(?:published|posted|printed)|came\s+out)(?![\p{L}])`,
  'iu',
);
/** "It came out on …", "This was released …": a pronoun for whatever the sentence before told of. */
const PRONOUN = new RegExp(
  String.raw`${OPENING}(?:it|this|that)\s+(?:(${ISSUE})|(${PRINT}))(?![\p{L}])`,
  'iu',
);
/** "He said it on …", "She made those remarks on …": a pronoun speaker saying the words told before. */
const SAID_IT = new RegExp(
  String.raw`${OPENING}(?:he|she|they)\s+(?:first\s+|actually\s+|originally\s+)?(?:said|made|gave|wrote|posted|delivered|uttered)\s+(?:it|that|this|them|those\s+(?:words|remarks|comments)|these\s+(?:words|remarks|comments))\s+(?:on|last|this|that)(?![\p{L}])`,
  'iu',
);
/** "That came in a written statement …", "Those words were in his statement of …": what was said before, put in words said. */
const CAME_IN = new RegExp(
  String.raw`${OPENING}(?:it|this|that|these|those)(?:\s+(?:words|remarks|line|lines|quote|pledge|promise))?\s+(?:came|was|were|appeared)\s+in\s+(?:a|an|the|his|her|their|its)\s+${MODIFIERS}(?:${SAID})(?![\p{L}])`,
  'iu',
);
/** Participles of putting it out, set off by a comma ("The statement, released on …, was printed by X"). */
const PARTICIPLE = String.raw`(?:(?:which|that)\s+(?:was|were)\s+)?${ADVERB}(?:issued|released|made\s+public|delivered|put\s+out|sent\s+out|posted|announced|handed\s+down|entered|filed|signed|dated|published)`;
const APPOSITIVE = new RegExp(
  String.raw`${OPENING}${DETERMINER}\s+${MODIFIERS}(${SAID}|${DECIDED})\s*,\s*${PARTICIPLE}(?![\p{L}])`,
  'iu',
);
/** Where the appositive ends: the main verb after it. */
const MAIN_VERB =
  /,\s+(?:was|were|is|are|has|had|came|went|ran|appeared|said|drew|ended|made|gave)\b/i;

export interface IssuedSubject {
  /** What was put out: words said, a decision, either (a pronoun), or a report of them. */
  kind: 'said' | 'decided' | 'either' | 'reported';
  /** A later printing of it, which may fall a day after. */
  printed: boolean;
  /** Where the days of the putting out stand in the sentence (an appositive's, or the whole clause's). */
  from: number;
  to: number;
  /** Whose it is, when a possessive says ("the union's statement"): it must be who the sentence before told of. */
  owner?: string;
}

/** Whose it is, when the modifiers say ("the union's statement" → "union"). */
function ownerOf(modifiers: string): { owner?: string } {
  const owner = /([\p{L}-]+(?:\s+[\p{L}-]+)?)['’]s?\s+(?:[\p{L}-]+\s+)?$/u.exec(modifiers);
  return owner ? { owner: owner[1] as string } : {};
}

const kindOf = (noun: string): 'said' | 'decided' =>
  new RegExp(`^(?:${DECIDED})$`, 'i').test(noun) ? 'decided' : 'said';

/** The sentence opens on a thing said or decided, pointed back at, and a verb of putting it out. */
export function issuedSubject(sentence: string): IssuedSubject | null {
  const m = SUBJECT.exec(sentence);
  if (m)
    return {
      kind: kindOf(m[2] as string),
      printed: m[4] !== undefined,
      from: 0,
      to: sentence.length,
      ...ownerOf(m[1] as string),
    };
  // "The piece is from November 2017": the report told before, and when it ran.
  const report = REPORT_SUBJECT.exec(sentence);
  if (report) return { kind: 'reported', printed: true, from: 0, to: sentence.length };
  // "That came in a written statement dated Tuesday": the words told before, said in a statement.
  // Not "It was in a statement on Friday that she …" (a cleft: the day of what she did).
  const came = CAME_IN.exec(sentence);
  if (came && !/\bthat\b/i.test(sentence.slice(came[0].length)))
    return { kind: 'said', printed: false, from: 0, to: sentence.length };
  // "(He said it on Thursday the 10th …)": the speaker of the words told before, saying them.
  const saidIt = SAID_IT.exec(sentence);
  if (saidIt) return { kind: 'said', printed: false, from: 0, to: sentence.length };
  const p = PRONOUN.exec(sentence);
  // Not "It came out on Tuesday that …" (became known).
  if (p)
    return /\bthat\b/i.test(sentence.slice(p[0].length))
      ? null
      : { kind: 'either', printed: p[2] !== undefined, from: 0, to: sentence.length };
  const a = APPOSITIVE.exec(sentence);
  if (!a) return null;
  const end = MAIN_VERB.exec(sentence.slice(a[0].length));
  return {
    kind: kindOf(a[2] as string),
    printed: false,
    from: a[0].length,
    to: end ? a[0].length + end.index : sentence.length,
    ...ownerOf(a[1] as string),
  };
}

/** The events of the sentence before that the subject points back at. */
export function issuedEvents(
  subject: IssuedSubject,
  before: readonly IndexedEvent[],
): IndexedEvent[] {
  const spoken = before.filter((e) =>
    e.participants.some((p) => p.role === 'spoke' || p.role === 'interviewer'),
  );
  const ruled = before.filter((e) => e.event.legal?.disposition);
  if (subject.kind === 'said') return spoken;
  if (subject.kind === 'reported')
    return before.filter((e) =>
      e.participants.some((p) => p.role === 'reported' || p.role === 'first-reported'),
    );
  if (subject.kind === 'decided')
    return ruled.length ? ruled : before.length === 1 ? [...before] : [];
  // A pronoun: the sentence before told of one thing only, said or decided.
  return before.length === 1 && (spoken.length || ruled.length) ? [...before] : [];
}

/** Days one may be late: a printing may come the day after. */
const slackOf = (subject: IssuedSubject) => (subject.printed ? 1 : 0);

/** The events' days, from the first to the last (plus the slack). */
function spans(events: readonly IndexedEvent[], slack: number): [number, number][] {
  return events.map((e) => [
    dayRange(e.event.date)[0],
    dayRange(e.event.dateEnd ?? e.event.date)[1] + slack,
  ]);
}

function dateFits(
  m: Mention & { type: 'date' },
  events: readonly IndexedEvent[],
  slack: number,
): boolean {
  const v = m.value;
  const years =
    v.year !== undefined
      ? [v.year]
      : [
          ...new Set(
            events.flatMap((e) => [
              Number(e.event.date.slice(0, 4)),
              Number((e.event.dateEnd ?? e.event.date).slice(0, 4)),
            ]),
          ),
        ];
  if (v.month === undefined && v.day !== undefined) return true;
  return years.some((y) => {
    const [a, b] = dayRange(partialDate(y, v.month, v.day));
    return spans(events, slack).some(([from, to]) => a <= to && b >= from);
  });
}

function weekdayFits(day: number, events: readonly IndexedEvent[], slack: number): boolean {
  return spans(events, slack).some(([from, to], i) => {
    if (events[i]!.event.date.length < 10 || to - from >= 6) return true;
    for (let d = from; d <= to; d++) if (new Date(d * 86_400_000).getUTCDay() === day) return true;
    return false;
  });
}

/**
 * The day of a sentence that points back at what was said or decided
 * (`issuedSubject`), against the events it points at; a conflict or nothing.
 */
/**
 * Whether the participant `canon` is the possessive's owner: by id, by a word of their name or of their title in the
 * record, or by the owner's word printed as a title right before their name in the sentence before ("Judge Rhea Quill").
 */
function ownedBy(
  canon: string,
  owner: string,
  ids: ReadonlySet<string>,
  record: StoryRecord,
  before: string,
): boolean {
  if (ids.has(canon)) return true;
  const words = owner.split(/\s+/);
  const has = (text: string | undefined) =>
    text !== undefined && words.every((w) => findTerm(foldText(text), w) !== -1);
  const person = record.people.get(canon);
  const name = foldText(record.nameOf(canon));
  return (
    has(name) ||
    has(person?.role) ||
    (person?.roles ?? []).some((r) => words.every((w) => r.titleWords.includes(w))) ||
    findTerm(before, `${owner} ${name}`) !== -1
  );
}

export function issuedDayComparison(
  sentence: string,
  events: readonly IndexedEvent[],
  record: StoryRecord,
  before = '',
): SentenceComparison | null {
  const subject = issuedSubject(sentence);
  if (!subject || !events.length) return null;
  // "The union's statement" after a sentence about the mayor's: another statement, unless the owner is the one told of.
  if (subject.owner) {
    const owner = foldText(subject.owner);
    const ids = new Set(record.gazetteer.lookup(subject.owner).map((g) => g.id));
    if (
      findTerm(foldText(before), owner) === -1 &&
      !events.some((e) => e.participants.some((p) => ids.has(p.canon)))
    )
      return null;
    // "The mayor's statement, which he released on …": only the events the owner took part in are its; the sentence
    // before may have told of others' words too (an agency's statement), whose days say nothing of the mayor's.
    const owned = events.filter((e) =>
      e.participants.some((p) => ownedBy(p.canon, owner, ids, record, foldText(before))),
    );
    if (!owned.length) return null;
    events = owned;
  }
  const slack = slackOf(subject);
  // A day known by name ("came out on Thanksgiving") is a date too (named-day.ts).
  const clauses = withNamedDays(readSentence(sentence, record.gazetteer), sentence, record.events);
  if (!clauses.length || clauses.some((c) => c.stance !== 'asserted' || c.negated)) return null;
  const days = clauses
    .flatMap((c) => c.mentions)
    .filter(
      (m): m is Mention & { type: 'date' | 'weekday' } =>
        (m.type === 'date' || m.type === 'weekday') &&
        !m.negated &&
        m.start >= subject.from &&
        m.end <= subject.to &&
        (m.type === 'weekday' ||
          m.value.relation === undefined ||
          m.value.relation === 'on' ||
          m.value.relation === 'in'),
    );
  // A printing may be a report the record has on another day ("the Ledger printed it two days later"): any dated report of the story's fits.
  const reports = subject.printed
    ? record.events.filter(
        (e) =>
          e.event.date.length === 10 &&
          e.participants.some((p) => p.role === 'reported' || p.role === 'first-reported'),
      )
    : [];
  const fits = (m: Mention & { type: 'date' | 'weekday' }, within: readonly IndexedEvent[]) =>
    m.type === 'date'
      ? !(m.value.month !== undefined || m.value.year !== undefined) || dateFits(m, within, slack)
      : weekdayFits(m.value.day, within, slack);
  const wrong = days.filter((m) => !fits(m, events) && !(reports.length && fits(m, reports)));
  if (!wrong.length) return null;
  const shown = listNames([...new Set(events.map((e) => showDate(e.event.date)))]);
  const first = Math.min(...wrong.map((m) => m.start));
  const last = Math.max(...wrong.map((m) => m.end));
  const phrase = sentence.slice(first, last);
  const comparisons = wrong.map((m) => ({
    slot: m.type === 'date' ? 'date' : 'weekday',
    page: m.text,
    record: shown,
  }));
  const what =
    wrong.length === 1 && wrong[0]!.type === 'weekday'
      ? `a ${WEEKDAYS[(wrong[0] as Mention & { type: 'weekday' }).value.day]}`
      : phrase;
  return {
    outcome: 'discrepant',
    comparisons,
    explanation: `The record dates it ${shown}, not ${what}.`,
    events: events.map((e) => e.event.id),
  };
}
