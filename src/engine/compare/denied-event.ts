/**
 * An event the page says did not happen, that the record has happening before
 * the page's date ("X has not refiled the case" where the record has X filing
 * again): a word of the event's own, of one word, denied right before it ("not
 * refiled", "never yet refiled", "has not been refiled"), said of the event's
 * doer (every person or agency named before it acts in the event) or, in the
 * passive, of no one. Not with "again", "since", "another" (a later time or a
 * further act may be denied truly), not for a word another event shares, and
 * only where the event's date is wholly before the page's. Nothing here knows
 * a story: the words are the pack's.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { wordFamily } from './word-inflections.ts';

/** The denial right before the word: "not", "never", "n't", with "yet", "ever", "been" between. */
const DENIED = /(?:\bnot|\bnever|n['\u2019]t)\s+(?:(?:yet|ever|since|been|once)\s+){0,2}$/i;
/** Right before the denial, a modal that makes it a rule, a permission or a wish ("must not", "may not", "should never"). */
const MODAL =
  /\b(?:must|may|might|should|shall|can|could|would|will|ought\s+to|needs?\s+to|(?:are|is|were|was)\s+(?:allowed|permitted|supposed|required|told|ordered|expected)\s+to)\s*$/i;
/** A later time or a further act, which may be denied truly. */
const FURTHER = /\b(?:again|since|another|second|third|further|anymore|any\s+more)\b/i;

export interface DeniedEventResult {
  events: IndexedEvent[];
  comparison: Comparison;
  explanation: string;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function deniedEventResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageDate: string | undefined,
): DeniedEventResult[] {
  if (!pageDate) return [];
  const out: DeniedEventResult[] = [];
  for (const clause of clauses) {
    if (!clause.negated) continue;
    const text = sentence.slice(clause.start, clause.end);
    if (FURTHER.test(text)) continue;
    const lower = text.toLowerCase();
    for (const e of record.events) {
      const date = e.event.date;
      if (!date || date >= pageDate.slice(0, date.length)) continue;
      // Someone acts in it; their set is built only for a word the clause has (most have none).
      if (!e.participants.some((p) => p.role === 'acted')) continue;
      let doers: Set<string> | undefined;
      const denied = (word: string): boolean => {
        // Cheap first: the word must be in the clause at all.
        if (/\s/.test(word) || !lower.includes(word)) return false;
        const hit = new RegExp(`\\b${escape(word)}\\b`, 'i').exec(text);
        const denial = hit ? DENIED.exec(text.slice(0, hit.index)) : null;
        // Denied right before, and (a look through every event, so asked last) no other event's word.
        if (
          !hit ||
          !denial ||
          record.events.some(
            (o) =>
              o !== e &&
              (o.words.includes(word) ||
                o.words.some((w) => !/\s/.test(w) && wordFamily(w).includes(word))),
          )
        )
          return false;
        // "officers must not handcuff …", "may not detain": a rule or a permission denied, not an act said not to have happened.
        if (MODAL.test(text.slice(0, hit.index - denial[0].length))) return false;
        const at = clause.start + hit.index;
        const named = clause.mentions.filter(
          (m): m is Mention & { type: 'agency' | 'person' } =>
            (m.type === 'agency' || m.type === 'person') && !m.negated && m.end <= at,
        );
        const passive = /\bbeen\s+$/i.test(text.slice(0, hit.index));
        doers ??= new Set(e.participants.filter((p) => p.role === 'acted').map((p) => p.canon));
        const acted = doers;
        const byDoer =
          named.length > 0 &&
          named.every((m) => record.gazetteer.lookup(m.value.name).some((g) => acted.has(g.id)));
        if (!(byDoer || (passive && !named.length))) return false;
        const page = sentence.slice(at - denial[0].length, at + hit[0].length);
        out.push({
          events: [e],
          comparison: { slot: 'outcome', page, record: `${e.event.label} (${date})` },
          explanation: `The record has it happening: ${e.event.label} (${date}).`,
        });
        return true;
      };
      // The pack's words, then their other forms ("did not refile" for "refiled"; word-inflections.ts); the first denied one counts.
      if (e.words.some(denied)) continue;
      e.words.some((w) => !/\s/.test(w) && wordFamily(w).some(denied));
    }
  }
  return out;
}
