/**
 * Clauses and their stance. A sentence is cut at ";", ":", a dash between
 * spaces (or an em dash), before "but", "although", "though", "whereas",
 * "because", "unless" and "if", and before "and", "or", "yet", "so", "while",
 * "when" and "as" after a comma; an "if"/"unless" clause ends at the next
 * comma; a relative clause after a comma (", who …", ", which …") is a clause up
 * to the next comma. That is deliberately simple: a clause is a span in which negation and
 * stance apply, not a parse.
 *
 * Stance: 'question' when the clause ends with "?"; 'conditional' when it
 * opens with "if"/"unless" or has "would", "could", "might", "may", "should"
 * (not after a speech verb: "said they would not help", ", saying they would not help" report an intention);
 * 'reported' for a hedge ("reportedly", "allegedly", "claimed", "rumors") or a
 * vague source that says ("critics said", "some argue"); else 'asserted'.
 */
import { presupposingQuestion } from './presupposed-question.ts';
import { lexicon } from './lexicon.ts';
import { invertedConditional } from './inverted-conditional.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Stance } from './types.ts';

/** Verbs of passing words on to the writer ("a friend tells me", "I was told", "I've heard"). */
const TOLD_ME = new Set(['tells', 'told', 'tell', 'assured', 'assures', 'informed', 'informs']);
const HEARD = new Set(['hear', 'heard', 'told']);

/**
 * Hearsay passed on to the writer: "a client tells me …", "I'm told …", "I was told …", "I've heard …". What follows
 * is someone else's word the page relays, not the page's assertion. General English.
 */
function firstPersonHearsay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (TOLD_ME.has(t.lower) && tokens[i + 1]?.lower === 'me') return true;
  if (!HEARD.has(t.lower)) return false;
  // "I hear", "I heard", "I'm told", "I was told", "I've heard", "I have heard".
  const back = tokens
    .slice(Math.max(0, i - 3), i)
    .map((x) => x.lower)
    .join(' ');
  // "told" only in the passive ("I'm told", "I was told"); "I told", "I had told" are the writer speaking.
  return t.lower === 'told'
    ? /(?:^|\s)i(?:\s+'\s+m|\s+(?:was|am))$/.test(back)
    : /(?:^|\s)i(?:\s+'\s+ve|\s+(?:have|had))?$/.test(back);
}

/** A verb of speech as a participle (", announcing that its officers would …"): what follows is reported, as after "said". */
/** Verbs of making an intention known ("signaled it would …", "pledged that it would …"): the "would" after them is reported, not a condition. */
const INTENT_VERBS = new Set([
  'signaled',
  'signalled',
  'signals',
  'indicated',
  'indicates',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'vowed',
  'vows',
  'hinted',
  'hints',
]);
const SPEECH_PARTICIPLES = new Set([
  'saying',
  'announcing',
  'stating',
  'declaring',
  'adding',
  'noting',
  'insisting',
  'explaining',
  'writing',
  'telling',
  'vowing',
  'pledging',
  'promising',
  'warning',
  'arguing',
  'claiming',
  'confirming',
]);

/** Words that open a relative clause after a comma. */
const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);

export interface ClauseSpan {
  /** Token range [from, to). */
  from: number;
  to: number;
  stance: Stance;
}

/** Hedges between a copula and the clock time it gives ("which was shortly after 6 p.m."). */
const TIME_HEDGES = new Set([
  'at',
  'about',
  'around',
  'roughly',
  'approximately',
  'shortly',
  'just',
  'soon',
  'a',
  'little',
  'before',
  'after',
  'exactly',
  'precisely',
]);

/**
 * ", which was 7:05 p.m.": a relative clause that only says what clock time its antecedent was ("the time at which
 * the supervisor arrived, which was …") gives the antecedent's value, so it is read in the clause before it.
 * Only a copula, hedges and a number read as a clock time (digits then ":" or a.m./p.m., or "o'clock") up to the
 * next comma or the end.
 */
