/**
 * The order of two of the story's events: "Beck spoke after the executive
 * orders were signed", "the statements came in response to the orders",
 * "the suit was filed before the visit". A point word ("after", "following",
 * "in response to", "a reaction to", "answering", "on the heels of", "before",
 * "ahead of", "prior to") followed, within a few
 * words and no clause break, by the words of one of the story's events names
 * the anchor; the clause's other linked events are what it dates. When every
 * one of them lies wholly on the wrong side of the anchor's recorded date (all
 * before it for "after", all after it for "before"), the order is wrong.
 * Partial dates count at their precision (a month is every day of it), so an
 * event of the same month is never out of order. "Since" and "until" are left
 * alone (a state that goes on), and so are offsets ("the day before the raid",
 * read by relative-time.ts) and points after a relative clause ("the officers
 * who handcuffed the men returned after the retraining": the point may belong
 * to either verb). General English; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { anchorByWho } from './order-anchor-who.ts';
import type { ValueResult } from './value-result.ts';
import { dayRange, showDate } from './record-values.ts';
import { singular, type IndexedEvent, type StoryRecord } from './story-record.ts';

/** Point words and whether the clause's event follows (true) or precedes (false) the anchor. */
const POINT =
  /\b(after|following|(?:in|as) (?:direct |swift )?(?:response|reaction|answer) to|(?:an?|the) (?:direct |swift )?(?:response|reaction|answer) to|(?:direct |swift )?(?:responses|reactions|answers) to|responding to|responded to|responds to|reacting to|reacted to|answering|in the wake of|(?:right |hot |close )?on the heels of|before|ahead of|prior to|preceding)\s+/gi;
/** How far after the point word the anchor's words may start ("after Trump had signed his executive orders"). */
const REACH_WORDS = 6;
/** A number of days, weeks … before the point word: an offset, compared by relative-time.ts and world-anchor.ts. */
const OFFSET_BEFORE =
  /\b(?:days?|weeks?|months?|years?|hours?|nights?|mornings?|evenings?|afternoons?)\s*$/i;
/** A relative clause before the point word ("the officers who handcuffed the men returned … after"): the point may belong to either verb. */
const RELATIVE_BEFORE = /\b(?:who|whom|whose|which|that)\b/i;
/** "that" as a demonstrative after a verb or a preposition ("put that statement out", "of that day"): no relative clause. */
const DEMONSTRATIVE_THAT =
  /\b(?:put|made|make|gave|give|issued|issue|released|release|sent|took|wrote|read|of|in|on|at|for|with|about|from|by)\s+that\s+(?=\p{L})/giu;

/** Whether a clause has a point word at all (a clause with no other value is still read for its order). */
export const hasOrderPoint = (text: string): boolean => new RegExp(POINT.source, 'i').test(text);

const DATE = /^\d{4}(?:-\d{2}){0,2}$/;

/** A word without a regular ending ("answers", "answered" → "answer"), to tell a point word from an event's own word. */
const stemOf = (word: string): string => word.replace(/(?:ing|ed|es|s|d)$/, '');

/** Point words that make the anchor a cause, not only a time. */
const CAUSAL = /^in (?:direct |swift )?(?:response|reaction|answer) to$/i;

const follows = (word: string) => !/^(?:before|ahead of|prior to|preceding)$/i.test(word);

/** A verb of reporting before the point, opening what was reported ("…, saying the driver had been …", "said that …"). */
const REPORTED_BEFORE =
  /(?:,\s*|\b)(?:saying|stating|noting|adding|explaining|alleging|claiming|said|says|stated|noted|added|explained|alleged|claimed)\s+(?:that\s+)?\S/i;

/** A verb of saying whose object points back, right before the point ("said all this", "wrote that", "said so"). */
const SAID_THIS_BEFORE =
  /\b(?:said|says|wrote|writes|stated)\s+(?:all\s+(?:of\s+)?)?(?:this|that|these|those|so|it)\s*$/i;

/**
 * A source credited at the sentence's end, after what it said (", the Justice Department said.", ", according to X."):
 * a point word before it times what was said, not the saying.
 */
