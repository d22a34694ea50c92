/**
 * The president-elect said to be in office already, in a story told in the weeks between the election and the
 * term's start: "X, already sworn in as president,", "X was already president", "X had already taken office", "X,
 * by then in the White House,". The world file's election whose transition holds every one of the story's central
 * days names the winner and the day the term began: a conflict saying so.
 *
 * So is an act only the sitting president does, told as done already ("X has already signed an executive order"),
 * on a page itself dated in the transition (actDoneConflict).
 *
 * The line (zero false alarms first): only the winner of that election, named by a name the world file gives them,
 * outside quotes, with "already" or "by then" (or a pluperfect of taking office); nothing when the sentence names a
 * year that is not that election's, another office ("mayor", "governor" …), a time of its own ("when", "after",
 * "by the time" …: the words may tell of a later day, such as a re-post), or a denial ("not", "never", "yet").
 * World knowledge; nothing here knows a story.
 */
import type { Comparison } from './value-result.ts';
import { showDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';
import { transitionElection, type Election } from './transition-election.ts';

/** Cheap precheck: words of taking or holding office, or of an act of office told as done already. */
const GATE =
  /\bPresident\s+\p{Lu}|\b(?:sworn|inaugurated|in\s+office|took\s+office|taken\s+office|assumed\s+office|White\s+House|Oval\s+Office|already\s+(?:the\s+)?president|(?:signed|issued)\s+(?:[\p{L}-]+\s+){0,5}orders?)\b/iu;

const NAME = String.raw`(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2})`;
/** In office: sworn in, inaugurated, in office, the president. */
const IN_OFFICE = String.raw`(?:(?:been\s+)?sworn\s+in(?:\s+as\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?president)?|(?:been\s+)?inaugurated|in\s+office|in\s+the\s+(?:White\s+House|Oval\s+Office)|(?:the\s+)?(?:sitting\s+)?president(?![\p{L}-]))`;
/** The shapes that put the named person in office already; group 1 is the name. */
const SHAPES = [
  // "X, already sworn in as president,", "X, by then already in office,"
  new RegExp(
    String.raw`${NAME}\s*,\s+(?:by\s+then\s+|by\s+that\s+time\s+)?(?:already\s+)?${IN_OFFICE}`,
    'gu',
  ),
  // "X was already president", "X had already been sworn in", "X was by then in office"
  new RegExp(String.raw`${NAME}\s+(?:was|had)\s+(?:by\s+then\s+)?already\s+${IN_OFFICE}`, 'gu'),
  new RegExp(String.raw`${NAME}\s+(?:was|had)\s+by\s+then\s+(?:already\s+)?${IN_OFFICE}`, 'gu'),
  // "X had already taken office"
  new RegExp(
    String.raw`${NAME}\s+had\s+(?:by\s+then\s+)?(?:already\s+)?(?:taken|assumed|entered)\s+office`,
    'gu',
  ),
];
/** A short aside between the name and its verb ("X, as we now must call him, has …"). */
const ASIDE = String.raw`(?:\s*,[^,;:.!?"\u201C\u201D]{1,60},)?`;
/**
 * An act only the sitting president does, told as done: "X has already signed an executive order", "X had already
 * issued two orders", "X has signed the first of his immigration orders", "X signed his first order on immigration"
 * (on a page itself dated in the transition, below, none of these can be a later day's). Group 1 the name, group 2 the
 * aside, group 3 the auxiliary ("has" tells of the page's own day, "had" of the story's, none of either).
 */
const ACT_DONE = new RegExp(
  String.raw`${NAME}(${ASIDE})\s+(?:(has|had)\s+(?:by\s+then\s+)?(?:already\s+)?|already\s+)?(?:signed|issued)\s+(?:(?:the\s+first|one|two|some|several)\s+of\s+)?(?:(?:an?|his|the|one|two|three|several|some|new|first|sweeping|immigration)\s+){0,3}(?:executive\s+|presidential\s+)?orders?\b(?!\s+(?:of|for|from|to)\b)`,
  'gu',
);
/** "already" or "by then" in the match, or a pluperfect: a bare apposition ("X, president,") may be a title used later. */
const TOLD_AS_DONE =
  /\balready\b|\bby\s+(?:then|that\s+time)\b|\bhad\s+(?:taken|assumed|entered)\b/i;
/** Words of another office: the election may be another one. */
const OTHER_OFFICE =
  /\b(?:mayor\w*|governor\w*|gubernatorial|senat\w*|council\w*|congress\w*|sheriff|district attorney|judge|prosecutor|assembly\w*|legislat\w*|school board)\b/i;
/** A time of the clause's own: the words may tell of a later day. */
const OWN_TIME =
  /\b(?:when|whenever|after|before|until|since|later|once|by\s+the\s+time|months?|weeks?|years?)\b/i;
const DENIED = /\b(?:not|never|yet|no\s+longer)\b|n['\u2019]t\b/i;
/** An act imagined, asked about or planned: "if X signed …", "whether X has signed …", "X would sign …". */
const HYPOTHETICAL =
  /\b(?:if|whether|unless|suppose|imagine|would|could|might|should|wants?\s+to|plans?\s+to|promised?\s+to|vowed\s+to|expected\s+to|going\s+to)\b/i;
/** After the act, words that put it at another time ("… when he took office", "… during his first months"). */
const LATER_TIME = /\b(?:when|after|before|until|later|by\s+the\s+time|during|once)\b/i;
/** A year other than the election's, or a term, named anywhere in the sentence: the act may be of another time. */
const otherYearOrTerm = (sentence: string, electionYear: string) =>
  /\b(?:first|second|previous|last)\s+term\b/i.test(sentence) ||
  [...sentence.matchAll(/\b(?:1[89]|20)\d\d\b/g)].some((y) => y[0] !== electionYear);

export function electInOfficeConflicts(
  sentence: string,
  record: StoryRecord,
  inQuote: (at: number) => boolean,
  pageDate?: string,
): { comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world || !GATE.test(sentence) || OTHER_OFFICE.test(sentence)) return [];
  const timed = OWN_TIME.test(sentence) || DENIED.test(sentence);
  const transition = transitionElection(sentence, record);
  if (!transition) return [];
  const { election, days } = transition;
  const year = election.date.slice(0, 4);
  const winner = world.person(election.winner);
  if (!winner) return [];
  const names = new Set([winner.name, ...(winner.aliases ?? [])].map((n) => n.toLowerCase()));
  const first = [...days].sort()[0]!;
  const actDone =
    actDoneConflict(sentence, election, winner.name, names, first, inQuote, pageDate) ??
    titleOnPageDayConflict(sentence, election, winner.name, names, inQuote, pageDate);
  if (actDone) return [actDone];
  if (timed) return [];
  for (const shape of SHAPES) {
    for (const m of sentence.matchAll(shape)) {
      const name = m[1]!;
      const named = endsOnName(name, names);
      if (!named || inQuote(m.index) || !TOLD_AS_DONE.test(m[0])) continue;
      const termStart = election.termStart!;
      return [
        {
          comparison: {
            slot: 'office',
            page: m[0].slice(m[0].indexOf(name) + name.length).replace(/^\s*,\s*/, ''),
            record: `president-elect until ${showDate(termStart)}`,
          },
          explanation: `${winner.name} won the ${year} presidential election and took office only on ${showDate(termStart)}; at the time of these events (from ${showDate(first)}) ${winner.name} was president-elect, not yet sworn in.`,
        },
      ];
    }
  }
  return [];
}

/**
 * An act of office told as done by the president-elect (ACT_DONE), on a page dated in the transition too:
 * "has" (or a bare "already") tells of the page's own day, "had" of a day before it, and a later page may tell of a
 * day after the term began. Time words and denials count only before the verb, the aside left out ("going after
 * sanctuary cities" is no time of its own).
 */
function actDoneConflict(
  sentence: string,
  election: Election,
  winnerName: string,
  names: ReadonlySet<string>,
  first: string,
  inQuote: (at: number) => boolean,
  pageDate: string | undefined,
): { comparison: Comparison; explanation: string } | null {
  const termStart = election.termStart!;
  for (const m of sentence.matchAll(ACT_DONE)) {
    const name = m[1]!;
    if (!endsOnName(name, names) || inQuote(m.index)) continue;
    const lead = sentence.slice(0, m.index) + m[0].replace(m[2] ?? '', ' ');
    // "Since then" runs up to the page's own day; "if", "would" … tell of no act done; a year or another term after
    // the act puts it at another time ("signed orders during his first term", "… in 2017").
    if (
      OWN_TIME.test(lead.replace(/\bsince\s+then\b/gi, ' ')) ||
      DENIED.test(lead) ||
      HYPOTHETICAL.test(lead) ||
      otherYearOrTerm(sentence, election.date.slice(0, 4)) ||
      LATER_TIME.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 60))
    )
      continue;
    const storyTime = m[3]?.toLowerCase() === 'had';
    // A page from after the term began may tell of a later day ("had already issued orders" by its own time).
    if (!(
      pageDate &&
      /^\d{4}-\d{2}-\d{2}/.test(pageDate) &&
      pageDate.slice(0, 10) > election.date &&
      pageDate.slice(0, 10) < termStart
    ))
      continue;
    const act = m[0].slice(m[0].search(/\b(?:signed|issued)\b/i));
    const when = storyTime
      ? `at the time of these events (from ${showDate(first)})`
      : `on this page's date, ${showDate(pageDate!.slice(0, 10))},`;
    return {
      comparison: {
        slot: 'office',
        page: act,
        record: `president-elect until ${showDate(termStart)}`,
      },
      explanation: `${winnerName} won the ${election.date.slice(0, 4)} presidential election and took office only on ${showDate(termStart)}; ${when} ${winnerName} was president-elect and could sign no orders as president.`,
    };
  }
  return null;
}