function copulaTime(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'which' || !/^(was|is)$/.test(tokens[at + 1]?.lower ?? ''))
    return false;
  let k = at + 2;
  while (tokens[k]?.word && TIME_HEDGES.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  if (!t) return false;
  if (/^\d{1,2}(?::\d\d)?[ap]m$/.test(t.lower)) return true;
  if (!t.digits) return false;
  const next = tokens[k + 1];
  return (
    /^\d{1,2}:\d\d$/.test(t.text) ||
    /^[ap]$|^[ap]m$/.test(next?.lower ?? '') ||
    (next?.lower === 'o' && tokens[k + 2]?.text === "'")
  );
}

export function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text === '\u2014' || t.text === '\u2013') return true;
  if (t.text !== '-') return false;
  const next = tokens[i + 1];
  // "--" or " - "
  if (next && next.text === '-' && !next.spaceBefore) return true;
  return t.spaceBefore && (next === undefined || next.spaceBefore);
}

const MODALS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
]);

/** The auxiliaries and copulas of be, have and do in the present and past ("was", "has", "did"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
]);
/** Words that carry on a subject's predicate after an aside: auxiliaries and copulas. */
const PREDICATE_LEADS = new Set([...MODALS, ...AUXILIARIES]);
/** The longest aside between two dashes read as part of its clause, in tokens. */
const ASIDE_MAX = 24;

/**
 * A verb in the past that carries on a named subject's predicate after an aside ("Tom Homan — at the time … —
 * answered", "— said", "— wrote"): a lowercase word ending in "-ed" or a common irregular past.
 */
const PAST_SPEECH_OR_ACT =
  /^(?:[a-z]+ed|said|told|wrote|spoke|made|took|went|came|gave|met|sent|led|ran|left|held|kept|brought|became|flew|drove|saw|got|found|stood|began|put|posted|tweeted)$/;
/** Words ending in "s" that are no plural noun. */
const NOT_PLURAL = new Set([
  'was',
  'has',
  'is',
  'its',
  'this',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'does',
  'thus',
  'as',
  'less',
  'unless',
  'always',
  'perhaps',
  'afterwards',
  'towards',
  'besides',
  'whereas',
  'yes',
  'us',
]);
/**
 * The word before the first dash is not the sentence's first and is capitalised or a plural noun: the aside follows
 * a name ("Tom Homan —") or a plural subject ("federal agents — Border Patrol and a DEA unit — stopped a van").
 */
const namedBefore = (tokens: readonly Token[], open: number): boolean => {
  const t = tokens[open - 1];
  if (open <= 1 || t?.word !== true) return false;
  return (
    /^\p{Lu}/u.test(t.text) ||
    (/^[a-z]{3,}s$/.test(t.text) && !NOT_PLURAL.has(t.text) && !/ss$/.test(t.text))
  );
};

/**
 * The dashes of each pair that sets off an aside inside a clause's subject: the second dash is followed by an
 * auxiliary or a copula that carries on the predicate ("five men — a father and his sons — were taken into custody"),
 * with no ";" or ":" between. The clause reads the subject and its predicate together, aside and all; any other
 * dash ends a clause as before ("… — and they were released").
 */
function asideDashes(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text === ';' || t.text === ':') {
      open = -1;
      continue;
    }
    if (!isDash(tokens, i)) continue;
    if (open === -1 || i - open > ASIDE_MAX) {
      open = i;
      continue;
    }
    // "--" is two tokens: the word after it is two on.
    const next =
      tokens[i + 1]?.text === '-' && !tokens[i + 1]!.spaceBefore ? tokens[i + 2] : tokens[i + 1];
    if (
      PREDICATE_LEADS.has(next?.lower ?? '') ||
      (namedBefore(tokens, open) &&
        PAST_SPEECH_OR_ACT.test(next?.text ?? '') &&
        !tokens.slice(open + 1, i).some((t) => t.digits))
    ) {
      out.add(open);
      out.add(i);
    }
    open = -1;
  }
  return out;
}

/** Words that open a concession or contrast ("Although …,", "Whatever X said …,", "Where Beck spoke to a paper, …", "Like the vow X made, …"): the sentence's first clause ends at its comma. */
const CONCESSIONS = new Set([
  'although',
  'though',
  'whereas',
  'whatever',
  'where',
  'like',
  'unlike',
]);

