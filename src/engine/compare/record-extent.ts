/**
 * What the record says beyond who did what (pack 0.7.1): who was *not* at an
 * event (`absent`), how a vote went (`vote`), what had befallen a person of
 * the event before it, counted (`priors`), and outcomes that what happened
 * instead rules out up to a day (`negatives` with `instead` / `through`).
 * Each check speaks only where the clause is linked to the event (or, for
 * prior events, names the person the record counts them for) and the page's
 * words say the thing outright; otherwise nothing. Nothing here knows a story:
 * the words below are general English.
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import {
  assertedPerson,
  canonsNamed,
  result,
  type CompareContext,
  type Comparison,
  type ValueResult,
} from './value-result.ts';
import { POSSESSIVE, whoWasThere } from './met-outsider.ts';
import { partialDate, showDate, weekdayOf } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

type Outcome = Mention & { type: 'outcome' };

// ---------------------------------------------------------------- prior events

/** "had (already) been deported", "had previously been …": the pluperfect tells of a time before the event. */
const PRIOR_BEFORE =
  /\b(?:had|'d)\s+(?:already\s+|previously\s+|once\s+|twice\s+|earlier\s+)*been\s+(?:\w+\s+)?$|\b(?:previously|formerly|once|twice|already|earlier|prior)\s+(?:been\s+)?$/i;
/** "were already flown back", "was already deported", "they're already back", "have already been fired": done since, unless a year follows ("was already deported in 2023"). */
const BE_ALREADY =
  /(?:\b(?:was|were|is|are|got|get)|\p{L}['\u2019](?:re|s))\s+already\s+$|\b(?:have|has)\s+already\s+been\s+$|\p{L}['\u2019]ve\s+already\s+been\s+$/iu;
const YEAR_AFTER = /^[^.;]{0,30}?\b(?:19|20)\d\d\b/;
/**
 * "deported once before", "deported twice", "deported three times", "deported in the past". "before" only as an
 * adverb, at the end of its phrase: "fired before the week was out" tells when, not a prior act.
 */
const PRIOR_AFTER =
  /^\s+(?:(?:from|to)\s+(?:the\s+)?\p{L}+\s+)?(?:once|twice|thrice|\w+\s+times|\d+\s+times|before(?=\s*(?:[,.;:!?)\u2014]|$|and\b|but\b|or\b))|previously|earlier|in\s+the\s+past|a\s+(?:second|third|fourth)\s+time)\b/iu;

/** Whether the outcome is one that befell someone before the event the sentence tells of ("had been deported twice"). */
export function priorAct(sentence: string, m: Mention): boolean {
  if (m.type !== 'outcome') return false;
  const after = sentence.slice(m.end, m.end + 40);
  if (
    BE_ALREADY.test(sentence.slice(Math.max(0, m.start - 40), m.start)) &&
    !YEAR_AFTER.test(after) &&
    !PRIOR_AFTER.test(after)
  )
    return false;
  return (
    PRIOR_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)) ||
    PRIOR_AFTER.test(sentence.slice(m.end, m.end + 40))
  );
}

/** How many times the words after a prior outcome say ("once", "twice", "three times"); undefined when they give no number. */
function timesAfter(sentence: string, m: Outcome): { n: number; text: string } | undefined {
  const after = sentence.slice(m.end, m.end + 40);
  const word =
    /^\s+(?:(?:from|to)\s+(?:the\s+)?\p{L}+\s+)?(?:(once|twice|thrice)\b|(\w+)\s+times\b|(one|1|a\s+single)\s+time\b)/iu.exec(
      after,
    );
  const before = /\b(once|twice|thrice)\s+(?:been\s+)?(?:\w+\s+)?$/i.exec(
    sentence.slice(Math.max(0, m.start - 30), m.start),
  );
  const simple: Record<string, number> = { once: 1, twice: 2, thrice: 3 };
  if (word?.[1]) return { n: simple[word[1].toLowerCase()] as number, text: word[1] };
  if (word?.[3]) return { n: 1, text: `${word[3]} time` };
  if (word?.[2]) {
    const w = word[2].toLowerCase();
    const n = /^\d+$/.test(w) ? Number(w) : lexicon.numberWords.get(w);
    if (n !== undefined) return { n, text: `${word[2]} times` };
  }
  if (before?.[1]) return { n: simple[before[1].toLowerCase()] as number, text: before[1] };
  return undefined;
}

