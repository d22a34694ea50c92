/**
 * A claim that a party let a court case go for good after its ruling ("After that ruling, X dropped the matter for
 * good", "Following the dismissal, X abandoned the case once and for all"), where the record has X acting again in
 * that case later, before the page's date (X files its suit again). The party is one the clause names before the
 * verb who acted in a court case of the record (an event with `legal`) before the ruling; the ruling is the one
 * event with a court's disposition, named after "after / following" ("that ruling", "the dismissal", "the judge
 * threw out the suit"); the later act is an event after the ruling in which X acted and whose label shares a word
 * with that case's own words (the same kind of act: a suit, then the suit filed again). A denied, wished or
 * conditional clause, or one with no word of for good, says nothing. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { FINAL } from '../read/find-legal.ts';
import type { Clause } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { namedCanons } from './named-canons.ts';

/** Letting it go: the verb. */
const LET_GO =
  /\b(?:dropped|abandoned|gave\s+up(?:\s+on)?|walked\s+away\s+from|stopped\s+pursuing|shelved|let\s+(?:the\s+)?(?:matter|case|suit|lawsuit|issue)\s+(?:drop|go|rest))\b/i;
/** For good: the claim that it was final. */
const FOR_GOOD = new RegExp(
  String.raw`\b(?:${FINAL}|for\s+ever|never\s+to\s+(?:return|revive|refile|resume)|and\s+never\s+(?:looked\s+back|returned\s+to\s+it|came\s+back\s+to\s+it))\b`,
  'i',
);
/** The ruling as the point it was dropped after. */
const AFTER_RULING =
  /\b(?:after|following|once|in\s+the\s+wake\s+of)\s+(?:(?:that|the|this|its|his|her|their|(?:the\s+)?(?:judge|court)['\u2019]s)\s+)?(?:\w+\s+)?(?:ruling|decision|dismissal|judgment|judgement)\b|\b(?:after|once)\s+(?:the\s+)?(?:judge|court)\s+(?:\w+\s+)?(?:dismissed|threw\s+out|tossed|ruled)\b|\b(?:after|once)\s+(?:the\s+)?(?:suit|case|lawsuit)\s+was\s+(?:dismissed|thrown\s+out|tossed)\b/i;

/** Words too common to make two events of one kind. */
const COMMON = new Set([
  'the',
  'and',
  'with',
  'from',
  'that',
  'this',
  'over',
  'into',
  'again',
  'after',
  'before',
  'city',
  'department',
  'justice',
  'files',
  'file',
  'says',
  'said',
]);

export interface FinalityResult {
  events: IndexedEvent[];
  comparison: Comparison;
  explanation: string;
}

const wordsOf = (text: string) =>
  foldText(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !COMMON.has(w));

export function finalityResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageDate: string | undefined,
): FinalityResult[] {
  if (!pageDate || !AFTER_RULING.test(sentence)) return [];
  const rulings = record.events.filter(
    (e) => e.legal?.disposition && /^\d{4}-\d{2}/.test(e.event.date),
  );
  if (rulings.length !== 1) return [];
  const ruling = rulings[0] as IndexedEvent;
  const out: FinalityResult[] = [];
  for (const clause of clauses) {
    if (clause.negated || clause.stance !== 'asserted') continue;
    const text = sentence.slice(clause.start, clause.end);
    const verb = LET_GO.exec(text);
    if (!verb || !FOR_GOOD.test(text)) continue;
    const verbAt = clause.start + verb.index;
    // Who let it go: the people and agencies named before the verb (not in the point phrase "after the judge's ruling").
    const who = namedCanons(clause.mentions, record, ['agency', 'person'], verbAt);
    if (!who.size) continue;
    // The case they were a party to: a court event before the ruling in which they acted.
    const cases = record.events.filter(
      (e) =>
        e.legal &&
        e !== ruling &&
        e.event.date <= ruling.event.date &&
        e.participants.some((p) => p.role === 'acted' && who.has(p.canon)),
    );
    if (!cases.length) continue;
    // The words of the case, not the names of who took part in it ("Coast Watch" is in every label of theirs).
    const names = new Set(
      record.events.flatMap((e) => e.participants.flatMap((p) => wordsOf(record.nameOf(p.canon)))),
    );
    const caseWords = new Set(
      cases
        .flatMap((e) => [...e.words.flatMap(wordsOf), ...wordsOf(e.event.label)])
        .filter((w) => !names.has(w)),
    );
    const later = record.events.filter((e) => {
      const d = e.event.date;
      if (!d || e === ruling || cases.includes(e)) return false;
      // Wholly after the ruling, and before the page.
      if (
        d.slice(0, ruling.event.date.length) <= ruling.event.date.slice(0, d.length) ||
        d > pageDate.slice(0, d.length)
      )
        return false;
      return (
        e.participants.some((p) => p.role === 'acted' && who.has(p.canon)) &&
        wordsOf(e.event.label).some((w) => caseWords.has(w))
      );
    });
    if (!later.length) continue;
    const record_ = later.map((e) => `${e.event.label} (${e.event.date})`).join('; ');
    const page = sentence
      .slice(verbAt, clause.end)
      .replace(/[.!?]+\s*$/, '')
      .trim();
    out.push({
      events: later,
      comparison: { slot: 'outcome', page, record: record_ },
      explanation: `The record has it taken up again after the ruling: ${record_}.`,
    });
  }
  return out;
}