/** Verbs of putting a claim after "whatever" ("Whatever X suggested"). */
const CONCEDED_SAYING =
  /^(?:suggest(?:s|ed)?|impl(?:y|ies|ied)|claim(?:s|ed)?|argu(?:e|es|ed)|insist(?:s|ed)?|assert(?:s|ed)?|report(?:s|ed)?|print(?:s|ed)?|wr(?:ite|ites|ote))$/;

/** Fewer words than this before the comma of an opening "Like …," compare a name ("Like Rochester, Ithaca …"), not a thing told. */
const LIKE_MIN_WORDS = 5;

/**
 * "Like Rochester, Ithaca became …", "Like nine men were detained": an opening "like" (or "unlike") that compares a
 * short name, or hedges a number, stays in its clause; "Like the vow X made in 2016 not to …, Y says" is a clause of its own.
 */
function likeNamesOnly(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower;
  if (first !== 'like' && first !== 'unlike') return false;
  if (tokens[1]?.digits || lexicon.numberWords.has(tokens[1]?.lower ?? '')) return true;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma === -1) return true;
  // "Unlike Charlie Beck, …": a person's full name, whom the clause after sets apart.
  const words = tokens.slice(1, comma);
  if (words.length >= 2 && words.length <= 3 && words.every((t) => t.word && t.cap)) return false;
  return words.filter((t) => t.word).length < LIKE_MIN_WORDS;
}

/** Concessions that compare a name, with no verb of their own. */
const LIKE_WORDS = new Set(['like', 'unlike']);

/** Words that open an aside set off by commas after a name ("Unlike Charlie Beck, then chief of the LAPD, …"). */
const ASIDE_LEADS = new Set([
  'then',
  'now',
  'once',
  'former',
  'a',
  'an',
  'the',
  'who',
  'which',
  'whose',
]);

/** A comma that opens an aside closed by another comma a few words on: the concession runs on past it. */
function opensAside(tokens: readonly Token[], i: number): boolean {
  if (!ASIDE_LEADS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 12); k++)
    if (tokens[k]!.text === ',') return true;
  return false;
}

const WEEKDAY_WORD = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$/;
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** A comma inside a date ("Monday, Nov. 14", "Nov. 14, 2016"): no end of a clause. */
function insideDate(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after) return false;
  if (WEEKDAY_WORD.test(before.lower) && (MONTH_WORD.test(after.lower) || after.digits))
    return true;
  return before.digits === true && after.digits === true && /^(?:19|20)\d\d$/.test(after.text);
}

