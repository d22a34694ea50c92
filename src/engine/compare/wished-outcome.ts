/**
 * What someone thinks should become of people, against what the record has them calling for (pack `demands`):
 * "X thinks the officers should keep their jobs", "X said the officers should not be fired", "X believes they
 * ought to stay on the force" where the record has X calling for them to be fired. demanded-outcome.ts reads a
 * verb of wishing before a firm outcome ("wants them fired"); this reads a modal of opinion ("should", "ought to",
 * "must", "deserve to") before one, with its polarity ("should not be fired" keeps them at work), and the words of
 * keeping or losing a job ("keep their jobs", "lose their badges"). Only a conflict is reported: the page's wish
 * leaves the people in another state (gone, suspended, working) than the recorded demand. The wisher is a
 * person or body named before the modal in the clause; the modal's subject must be a noun of the demand (or
 * "they"), so a wish about someone else ("the chief should keep his job") says nothing. Nothing here knows a story.
 */
import type { Clause, Mention, OutcomeKind } from '../read/types.ts';
import type { StoryRecord } from './story-record.ts';
import { STATUS } from './personnel-outcome.ts';
import { demandsOf, othersDemand } from './demanded-outcome.ts';

type Status = NonNullable<(typeof STATUS)[OutcomeKind]>;

/** A modal of opinion right before an outcome ("should not be", "ought to be", "deserve to be", "shouldn't have been"). */
const MODAL_BEFORE =
  /\b(should|shouldn['\u2019]t|ought\s+to|must|mustn['\u2019]t|deserves?\s+to|deserved\s+to|need\s+to)\s+(not\s+|never\s+)?(?:be\s+|have\s+been\s+|get\s+|be\s+getting\s+)?$/i;

/** A modal of opinion with the words of keeping or losing a job ("should keep their jobs", "ought not to lose their badges"). */
const JOB =
  /\b(should|shouldn['\u2019]t|ought\s+to|ought\s+not\s+to|must|mustn['\u2019]t|deserves?\s+to|deserved\s+to)\s+(not\s+|never\s+)?(?:be\s+allowed\s+to\s+|get\s+to\s+)?(keep|retain|lose|stay\s+on|remain\s+on)\s+(?:their|his|her|the)\s+(jobs?|badges?|positions?|posts?|force|beat|job)\b/gi;

/** Between the wisher and the modal: a verb of saying, then "they" or the people ("already came out and said the ten officers"). */
const SAID_WISH =
  /^\s*(?:,[^,]{1,60},)?\s*(?:(?:also|then|already|again|later|publicly|\p{L}+ly)\s+)*(?:came\s+out\s+and\s+)?(?:said|says|argued|argues|insisted|insists|believes|thinks|thought|told\s+\p{L}+(?:\s+\p{L}+)?)\s+(?:that\s+)?(?:they|(?:the|those|these|all)\s+(?:\p{L}+\s+){0,2}?\p{L}+)\s*$/u;

/** A condition after the outcome ("without a hearing", "until", "before the inquiry ends", "while on duty"; not ", while X …", a contrast). */
const CONDITION_AFTER = /^\s*,?\s*(?:without|until|unless|before|pending|if)\b|^\s+while\b/i;

/** The subject right before the modal: a noun of the demand, "they", "those" or "these" with a noun. */
function subjectFits(before: string, nouns: readonly string[]): boolean {
  const tail = before.trimEnd().toLowerCase();
  if (/\b(?:they|them)$/.test(tail)) return true;
  return nouns.some((n) => tail.endsWith(` ${n.toLowerCase()}`));
}

function idsOf(record: StoryRecord, m: Mention): string[] {
  if (m.type !== 'person' && m.type !== 'agency') return [];
  return record.gazetteer.lookup(m.value.name).map((g) => g.id);
}

export interface WishResult {
  comparison: { slot: string; page: string; record: string };
  explanation: string;
}