const TRAILING_CREDIT =
  /,\s*(?:(?:[\p{L}.'\u2019-]+\s+){1,6}(?:said|says|reported|reports|stated|states|wrote|writes|added|adds|noted|notes|announced|alleged|claimed|confirmed|told\s+[\p{L}]+)(?:\s+(?:on|in|last)\s+[\p{L}\d]+(?:\s+\d+)?)?|according\s+to\s+[^,;]{2,60})\s*[.!]?["\u201D]?\s*$/iu;

/** Who spoke or reported at an event of saying (someone spoke or a body reported, and nobody acted); none for another event. */
const sayers = (e: IndexedEvent): string[] =>
  e.participants.some((p) => p.role === 'acted')
    ? []
    : e.participants.filter((p) => p.role === 'spoke' || p.role === 'reported').map((p) => p.canon);

/**
 * The events of saying that a source credited at the sentence's end gives: those whose speaker that credit names, or
 * whose speaker the words before it never name ("…, officials said" of a release the content's words linked). A
 * saying the content itself tells of ("Marsh gave her briefing before the raid, her office said") stays a subject.
 */
function creditedSayings(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  record: StoryRecord,
): Set<IndexedEvent> {
  const credit = TRAILING_CREDIT.exec(sentence.slice(clause.start));
  if (!credit) return new Set();
  const at = clause.start + credit.index;
  const canons = (after: boolean) =>
    new Set(
      clause.mentions
        .filter((m) => (m.type === 'agency' || m.type === 'person') && m.start >= at === after)
        .flatMap((m) =>
          record.gazetteer.lookup((m.value as { name: string }).name).map((g) => g.id),
        ),
    );
  const inCredit = canons(true);
  const inContent = canons(false);
  return new Set(
    events.filter((e) => {
      const who = sayers(e);
      return (
        who.length > 0 && (who.some((c) => inCredit.has(c)) || !who.some((c) => inContent.has(c)))
      );
    }),
  );
}

/** The span of days an event covers. */
function span(e: IndexedEvent): [number, number] {
  return [dayRange(e.event.date)[0], dayRange(e.event.dateEnd ?? e.event.date)[1]];
}

/** A point phrase that points back by a demonstrative: "those orders", "these January orders", "the same ruling". */
const POINTED_BACK =
  /^\s*(?:those|these|that|this|the\s+same)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

/**
 * The one event of `before` (what the sentence before told of) that a demonstrative point phrase names by its head
 * noun ("in response to those orders" after a sentence on the executive orders): an event one of whose words ends in
 * one of the phrase's first words; none when no event or more than one does.
 */
function pointedBackAnchor(
  phrase: string,
  before: readonly IndexedEvent[],
): IndexedEvent | undefined {
  const m = POINTED_BACK.exec(phrase);
  if (!m || !before.length) return undefined;
  const nouns = foldText(m[1] as string)
    .split(/\s+/)
    .filter((w) => w.length > 3)
    .map(singular);
  const fits = before.filter((e) =>
    e.words.some((w) => nouns.includes(singular(foldText(w).split(/\s+/).pop() ?? ''))),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The order results of a clause; `before`, the events the sentence before told of, is where a point phrase that
 * points back ("in response to those orders") finds its anchor.
 */
export function eventOrderResults(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  record: StoryRecord,
  before: readonly IndexedEvent[] = [],
): ValueResult[] {
  if (events.length < 1) return [];
  const text = sentence.slice(clause.start, clause.end);
  const out: ValueResult[] = [];
  // Every point phrase and the one event it names; an event named as any point is no subject of the clause.
  const points: { word: string; phrase: string; anchor: IndexedEvent }[] = [];
  const unresolved: { word: string; phrase: string }[] = [];
  for (const p of text.matchAll(POINT)) {
    if (OFFSET_BEFORE.test(text.slice(0, p.index))) continue;
    // A point after a relative clause may belong to either verb ("the officers who handcuffed the men returned after …").
    // "released details, saying the driver had been watched before the stop": a point inside what was reported
    // times the reported thing, not the clause's own event.
    // Not when what was said is only pointed at ("Beck said all this after …"): then the point times the saying.
    // Either way a cause the record has no event for is still not confirmed (below).
    const whose =
      RELATIVE_BEFORE.test(text.slice(0, p.index).replace(DEMONSTRATIVE_THAT, ' ')) ||
      (REPORTED_BEFORE.test(text.slice(0, p.index)) &&
        !SAID_THIS_BEFORE.test(text.slice(0, p.index)));
    const word = (p[1] as string).replace(/\s+/g, ' ');
    const rest = text.slice(p.index + p[0].length);
    const stop = rest.search(/[,;:()\u2014]|\b(?:and|but|while|when|because|as|so)\b/i);
    const phrase = stop === -1 ? rest : rest.slice(0, stop);
    const near = foldText(
      phrase
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, REACH_WORDS + 3)
        .join(' '),
    );
    // The event whose words come first after the point word, within reach ("after a traffic stop were back on patrol": the stop).
    let first = Infinity;
    let anchors: IndexedEvent[] = [];
    for (const e of record.events) {
      const at = Math.min(...e.words.map((w) => findTerm(near, w)).filter((i) => i !== -1));
      if (
        !Number.isFinite(at) ||
        near.slice(0, at).split(/\s+/).filter(Boolean).length > REACH_WORDS
      )
        continue;
      if (at < first) [first, anchors] = [at, [e]];
      else if (at === first) anchors.push(e);
    }
    // "in response to those orders" after a sentence on the orders: the event the sentence before named.
    const back = anchors.length ? undefined : pointedBackAnchor(phrase, before);
    if (back) anchors = [back];
    // "after Magnus issued his statement", "after the Tucson chief had gone first": the one event of who is named (order-anchor-who.ts).
    const who = anchors.length ? undefined : anchorByWho(phrase, record, events);
    if (who) anchors = [who];
    // "in response to those orders", "in reaction to the protests": a cause the record has no event for.
    if (!anchors.length && CAUSAL.test(word) && phrase.trim()) unresolved.push({ word, phrase });
    else if (anchors.length === 1 && !whose) points.push({ word, phrase, anchor: anchors[0]! });
  }
  const named = new Set(points.map((p) => p.anchor));
  // An event named only inside a point phrase ("after retraining on General Order 502": the order is the training's topic) is no subject either.
  const pointed = foldText(points.reduce((t, p) => t.split(p.phrase).join(' '), text));
  // Nor one told only by the point word itself ("Answers to the secretary by email": "answers" is no backup answered).
  const bare = foldText(
    points.reduce((t, p) => t.split(p.phrase).join(' '), text).replace(POINT, ' '),
  );
  const bareStems = new Set(bare.split(/[^\p{L}\d]+/u).map(stemOf));
  const inPoint = (e: IndexedEvent) =>
    (points.some((p) => e.words.some((w) => findTerm(foldText(p.phrase), w) !== -1)) &&
      !e.words.some((w) => findTerm(pointed, w) !== -1)) ||
    (points.some((p) =>
      e.words.some((w) => stemOf(w) === stemOf(foldText(p.word).split(' ')[0]!)),
    ) &&
      !e.words.some(
        (w) => findTerm(bare, w) !== -1 || (!w.includes(' ') && bareStems.has(stemOf(w))),
      ));
  // "Before the stop, agents had been watching him, the Justice Department said": the point times what was said, so the
  // saying the credit gives (the department's release) is no subject of it.
  const credited = points.length
    ? creditedSayings(sentence, clause, events, record)
    : new Set<IndexedEvent>();
  const subjects = events.filter((e) => !named.has(e) && !inPoint(e) && !credited.has(e));
  // What the clause's event answered, when the record has nothing it could be: the cause is not confirmed, so the
  // clause is not green (a sentence that agrees on its other values says more than the record holds).
  if (subjects.length && !points.length) {
    for (const { word, phrase } of unresolved) {
      const shown = `${word} ${phrase.trim()}`.replace(/[.!?"\u201D]+$/, '');
      out.push({
        status: 'unconfirmed',
        comparison: { slot: 'cause', page: shown, record: '' },
        explanation: `The page says it came \u201C${shown}\u201D; the record does not say what it answered.`,
      });
    }
  }
  if (!subjects.length || subjects.some((e) => !DATE.test(e.event.date))) return out;
  for (const { word, phrase, anchor } of points) {
    if (!DATE.test(anchor.event.date)) continue;
    const [aFrom, aTo] = span(anchor);
    const after = follows(word);
    const wrong = subjects.every((e) => {
      const [sFrom, sTo] = span(e);
      return after ? sTo < aFrom : sFrom > aTo;
    });
    if (!wrong) {
      out.push({ status: 'agrees' });
      continue;
    }
    const shown = `${word} ${phrase.trim()}`.replace(/[.!?"\u201D]+$/, '');
    const when = [...new Set(subjects.map((e) => showDate(e.event.date)))].join(' and ');
    out.push({
      status: 'conflict',
      comparison: { slot: 'date', page: shown, record: when },
      explanation: `The record dates it ${when}, ${after ? 'before' : 'after'} \u201C${anchor.event.label}\u201D (${showDate(anchor.event.date)}), so it was not \u201C${shown}\u201D.`,
    });
  }
  return out;
}
