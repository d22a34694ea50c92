/**
 * Who did what in a clause: the first verb that says what part someone
 * played in an event (lexicon `roleVerbs`: asked, came, acted, spoke,
 * reported, present, organizer, the pack's participant roles) and the named
 * agency, person or outlet that played it. The doer is the first such name
 * before the verb that is not inside a prepositional phrase ("Charlie Beck,
 * chief of the X Police Department, told …" → Charlie Beck), or, in the
 * passive, the name after "by" ("was pulled over by X"), or for a noun such
 * as "request", the name after "from" ("a request for help from X").
 *
 * General English only; nothing here knows a story. The answer is a guess the
 * comparer uses only to narrow which recorded participants a name is compared
 * with; it never makes a value wrong on its own.
 */
import raw from '../read/lexicon.json' with { type: 'json' };
import { PhraseTable } from '../read/lexicon.ts';
import { tokenize, type Token } from '../read/tokens.ts';
import type { Mention } from '../read/types.ts';
import { NOUN_LEAD, presentPhrases } from '../read/present-tense.ts';

export type Role = 'asked' | 'came' | 'acted' | 'spoke' | 'reported' | 'present' | 'organizer';

type Doer = Mention & { type: 'agency' | 'person' | 'outlet' };

export interface ClauseRole {
  role: Role;
  /** Who played it. */
  doer: Doer;
  /** Offset of the verb in the sentence. */
  verbAt: number;
  /** For an attribution after the words ("…, Beck said"): where it starts; what comes before it is what was said. */
  attributionAt?: number;
}

const verbs = new PhraseTable<Role>(
  Object.entries(raw.roleVerbs).flatMap(([role, words]) =>
    role === '$comment' ? [] : (words as string[]).map((w) => [w, role as Role] as [string, Role]),
  ),
);
const agentAfter = new Set(raw.agentAfter);
/** The same verbs in the present of a timeline or live blog ("the department sues", "agents stop a van"; present-tense.ts). */
const presentVerbs = new PhraseTable<Role>(
  Object.entries(raw.roleVerbs).flatMap(([role, words]) =>
    role === '$comment'
      ? []
      : (words as string[]).flatMap((w) =>
          presentPhrases(w).map((p) => [p, role as Role] as [string, Role]),
        ),
  ),
);

/** A role verb at token i, in the past as listed or in the present; a present form after a determiner or preposition is a noun ("the calls", "at tables"). */
function roleVerbAt(
  tokens: readonly Token[],
  i: number,
  text: string,
): { value: Role; end: number } | null {
  const hit = verbs.matchAt(tokens, i);
  // "called off", "calling off the response": to call a thing off is to cancel it, no call or request.
  if (hit && hit.value === 'asked' && tokens[hit.end]?.lower === 'off') return null;
  // "City police, called in as backup, …", "officers called in to help": the one called is summoned, no caller (a
  // participle with "as", "to" or "for" after "in", where the active "called in backup" has its object).
  if (
    hit &&
    hit.value === 'asked' &&
    /^(?:called|summoned)$/.test(tokens[i]?.lower ?? '') &&
    tokens[i + 1]?.lower === 'in' &&
    /^(?:as|to|for|by|from)$/.test(tokens[i + 2]?.lower ?? '')
  )
    return null;
  if (hit) return hit;
  // "the suit was brought by X", "a complaint, lodged by X,": only in the passive with its agent, these common verbs say who acted.
  if (
    /^(?:brought|lodged)$/.test(tokens[i]?.lower ?? '') &&
    /^(?:was|were|is|are|been|being|,)$/.test(tokens[i - 1]?.lower ?? '') &&
    tokens[i + 1]?.lower === 'by'
  )
    return { value: 'acted', end: i + 1 };
  const present = presentVerbs.matchAt(tokens, i);
  return present && !NOUN_LEAD.test(text.slice(0, (tokens[i] as Token).start).toLowerCase())
    ? present
    : null;
}

