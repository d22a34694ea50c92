/**
 * Two of the story's speakers told as speaking together ("X and Y made these remarks side by side at a meeting",
 * "X and Y gave their statements jointly that week", "X and Y held a joint news conference the same day"), where the
 * record has each of them speaking on occasions of their own and no occasion with both: an invented joint appearance.
 * Each side is a name of the story's people or bodies that names one of them, and each must be a recorded speaker.
 * Only when the clause means the recorded speaking: their remarks named as such ("these remarks", "their
 * statements"), or a time of the recorded speaking ("that week", "the same day", a month and year of it). A later
 * occasion ("have since appeared together") is one the record does not cover; a denied or hedged clause asserts none.
 * Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { dayRange, listNames, showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Words that make it one occasion shared. */
const TOGETHER =
  /\b(?:side[\s-]+by[\s-]+side|together|jointly|shoulder[\s-]+to[\s-]+shoulder|(?:a|the)\s+joint\b|(?:the\s+same|a\s+shared|one)\s+(?:stage|podium|platform|lectern|microphone))/i;
/** A verb of speaking or appearing between the pair and the shared occasion. */
const SPOKE =
  /\b(?:made|gave|delivered|issued|offered|voiced|read|released|put\s+out|said|spoke|appeared|stood|held|hosted|announced|declared|pledged|vowed|sat)\b/i;
/** Right after the word of sharing: the end of the clause, a time, or the occasion or place ("at a meeting", "in Washington"), not a figure ("together against", "together rejecting"). */
const OCCASION_AFTER =
  /^(?:\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:at|in|on|before|from|during|that|this|last|earlier|later)\b|\s+(?:news\s+|press\s+)?(?:conference|meeting|statement|appearance|event|briefing|letter|forum|hearing|rally|summit|interview|op-ed|session))/i;
/** Their recorded remarks named as such: the speaking the record has. */
const THEIR_REMARKS =
  /\b(?:these|those|their|the|such|both)\s+(?:[\w-]+\s+){0,2}?(?:remarks|statements|comments|pledges|promises|declarations|announcements|words)\b/i;
/** A time of the recorded speaking told as known. */
const THAT_TIME =
  /\b(?:that|the\s+same)\s+(?:day|week|morning|afternoon|evening|night)\b|\bon\s+the\s+same\s+day\b/i;