/** Pronouns that can only be a subject: after "and" they open a clause of their own. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);

export function splitClauses(tokens: readonly Token[]): ClauseSpan[] {
  const cuts: number[] = [];
  let conditionalOpen = false;
  let relativeOpen = false;
  // "Although the van held about eight, three were detained": a concession opening the sentence is a clause to its comma.
  let concessionOpen = CONCESSIONS.has(tokens[0]?.lower ?? '') && !likeNamesOnly(tokens);
  // Inside an aside set off by commas within the concession ("Although the van, a white minivan, held …").
  let inAside = false;
  // Dashes that set off an aside inside the subject ("five men — a father and his sons — were taken …") cut nothing.
  const inner = asideDashes(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (t.text === ';' || t.text === ':' || (isDash(tokens, i) && !inner.has(i))) {
      // The mark belongs to the clause before it.
      cuts.push(i + 1);
      conditionalOpen = false;
      relativeOpen = false;
      continue;
    }
    // "The arena opened in 1974 and will stay closed": "and" before a modal starts a predicate of another time.
    const modalAnd = t.lower === 'and' && MODALS.has(tokens[i + 1]?.lower ?? '');
    // "They passed and they're opening Tuesday": "and" before a subject pronoun starts a clause with its own verb.
    const subjectAnd = t.lower === 'and' && SUBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '');
    if (
      t.word &&
      i > 0 &&
      (lexicon.clauseBreakWords.has(t.lower) ||
        modalAnd ||
        subjectAnd ||
        (prev?.text === ',' && lexicon.clauseBreakAfterComma.has(t.lower)))
    ) {
      // "not X but Y" keeps its contrast in one clause.
      if (!(t.lower === 'but' && prev?.lower === 'not')) cuts.push(i);
    }
    // ", who spoke on Wednesday," / ", which had called …": a relative clause between commas is a clause of its own.
    if (t.word && prev?.text === ',' && RELATIVE.has(t.lower) && !copulaTime(tokens, i)) {
      cuts.push(i);
      relativeOpen = true;
      continue;
    }
    if (
      t.word &&
      ((lexicon.conditionalLeads.has(t.lower) && (i === 0 || cuts[cuts.length - 1] === i)) ||
        (i === 0 && invertedConditional(tokens)))
    )
      conditionalOpen = true;
    else if (
      t.text === ',' &&
      concessionOpen &&
      !conditionalOpen &&
      !relativeOpen &&
      inAside &&
      !LIKE_WORDS.has(tokens[0]?.lower ?? '')
    ) {
      // The comma that closes an aside inside a concession's clause: the clause goes on ("Although the van, a white
      // minivan, held …"); after "Like"/"Unlike" and a name it ends the phrase ("Unlike X, then chief, Y …").
      inAside = false;
    } else if (
      t.text === ',' &&
      concessionOpen &&
      !conditionalOpen &&
      !relativeOpen &&
      (insideDate(tokens, i) || opensAside(tokens, i))
    ) {
      inAside = !insideDate(tokens, i);
    } else if (t.text === ',' && (conditionalOpen || relativeOpen || concessionOpen)) {
      cuts.push(i + 1);
      conditionalOpen = false;
      relativeOpen = false;
      concessionOpen = false;
    }
  }
  const spans: ClauseSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, tokens.length]) {
    if (cut <= from) continue;
    spans.push({ from, to: cut, stance: stanceOf(tokens, from, cut) });
    from = cut;
  }
  if (spans.length === 0) spans.push({ from: 0, to: tokens.length, stance: 'asserted' });
  // "Please cite the exemption and release the rest": a request asserts nothing, in its clause and those it joins after.
  // A colon, semicolon or dash ends the request: "please fix the box: his department is in X" asserts what follows.
  const please = pleaseAt(tokens);
  if (please !== -1) {
    let end = please;
    while (
      end < tokens.length &&
      !(tokens[end]!.text === ';' || tokens[end]!.text === ':' || isDash(tokens, end))
    )
      end++;
    for (const span of spans)
      if (span.to > please && span.from <= end && span.stance === 'asserted')
        span.stance = 'conditional';
  }
  return spans;
}

/** Where the sentence turns into a request: "please" outside quotation marks (not a speaker's own words), or -1. */
function pleaseAt(tokens: readonly Token[]): number {
  let quoted = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    quoted = quoteState(t, quoted);
    if (!quoted && t.lower === 'please') return i;
  }
  return -1;
}

/** Whether the text is inside quotation marks after token t: “ opens, ” closes, a straight " turns it. */
function quoteState(t: Token, quoted: boolean): boolean {
  if (t.text === '\u201C') return true;
  if (t.text === '\u201D') return false;
  if (t.text === '"') return !quoted;
  return quoted;
}

/**
 * Words opening a clause of time or purpose inside the clause ("put on desk duty until they could be retrained",
 * "stepped aside so the agents could work"): a modal after one belongs to that subordinate clause, not the main one.
 */
const SUBORDINATE_TIME_OR_PURPOSE = new Set(['until', 'till']);
/** What an unnamed someone does to a claim: says it, swears to it, insists on it. */
const SOMEONE_VERBS: ReadonlySet<string> = new Set([
  'added',
  'adds',
  'said',
  'says',
  'say',
  'swore',
  'swears',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'argued',
  'argues',
  'believes',
  'believed',
]);
/** Prepositions opening a phrase of time or concession before the clause's subject. */
const PREPOSED = new Set(['after', 'before', 'amid', 'despite', 'following', 'during']);
/** Finite verbs, modals and negators: one before the comma, outside a wh-clause, means the phrase has no comma of its own. */
const FINITE = new Set([
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'not',
  "n't",
  'never',
  'no',
]);
const WH = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'whether',
  'if',
  'when',
  'where',
  'how',
  'why',
  'that',
]);

