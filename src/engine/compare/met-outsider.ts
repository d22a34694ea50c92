/**
 * Someone the page says was met at one of the record's meetings whom the record does not have there: "X visited the
 * hall and met there with the chief", "a meeting with Mayor Y", where the clause is linked to one recorded meeting
 * that lists who came and who was there. The one met is a person of the story by name, or a bare title ("the
 * mayor") for the one holder the world file has in that office on the meeting's day. Someone the record has at it,
 * or part of a body it has there, agrees; a title of an office of the story's place is its holder's even when the
 * story never names them; someone it lists as absent is told by record-extent.ts. Someone who said
 * they would not meet the visitor (refuser-met.ts) is a conflict; anyone else the record cannot confirm. Nothing here
 * knows a story.
 */
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { metOfficial } from './met-official.ts';
import { listNames, showDate } from './record-values.ts';
import { refusedMeeting } from './refuser-met.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A possessive right after a name or title ("Smith's", "the chief\u2019s"). */
export const POSSESSIVE = /^['\u2019](?:s\b|\s)/;

/** Roles of those at an event (not those who reported or asked about it). */
const AT_EVENT = new Set(['came', 'present', 'spoke', 'organizer', 'subject', 'acted', 'watched']);

/** Who the record has at the event: the names of its participants of AT_EVENT roles, those who came first. */
export function whoWasThere(record: StoryRecord, e: IndexedEvent): string {
  const at = e.participants
    .filter((p) => AT_EVENT.has(p.role))
    .sort((a, b) => Number(b.role === 'came') - Number(a.role === 'came'));
  return listNames(at.map((p) => record.nameOf(p.canon)));
}

/** Words that may stand between a word of meeting and the one met ("met there with the", "a meeting privately with"). */
const BETWEEN =
  /^\s+(?:(?:also|with|privately|briefly|separately|personally|later|then|there|both|the|a|an)\s+)*$/i;

type Met = Mention & { type: 'person' | 'title' };

/** The one meeting of the clause's linked events, listing who came and who else was there; else null. */
function oneMeeting(ctx: CompareContext): IndexedEvent | null {
  const meetings = ctx.events.filter(
    (e) =>
      e.outcomes.has('met') &&
      e.participants.some((p) => p.role === 'came') &&
      e.participants.some((p) => p.role !== 'came' && AT_EVENT.has(p.role)),
  );
  const days = ctx.mentions.filter(
    (m) =>
      !m.negated &&
      ((m.type === 'date' && m.value.month !== undefined && m.value.day !== undefined) ||
        m.type === 'weekday'),
  );
  const on = meetings.filter((e) => days.every((d) => onDay(e, d)));
  return on.length === 1 ? (on[0] as IndexedEvent) : null;
}

function onDay(e: IndexedEvent, m: Mention): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e.event.date)) return false;
  const day = new Date(`${e.event.date}T12:00:00Z`);
  if (m.type === 'weekday') return day.getUTCDay() === m.value.day;
  if (m.type === 'date')
    return (
      day.getUTCMonth() === (m.value.month as number) - 1 &&
      day.getUTCDate() === m.value.day &&
      (m.value.year === undefined || day.getUTCFullYear() === m.value.year)
    );
  return false;
}

/** The story's person the mention names: a name, or a bare title's one holder on the day. */
function canonOf(ctx: CompareContext, m: Met, date: string): string | undefined {
  if (m.type === 'person') {
    const who = [...new Set(canonsNamed(ctx, m.value.name, ['person']))];
    return who.length === 1 ? who[0] : undefined;
  }
  const office = m.value.id?.startsWith('w:') ? m.value.id.slice(2) : undefined;
  const world = ctx.record.world;
  if (
    !world ||
    !office ||
    !/\bthe\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 5), m.start))
  )
    return undefined;
  // A title with a name after it ("the chief, Jane Roe,") is judged by the name.
  if (ctx.mentions.some((p) => p.type === 'person' && p.start >= m.end && p.start <= m.end + 3))
    return undefined;
  const holders = world.holdersOn(office, date).filter((t) => t.status === 'in');
  if (holders.length !== 1) return undefined;
  const canon = `w:${holders[0]?.person.id}`;
  // A holder of the story, or of an office of a place the story's places lie in ("the county executive" of the
  // story's county); not of another place's office the title also names ("the sheriff" of a county far away).
  const area = world.office(office)?.jurisdiction;
  const ofStory =
    ctx.record.storyCanons.has(canon) ||
    (area !== undefined &&
      (world.place(area) !== undefined || world.state(area) !== undefined) &&
      [...ctx.record.storyCanons].some(
        (c) =>
          c.startsWith('w:') &&
          world.place(c.slice(2)) !== undefined &&
          (c.slice(2) === area || world.within(c.slice(2), area)),
      ));
  return ofStory ? canon : undefined;
}

