/**
 * A court's act the record does not have: "A federal judge has since ordered the city to suspend General Order 502",
 * "the court blocked the policy", where the record's case ends otherwise (its dispositions: a dismissal as moot). A
 * sentence that names a recorded fact (the policy, the suit) and adds such an order is not consistent: the record can
 * confirm the fact, not the order. Only for a story whose record has a court case with a disposition; an act the
 * dispositions name ("dismissed", "threw out") is theirs. General English; nothing here knows a story.
 */
import type { StoryRecord } from './compare/story-record.ts';

/** A judge or court, then within a few words an act of ruling against or for a party (not a dismissal). */
const COURT_ACT =
  /\b(?:judge|court|justices?|magistrate)\b(?:\s+[\p{L}'\u2019.-]+){0,5}?\s+(?:(?:has|have|had)\s+)?(?:since\s+|also\s+|then\s+|later\s+)?(ordered|orders|blocked|blocks|enjoined|halted|halts|struck\s+down|strikes\s+down|suspended|suspends|upheld|upholds|barred|bars|sided\s+with|froze|paused|granted\s+an?\s+injunction|issued\s+an?\s+injunction)\b/iu;

/** The court act a sentence tells of that the record's case has no ruling for, with the record's dispositions; null otherwise. */
export function unrecordedCourtAct(
  sentence: string,
  record: StoryRecord,
): { act: string; record: string } | null {
  const m = COURT_ACT.exec(sentence);
  if (!m || /\b(?:not|never|no)\b/i.test(m[0])) return null;
  const dispositions = record.events.flatMap((e) =>
    e.event.legal?.disposition ? [e.event.legal.disposition.statement] : [],
  );
  if (!dispositions.length) return null;
  return { act: m[0].trim(), record: dispositions.join('; ') };
}
