/**
 * An act told as done before it happened: "Trump has already signed executive orders …" on a page dated November
 * 2016, where the record dates the orders on 25 January 2017. The clause names the doer right before a verb of doing
 * in the past or perfect ("has signed", "already issued", "signed") whose object holds the words of one of the story's
 * events; every event those words name lies wholly after the page's date; and the doer is a person the world file
 * has taking an office after the page's date and by the event's (not yet in office when the page was written, in it
 * when the record has the act). Not when denied, hoped, feared or set in time by another clause ("before …",
 * "after …", "once …"). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import { tokenize } from '../read/tokens.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { dayRange, partialDate, showDate } from './record-values.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import type { WorldIndex } from '../../world/world-index.ts';

export interface NotYetResult {
  events: IndexedEvent[];
  comparison: Comparison;
  explanation: string;
}

/** Verbs of doing that leave a thing done (general English), in the past or as a participle. */
const DONE =
  'signed|issued|passed|enacted|adopted|implemented|filed|launched|released|carried out|rolled out|put out|put in place|handed down|conducted|completed|approved|finalized|finalised';

/** Doer, then (has / had) (already) done, then up to three words before the event's words. */
const DONE_BEFORE = new RegExp(
  `(?:\\b(?:has|have|had)\\s+(?:already\\s+|now\\s+|just\\s+)?|\\balready\\s+|^\\s*)(?:${DONE})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
  'iu',
);

/** The same in the simple past right after its doer ("Trump signed …"): held to the doer standing right before it. */
const DONE_AFTER_DOER = new RegExp(`\\s(?:${DONE})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu');

/** Words that put the act in a hope, a fear, a question or a time set by something else. */
const NOT_TOLD =
  /\b(?:before|after|until|once|when|whenever|if|unless|whether|by the time|ahead of|prior to|will|would|could|might|may|should|must|to|expected|expects|plans?|planned|promised|promises|vowed|vows|threatened|threatens|wants?|wanted|soon|yet)\b/i;

export function notYetResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageDate: string | undefined,
): NotYetResult[] {
  const world = record.world;
  if (!pageDate || !world) return [];
  const pageLast = dayRange(pageDate)[1];
  const out: NotYetResult[] = [];
  for (const clause of clauses) {
    if (clause.stance !== 'asserted' || clause.negated) continue;
    // A clause that dates the act after the page's date knows when it happened: the page was written (or updated) later.
    if (
      clause.mentions.some(
        (m) =>
          m.type === 'date' &&
          !m.negated &&
          m.value.year !== undefined &&
          dayRange(partialDate(m.value.year, m.value.month, m.value.day))[1] > pageLast,
      )
    )
      continue;
    const text = foldText(sentence.slice(clause.start, clause.end));
    for (const e of record.events) {
      if (!e.event.date || dayRange(e.event.date)[0] <= pageLast) continue;
      for (const word of e.words) {
        const at = findTerm(text, word);
        if (at === -1) continue;
        if (!onlyLater(record, word, pageLast)) continue;
        const before = text.slice(0, at);
        const perfect = DONE_BEFORE.exec(before);
        const verb = perfect ?? DONE_AFTER_DOER.exec(before);
        if (!verb) continue;
        const lead = before.slice(0, verb.index);
        // "This comes after X signed …" tells the act as done before now, as plainly as "X signed …"; "after X has
        // signed" may look ahead.
        const told = /\b(?:has|have|had)\b/.test(verb[0])
          ? lead
          : lead.replace(/\b(?:comes?|came|follows?|followed)\s+(?:\p{L}+\s+){0,2}?after\b/gu, ' ');
        if (
          NOT_TOLD.test(told) ||
          [...lexicon.negators].some((n) => new RegExp(`\\b${n}\\b`).test(lead + verb[0])) ||
          phrasesBlock(lead)
        )
          continue;
        // The doer: the last person named before the verb, in this clause.
        const doer = [...clause.mentions]
          .reverse()
          .find(
            (m): m is Mention & { type: 'person' } =>
              m.type === 'person' && !m.negated && m.end - clause.start <= verb.index + 1,
          );
        if (!doer) continue;
        // In the simple past, nothing but space between the doer and the verb ("President Trump signed").
        if (!perfect && text.slice(doer.end - clause.start, verb.index).trim() !== '') continue;
        const found = notYetDone(
          world,
          doer.value.name,
          e,
          pageDate,
          sentence.slice(doer.start, clause.start + at + word.length),
        );
        if (!found) continue;
        out.push(found);
        break;
      }
    }
  }
  return out;
}

/** Every event of the story these words name lies wholly after the page's date. */
export function onlyLater(record: StoryRecord, word: string, pageLast: number): boolean {
  return !record.events.some(
    (o) => o.words.includes(word) && (!o.event.date || dayRange(o.event.date)[0] <= pageLast),
  );
}

/**
 * The finding for event `e` told as done by `doer` on a page of `pageDate`, or null: the world file must have the
 * doer taking an office after the page's date and by the event's, and in none on the page's date (acts of an office
 * held then are possible: another term, another office). `page` is the page's words shown.
 */
export function notYetDone(
  world: WorldIndex,
  doer: string,
  e: IndexedEvent,
  pageDate: string,
  page: string,
): NotYetResult | null {
  const pageLast = dayRange(pageDate)[1];
  const [eventFirst] = dayRange(e.event.date);
  const later = world
    .termsOf(doer)
    .filter(
      (t) =>
        t.holder.start !== undefined &&
        dayRange(t.holder.start)[0] > pageLast &&
        dayRange(t.holder.start)[0] <= eventFirst,
    );
  if (!later.length || world.officesHeldBy(doer, pageDate).length > 0) return null;
  const start = later[0]!.holder.start as string;
  return {
    events: [e],
    comparison: { slot: 'time', page, record: `${e.event.label} (${showDate(e.event.date)})` },
    explanation: `On the page's date (${showDate(pageDate)}) this had not happened: the record has it on ${showDate(e.event.date)}, and ${doer} took office as ${later[0]!.office.title} on ${showDate(start)}.`,
  };
}

/** Someone else's wish, fear or claim before it ("critics feared Trump had signed …"). */
function phrasesBlock(lead: string): boolean {
  const tokens = tokenize(lead);
  return tokens.some((_, k) => lexicon.commitmentBlockers.matchAt(tokens, k) !== null);
}