/**
 * "President X" told in the present of a page itself dated in the transition: "President X has promised …", "President X
 * says …". On the page's own day X was president-elect. Only the title right before the winner's name, then the
 * present perfect or a present verb of saying or wanting (a past verb may be a later page's title for earlier acts, a
 * future one tells of the term); nothing after "a", "future", "incoming" … (a president imagined), in quotes, or with a
 * time of its own or a denial before the verb.
 */
const TITLE_NOW = new RegExp(
  String.raw`\bPresident\s+${NAME}(${ASIDE})\s+(?:(?:has|have)\s+\p{Ll}+|says|promises|pledges|vows|wants|plans|intends|insists|believes|argues|claims|thinks|proposes)\b`,
  'gu',
);
/**
 * "X's first weeks in office have …", "President X's time in office is …": the term told as under way (or over) on a
 * page itself dated in the transition, when it had not begun. A future ("will be") or a denial says nothing.
 */
const TERM_NOW = new RegExp(
  String.raw`\b(?:President\s+)?${NAME}['\u2019]s\s+(?:(?:first|early|opening)\s+)?(?:(?:few|two|three)\s+)?(?:days|weeks|months|time)\s+in\s+office\s+(?:has|have|had)\b(?!\s+to\b)`,
  'gu',
);
/**
 * "With President X promising …", "With (President) X now (already) in the White House" opening the sentence: the
 * state of things on the page's own day ("With X in the White House within weeks" is a prospect). Only this opening: a
 * participle elsewhere may be a prospect ("the prospect of President X calling for …", "bracing for President X …").
 */