/**
 * The year a page gives for a prior act the record counts once and dates
 * ("deported once before, in 2021" where the record has 2023): the years
 * after "in" in the words that follow the outcome, up to the next clause
 * word. Another year is a conflict; the record's agrees (null); none, or a
 * record with more than one time or no year, says nothing.
 */
function priorYearConflict(
  sentence: string,
  m: Outcome,
  priors: readonly { count: number; year?: number; statement: string }[],
): ExtentConflict | null {
  const years = new Set(priors.map((p) => p.year));
  const prior = priors[0]!;
  if (prior.count !== 1 || prior.year === undefined || years.size !== 1) return null;
  const after =
    sentence
      .slice(m.end, m.end + 60)
      .split(/[.;:!?()]|\b(?:and|but|when|while|until|then|who|which|where|after|since)\b/i)[0] ??
    '';
  const said = [
    ...after.matchAll(
      /\bin\s+(?:(?:early|late|mid-?)\s*|[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?((?:19|20)\d\d)\b/g,
    ),
  ].map((x) => Number(x[1]));
  if (!said.length || said.includes(prior.year)) return null;
  const page = `${m.text} … ${said.join(', ')}`;
  return {
    comparison: { slot: 'date', page: String(said[0]), record: prior.statement },
    explanation: `The record says ${prior.statement}, not \u201C${page}\u201D.`,
  };
}

export interface ExtentConflict {
  comparison: Comparison;
  explanation: string;
}

/**
 * A count of prior times ("had already been deported twice") of a kind the
 * record counts for a person of an event, named in the sentence before the
 * outcome by one of the prior's `nouns` ("the driver"): another number is a
 * conflict; the same (or "before" with no number, where the record counts
 * one or more) agrees. Only when exactly one recorded count fits the kind and
 * the words.
 */
export function priorResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): { conflict: ExtentConflict | null }[] {
  const out: { conflict: ExtentConflict | null }[] = [];
  if (!record.events.some((e) => e.priors?.length)) return out;
  for (const m of clauses.flatMap((c) => (c.negated ? [] : c.mentions))) {
    if (m.type !== 'outcome' || m.negated || !priorAct(sentence, m)) continue;
    const head = foldText(sentence.slice(0, m.start));
    const priors = record.events.flatMap((e) =>
      (e.priors ?? []).filter(
        (p) => p.kind === m.value.kind && p.nouns.some((n) => findTerm(head, n) !== -1),
      ),
    );
    if (!priors.length || priors.some((p) => p.count !== priors[0]!.count)) continue;
    const prior = priors[0]!;
    const times = timesAfter(sentence, m);
    const agrees = times ? times.n === prior.count : prior.count >= 1;
    const year = agrees ? priorYearConflict(sentence, m, priors) : null;
    if (agrees) {
      out.push({ conflict: year });
      continue;
    }
    const page = times ? `${m.text} ${times.text}` : m.text;
    out.push({
      conflict: {
        comparison: { slot: 'count', page, record: prior.statement },
        explanation: `The record says ${prior.statement}, not \u201C${page}\u201D.`,
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------- votes

const NUMBER = String.raw`(\d{1,3}|zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`;
/** Between a tally's two numbers: "5-4", "5 to 4", "five-to-four". */
const TO = String.raw`(?:\s*(?:-|\u2013|\u2014)\s*|\s*(?:-\s*)?to(?:\s*-)?\s*)`;
/** "a 5-4 vote", "voted 5 to 4", "by a vote of 5-4", "by five votes to four", "a five-to-four vote". */
const TALLY = new RegExp(
  String.raw`\b${NUMBER}${TO}${NUMBER}\s+(?:vote|votes|decision|margin|tally|ruling|split)\b|\bvot(?:e|es|ed|ing)\s+(?:of\s+)?${NUMBER}${TO}${NUMBER}\b|\b${NUMBER}\s+votes\s+to\s+${NUMBER}\b`,
  'i',
);
/** Words that say how a vote went without numbers. */
const UNANIMOUS =
  /\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+)?(?:single\s+)?(?:dissent|dissenting\s+vote|opposition)\b/i;
const SPLIT =
  /\b(?:narrow(?:ly)?|split|divided|close|razor-thin)\s+(?:\d+\s*-\s*\d+\s+)?(?:vote|votes|decision|margin|council|board)\b|\bnarrowly\s+(?:passed|approved|adopted|voted)\b/i;

const numberOf = (w: string): number | undefined =>
  /^\d+$/.test(w)
    ? Number(w)
    : w.toLowerCase() === 'nil'
      ? 0
      : lexicon.numberWords.get(w.toLowerCase());

/** The vote a clause's text gives: a tally (larger number for), "unanimously" (none against) or "a narrow vote" (some against). */
export function voteIn(text: string): {
  start: number;
  end: number;
  for?: number;
  against?: number;
  split?: true;
  text: string;
} | null {
  const t = TALLY.exec(text);
  if (t) {
    const nums = t
      .slice(1)
      .filter((x): x is string => x !== undefined)
      .map(numberOf);
    const [a, b] = nums;
    if (a !== undefined && b !== undefined)
      return {
        start: t.index,
        end: t.index + t[0].length,
        for: Math.max(a, b),
        against: Math.min(a, b),
        text: t[0],
      };
  }
  const u = UNANIMOUS.exec(text);
  if (u) return { start: u.index, end: u.index + u[0].length, against: 0, text: u[0] };
  const s = SPLIT.exec(text);
  if (s) return { start: s.index, end: s.index + s[0].length, split: true, text: s[0] };
  return null;
}

/**
 * The vote a clause gives against the vote of the events it is linked to (those
 * that record one): a tally or a "narrow vote" where the record has none
 * against, or another tally, is a conflict; the same agrees. `span` is where
 * the vote is in `text` (its numbers are no counts of their own).
 */
export function voteResult(
  text: string,
  events: readonly IndexedEvent[],
): {
  conflict: ExtentConflict | null;
  unconfirmed?: ExtentConflict;
  span: [number, number];
} | null {
  const voted = events.filter((e) => e.vote);
  if (!voted.length) return null;
  const page = voteIn(text);
  if (!page) return null;
  const span: [number, number] = [page.start, page.end];
  const fits = voted.some(({ vote }) => {
    const r = vote as NonNullable<IndexedEvent['vote']>;
    if (page.split) return r.against > 0;
    if (page.against !== undefined && page.against !== r.against) return false;
    return page.for === undefined || r.for === undefined || page.for === r.for;
  });
  const statement = voted.map((e) => e.vote?.statement).join('; ');
  const differs = {
    comparison: { slot: 'vote', page: page.text, record: statement },
    explanation: `The record says ${statement}, not \u201C${page.text}\u201D.`,
  };
  // Every event the clause names must record its vote to call it wrong: a vote of another of them is no one's to judge,
  // but one that fits none of the recorded votes is not confirmed either (never green).
  if (voted.length !== events.length)
    return fits
      ? null
      : {
          conflict: null,
          unconfirmed: {
            ...differs,
            explanation: `The record says ${statement}; it cannot confirm \u201C${page.text}\u201D.`,
          },
          span,
        };
  if (fits) return { conflict: null, span };
  return { conflict: differs, span };
}

// ---------------------------------------------------------------- who was not there

/**
 * The events on the clause's one weekday ("on Friday") or one month and day ("on April 29"), when that leaves any (or,
 * `strict`, even when it leaves none): the day picks among events with the act.
 */
function onDays(
  events: readonly IndexedEvent[],
  mentions: readonly Mention[],
  strict = false,
): IndexedEvent[] {
  let out = [...events];
  const days = new Set(
    mentions.flatMap((m) => (m.type === 'weekday' && !m.negated ? [m.value.day] : [])),
  );
  if (days.size === 1) {
    const on = out.filter(
      (e) => e.event.date.length === 10 && days.has(weekdayOf(e.event.date) as number),
    );
    if (on.length || strict) out = on;
  }
  const dates = new Set(
    mentions.flatMap((m) =>
      m.type === 'date' && !m.negated && m.value.month !== undefined && m.value.day !== undefined
        ? [`-${String(m.value.month).padStart(2, '0')}-${String(m.value.day).padStart(2, '0')}`]
        : [],
    ),
  );
  if (dates.size === 1) {
    const on = out.filter((e) => e.event.date.length === 10 && dates.has(e.event.date.slice(4)));
    if (on.length || strict) out = on;
  }
  return out;
}

/** Words after someone that say they were at or took part in it ("sat in on the meeting", "attended", "joined him"). */
const TOOK_PART =
  /\b(?:attend(?:s|ed|ing)?|sat\s+in|sit(?:s|ting)?\s+in|join(?:s|ed|ing)?|took\s+part|tak(?:e|es|ing)\s+part|participat(?:e|es|ed|ing)|(?:was|were|is|are)\s+(?:also\s+)?(?:at|in|present|there|among)|met|meets|meeting\s+with|sat\s+down\s+with|went\s+to|came\s+to)\b/i;

/**
 * Words that may stand between an act and the person it joined ("met also the chief X", "met with Mayor X", "met for an
 * hour with X"), and others joined before them ("met with union members and with Chief X"; no word in -ed, which may be
 * a verb of its own: "met with them and thanked X"); no comma ("During the raid, X …").
 */
const BETWEEN =
  /^\s+(?:for\s+(?:[\w-]+\s+){1,4}?(?:hours?|minutes?)\s+)?(?:(?:also|with|privately|briefly|separately|personally|later|then|there|and|both|the|a|an)\s+)*(?:(?:(?![\w-]*ed\s)[\w'\u2019-]+\s+){1,4}(?:and|as\s+well\s+as|plus)\s+(?:(?:also|with|the|a|an)\s+)*)?$/i;

/** A meeting told by its manner, ending on "with": whom it was with follows. */
const CLOSED_DOORS =
  /\b(?:behind\s+closed\s+doors|in\s+private|in\s+a\s+closed(?:-door)?\s+(?:meeting|session))\s+with\b/gi;

/** Acts that put the one they were done to at the event: meeting, visiting, holding, hurting (not praising, suing, firing). */
const PRESENT_ACTS: ReadonlySet<string> = new Set([
  'met',
  'visited',
  'handcuffed',
  'detained',
  'arrested',
  'stopped',
  'raided',
  'evacuated',
  'hospitalized',
  'injured',
  'killed',
]);

function speaks(text: string): boolean {
  for (const w of foldText(text).matchAll(/\p{L}+/gu))
    if (lexicon.speechVerbs.has(w[0])) return true;
  return false;
}

/**
 * A person the page puts at an event the record says they were not at: the
 * clause is linked to events that have the act it names (its outcomes, else
 * the linked events) and every one of them lists the person as `absent`; the
 * person is the subject of a word of taking part ("X and his staff are sitting
 * in on the meeting", "X attended") or named right after the act ("met with
 * X"). A person who speaks of it ("X said …") is not put there.
 */
export function compareAbsent(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
): ValueResult | null {
  const canon = assertedPerson(ctx, m);
  return canon ? absentAt(ctx, m, canon) : null;
}

/**
 * A bare title ("met the police chief", "the mayor attended") for the one
 * holder the world file has in that office on the days of the events that
 * list them absent: the same check as a name. Not after a place ("the Greece
 * police chief"), nor with a name after it (the name is checked).
 */
export function compareAbsentTitle(
  ctx: CompareContext,
  m: Mention & { type: 'title' },
): ValueResult | null {
  const world = ctx.record.world;
  const office = m.value.id?.startsWith('w:') ? m.value.id.slice(2) : undefined;
  if (!world || !office || m.negated || ctx.negatedClause) return null;
  if (!/\bthe\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 5), m.start))) return null;
  if (ctx.mentions.some((p) => p.type === 'person' && p.start >= m.end && p.start <= m.end + 2))
    return null;
  const dates = [...new Set(ctx.events.filter((e) => e.absent?.size).map((e) => e.event.date))];
  const holders = new Set(
    dates.flatMap((d) =>
      world
        .holdersOn(office, d)
        .filter((t) => t.status === 'in')
        .map((t) => `w:${t.person.id}`),
    ),
  );
  if (holders.size !== 1) return null;
  return absentAt(ctx, m, [...holders][0] as string);
}

function absentAt(ctx: CompareContext, m: Mention, canon: string): ValueResult | null {
  if (!ctx.events.some((e) => e.absent?.has(canon))) return null;
  const outcomes = ctx.mentions.filter((o): o is Outcome => o.type === 'outcome' && !o.negated);
  const kinds = new Set(outcomes.map((o) => o.value.kind));
  const acting = onDays(
    kinds.size
      ? ctx.events.filter((e) => [...kinds].some((k) => e.outcomes.has(k)))
      : [...ctx.events],
    ctx.mentions,
  );
  // A day shared with the clause before must be the event's own: none on it, nothing said.
  const relevant = ctx.shared ? onDays(acting, ctx.shared.days, true) : acting;
  if (!relevant.length || !relevant.every((e) => e.absent?.has(canon))) return null;
  if (ctx.events.some((e) => e.participants.some((p) => p.canon === canon) && relevant.includes(e)))
    return null;
  // The clause is about that event, not one like it ("X met with union leaders"): it names another of its participants or
  // its words, or the act with a definite article ("sitting in on the meeting").
  // "X came on Tuesday, and met Y": X, of the clause this one goes on from, is one of them too.
  const others = new Set(
    [...ctx.mentions, ...(ctx.shared?.doers ?? [])].flatMap((x) =>
      x !== m && (x.type === 'person' || x.type === 'agency' || x.type === 'outlet') && !x.negated
        ? canonsNamed(ctx, x.value.name, ['person', 'agency', 'outlet'])
        : [],
    ),
  );
  const folded = foldText(ctx.sentence);
  const definite = outcomes.some((o) =>
    /\b(?:the|that|this|his|her|their|its)\s+$/i.test(
      ctx.sentence.slice(Math.max(0, o.start - 8), o.start),
    ),
  );
  if (
    !definite &&
    !relevant.every(
      (e) =>
        e.participants.some((p) => others.has(p.canon)) ||
        e.words.some((w) => findTerm(folded, w) !== -1),
    )
  )
    return null;
  const clauseEnd = Math.max(...ctx.mentions.map((x) => x.end), m.end);
  const after = ctx.sentence.slice(m.end, Math.min(clauseEnd + 40, m.end + 80));
  const part = TOOK_PART.exec(after);
  const asSubject =
    part !== null &&
    !speaks(after.slice(0, part.index)) &&
    !/\b(?:not|never|n't|no)\b/i.test(after.slice(0, part.index + part[0].length));
  // The act nearest before the person ("visited the hall and met there with X": the meeting, not the visit).
  // Or a meeting told by its manner ("spent an hour behind closed doors with X"), when nearer.
  const outcome = outcomes.filter((o) => o.end <= m.start).at(-1);
  const closed = [...ctx.sentence.slice(0, m.start).matchAll(CLOSED_DOORS)].at(-1);
  const act: { end: number; value: { kind: string } } | undefined =
    closed && (!outcome || outcome.end < closed.index)
      ? { end: closed.index + closed[0].length, value: { kind: 'met' } }
      : outcome;
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && act && t.start >= act.end && t.end <= m.start,
  );
  // "met with the chief's deputies": the one met is whom the possessive owns, not the person.
  // Only an act done to someone where they were ("met", "handcuffed"): one said of them from afar ("praised X") puts no one there.
  const asObject =
    act !== undefined &&
    PRESENT_ACTS.has(act.value.kind) &&
    BETWEEN.test(ctx.sentence.slice(act.end, m.start).replace(title?.text ?? '\u0000', ' ')) &&
    !POSSESSIVE.test(ctx.sentence.slice(m.end, m.end + 3));
  if (!asSubject && !asObject) return null;
  // "…, X said": X told of it, and was not put there.
  if (speaks(ctx.sentence.slice(m.end, m.end + 25)) && !asObject) return null;
  const why = relevant
    .map((e) => e.absent?.get(canon) as string)
    .filter((x, i, all) => all.indexOf(x) === i)
    .join(' ');
  // Said to have been met at one meeting: who the record has there, beside why not them.
  const one = relevant.length === 1 ? relevant[0] : undefined;
  if (asObject && one && act?.value.kind === 'met' && one.participants.length) {
    const page = m.type === 'title' ? `the ${m.text}` : m.text;
    return result(
      'conflict',
      'person',
      m.text,
      why,
      `The page has ${page} at the meeting of ${showDate(one.event.date)}; the record has ${whoWasThere(ctx.record, one)} there: ${why}`,
    );
  }
  return result('conflict', 'person', m.text, why, why);
}

// ---------------------------------------------------------------- outcomes ruled out by what happened instead

/** A participle or a phrase ("deported", "let go", "removed from the country"), not a noun ("deportation") or a bare verb ("deport"). */
export const doneForm = (m: Outcome) => /(?:ed|en|wn)$/i.test(m.text) || /\s/.test(m.text.trim());

/**
 * An outcome a linked event rules out because of what the record says
 * happened instead (`instead`, `through`): a conflict while the page speaks of
 * a time the record's account covers (the clause's dates, else the page's
 * date), unconfirmed after it or when the page gives no date at all.
 */
export function ruledOutResult(
  ctx: CompareContext,
  m: Outcome,
  event: IndexedEvent,
): ValueResult | null {
  const info = event.ruledOut?.get(m.value.kind);
  if (!info) return null;
  const why = event.negatives.get(m.value.kind) as string;
  const recordSide = info.instead ? `${info.instead.join(', ')}: ${why}` : why;
  // "are awaiting deportation": a noun says what is pending as well as what was done.
  if (!doneForm(m))
    return result(
      'unconfirmed',
      'outcome',
      m.text,
      recordSide,
      `The record does not confirm the outcome \u201C${m.text}\u201D; it says: ${why}`,
    );
  if (info.through) {
    const through = info.through;
    const dates = ctx.mentions.filter(
      (d): d is Mention & { type: 'date' } => d.type === 'date' && d.value.year !== undefined,
    );
    const when = dates.map((d) => partialDate(d.value.year!, d.value.month, d.value.day));
    // After the last day the account covers, or not surely before it ("2025" against "2025-06").
    const later = (date: string) => {
      const n = Math.min(date.length, through.length);
      return (
        date.slice(0, n) > through.slice(0, n) ||
        (date.length < through.length && date.slice(0, n) === through.slice(0, n))
      );
    };
    if (when.length ? when.some(later) : !ctx.pageDate || later(ctx.pageDate))
      return result(
        'unconfirmed',
        'outcome',
        m.text,
        recordSide,
        `The record does not confirm the outcome \u201C${m.text}\u201D; up to ${through} it says: ${why}`,
      );
  }
  return result('conflict', 'outcome', m.text, recordSide, why);
}

// ---------------------------------------------------------------- the whole body where the record has part of it

/** Words before a body's name that put all of it there ("every member of the", "the whole", "all of the"). */
const WHOLE =
  /\b(?:(?:every|each)\s+(?:single\s+)?(?:one|member|officer|employee|agent|deputy)\s+(?:of|in|from|at)\s+|all\s+(?:of\s+)?(?:the\s+)?(?:members|officers|employees|agents|deputies|staff)\s+(?:of|in|from|at)\s+|the\s+(?:whole|entire|full)\s+(?:(?:membership|staff|ranks|force|roster)\s+of\s+)?)(?:the\s+)?$/i;
/** The same after the name: "all X members", "X's entire membership". `allBefore`: "all (the)" right before the name. */
/** Words after the whole that narrow it to some of it ("… at the scene", "… who responded", "… involved"). */
const RESTRICTED =
  /^\s*,?\s*(?:who|that|which|whose|involved|present|there|responding|sent|dispatched|called|assigned|named|(?:at|on|in|from)\s+(?:the|that|this)\s+(?:scene|stop|call|site|incident|raid|operation|arrest))\b/i;
const ALL_BEFORE = /\ball\s+(?:of\s+)?(?:the\s+)?$/i;
const WHOLE_AFTER =
  /^(?:\s+(?:members|officers|employees|agents|deputies|staff)\b|['’]s\s+(?:entire|whole|full)\s+(?:membership|staff|ranks|force|roster|workforce)\b|['’]s\s+(?:every|each)\s+(?:member|officer|employee|agent)\b)/i;

/**
 * "sat down with every member of the X" where the record has only part of X
 * there (a participant's `part`: "its president and lawyer"): a conflict, when
 * every linked event with the clause's act (else every linked event) that has
 * X taking part records X only in part. Also "all X members", "X's entire
 * membership". `text` is the clause; `outcomes` its acts.
 */
export function wholeBodyResult(
  text: string,
  events: readonly IndexedEvent[],
  mentions: readonly Mention[],
): ExtentConflict | null {
  const kinds = new Set(
    mentions.flatMap((o) => (o.type === 'outcome' && !o.negated ? [o.value.kind] : [])),
  );
  const relevant = onDays(
    kinds.size ? events.filter((e) => [...kinds].some((k) => e.outcomes.has(k))) : events,
    mentions,
  );
  if (!relevant.length) return null;
  const folded = foldText(text);
  // Every linked event with the act that has X taking part at all has only part of it (one without X says nothing of it).
  for (const { names, part, canon } of relevant.flatMap((e) => e.parts ?? [])) {
    const withBody = relevant.filter((e) => e.participants.some((p) => p.canon === canon));
    if (!withBody.every((e) => e.parts?.some((p) => p.canon === canon))) continue;
    for (const name of names) {
      for (let at = findTerm(folded, name); at !== -1; at = findTerm(folded, name, at + 1)) {
        const lead = folded.slice(Math.max(0, at - 40), at);
        const whole = WHOLE.exec(lead);
        // "all X members" needs the noun after the name ("all the X leaders" are some of X).
        const after = WHOLE_AFTER.exec(text.slice(at + name.length, at + name.length + 40));
        const allBefore = ALL_BEFORE.exec(lead);
        const possessive = after && /^['’]s/.test(after[0]);
        if (!whole && !(after && (possessive || allBefore))) continue;
        const from = at - (whole?.[0].length ?? (possessive ? 0 : (allBefore?.[0].length ?? 0)));
        const end = at + name.length + (after?.[0].length ?? 0);
        // "all X officers at the scene / who responded / involved": a part of X after all.
        if (RESTRICTED.test(text.slice(end, end + 60).replace(/^(?:\s+\p{Lu}[\p{L}'’-]*)+/u, '')))
          continue;
        const page = text.slice(from, at + name.length + (whole ? 0 : (after?.[0].length ?? 0)));
        const said = withBody
          .map((e) => e.parts?.find((p) => p.canon === canon)?.part ?? part)
          .filter((x, i, all) => all.indexOf(x) === i)
          .join('; ');
        return {
          comparison: { slot: 'participants', page, record: said },
          explanation: `The record has only ${said} taking part, not \u201C${page}\u201D.`,
        };
      }
    }
  }
  return null;
}
