/**
 * Time counted from an event of the world, not of the story: "a week after
 * X's inauguration", "two days after X took office", "before X was sworn in",
 * "days after the 2016 presidential election", "after X's election". The
 * world file has the dates: a person's terms of office (each start is an
 * inauguration) and the elections (by year, or those the person won). The
 * window the offset allows from any of those dates must meet the date of an
 * event the clause is linked to; when it meets none, the time is wrong. A
 * pronoun ("before he took office") is not resolved. General English and
 * world data only; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { hasAnyTerm } from '../terms.ts';
import type { ValueResult } from './value-result.ts';
import { dayRange, showDate } from './record-values.ts';
import { offsetDays } from './offset-days.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const NAME = String.raw`(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})`;
/** "Trump's inauguration", "Trump's first inauguration", "the inauguration of Donald Trump". */
const INAUGURATION = new RegExp(
  String.raw`^\s*(?:${NAME}['\u2019]s?\s+(?:first\s+|second\s+|own\s+)?inauguration|the\s+(?:first\s+|second\s+)?inauguration\s+of\s+(?:President\s+)?${NAME})`,
  'u',
);
/** "Trump took office", "Trump was sworn in", "Trump was inaugurated". */
const TOOK_OFFICE = new RegExp(
  String.raw`^\s*${NAME}\s+(?:took\s+office|assumed\s+office|entered\s+office|took\s+the\s+oath(?:\s+of\s+office)?|was\s+sworn\s+in|was\s+inaugurated|returned\s+to\s+office)\b`,
  'u',
);
/** "the 2016 presidential election", "the 2016 election". */
const ELECTION_YEAR =
  /^\s*the\s+((?:19|20)\d\d)\s+(presidential\s+|gubernatorial\s+|mayoral\s+)?(?:general\s+)?election\b/i;
/** "Trump's election", "Trump's election victory", "Trump won the election". */
const ELECTION_OF = new RegExp(
  String.raw`^\s*(?:${NAME}['\u2019]s?\s+(?:election|electoral\s+(?:victory|win)|(?:election\s+)?(?:victory|win))|${NAME}\s+(?:won|was\s+elected)\b)`,
  'u',
);
/** Whether `text` opens on an event of the world these readers date ("X took office", "the 2016 election"). */
export const opensOnWorldEvent = (text: string): boolean =>
  [INAUGURATION, TOOK_OFFICE, ELECTION_YEAR, ELECTION_OF].some((r) => r.test(text));

interface Anchor {
  what: string;
  dates: string[];
}

/** The world event named at the start of `text`, with every date it may have been. */
function anchorAt(text: string, record: StoryRecord): Anchor | null {
  const world = record.world;
  if (!world) return null;
  const starts = (name: string) => [
    ...new Set(world.termsOf(name).flatMap((t) => (t.holder.start ? [t.holder.start] : []))),
  ];
  let m = INAUGURATION.exec(text) ?? TOOK_OFFICE.exec(text);
  if (m) {
    const name = (m[1] ?? m[2]) as string;
    const dates = starts(name);
    return dates.length ? { what: `${name} took office`, dates } : null;
  }
  const elections = world.world.elections;
  m = ELECTION_YEAR.exec(text);
  if (m) {
    const kind = m[2]?.trim().toLowerCase();
    const held = elections.filter(
      (e) =>
        e.date.startsWith(m![1] as string) &&
        (!kind ||
          (kind === 'presidential'
            ? e.office === 'us-president'
            : kind === 'gubernatorial'
              ? e.office.endsWith('-governor')
              : e.office.endsWith('-mayor'))),
    );
    return held.length ? { what: `the ${m[1]} election`, dates: held.map((e) => e.date) } : null;
  }
  m = ELECTION_OF.exec(text);
  if (m) {
    const name = (m[1] ?? m[2]) as string;
    const ids = new Set(world.peopleNamed(name).map((p) => p.id));
    const won = elections.filter((e) => ids.has(e.winner));
    return won.length ? { what: `${name}'s election`, dates: won.map((e) => e.date) } : null;
  }
  return null;
}