/** A later occasion, one hedged or wished, or speaking told as apart: not the record's to deny. */
const NOT_RECORDED =
  /\b(?:since|later|subsequently|afterwards?|again|will|would|could|might|may|plan(?:s|ned)?\s+to|hope(?:s|d)?\s+to|want(?:s|ed)?\s+to|expected\s+to|to\s+appear|if|whether|rumou?red|reportedly|never|not|n['\u2019]t|separate(?:ly)?|apart|independently|each\s+other|one\s+another|in\s+effect|as\s+if|figuratively)\b/i;
/** Between the pair and the word of sharing, a relative clause or another's act ("statements that Police1 ran side by side"). */
const ANOTHER_ACTS = /\b(?:that|which|who|whom|whose)\b/i;

type Party = Mention & { type: 'person' | 'agency' };

export interface JointSpeakingConflict {
  mention: Mention;
  comparison: Comparison;
  explanation: string;
}

/** The one canonical id a party names, when it names one. */
function canonOf(record: StoryRecord, p: Party): string | undefined {
  const kind = p.type === 'person' ? 'person' : 'agency';
  const ids = [
    ...new Set(
      record.gazetteer
        .lookup(p.value.name)
        .filter((g) => g.kind === kind)
        .map((g) => record.entityCanon.get(g.id) ?? g.id),
    ),
  ];
  return ids.length === 1 ? ids[0] : undefined;
}

const spokeIn = (e: IndexedEvent, canon: string) =>
  e.participants.some((p) => p.canon === canon && p.role === 'spoke');
const takesPart = (e: IndexedEvent, canon: string) => e.participants.some((p) => p.canon === canon);

const DAY_MS = 86_400_000;
const FULL = /^\d{4}-\d{2}-\d{2}$/;
/** The last day with weekday `weekday` (0 = Sunday) on or before the page's date. */
function lastOn(pageDate: string | undefined, weekday: number): string | undefined {
  if (!pageDate || !FULL.test(pageDate.slice(0, 10))) return undefined;
  const t = Date.parse(pageDate.slice(0, 10));
  const back = (new Date(t).getUTCDay() - weekday + 7) % 7;
  return new Date(t - back * DAY_MS).toISOString().slice(0, 10);
}

/** A date of the clause in a month (or year) the pair's recorded speaking took place, or a weekday of its week. */
function datedToSpeaking(
  clause: Clause,
  events: readonly IndexedEvent[],
  pageDate: string | undefined,
): boolean {
  return clause.mentions.some((m) => {
    // "on Friday": the last such day up to the page's, within a week of the pair's speaking.
    if (m.type === 'weekday' && !m.negated) {
      const day = lastOn(pageDate, m.value.day);
      if (day === undefined) return false;
      // Within a week of a speaking dated to the day (dayRange: days since 1970).
      const [at] = dayRange(day);
      return events.some(
        (e) => FULL.test(e.event.date) && Math.abs(at - dayRange(e.event.date)[0]) <= 7,
      );
    }
    if (m.type !== 'date' || m.negated) return false;
    const { year, month, day } = m.value;
    if (year === undefined && (month === undefined || day === undefined)) return false;
    return events.some((e) => {
      const [y, mo, d] = e.event.date.split('-').map(Number);
      // "in June 2024", "on Nov. 14": a year, or a month and day, of the pair's speaking.
      return year !== undefined
        ? y === year && (month === undefined || mo === month)
        : mo === month && (d === undefined || Math.abs(d - (day as number)) <= 7);
    });
  });
}

export function jointSpeakingConflicts(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
): JointSpeakingConflict[] {
  if (clause.negated) return [];
  const text = sentence.slice(clause.start, clause.end);
  if (!TOGETHER.test(text) || NOT_RECORDED.test(text)) return [];
  const parties = clause.mentions.filter(
    (m): m is Party => (m.type === 'person' || m.type === 'agency') && !m.negated,
  );
  for (const first of parties) {
    const and = /^\s+(?:and|&)\s+(?:the\s+)?/i.exec(sentence.slice(first.end));
    if (!and) continue;
    const second = parties.find((x) => x.start === first.end + and[0].length);
    if (!second) continue;
    const rest = sentence.slice(second.end, clause.end);
    const together = TOGETHER.exec(rest);
    const spoke = SPOKE.exec(rest);
    // The verb of speaking first, the shared occasion after it, close by, as the pair's own act and not a figure.
    if (!together || !spoke || spoke.index > together.index || together.index > 90) continue;
    if (ANOTHER_ACTS.test(rest.slice(0, together.index))) continue;
    if (!OCCASION_AFTER.test(rest.slice(together.index + together[0].length))) continue;
    const a = canonOf(record, first);
    const b = canonOf(record, second);
    if (!a || !b || a === b) continue;
    const ofA = record.events.filter((e) => spokeIn(e, a));
    const ofB = record.events.filter((e) => spokeIn(e, b));
    if (!ofA.length || !ofB.length) continue;
    // Anywhere the record has both, they may have shared it; so too on a day both spoke, each on their own.
    if (record.events.some((e) => takesPart(e, a) && takesPart(e, b))) continue;
    const daysOf = (events: readonly IndexedEvent[]) => new Set(events.map((e) => e.event.date));
    const daysB = daysOf(ofB);
    if ([...daysOf(ofA)].some((d) => daysB.has(d))) continue;
    if (
      !THEIR_REMARKS.test(rest) &&
      !THAT_TIME.test(rest) &&
      !datedToSpeaking(clause, [...ofA, ...ofB], pageDate)
    )
      continue;
    const told = (canon: string, events: readonly IndexedEvent[]) =>
      `${record.nameOf(canon)} ${listNames(events.map((e) => `on ${showDate(e.event.date)} (${e.event.label.replace(/\.$/, '')})`))}`;
    const page = sentence.slice(first.start, second.end + together.index + together[0].length);
    return [
      {
        mention: first,
        comparison: {
          slot: 'event',
          page,
          record: `${told(a, ofA)}; ${told(b, ofB)}`,
        },
        explanation: `The record has no occasion where ${record.nameOf(a)} and ${record.nameOf(b)} spoke together: ${told(a, ofA)}; ${told(b, ofB)}.`,
      },
    ];
  }
  return [];
}
