/**
 * What a report says will happen, for events of any kind (issue 17): "will close its plant by June 30,
 * 2027", "managers would meet with union leaders on Wednesday, Dec. 2", "are scheduled to meet on Dec. 2".
 * A future (or reported-future) verb with a date after the report's own is a scheduled event of its own,
 * dated forward from the report; its date is never the day of what already happened. General English only.
 */
import type { Mention } from '../../engine/drafting.ts';
import { namesAThing, verbForms } from './event-words.ts';
import type { ReadSentence } from './read-report.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const weekdayOf = (iso: string): number => new Date(`${iso}T12:00:00Z`).getUTCDay();

/** A future marker and the verb it governs: "will close", "would meet", "is scheduled to meet", "plans to move". */
const FUTURE =
  /\b(?:will|would|(?:is|are|was|were)\s+(?:scheduled|set|expected|due|slated|going)\s+to|plans?\s+to|intends?\s+to)\s+(?:not\s+)?(?:be\s+)?(\p{Ll}{3,})\b/gu;

/** A noun, then a participle of planning and "for": "a tournament set for Feb. 20", "a hearing scheduled for Dec. 4". */
const PLANNED_FOR = /(?:^|\s)(?<noun>\p{Ll}{4,})\s+(?:set|scheduled|slated|planned)\s+for\s/gu;
/** Nouns before "set for" that name no happening ("a date set for", "the time scheduled for"). */
const PLANNED_NOTHING = new Set([
  'date',
  'dates',
  'time',
  'times',
  'deadline',
  'stage',
  'that',
  'this',
  'what',
  'which',
  'were',
  'been',
  'being',
  'also',
  'then',
  'once',
  'still',
  'originally',
  'initially',
]);

/** Verbs whose object is the happening ("hold a meeting", "convene a hearing"). */
const HOLDING_VERBS = new Set(['hold', 'convene', 'host', 'stage', 'call', 'schedule']);
const OBJECT_STOP = new Set([
  'at',
  'on',
  'in',
  'for',
  'to',
  'with',
  'about',
  'of',
  'from',
  'by',
  'into',
  'over',
  'after',
  'before',
  'and',
  'or',
  'that',
  'which',
  'where',
  'when',
]);

/**
 * The words of a holding verb's object ("an emergency meeting at 6 p.m." → meeting, meetings, meet, meets, met): its head
 * noun, the last word before a preposition, with its number's other form, and a verbal noun's verb.
 */
export function objectWords(after: string): string[] {
  const words = after.trim().split(/[\s,.;:]+/);
  if (!/^(?:an?|the|its|their|his|her)$/i.test(words[0] ?? '')) return [];
  const phrase: string[] = [];
  for (const w of words.slice(1)) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || OBJECT_STOP.has(w)) break;
    phrase.push(w);
    if (phrase.length > 3) return [];
  }
  const head = phrase[phrase.length - 1];
  if (!head || head.length < 4) return [];
  const other = head.endsWith('s') ? head.slice(0, -1) : `${head}s`;
  // A verbal noun of an irregular verb the lexicon knows ("meeting" → meet, meets, met); no guessed forms.
  const forms = head.endsWith('ing') ? verbForms(head.slice(0, -3)) : [];
  return [...new Set([head, other, ...(forms.length > 1 ? forms : [])])];
}

/** Verbs that name no happening of their own. */
const LIGHT_VERBS = new Set([
  'take',
  'have',
  'make',
  'get',
  'give',
  'receive',
  'come',
  'go',
  'begin',
  'start',
  'continue',
  'remain',
  'stay',
  'need',
  'see',
  'keep',
  'put',
  'also',
  'then',
  'still',
  'only',
  'not',
]);

export interface Scheduled {
  /** The verb's base as printed after the marker ("close", "meet"). */
  verb: string;
  /** The words that name it. */
  words: string[];
  /** YYYY-MM-DD or YYYY-MM: after the report's date. */
  date: string;
  /** The date mention it rests on. */
  mention: Mention;
  /** Where the future marker stands in the sentence. */
  at: number;
}