const KIND = /^(days|weeks|months|years)-(later|before)$/;

/** Signed days the wording allows from the anchor to the clause's event. */
function windowOf(m: Mention | null, bare: string | null): [number, number] | null {
  if (m && m.type === 'relative-time' && m.value.amount !== undefined) {
    const k = KIND.exec(m.value.kind);
    if (!k) return null;
    const [lo, hi] = offsetDays(
      k[1] as 'days' | 'weeks' | 'months' | 'years',
      m.value.amount,
      m.value.approximate === true,
    );
    return k[2] === 'later' ? [lo, hi] : [-hi, -lo];
  }
  if (!bare) return null;
  return /^(after|following|since)$/i.test(bare) ? [0, Infinity] : [-Infinity, 0];
}

/**
 * The clause's times counted from a world event, against the dates of `events`
 * (the events the clause is linked to): agreement, or a conflict when the
 * window meets none of them.
 */
export function worldAnchorResults(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  record: StoryRecord,
): ValueResult[] {
  if (!events.length || !record.world) return [];
  const out: ValueResult[] = [];
  const text = sentence.slice(clause.start, clause.end);
  const offsets = clause.mentions.filter(
    (m) => m.type === 'relative-time' && !m.negated && /\b(after|before)$/i.test(m.text),
  );
  const points: { from: number; window: [number, number]; page: string }[] = [];
  for (const m of offsets) {
    const w = windowOf(m, null);
    if (w) points.push({ from: m.end, window: w, page: m.text });
  }
  // "after Trump's inauguration" with no amount.
  for (const b of text.matchAll(/\b(after|following|since|before|ahead of|prior to)\s+/gi)) {
    const word = clause.start + b.index;
    const at = word + b[0].length;
    // "a week after": the offset read above.
    if (offsets.some((m) => m.start <= word && m.end >= word + (b[1] as string).length)) continue;
    const w = windowOf(null, (b[1] as string).replace(/\s+/g, ' '));
    if (w) points.push({ from: at, window: w, page: b[1] as string });
  }
  for (const p of points) {
    const rest = sentence.slice(p.from, clause.end);
    const anchor = anchorAt(rest, record);
    if (!anchor) continue;
    // The events the anchor's own words name are the anchor, not what the clause dates.
    const stop = rest.search(/[,;:()\u2014]/);
    const anchorWords = foldText(stop === -1 ? rest : rest.slice(0, stop));
    const subjects = events.filter(
      (e) => /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) && !hasAnyTerm(anchorWords, e.words),
    );
    if (
      !subjects.length ||
      subjects.length !== events.filter((e) => !hasAnyTerm(anchorWords, e.words)).length
    )
      continue;
    const [lo, hi] = p.window;
    const fits = subjects.some((e) => {
      const [sFrom] = dayRange(e.event.date);
      const [, sTo] = dayRange(e.event.dateEnd ?? e.event.date);
      return anchor.dates.some((d) => {
        const [aFrom] = dayRange(d);
        const [, aTo] = dayRange(d);
        return lo <= sTo - aFrom && hi >= sFrom - aTo;
      });
    });
    if (fits) {
      out.push({ status: 'agrees' });
      continue;
    }
    const anchorEnd = stop === -1 ? clause.end : p.from + stop;
    const phrase = `${p.page} ${sentence.slice(p.from, anchorEnd).trim()}`.replace(
      /[.!?"\u201D]+$/,
      '',
    );
    const when = subjects.map((e) => showDate(e.event.date)).join(' and ');
    const anchored = anchor.dates.map(showDate).join(' or ');
    out.push({
      status: 'conflict',
      comparison: { slot: 'date', page: phrase, record: when },
      explanation: `The record dates it ${when}; ${anchor.what} on ${anchored}, so it was not \u201C${phrase}\u201D.`,
    });
  }
  return out;
}
