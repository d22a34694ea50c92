/**
 * A recorded speaker said to have kept silent: "Seattle's brass, for the record, stayed out of it", "New York City's
 * leadership stayed quiet", where the record has that body or person on record in the story: holding a stated
 * commitment, or speaking at one of its events. The subject is whoever the clause names before the words of silence
 * (who() of compare-commitment.ts: a person, an agency, a town's police or its officials). Not when the clause is
 * denied by anything but the silence itself ("said nothing"), asked, conditional or reported (only asserted clauses come here), names a day or a year of its own (another
 * time), keeps silent about another matter ("stayed quiet about his retirement"; "about it" is the story's) or only for a while ("at first",
 * "until Thursday"). Quoted words are blanked by the caller. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { who } from './compare-commitment.ts';
import type { Comparison } from './value-result.ts';
import { showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

export interface SilentSpeakerResult {
  events: IndexedEvent[];
  comparison: Comparison;
  explanation: string;
}

/** Words of keeping silent (general English), in the past or present. */
const SILENCE = new RegExp(
  [
    String.raw`\b(?:stayed|stays|kept|keeps|remained|remains)\s+(?:\p{L}+ly\s+)?(?:quiet|silent|mum)\b`,
    String.raw`\b(?:stayed|stays|kept|keeps)\s+out\s+of\s+(?:it|this|that|the\s+(?:fight|debate|fray|discussion|conversation|matter|issue|controversy|spotlight))\b`,
    // Not "said nothing would change" (that nothing would): only when nothing else of what was said follows.
    String.raw`\b(?:said|says)\s+nothing(?=\s*(?:[,.;:!?)]|$)|\s+(?:about|on|regarding|at\s+all|publicly|further|in\s+public)\b)`,
    String.raw`\b(?:held|holds)\s+(?:its|their|his|her)\s+tongues?\b`,
    String.raw`\bsat\s+(?:it|this|that)\s+out\b`,
    String.raw`\bhad\s+nothing\s+to\s+say\b`,
  ].join('|'),
  'iu',
);
/** Silence about another matter, right after the words ("stayed quiet about his retirement"). */
const TOPIC_AFTER =
  /^\s+(?:about|on|regarding|over|when\s+asked)\b(?!\s+(?:it|this|that|(?:the|this|that)\s+(?:matter|issue|subject|question))\s*(?:[,.;:!?]|$))/i;
/** Silence for a while only. */
const FOR_A_WHILE =
  /\b(?:at\s+first|initially|early\s+on|for\s+now|for\s+(?:a|the)\s+(?:while|time|moment|first\s+\w+)|for\s+(?:[\w-]+\s+){0,2}?(?:days|weeks|hours|months)|until|till|before|so\s+far|yet)\b/i;
/** A comma and a word opening a part with a subject of its own (", where the governor …", ", while the city …"). */
const PART_OPENS =
  /,\s+(?:where|when|while|whereas|as|and|but|though|although|after|before|because|since|who|which)\b/gi;
const DENIAL = /\b(?:not|never|no|none|nobody|nothing|neither|nor|without)\b|n['\u2019]t\b/i;
const TIMED = new Set<Mention['type']>(['date', 'weekday', 'relative-time', 'time-of-day']);

export function silentSpeakerResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): SilentSpeakerResult[] {
  const out: SilentSpeakerResult[] = [];
  for (const clause of clauses) {
    const text = sentence.slice(clause.start, clause.end);
    const silence = SILENCE.exec(text);
    if (
      !silence ||
      TOPIC_AFTER.test(text.slice(silence.index + silence[0].length)) ||
      FOR_A_WHILE.test(text)
    )
      continue;
    // "said nothing" denies by its own "nothing"; any other denial ("did not stay quiet") turns it round.
    if (
      clause.negated &&
      DENIAL.test(
        text.slice(0, silence.index) + ' ' + text.slice(silence.index + silence[0].length),
      )
    )
      continue;
    if (clause.mentions.some((m) => TIMED.has(m.type))) continue;
    const at = clause.start + silence.index;
    // "Magnus works in Arizona, but the governor stayed quiet": the subject is in the part the silence closes.
    const head = text.slice(0, silence.index);
    const cut = [...head.matchAll(PART_OPENS)].pop();
    // "…, where Beck said nothing", "…, while X kept quiet": silence there or then, not on the story.
    if (
      (cut && /^,\s+(?:where|when|as|while)$/i.test(cut[0])) ||
      (!cut && /^\W*(?:where|when|as|while)\b/i.test(head))
    )
      continue;
    const from = clause.start + (cut ? cut.index + cut[0].length : 0);
    const subject = clause.mentions.filter((m) => !m.negated && m.end <= at && m.start >= from);
    const holders = who(record, subject, sentence);
    if (holders.size !== 1) continue;
    const holder = [...holders][0]!;
    const found = onRecord(record, holder);
    if (!found) continue;
    const name = record.nameOf(holder);
    out.push({
      events: [found.event],
      comparison: { slot: 'stance', page: silence[0], record: found.said },
      explanation: `The record has ${name} speaking out (${showDate(found.event.event.date)}): ${found.said}. The page says ${name} \u201C${silence[0]}\u201D.`,
    });
  }
  return out;
}

/** What the record has `holder` saying: a stated commitment it holds, else an event it spoke at. */
function onRecord(
  record: StoryRecord,
  holder: string,
): { event: IndexedEvent; said: string } | undefined {
  for (const e of record.events) {
    const c = e.commitments.find((x) => x.holders.has(holder) && x.statement);
    if (c) return { event: e, said: c.statement };
  }
  const spoke = record.events.find((e) =>
    e.participants.some((p) => p.role === 'spoke' && p.canon === holder),
  );
  return spoke ? { event: spoke, said: spoke.event.label } : undefined;
}