/**
 * Where a concession opening the sentence ends ("Whereas X spoke at the hall on Friday, Y posted …"): the character
 * offset of its closing comma's end, or -1 when the sentence opens with none. What the two sides say is not one claim.
 */
export function concessionEndsAt(text: string): number {
  const tokens = tokenize(text);
  if (!CONCESSIONS.has(tokens[0]?.lower ?? '') || likeNamesOnly(tokens)) return -1;
  const first = splitClauses(tokens)[0];
  const last = first && first.to < tokens.length ? tokens[first.to - 1] : undefined;
  return last?.text === ',' ? last.end : -1;
}

/**
 * The comma closing a phrase of time or concession that opens the clause ("After all the talk of who would or
 * wouldn't meet him, …"), or -1: a modal or a negator inside it is its own, not the clause's.
 */
export function preposedEnd(tokens: readonly Token[], from: number, to: number): number {
  // After a conjunction that opens the clause ("but after all the talk, …").
  const at = /^(?:and|but|so|yet)$/.test(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (!PREPOSED.has(tokens[at]?.lower ?? '')) return -1;
  // "Following the press conference Homan did not visit …, though …": a verb before the comma, with no wh-word to own
  // it, is the main clause's; the phrase had no comma ("who would or wouldn't meet him," has its wh-word).
  let wh = false;
  for (let i = at + 1; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.text === ',') return i;
    if (WH.has(t.lower)) wh = true;
    else if (!wh && (FINITE.has(t.lower) || /n['\u2019]t$/.test(t.lower))) return -1;
  }
  return -1;
}
/** Verbs of knowing or hearing in an aside that opens a clause ("as you may have read,", "as readers will recall,"). */
const KNOWING = new Set([
  'know',
  'knew',
  'known',
  'recall',
  'remember',
  'heard',
  'hear',
  'read',
  'seen',
  'see',
  'noted',
  'reported',
  'mentioned',
  'learned',
  'expect',
  'expected',
  'guess',
  'imagine',
]);

/** End (the comma) of an aside of knowing that opens the clause, after "and"/"but": "as you may have read," ; else -1. */
function knowingAsideEnd(tokens: readonly Token[], from: number, to: number): number {
  const at = /^(?:and|but|so|yet)$/.test(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (tokens[at]?.lower !== 'as') return -1;
  let knows = false;
  for (let i = at + 1; i < Math.min(to, at + 9); i++) {
    const t = tokens[i] as Token;
    if (t.text === ',') return knows ? i : -1;
    if (KNOWING.has(t.lower)) knows = true;
  }
  return -1;
}
/** "so" opens a clause of purpose when a subject or "that" follows ("so they could", "so that agents could"). */
const AFTER_PURPOSE_SO = new Set([
  'that',
  'they',
  'he',
  'she',
  'we',
  'it',
  'i',
  'you',
  'the',
  'agents',
  'officers',
]);

/** The last word of a factive framing before "that" ("keep in mind", "bear in mind", "remember", "note", "be aware"). */
const FACTIVE_BEFORE = new Set([
  'mind',
  'remember',
  'recall',
  'note',
  'aware',
  'realize',
  'realise',
]);

/** The words of tokens [from, end) after the last colon among them, lower-cased. */
function wordsAfterColon(tokens: readonly Token[], from: number, end: number): string[] {
  let start = from;
  for (let i = from; i < end; i++) if ((tokens[i] as Token).text === ':') start = i + 1;
  return tokens
    .slice(start, end)
    .filter((t) => t.word)
    .map((t) => t.lower);
}

const presupposed = (tokens: readonly Token[], from: number, end: number) =>
  presupposingQuestion(wordsAfterColon(tokens, from, end));

function stanceOf(tokens: readonly Token[], from: number, to: number): Stance {
  let conditional = false;
  let lead = false;
  let reported = false;
  let speech = false;
  let subordinate = false;
  // A question mark inside quotation marks is the quoted speaker's ("he said, “Were they doing immigration duties?”").
  let quoted = false;
  for (let i = 0; i < from; i++) quoted = quoteState(tokens[i] as Token, quoted);
  // A preposed phrase of time or concession up to its comma ("After all the talk of who would or wouldn't meet him,
  // …"): a modal inside it is its own, not the clause's.
  // So is an aside of knowing ("as you may have read, …").
  let preposed = preposedEnd(tokens, from, to) !== -1 || knowingAsideEnd(tokens, from, to) !== -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    quoted = quoteState(t, quoted);
    if (preposed) {
      if (t.text === ',') preposed = false;
      if (t.text === '?' && !quoted)
        return presupposed(tokens, from, i) ? stanceOf(tokens, from, i) : 'question';
      continue;
    }
    if (t.text === '?' && !quoted)
      return presupposed(tokens, from, i) ? stanceOf(tokens, from, i) : 'question';
    if (!t.word) continue;
    if (
      lexicon.speechVerbs.has(t.lower) ||
      SPEECH_PARTICIPLES.has(t.lower) ||
      INTENT_VERBS.has(t.lower) ||
      // "made clear they would not act", "made it clear": a saying.
      (t.lower === 'clear' && /^(?:made|make|makes|making|it)$/.test(tokens[i - 1]?.lower ?? ''))
    )
      speech = true;
    // "said the LAPD would not take part" reports an intention: no condition.
    if (
      i === from &&
      (lexicon.conditionalLeads.has(t.lower) || (from === 0 && invertedConditional(tokens)))
    )
      lead = true;
    if (
      i > from &&
      (SUBORDINATE_TIME_OR_PURPOSE.has(t.lower) ||
        (t.lower === 'so' && AFTER_PURPOSE_SO.has(tokens[i + 1]?.lower ?? '')))
    )
      subordinate = true;
    if (
      (i === from &&
        (lexicon.conditionalLeads.has(t.lower) || (from === 0 && invertedConditional(tokens)))) ||
      (lexicon.conditionalWords.has(t.lower) && !t.cap && !speech && !subordinate)
    )
      conditional = true;
    // "Counsel should keep in mind that X", "you may remember that X": the modal is the framing verb's; what the
    // factive verb takes as known is put as fact (not after a leading "if", which conditions the whole).
    if (
      conditional &&
      !lead &&
      t.lower === 'that' &&
      FACTIVE_BEFORE.has(tokens[i - 1]?.lower ?? '')
    )
      conditional = false;
    if (lexicon.reportedHedges.has(t.lower) || firstPersonHearsay(tokens, i)) reported = true;
    // "Whatever TheBlaze suggested with its figure of two, …": a claim conceded, not the page's.
    if (tokens[from]?.lower === 'whatever' && (speech || CONCEDED_SAYING.test(t.lower)))
      reported = true;
    if (lexicon.vagueSources.has(t.lower)) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      // "critics said", "some officers say", "somebody in chat swore": the verb within a short phrase of the source.
      // "Someone posted a video" tells of a post; only "someone said / swore / insisted …" reports a claim.
      const verbs =
        t.lower === 'someone' || t.lower === 'somebody' ? SOMEONE_VERBS : lexicon.vagueSourceVerbs;
      const inPhrase =
        /^(?:in|on|at|from)$/.test(next?.lower ?? '') && verbs.has(tokens[i + 3]?.lower ?? '');
      if ((next && verbs.has(next.lower)) || (after && verbs.has(after.lower)) || inPhrase)
        reported = true;
    }
    if (
      t.lower === 'according' &&
      tokens[i + 1]?.lower === 'to' &&
      /^(rumors?|rumours?|speculation|posts|social)$/.test(tokens[i + 2]?.lower ?? '')
    )
      reported = true;
  }
  // A question mark may close the sentence after its last clause's quote: "… they?" (not one inside a quote left open).
  if (
    to === tokens.length &&
    tokens[to - 1]?.text === '?' &&
    !quoted &&
    !presupposed(tokens, from, to - 1)
  )
    return 'question';
  return conditional ? 'conditional' : reported ? 'reported' : 'asserted';
}