/** Words that open a phrase a name inside of is not the doer ("chief of the X", "in an interview with the X"). */
const PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'from',
  'with',
  'to',
  'for',
  'by',
  'on',
  'about',
  'against',
  'near',
  'into',
  'toward',
  'towards',
  'under',
  'over',
  'than',
  'like',
  'after',
  'before',
  'behind',
]);
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SUBORDINATORS = new Set([
  'when',
  'if',
  'as',
  'unless',
  'once',
  'until',
  'while',
  'where',
  'whenever',
  'though',
  'although',
]);
/** Before the verb: "before", "after", "since" or "until", then a capitalised name and at most two words ("before Beck spoke"). */
const POINT_CLAUSE =
  /\b(?:before|after|since|until)\s+(?:the\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*\s+(?:\p{Ll}+\s+){0,2}$/u;
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get']);

/** All the clause says before its speaking verb is an unnamed source ("Officials", "From what the city", "Court records"). */
export const UNNAMED_SOURCE =
  /^[\s\W]*(?:(?:from\s+what|according\s+to|as)\s+)?(?:(?:the|city|county|federal|local|state|police|court|government|public)\s+)*(?:officials?|authorities|police|city|records?|reports?|documents?|filings?|papers|sources?|investigators|prosecutors)\s*$/i;

/** A clause opening (after an adverbial up to a comma) on some people of a body, then "at" / "from" / "with" before the body's name. */
const PEOPLE_OF_BODY =
  /^(?:[^,;]{0,40},\s*)?(?:(?:a|an|the|some|one|two|three|several|its|their)\s+)?(?:somebody|someone|people|staff(?:ers)?|dispatch(?:ers?)?|employees?|officers?|agents?|officials?|workers?|operators?|personnel)\s+(?:at|from|with)\s+(?:the\s+)?$/i;

/** Right after a body's possessive, up to its verb: a unit or the people of the body, which act as it ("'s own field office, not …, that"). */
const BODY_UNIT =
  /^['\u2019]s?\s+(?:own\s+)?(?:local\s+|regional\s+|area\s+)?(?:field\s+office|office|dispatch(?:ers?)?|agents|officers|staff|headquarters|unit|team|division|desk|people|personnel|command\s+center)\b/i;

/** Verbs of what a body does to a thing, whose subject must stand right before them (ACT_GAP). */
const PLAIN_ACTS = new Set([
  'ordered',
  'closed',
  'shut',
  'cited',
  'ticketed',
  'inspected',
  'opened',
  'investigated',
]);
/** Between such a subject and its verb: auxiliaries and adverbs, an aside set off by commas, or the rest of a name the reader cut at a comma ("…, Trade and Consumer Protection"). */
const ACT_GAP =
  /^\s*(?:,[^,;]{1,80},\s*|,\s*(?:\p{Lu}[\p{L}'&-]*|and|&)(?:\s+(?:\p{Lu}[\p{L}'&-]*|and|&))*\s+)?(?:(?:has|have|had|was|were|is|are|also|then|later|quickly|immediately|temporarily|formally|officially|already|since|now|first|itself|themselves)\s+)*$/iu;

/** After such a verb, another sense of it: closing out a task or a file, not closing a place. */
const OTHER_SENSE =
  /^\s+(?:out\b|(?:its|their|the|his|her)\s+(?:own\s+)?(?:file|files|case|books|part|probe|investigation|inquiry|review|work|account|eyes|doors\s+to\s+(?:new|the\s+public))\b)/i;

/** At most this many tokens between the doer's end and its verb (room for an appositive title). */
const MAX_GAP = 14;
/** A relative pronoun right before the verb (an adverb or an auxiliary may come between), with what stands before it. */
const RELATIVE_BEFORE =
  /^(.*?)\s*,?\s*\b(?:that|who|which)\s+(?:\p{Ll}+ly\s+|(?:had|has|have|would|will|did|does|do)\s+){0,2}$/su;
/**
 * Nothing between a name and a relative but an apposition of it ("X, the chief" / "X, Tucson's police chief"), a
 * predicate naming it ("X was the one who said"), or the rival a cleft sets it against ("It was X, not Y, that phoned").
 */
const APPOSITION =
  /^\s*(?:,\s*(?:(?:the|a|an|its|his|her|their)\s+|\p{Lu}[\p{L}'\u2019.-]*\s+)[^,;]*?|,?\s*(?:was|is|were|are|had\s+been|has\s+been)\s+(?:also\s+|not\s+|in\s+fact\s+)*(?:the|a|an|one)\b[^,;]*?|\s*(?:,\s*)?(?:and\s+)?not\s+(?:the\s+)?[^,;]*,?)?$/u;

const isDoer = (m: Mention): m is Doer =>
  (m.type === 'agency' || m.type === 'person' || m.type === 'outlet') && !m.negated;

/** The token index of the first token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).start < offset) i++;
  return i;
}

/** The word before token `i`, skipping articles. */
function leadWord(tokens: readonly Token[], i: number): string | undefined {
  let k = i - 1;
  for (;;) {
    while (
      k >= 0 &&
      (ARTICLES.has((tokens[k] as Token).lower) || POSSESSIVES.has((tokens[k] as Token).lower))
    )
      k--;
    // "at yesterday's White House briefing", "in last week's FBI raid": a possessive before the name is part of its phrase.
    if (
      k >= 2 &&
      (tokens[k] as Token).lower === 's' &&
      /^['\u2019]$/.test((tokens[k - 1] as Token).text)
    ) {
      k -= 3;
      while (k >= 0 && /^(?:last|this|next|that)$/.test((tokens[k] as Token).lower)) k--;
      continue;
    }
    return k >= 0 ? (tokens[k] as Token).lower : undefined;
  }
}

/**
 * The comma before a trailing attribution: a speaking verb with at most six
 * words between it and a comma before it, and at most four words after it to
 * the clause's end ("…, its chief said." / "…, said Chief Beck."); -1 if none.
 */
function trailingComma(tokens: readonly Token[], i: number, role: Role): number {
  if (role !== 'spoke' && role !== 'reported') return -1;
  let words = 0;
  for (let k = i + 1; k < tokens.length; k++)
    if ((tokens[k] as Token).word && ++words > 4) return -1;
  for (let k = i - 1, n = 0; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === '\u201D' || t.text === '"') return k > 0 ? k : -1;
    if (t.word && ++n > 6) return -1;
  }
  return -1;
}

/**
 * The role a clause's verb gives and who played it, or null when the clause
 * has no role verb or no name that surely played it. `clause` offsets are
 * into `sentence`; `mentions` are the clause's, in order.
 */
export function clauseRole(
  sentence: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
): ClauseRole | null {
  const text = sentence.slice(start, end);
  const tokens = tokenize(text);
  const doers = mentions.filter(isDoer);
  if (!doers.length) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const hit = roleVerbAt(tokens, i, text);
    if (!hit) continue;
    const verbAt = start + t.start;
    // The verb must not be part of a name ("Border Patrol", "Call Center"): names are the mentions.
    if (
      doers.some((m) => m.start <= verbAt && m.end > verbAt) ||
      mentions.some((m) => m.start <= verbAt && m.end > verbAt && m.type !== 'outcome')
    )
      continue;
    const before = leadWord(tokens, i);
    // "when requested", "if asked", "as called for": a verb with its subject left out names no doer.
    if (before !== undefined && SUBORDINATORS.has(before)) continue;
    // A noun: "a request for help from X"; passive: "was pulled over by X".
    const noun = agentAfter.has(t.lower);
    const passive = !noun && before !== undefined && PASSIVE.has(before);
    if (passive || noun) {
      const afterEnd = start + (tokens[hit.end - 1] as Token).end;
      const rest = sentence.slice(afterEnd, Math.min(end, afterEnd + 60));
      // A noun's maker after "from", or after a passive of making it ("the call was placed by X").
      const at = new RegExp(
        passive
          ? `\\bby\\s+`
          : `\\b(?:from|(?:was|were|had been)\\s+(?:made|placed|sent|put in)\\s+by)\\s+`,
        'i',
      ).exec(rest);
      if (at) {
        const from = afterEnd + at.index + at[0].length;
        const doer = doers.find((m) => m.start >= from && m.start <= from + 30);
        if (doer) return { role: hit.value, doer: bodyOfPeople(doer, doers, sentence), verbAt };
      }
      // A noun with no "from" ("in a call to X, Y asked") or a passive with no "by": the next verb may say.
      continue;
    }
    // "…, Beck said." / "…, said the department.": an attribution after the words said; only a name in it speaks.
    const comma = trailingComma(tokens, i, hit.value);
    if (comma !== -1) {
      const after = start + (tokens[comma] as Token).end;
      const verbEnd = start + (tokens[hit.end - 1] as Token).end;
      // Right after the verb, or after a title there ("…, said Sheriff Jim Roe.").
      const title = mentions.find(
        (m) => m.type === 'title' && m.start >= verbEnd && m.start - verbEnd <= 4,
      );
      const from =
        title && /^\s*$/.test(sentence.slice(verbEnd, title.start)) ? title.end : verbEnd;
      const doer =
        doers.find((m) => m.start >= after && m.end <= verbAt) ??
        doers.find((m) => m.start >= from && m.start - from <= 4);
      return doer ? { role: hit.value, doer, verbAt, attributionAt: after } : null;
    }
    // Active: the first name before the verb that no preposition governs, close enough to be its subject.
    const candidates = doers.filter((m) => m.end <= verbAt);
    // "Officials said X called …", "from what the city says, X phoned …": a speaking with no named speaker is the
    // page's sourcing; the verb after it says who did what (a named speaker's words stay theirs: returned above or below).
    if (
      !candidates.length &&
      (hit.value === 'spoke' || hit.value === 'reported') &&
      UNNAMED_SOURCE.test(text.slice(0, t.start))
    )
      continue;
    // A verb of a relative clause whose antecedent is no name: the main verb after it may still have one.
    let inRelative = false;
    for (const m of candidates) {
      const first = tokenAt(tokens, m.start - start);
      const lead = leadWord(tokens, first);
      // "Somebody at X phoned …", "A little after six, dispatchers from X called …": people of the body open the clause; the body did it.
      if (
        lead !== undefined &&
        PREPOSITIONS.has(lead) &&
        !(m.type === 'agency' && PEOPLE_OF_BODY.test(text.slice(0, m.start - start)))
      )
        continue;
      // "Homan's post came on a Friday": a name with a possessive owns the subject; it is not the subject. But the
      // owner of a statement that says something spoke ("X's written statement of <date> said …": statementOwner).
      // A unit or the people of a body ("ICE's own field office", "the Border Patrol's dispatchers") acts as the body.
      if (
        /^['\u2019]s?(?![\p{L}])/u.test(sentence.slice(m.end, m.end + 3)) &&
        !(hit.value === 'spoke' && statementOwner(tokens, tokenAt(tokens, m.end - start), i)) &&
        !(m.type === 'agency' && BODY_UNIT.test(sentence.slice(m.end, verbAt)))
      )
        continue;
      // "Obama was president when Beck said …": a subordinator between the name and the verb opens another clause
      // whose subject is nearer; the name is not the verb's subject.
      const last = tokenAt(tokens, m.end - start);
      if (tokens.slice(last, i).some((t) => t.word && SUBORDINATORS.has(t.lower))) continue;
      // "Trump had won days before Beck spoke": a point word and a name of its own before the verb open a clause too.
      if (POINT_CLAUSE.test(sentence.slice(m.end, verbAt))) continue;
      // "… calls Trump the president-elect and gathers statements from departments that say …": the relative's verb
      // is its antecedent's ("departments"), not a name further back; only an apposition of the name ("X, the
      // chief who said") or the relative right after it ("X, who said") keeps the name as the subject.
      const relative = RELATIVE_BEFORE.exec(sentence.slice(m.end, verbAt));
      // (A unit of a body owned by the name stands for it: "ICE's own field office, not Y, that phoned".)
      if (
        relative &&
        !APPOSITION.test((relative[1] as string).replace(/^['\u2019]s?\s+[^,;]*/u, ''))
      ) {
        inRelative = true;
        continue;
      }
      const gap = i - tokenAt(tokens, m.end - start);
      if (gap > MAX_GAP) continue;
      // A verb of what a body does to a thing ("closed", "ordered", "cited"): its subject stands right before it, with
      // only an auxiliary, an adverb or an aside set off by commas between ("X helped the county, which closed …" is not X's).
      if (
        hit.value === 'acted' &&
        PLAIN_ACTS.has(t.lower) &&
        (!ACT_GAP.test(sentence.slice(m.end, verbAt)) ||
          OTHER_SENSE.test(sentence.slice(verbAt + t.text.length, verbAt + t.text.length + 40)))
      )
        continue;
      return { role: hit.value, doer: bodyOfPeople(m, doers, sentence), verbAt };
    }
    if (inRelative) continue;
    return null;
  }
  return null;
}

/** "federal officers from the X", "agents with X": people of a body named right after them; the named body played the part. */
function bodyOfPeople<M extends Mention>(doer: M, doers: readonly M[], sentence: string): M {
  // A body's people in lower case, or capitalised only as the sentence's first word ("Federal agents from X …").
  const generic =
    /^\p{Ll}/u.test(doer.text) ||
    (/^\s*$/.test(sentence.slice(0, doer.start)) && /^\p{L}[\p{Ll}\s'\u2019-]*$/u.test(doer.text));
  if (doer.type !== 'agency' || !generic) return doer;
  const link = /^\s+(?:from|with|of)\s+(?:the\s+)?/i.exec(sentence.slice(doer.end, doer.end + 16));
  return (
    (link && doers.find((m) => m.type === 'agency' && m.start === doer.end + link[0].length)) ||
    doer
  );
}

const nouns = new PhraseTable<Role>(
  Object.entries(raw.roleNouns).flatMap(([role, words]) =>
    role === '$comment' ? [] : (words as string[]).map((w) => [w, role as Role] as [string, Role]),
  ),
);

/** Between a possessive and a speaking verb, a noun of speaking within its first three words after the possessive ("'s written statement of <date> said"). */
function statementOwner(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let k = from, words = 0; k < verb && words <= 4; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    words++;
    if (nouns.matchAt(tokens, k)?.value === 'spoke') return true;
  }
  return false;
}

/** Right before token `i`: "I", "we" or "you" as the subject, with at most one adverb between ("I just drove"). */
function firstPersonBefore(tokens: readonly Token[], i: number): boolean {
  const person = (k: number) => /^(?:i|we|you)$/.test(tokens[k]?.lower ?? '');
  return (
    person(i - 1) ||
    (person(i - 2) &&
      /^(?:\p{L}+ly|also|then|just|never|once|later|finally)$/u.test(tokens[i - 1]?.lower ?? ''))
  );
}

/** Every role a verb in the clause names, whoever played it ("two officers showed up" → came); with `withNouns`, nouns too ("Denver's statement" → spoke). */
export function verbRoles(
  sentence: string,
  start: number,
  end: number,
  withNouns = false,
): Set<Role> {
  const text = sentence.slice(start, end);
  const tokens = tokenize(text);
  const roles = new Set<Role>();
  for (let i = 0; i < tokens.length; i++) {
    if (!(tokens[i] as Token).word) continue;
    const hit = roleVerbAt(tokens, i, text) ?? (withNouns ? nouns.matchAt(tokens, i) : null);
    // "when I drove past", "we then showed up": the writer's (or reader's) own act plays no part of the story's.
    if (hit && !firstPersonBefore(tokens, i)) roles.add(hit.value);
  }
  return roles;
}