export function compareMetOutsider(ctx: CompareContext, m: Met): ValueResult | null {
  if (m.negated || ctx.negatedClause) return null;
  // The word of meeting nearest before the one met, with nothing but a few small words (or a title) between.
  const act = ctx.mentions
    .filter(
      (o): o is Mention & { type: 'outcome' } =>
        o.type === 'outcome' && !o.negated && o.end <= m.start,
    )
    .at(-1);
  if (!act || act.value.kind !== 'met') return null;
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && t.start >= act.end && t.end <= m.start,
  );
  // "met with the chief's deputies": the one met is whom the possessive owns.
  if (
    !BETWEEN.test(ctx.sentence.slice(act.end, m.start).replace(title?.text ?? '\u0000', ' ')) ||
    POSSESSIVE.test(ctx.sentence.slice(m.end, m.end + 3))
  )
    return null;
  const meeting = oneMeeting(ctx);
  if (!meeting) return null;
  const { record } = ctx;
  // At it, or part of a body that was (a member of the union the record has there).
  const there = (c: string) =>
    meeting.participants.some((p) => p.canon === c || record.ancestors(c).has(p.canon));
  // The one who met is said (before the word of meeting) to be someone the record has there, unless they are the visitor.
  const subjects = ctx.mentions
    .filter(
      (x): x is Mention & { type: 'person' } =>
        x.type === 'person' && !x.negated && x.end <= act.start,
    )
    .flatMap((x) => canonsNamed(ctx, x.value.name, ['person']));
  const byThoseThere = !subjects.some((s) => !there(s));
  // A name only of the story's people (a stranger's is told elsewhere); a title as canonOf resolves it.
  const canon = canonOf(ctx, m, meeting.event.date);
  // A title of government no one of the story holds, nor anyone the record has there (met-official.ts).
  if (!canon)
    return m.type === 'title' && byThoseThere
      ? metOfficial(ctx, m, meeting, AT_EVENT, whoWasThere(record, meeting))
      : null;
  if ((m.type === 'person' && !record.storyCanons.has(canon)) || meeting.absent?.has(canon))
    return null;
  if (there(canon) || !byThoseThere) return null;
  const visitors = meeting.participants.filter((p) => p.role === 'came').map((p) => p.canon);
  const who = whoWasThere(record, meeting);
  const when = showDate(meeting.event.date);
  // A holder the story never names has the world file's name.
  const named = record.nameOf(canon);
  const name =
    named === canon || named === canon.slice(2)
      ? (record.world?.person(canon.slice(2))?.name ?? named)
      : named;
  const said = m.type === 'title' ? `the ${m.text}` : m.text;
  const page = m.text.includes(name) ? said : `${said} (${name})`;
  const refused = visitors.map((v) => refusedMeeting(ctx, canon, v)).find((x) => x !== null);
  if (refused)
    return result(
      'conflict',
      'person',
      m.text,
      `${who}: ${refused}`,
      `The page has ${page} at the meeting of ${when}; the record has ${who} there, not ${name}: ${refused}`,
    );
  return result(
    'unconfirmed',
    'person',
    m.text,
    who,
    `The page has ${page} at the meeting of ${when}; the record has ${who} there and does not have ${name} at it.`,
  );
}