const negative = (s: string | undefined) =>
  s !== undefined && (/\bnot\b|\bnever\b/i.test(s) || /n['\u2019]t$/i.test(s.trim()));

export function wishResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): WishResult[] {
  const demands = demandsOf(record);
  if (!demands.length) return [];
  const out: WishResult[] = [];
  for (const clause of clauses) {
    // A modal of opinion reads as conditional; its own "not" is the wish's polarity, read below.
    if (clause.stance !== 'asserted' && clause.stance !== 'conditional') continue;
    const text = sentence.slice(clause.start, clause.end);
    // Each wish in the clause: where its modal starts, the state it leaves the people in, and the page's words.
    const wishes: { at: number; status: Status; page: string }[] = [];
    for (const m of clause.mentions) {
      if (m.type !== 'outcome' || (m.value.kind !== 'fired' && m.value.kind !== 'suspended'))
        continue;
      const window = sentence.slice(Math.max(clause.start, m.start - 40), m.start);
      const modal = MODAL_BEFORE.exec(window);
      if (!modal) continue;
      // "should not be fired without a hearing", "until the inquiry ends": a condition, not the wish itself.
      if (CONDITION_AFTER.test(sentence.slice(m.end, m.end + 20))) continue;
      const denied = m.negated || negative(modal[2]) || /n['\u2019]t$/i.test(modal[1]!);
      const at = m.start - (window.length - modal.index);
      wishes.push({
        at,
        status: denied ? 'working' : STATUS[m.value.kind]!,
        page: sentence.slice(at, m.end),
      });
    }
    for (const j of text.matchAll(JOB)) {
      if (CONDITION_AFTER.test(text.slice(j.index + j[0].length, j.index + j[0].length + 20)))
        continue;
      const denied = negative(j[2]) || /n['\u2019]t$|\bnot\b/i.test(j[1]!);
      const keep = !/^lose$/i.test(j[3]!);
      wishes.push({
        at: clause.start + j.index,
        status: keep !== denied ? 'working' : 'gone',
        page: j[0],
      });
    }
    for (const w of wishes) {
      const before = sentence.slice(clause.start, w.at);
      // "X did not say they should …", "no one thinks …": a denial before the wish leaves it unsaid.
      if (/\b(?:not|never|no|nobody|none)\b|n['\u2019]t\b/i.test(before)) continue;
      const wishers = new Set(
        clause.mentions.filter((x) => x.end <= w.at && !x.negated).flatMap((x) => idsOf(record, x)),
      );
      const theirs = demands.filter(
        (d) => [...d.by].some((id) => wishers.has(id)) && subjectFits(before, d.nouns ?? []),
      );
      if (!theirs.length) {
        // One who spoke where another wished this very thing (demanded-outcome.ts othersDemand).
        // Only the subject of a verb of saying whose object is the wish ("X said they should be fired", "X came out and said the officers should …").
        const subject = clause.mentions
          .filter((x) => x.end <= w.at && (x.type === 'person' || x.type === 'agency'))
          .sort((a, b) => b.end - a.end)[0];
        const other =
          subject && SAID_WISH.test(sentence.slice(subject.end, w.at))
            ? othersDemand(
                record,
                wishers,
                (d) => STATUS[d.kind] === w.status && subjectFits(before, d.nouns ?? []),
              )
            : null;
        if (other)
          out.push({
            comparison: {
              slot: 'demand',
              page: `${other.wisher}: ${w.page}`,
              record: other.record,
            },
            explanation: `The record has ${other.record}; the wish was not ${other.wisher}'s.`,
          });
        continue;
      }
      if (theirs.some((d) => STATUS[d.kind] === w.status)) continue;
      const said = [...new Set(theirs.map((d) => d.statement))].join('; ');
      out.push({
        comparison: { slot: 'demand', page: w.page, record: said },
        explanation: `The record has ${said}; the page has them wanting the opposite: \u201C${w.page}\u201D.`,
      });
    }
  }
  return out;
}
