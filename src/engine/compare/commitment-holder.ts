/**
 * A recorded stance given to another body: "Beck said ICE would not take part
 * in deportation efforts", "On 14 November 2016, the FBI said it had not taken
 * part in immigration enforcement", where the record has that stance (same
 * act, same side) from the body the speaker leads or from the body that spoke
 * that day. The subject of the commitment is an agency the world or the story
 * knows that holds no stance in the record and is neither above nor within a
 * holder; the sentence pins the record's stance by a holder it names (the
 * speaker) or by the exact day of the statement. Another level of government
 * than every recorded holder is a conflict; the same level only imprecise (a
 * neighbour may have said the same). Nothing here knows a story.
 */
import { sameOrNested } from './story-record.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { who } from './compare-commitment.ts';
import { listNames, showDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';
import { commitmentHolders } from './per-record.ts';

export interface HolderResult {
  status: 'conflict' | 'imprecise';
  comparison: Comparison;
  explanation: string;
  mention: Mention;
}

/** A verb right after the body: it is the subject ("the FBI said it …", "ICE would not …"). */
const SUBJECT_VERB =
  /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|stated|states|announced|insisted|added|maintained|would|will|had|has|have|did|does|do|is|was|could|can)\b|^\s+(?:won|wouldn|hadn|hasn|didn|doesn)['\u2019]t\b/u;

/** Words that make the body an object or a comparison ("with ICE", "unlike the FBI"). */
const GOVERNED =
  /\b(?:with|to|from|of|for|by|and|or|than|like|unlike|about|against|as|help|helping|assist|assisting|nor)\s+(?:the\s+)?$/i;

type Level = 'federal' | 'state' | 'local';

function levelOf(record: StoryRecord, canon: string): Level | undefined {
  const level = canon.startsWith('w:') ? record.world?.agency(canon.slice(2))?.level : undefined;
  return level === 'federal' || level === 'state' || level === 'local' ? level : undefined;
}

const isAgency = (record: StoryRecord, canon: string) =>
  record.gazetteer.lookup(record.nameOf(canon)).some((g) => g.id === canon && g.kind === 'agency');

export function holderResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): HolderResult[] {
  const all = clauses.flatMap((c) => c.mentions);
  const holders = commitmentHolders(record);
  const related = (a: string) => [...holders].some((h) => sameOrNested(record, h, a));
  const out: HolderResult[] = [];
  for (const m of all) {
    if (m.type !== 'commitment' || m.negated) continue;
    // The commitment's subject: the last body before it, with nothing but a verb phrase between ("the FBI said it had not …").
    const subject = all
      .filter(
        (a) =>
          a.type === 'agency' && !a.negated && a.end <= m.value.lead && /^\p{Lu}/u.test(a.text),
      )
      .pop();
    if (!subject || subject.type !== 'agency') continue;
    const between = sentence.slice(subject.end, m.value.lead);
    if (
      between.length > 60 ||
      /[,;:()\u2014]/.test(between) ||
      all.some(
        (n) =>
          n !== m &&
          n.start >= subject.end &&
          n.start < m.value.lead &&
          (n.type === 'agency' || n.type === 'person'),
      )
    )
      continue;
    if (
      !SUBJECT_VERB.test(sentence.slice(subject.end)) ||
      GOVERNED.test(sentence.slice(Math.max(0, subject.start - 20), subject.start))
    )
      continue;
    const page = record.gazetteer
      .lookup(subject.value.name)
      .filter((g) => g.kind === 'agency')
      .map((g) => g.id);
    if (!page.length || page.some(related)) continue;
    // The record's stance the sentence pins: one a holder it names (before the body) holds, or one stated on the day it gives.
    const named = who(
      record,
      all.filter((n) => n.end <= subject.start),
      sentence,
    );
    const days = all.flatMap((d) =>
      d.type === 'date' &&
      d.value.year &&
      d.value.month &&
      d.value.day &&
      (!d.value.relation || d.value.relation === 'on')
        ? [
            `${d.value.year}-${String(d.value.month).padStart(2, '0')}-${String(d.value.day).padStart(2, '0')}`,
          ]
        : [],
    );
    const pinned = record.events.flatMap((e) =>
      e.commitments
        .filter(
          (c) =>
            c.action === m.value.action &&
            c.does === m.value.does &&
            ([...c.holders].some((h) => named.has(h)) || days.includes(e.event.date)),
        )
        .map((c) => ({ c, e })),
    );
    if (!pinned.length) continue;
    const bodies = [
      ...new Set(pinned.flatMap(({ c }) => [...c.holders].filter((h) => isAgency(record, h)))),
    ];
    if (!bodies.length) continue;
    const levels = bodies.map((b) => levelOf(record, b));
    const own = page.map((c) => levelOf(record, c));
    const across =
      own.every((l) => l !== undefined) &&
      levels.every((l) => l !== undefined) &&
      own.every((l) => !levels.includes(l));
    const names = listNames(bodies.map(record.nameOf));
    const said = listNames(pinned.map(({ c, e }) => `${c.statement} (${showDate(e.event.date)})`));
    out.push({
      status: across ? 'conflict' : 'imprecise',
      comparison: { slot: 'agency', page: subject.text, record: names },
      explanation: across
        ? `The record has ${names} saying they ${said}, not ${subject.text}.`
        : `The record has ${names} saying they ${said}; it does not have ${subject.text} saying so, which is imprecise.`,
      mention: subject,
    });
  }
  return out;
}
