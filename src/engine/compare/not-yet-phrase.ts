/**
 * An act told as done before it happened, in a noun phrase (not-yet.ts reads
 * the clause "X has already signed …"): "with Trump's immigration executive
 * orders already signed", "the executive orders Trump has signed", "the
 * orders that Trump already issued", on a page dated before the record's act.
 * Nothing here knows a story.
 *
 * The line (zero false alarms first), as in not-yet.ts:
 * - The phrase holds the words of one of the story's events, every event
 *   those words name lies wholly after the page's date, and a person named
 *   as the doer (a possessive right before the words, or the subject of a
 *   relative clause right after them) takes an office after the page's date
 *   and by the event's, holding none on the page's date.
 * - The possessive shape needs "already", "now" or "just" before the verb of
 *   doing ("Trump's orders, signed in January," sets its own time); the
 *   relative shape needs the doer right after the words.
 * - Not when the clause is denied, hoped, feared, asked or set in time by
 *   another clause ("before …", "once …", "will").
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { dayRange } from './record-values.ts';
import { notYetDone, onlyLater, type NotYetResult } from './not-yet.ts';
import type { StoryRecord } from './story-record.ts';

const DONE =
  'signed|issued|passed|enacted|adopted|implemented|filed|launched|released|carried out|rolled out|put out|put in place|handed down|completed|approved|finalized|finalised';
/** Right after the event's words, in the possessive shape: "(…) already signed", "now in place". */
const DONE_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}'\u2019-]+){0,3}?\\s*,?\\s+(?:already|now|just|recently)\\s+(?:(?:been|being)\\s+)?(?:${DONE}|in place|in force|in effect)\\b`,
  'iu',
);
/** Right after the event's words, in the relative shape: " (that|which) <doer> (has|had) (already) signed". */
const RELATIVE_AFTER = new RegExp(
  `^\\s+(?:(?:that|which)\\s+)?(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,2})\\s+(?:(?:has|have|had)\\s+)?(?:already\\s+|just\\s+|now\\s+)?(?:${DONE})\\b`,
  'u',
);
/** Words that put the act in a hope, a fear, a question, a denial or a time set by something else. */
const NOT_TOLD =
  /\b(?:before|after|until|once|when|whenever|if|unless|whether|by the time|ahead of|prior to|will|would|could|might|may|should|must|expected|expects|plans?|planned|promised|promises|vowed|vows|threatened|threatens|wants?|wanted|soon|yet|not|no|never|upcoming|coming|future|planned|proposed|promised|expected|anticipated|rumou?red|feared|possible|potential|likely)\b/i;

export function notYetPhraseResults(
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
    const raw = sentence.slice(clause.start, clause.end);
    if (NOT_TOLD.test(raw)) continue;
    const text = foldText(raw);
    const persons = clause.mentions.filter(
      (m): m is Mention & { type: 'person' } => m.type === 'person' && !m.negated,
    );
    if (!persons.length) continue;
    for (const e of record.events) {
      if (!e.event.date || dayRange(e.event.date)[0] <= pageLast) continue;
      let found: NotYetResult | undefined;
      for (const word of e.words) {
        const at = findTerm(text, word);
        if (at === -1) continue;
        if (!onlyLater(record, word, pageLast)) continue;
        const abs = clause.start + at;
        const after = sentence.slice(abs + word.length, clause.end);
        // The doer: a possessive right before the words (up to three words between), or the subject right after them.
        const possessive = persons.find(
          (m) =>
            m.end <= abs &&
            new RegExp(`^['\u2019]s?\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'u').test(
              sentence.slice(m.end, abs),
            ),
        );
        const doer =
          possessive && DONE_AFTER.test(after)
            ? possessive
            : (() => {
                const rel = RELATIVE_AFTER.exec(after);
                if (!rel) return undefined;
                const from = abs + word.length + rel[0].indexOf(rel[1] as string);
                return persons.find((m) => m.start === from);
              })();
        if (!doer) continue;
        const first = Math.min(doer.start, abs);
        const last = Math.max(doer.end, abs + word.length);
        found =
          notYetDone(world, doer.value.name, e, pageDate, sentence.slice(first, last)) ?? undefined;
        if (!found) continue;
        break;
      }
      if (found) out.push(found);
    }
  }
  return out;
}