const WITH_NOW = new RegExp(
  String.raw`^\s*With\s+(?:President\s+${NAME}\s+(?:promising|pledging|vowing|threatening|planning|demanding|pushing\s+for|calling\s+for)\b|(?:President\s+)?${NAME}\s+(?:now|already)\s+(?:in\s+the\s+(?:White\s+House|Oval\s+Office)|in\s+office)(?![\p{L}-])(?!\s+(?:come|from|until|till|by|in|next|soon|for)\b)|(?:President\s+)?${NAME}\s+already\s+sworn\s+in\b)`,
  'u',
);
/**
 * "X has been sworn in", "now that X has taken office", "X is now in the White House": the term told as begun on a
 * page itself dated in the transition. Only the present perfect or "is now" (a past tense may be a later page's
 * account); nothing after a word that makes it a prospect or a condition ("once", "when", "until", "if" …), in quotes,
 * or denied.
 */
const SWORN_NOW = new RegExp(
  String.raw`${NAME}(${ASIDE})\s+(?:(?:has|['’]s)\s+(?:now\s+|already\s+|officially\s+|finally\s+)?(?:been\s+(?:sworn\s+in|inaugurated)|(?:taken|assumed|entered)\s+office(?![\p{L}-]|\s+(?:space|spaces|hours|holders?|building|buildings|supplies|staff|manager|workers?|furniture|politics|parties|party|park|suite|suites)\b)|moved\s+into\s+the\s+White\s+House(?![\p{L}-]))|is\s+now\s+(?:in\s+office|in\s+the\s+White\s+House|(?:the\s+)?president(?![\p{L}-])))`,
  'gu',
);
/** "President X" with the title of the office (not "President-elect") in a frame of the page's present: a response from them, or something of theirs ("President X's promises"); group 1 the name. */
const TITLE_ANY = new RegExp(
  String.raw`(?:\b(?:response|reaction|reply|comment|word|statement|answer)s?\s+from\s+President\s+${NAME}(?![\p{L}'\u2019-])|\bPresident\s+${NAME}['\u2019]s\s+\p{L})`,
  'gu',
);
/** Words of a time to come or of the term's start: the title may be the one X would hold. */
const FUTURE_WORDS =
  /\b(?:will|would|shall|won['\u2019]?t|going\s+to|gonna|about\s+to|soon|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:es|ed|ing)\s+(?:to|not)|whatever|next|incoming|future|inaugurat\w*|sworn|take\s+office|takes\s+office|taking\s+office|transition|elect|January|upcoming)\b|['\u2019]ll\b/i;
/** Words that make what follows a prospect or a condition, not the page's present. */
const PROSPECT_LEAD =
  /\b(?:once|when|whenever|after|until|till|before|if|unless|whether|as\s+soon\s+as|by\s+the\s+time|assuming|should|would|will|expected|expects|imagine|suppose)\b/i;
/** Words before the title that make it a president imagined or to come ("a President X", "future President X"). */
const IMAGINED_BEFORE =
  /\b(?:a|an|future|incoming|would-be|soon-to-be|next|likely|presumptive|eventual|potential|possible|hypothetical)\s*$/i;

function titleOnPageDayConflict(
  sentence: string,
  election: Election,
  winnerName: string,
  names: ReadonlySet<string>,
  inQuote: (at: number) => boolean,
  pageDate: string | undefined,
): { comparison: Comparison; explanation: string } | null {
  const termStart = election.termStart!;
  if (!(
    pageDate &&
    /^\d{4}-\d{2}-\d{2}/.test(pageDate) &&
    pageDate.slice(0, 10) > election.date &&
    pageDate.slice(0, 10) < termStart
  ))
    return null;
  const day = pageDate.slice(0, 10);
  /** The conflict: the page's words, and what X was on the page's own day. */
  const onPageDay = (page: string, was: string) => ({
    comparison: {
      slot: 'office' as const,
      page,
      record: `president-elect until ${showDate(termStart)}`,
    },
    explanation: `${winnerName} won the ${election.date.slice(0, 4)} presidential election and took office only on ${showDate(termStart)}; on this page's date, ${showDate(day)}, ${winnerName} was president-elect, ${was}.`,
  });
  for (const m of sentence.matchAll(TERM_NOW)) {
    const name = m[1]!;
    if (!endsOnName(name, names) || inQuote(m.index)) continue;
    const lead = sentence.slice(0, m.index);
    const verb = sentence.slice(m.index, m.index + m[0].length + 10);
    if (IMAGINED_BEFORE.test(lead) || DENIED.test(lead + verb)) continue;
    return onPageDay(m[0], 'and the term had not begun');
  }
  for (const m of sentence.matchAll(SWORN_NOW)) {
    const name = m[1]!;
    if (!endsOnName(name, names) || inQuote(m.index)) continue;
    const lead = sentence.slice(0, m.index);
    if (IMAGINED_BEFORE.test(lead) || PROSPECT_LEAD.test(lead + name) || DENIED.test(lead + m[0]))
      continue;
    return onPageDay(
      m[0]
        .slice(m[0].indexOf(name) + name.length)
        .replace(m[2] ?? '', '')
        .trim(),
      'not yet sworn in',
    );
  }
  // "President X's promises", "a response from President X": the title of the office itself, on a page dated when X
  // was president-elect, in a sentence that tells of nothing to come (no modal, no prospect, nothing of the term's
  // start): wrong on the page's own day.
  if (!FUTURE_WORDS.test(sentence) && !PROSPECT_LEAD.test(sentence))
    for (const m of sentence.matchAll(TITLE_ANY)) {
      const name = (m[1] ?? m[2]!).replace(/['\u2019]s?$/, '');
      if (!endsOnName(name, names) || inQuote(m.index)) continue;
      const lead = sentence.slice(0, m.index);
      if (IMAGINED_BEFORE.test(lead) || /\b(?:not|never|no)\s+(?:yet\s+)?$/i.test(lead)) continue;
      return onPageDay(`President ${name}`, 'not yet president');
    }
  // A time to come in the opening phrase ("With Trump in office next year, …"): the prospect, not the page's day.
  const withNow = WITH_NOW.exec(sentence);
  const opening =
    withNow &&
    FUTURE_WORDS.test(sentence.split(',')[0] as string) &&
    !/\balready\b/i.test(withNow[0])
      ? null
      : withNow;
  // WITH_NOW's three alternatives each capture the name; TITLE_NOW captures the name and then an aside.
  const named = [
    ...(opening
      ? [{ m: opening, name: (opening[1] ?? opening[2] ?? opening[3])!, aside: undefined }]
      : []),
    ...[...sentence.matchAll(TITLE_NOW)].map((m) => ({ m, name: m[1]!, aside: m[2] })),
  ];
  for (const { m, name, aside } of named) {
    if (!endsOnName(name, names) || inQuote(m.index)) continue;
    const lead = sentence.slice(0, m.index) + m[0].replace(aside ?? '', ' ');
    if (
      IMAGINED_BEFORE.test(sentence.slice(0, m.index)) ||
      OWN_TIME.test(lead) ||
      DENIED.test(lead)
    )
      continue;
    return onPageDay(`President ${name}`, 'not yet president');
  }
  return null;
}

/** The name's last words are one of the winner's names ("President-elect Donald Trump", "Donald Trump"). */
function endsOnName(name: string, names: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/);
  return words.some((_, i) => names.has(words.slice(i).join(' ').toLowerCase()));
}