/** The forms a scheduled verb is told by: meet → meets, met, meeting; close → closes, closed, closing. */
export function scheduledWords(verb: string): string[] {
  const irregular = verbForms(verb);
  if (irregular.length > 1) return irregular;
  // A regular participle after "be" ("is scheduled to be hauled out"): its own form only; no forms guessed from it ("hauleds").
  if (/\p{Ll}{2}[^e]ed$/u.test(verb)) return [verb];
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const s = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [...new Set([verb, s, `${stem}ed`, `${stem}ing`])];
}

/**
 * The scheduled events of a sentence: each future verb followed (in the same sentence, outside quotes) by a
 * date whose month is stated, resolved to the first such day on or after the report's date; a stated weekday
 * must agree. None without the report's date, or when the date falls before it.
 */
export function scheduledEvents(
  s: ReadSentence,
  reportDate: string | undefined,
  texts: readonly string[] = [],
): Scheduled[] {
  if (!reportDate) return [];
  const out: Scheduled[] = [];
  // A future clause may be read as unasserted ("would meet"): its dates are taken from every clause not denied, outside quotes.
  const all = s.clauses
    .filter((c) => !c.negated)
    .flatMap((c) => c.mentions)
    .filter((m) => s.unquoted.slice(m.start, m.end).trim() !== '');
  const dates = all.filter(
    (m): m is Extract<Mention, { type: 'date' }> =>
      m.type === 'date' && !m.negated && m.value.month !== undefined,
  );
  const weekdays = all.filter(
    (m): m is Extract<Mention, { type: 'weekday' }> => m.type === 'weekday',
  );
  // "a two-day tournament set for Feb. 20": a noun with a participle of planning and "for" before its date is scheduled too.
  const markers = [...s.unquoted.matchAll(FUTURE), ...s.unquoted.matchAll(PLANNED_FOR)].sort(
    (a, b) => (a.index ?? 0) - (b.index ?? 0),
  );
  markers.forEach((marker, i) => {
    const at = marker.index ?? 0;
    const next = markers[i + 1]?.index ?? Infinity;
    const m = dates.find((d) => d.start > at && d.start < next);
    if (!m) return;
    const v = m.value;
    let year = v.year ?? Number(reportDate.slice(0, 4));
    const partial = (y: number) =>
      v.day !== undefined ? `${y}-${pad(v.month!)}-${pad(v.day)}` : `${y}-${pad(v.month!)}`;
    if (v.year === undefined && partial(year) < reportDate.slice(0, partial(year).length))
      year += 1;
    const date = partial(year);
    if (date < reportDate.slice(0, date.length)) return;
    // A weekday written with the date ("Wednesday, Dec. 2") must be that date's.
    const weekday = weekdays.find((w) => w.end <= m.start && m.start - w.end < 4);
    if (weekday && (v.day === undefined || weekdayOf(date) !== weekday.value.day)) return;
    if (marker.groups?.noun !== undefined) {
      // The planned thing's noun names it ("tournament", "hearing"); a noun of time or a function word names nothing.
      const noun = marker.groups.noun.toLowerCase();
      if (PLANNED_NOTHING.has(noun) || namesAThing(noun, texts)) return;
      out.push({
        verb: noun,
        words: [...new Set([noun, noun.endsWith('s') ? noun.slice(0, -1) : `${noun}s`])],
        date,
        mention: m,
        at,
      });
      return;
    }
    const verb = (marker[1] as string).toLowerCase();
    // A light verb ("would take effect", "will begin") names nothing by itself: the happening is its subject's noun ("the first 150 layoffs").
    let words = scheduledWords(verb);
    if (LIGHT_VERBS.has(verb)) {
      const subject = /(?:^|\s)(\p{Ll}{4,})\s*$/u.exec(s.unquoted.slice(0, at))?.[1];
      if (!subject || !subject.endsWith('s') || namesAThing(subject, texts)) return;
      words = [subject, subject.slice(0, -1)];
    }
    // "will hold an emergency meeting at 6 p.m.": a verb of holding names its object's happening too (meeting → meet, meets, met).
    if (HOLDING_VERBS.has(verb))
      words = [...new Set([...words, ...objectWords(s.unquoted.slice(at + marker[0].length))])];
    out.push({ verb, words, date, mention: m, at });
  });
  return out;
}
