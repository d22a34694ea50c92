/**
 * What a suit challenges (pack 0.7.16, an event's `legal.targets`): a document of the story named in a clause about
 * the suit as what it targets, challenges, goes after or is over. A target agrees; a document one of the targets
 * renewed or replaced (an entity's `supersedes`) is imprecise, as the suit is over its renewal; any other document of
 * the story is wrong. Only a document the record knows, after a verb or preposition of targeting in the clause.
 * Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause } from '../read/types.ts';
import { escapeRegExp, findTerm } from '../terms.ts';
import { listNames } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { result, type ValueResult } from './value-result.ts';

/** Right before the document (a few words between): the suit aims at it. */
const TARGETING =
  /\b(?:target(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|attack(?:s|ed|ing)?|(?:go(?:es)?|went|going|gone)\s+after|t(?:ake|akes|ook|aking)\s+aim\s+at|aim(?:s|ed|ing)?\s+at|over|against|(?:seek(?:s|ing)?\s+)?to\s+(?:strike\s+down|overturn|block|invalidate|void))\s+(?:[\p{L}\p{N}'\u2019.-]+\s+){0,4}$/iu;
/** Any word of targeting (the gate's cheap test). */
const TARGET_WORD = /\b(?:target|challeng|contest|attack|after|aim|over|against|seek)/i;
/** A noun for the suit, when no event is linked by its words (not "case": "in this case" is no suit). */
const SUIT = /\b(?:law)?suits?\b|\bcomplaint\b/i;

/** Cheap gate: the clause names a document of the story after a word of targeting. */
export function namesSuitTarget(text: string, record: StoryRecord): boolean {
  if (!record.documents.length || !TARGET_WORD.test(text)) return false;
  // The last word of every document's names, in one pattern built once per record: most clauses fail it.
  let last = LAST_WORDS.get(record);
  if (!last) {
    const words = [
      ...new Set(record.documents.flatMap((d) => d.names.map((n) => n.split(/\s+/).at(-1) ?? ''))),
    ].filter(Boolean);
    last = new RegExp(`(?:${words.map(escapeRegExp).join('|')})`, 'i');
    LAST_WORDS.set(record, last);
  }
  if (!last.test(text)) return false;
  const folded = foldText(text);
  return record.documents.some((d) => d.names.some((n) => findTerm(folded, n) !== -1));
}

const LAST_WORDS = new WeakMap<StoryRecord, RegExp>();

export interface TargetResult {
  r: ValueResult;
  events: IndexedEvent[];
}

export function suitTargets(
  sentence: string,
  clause: Clause,
  named: readonly IndexedEvent[],
  record: StoryRecord,
): TargetResult[] {
  if (!record.documents.length || clause.negated) return [];
  const text = sentence.slice(clause.start, clause.end);
  const linked = named.filter((e) => e.legal?.targets);
  const all = record.events.filter((e) => e.legal?.targets);
  const events = linked.length ? linked : all.length === 1 && SUIT.test(text) ? all : [];
  if (!events.length) return [];
  const folded = foldText(text);
  const targets = events.flatMap((e) => [...(e.legal?.targets ?? [])]);
  const statement = [...new Set(events.map((e) => e.legal?.targetsStatement ?? ''))].join('; ');
  const out: TargetResult[] = [];
  for (const doc of record.documents) {
    const at = doc.names.map((n) => findTerm(folded, n)).find((i) => i !== -1);
    if (at === undefined || !TARGETING.test(folded.slice(Math.max(0, at - 60), at))) continue;
    if (targets.includes(doc.canon)) {
      out.push({ r: { status: 'agrees' }, events });
      continue;
    }
    const renewal = record.documents.filter(
      (d) => targets.includes(d.canon) && d.supersedes.includes(doc.canon),
    );
    out.push({
      r: renewal.length
        ? result(
            'imprecise',
            'target',
            doc.name,
            statement,
            `The record has the suit targeting ${statement}; ${listNames(renewal.map((d) => d.name))} renewed ${doc.name}, which the suit does not name itself.`,
          )
        : result(
            'conflict',
            'target',
            doc.name,
            statement,
            `The record has the suit targeting ${statement}, not ${doc.name}.`,
          ),
      events,
    });
  }
  return out;
}
