/**
 * Outlets typed by the sentence's syntax, whatever their names (the names of
 * the world's outlets are found by find-organizations.ts):
 *
 * - after a noun for a kind of outlet: "according to the newspaper X",
 *   "reported by the Phoenix newspaper X", "for the American site X";
 * - as the subject of a publishing verb before a printed thing: "The X ran
 *   his op-ed", "the X published the statement" (with no "the", "X ran his
 *   op-ed", an outlet whose type is not certain: it may be a person's name);
 * - where a writer's piece appeared: "written by <Name> for the X";
 * - a name joined by a hyphen to an outlet's word: "the Atlanta
 *   Journal-Constitution", "the Star-Ledger";
 * - the subject of "is the <kind of outlet>" before a relative clause: "X is
 *   the paper that printed it", "X is the paper Y cites".
 *
 * The role in the clause is read as for any outlet (outletUse), from the
 * words before the determiner and after the name. A name the gazetteer knows
 * as something else (a person, an agency, a place) is not made an outlet.
 */
import { MAX_RUN, Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { OutletRole, OutletValue } from './types.ts';

export interface OutletUse {
  role?: OutletRole;
  original: boolean;
  /** `spoke-to` for a writer: where a piece appeared ("wrote for X", "X's reporter"). */
  writer?: true;
}

type UseOf = (ctx: ReadContext, from: number, to: number) => OutletUse;

/** An outlet mention's value: its name, its id when known, how the sentence uses it, and whether its syntax types it. */
export function outletValue(
  name: string,
  id: string | undefined,
  use: OutletUse,
  typed = false,
): OutletValue {
  return {
    name,
    ...(id && { id }),
    credited: use.role !== undefined,
    ...(use.role && { role: use.role }),
    ...(use.original && { original: true }),
    ...(typed && { typed: true as const }),
    ...(use.writer && { writer: true as const }),
  };
}

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words after "told the newspaper <Name>" that make the name a new clause's subject ("told the paper Smith had left"). */
const CLAUSE_VERBS = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'must',
  'can',
  'did',
  'does',
  'do',
  'said',
  'says',
  'wanted',
  'planned',
]);

/** Token k is a hyphen joining two capitalised words ("Journal-Constitution"). */
const joiningHyphen = (ctx: ReadContext, k: number) =>
  ctx.is(k, '-') &&
  !ctx.token(k)?.spaceBefore &&
  !ctx.token(k + 1)?.spaceBefore &&
  ctx.isCapWord(k - 1) &&
  ctx.isCapWord(k + 1);

/** The end of a name from `i`: capitalised words, joined by hyphens, "and"/"&" between two of them ("Democrat and Chronicle"). */
function nameEnd(ctx: ReadContext, i: number): number {
  if (!ctx.isNameWord(i)) return i;
  let end = ctx.runFrom(i, (k) => ctx.isCapWord(k), MAX_RUN);
  for (let guard = 0; guard < MAX_RUN && end - i < 2 * MAX_RUN; guard++) {
    if (joiningHyphen(ctx, end)) end = ctx.runFrom(end + 1, (k) => ctx.isCapWord(k), MAX_RUN);
    else if ((ctx.lower(end) === 'and' || ctx.is(end, '&')) && ctx.isCapWord(end + 1))
      end = ctx.runFrom(end + 1, (k) => ctx.isCapWord(k), MAX_RUN);
    else break;
  }
  return end;
}

/** The gazetteer knows the name at [from, to) as something other than an outlet. */
function knownOtherwise(ctx: ReadContext, from: number, to: number): boolean {
  const entries = ctx.gazetteer.lookup(ctx.text(from, to));
  return entries.length > 0 && !entries.some((e) => e.kind === 'outlet');
}

/** The name at [from, to) ends in an agency's word ("… Police Department") or a street's ("… Street"): not an outlet. */
const agencyName = (ctx: ReadContext, to: number) =>
  lexicon.agencyHeads.matchEndingAt(ctx.tokens, to, 3) !== null ||
  lexicon.streetSuffixes.has(ctx.lower(to - 1));

/** Adds the outlet named at [from, to); the mention may start earlier (`spanFrom`) to take in a place that says where it is, not where anything happened ("the Kells magazine X"). */
function add(ctx: ReadContext, from: number, to: number, use: OutletUse, spanFrom = from): void {
  const name = ctx.text(from, to);
  const id = ctx.lookup(name, 'outlet')?.id ?? ctx.lookup(`the ${name}`, 'outlet')?.id;
  ctx.add({
    type: 'outlet',
    from: spanFrom,
    to,
    rank: Rank.strong,
    value: outletValue(name, id, use, true),
  });
}

/** "the [Phoenix] newspaper X": where the determiner is, when the words before the type noun at `at` are a few modifiers after one. */
function determinerBefore(ctx: ReadContext, at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (DETERMINERS.has(ctx.lower(k))) return k;
    const t = ctx.token(k);
    if (!t || (!t.word && t.text !== '-') || lexicon.functionWords.has(t.lower)) return -1;
  }
  return -1;
}

/** "according to the newspaper X", "for the American site X". */
function afterTypeNoun(ctx: ReadContext, use: UseOf): void {
  for (let i = 1; i < ctx.tokens.length; i++) {
    const type = lexicon.outletTypeNouns.matchAt(ctx.tokens, i);
    if (!type || !ctx.isCapWord(type.end) || ctx.isCapWord(i)) continue;
    const from = type.end;
    const to = nameEnd(ctx, from);
    if (to === from || knownOtherwise(ctx, from, to) || agencyName(ctx, to)) continue;
    // "the newspaper X's …" only before its staff ("the magazine X's Cole Roe", "… X's reporter"): what else X's is says nothing of X.
    if (
      ctx.is(to, "'") &&
      ctx.isPossessiveS(to + 1) &&
      !lexicon.outletStaffNouns.matchAt(ctx.tokens, to + 2) &&
      !(ctx.isNameWord(to + 2) && ctx.isNameWord(to + 3))
    )
      continue;
    const det = determinerBefore(ctx, i);
    if (det === -1) continue;
    const u: OutletUse = afterWriter(ctx, det - 1)
      ? { role: 'spoke-to', original: false, writer: true }
      : use(ctx, det + 1, to);
    // "told the newspaper Smith had resigned": the name begins what was told.
    if (u.role === 'spoke-to' && !u.writer && CLAUSE_VERBS.has(ctx.lower(to))) continue;
    // "the Phoenix newspaper X": the place is the outlet's, not the clause's.
    let spanFrom = from;
    for (let k = det + 1; k < i; k++)
      if (ctx.isCapWord(k)) {
        spanFrom = k;
        break;
      }
    add(ctx, from, to, u, spanFrom);
  }
}

/**
 * "The X ran his op-ed", "the X published the chief's statement": the subject of a publishing verb; and
 * "X gathered the statements in a piece by Y", "X published a piece by Y": whoever prints a writer's piece.
 */
function publisherSubject(ctx: ReadContext, use: UseOf): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.isNameWord(i) || ctx.isCapWord(i - 1)) continue;
    const to = nameEnd(ctx, i);
    let all = true;
    for (let k = i; k < to && all; k++)
      all =
        ctx.isNameWord(k) ||
        ctx.lower(k) === 'and' ||
        ctx.is(k, '&') ||
        joiningHyphen(ctx, k) ||
        (ctx.is(k - 1, '-') && ctx.isCapWord(k));
    if (!all || knownOtherwise(ctx, i, to) || agencyName(ctx, to)) continue;
    let at = to;
    if (lexicon.outletVerbLeads.has(ctx.lower(at))) at++;
    const u = use(ctx, i, to);
    if (u.writer && u.role === 'spoke-to' && lexicon.outletSourceAfter.matchAt(ctx.tokens, at)) {
      add(ctx, i, to, u);
      continue;
    }
    // With no "the" ("Slate ran his op-ed") the name may be a person's: an outlet whose type is not certain.
    const bare = ctx.lower(i - 1) !== 'the';
    const verb = lexicon.outletPublishVerbs.matchAt(ctx.tokens, at);
    if (!verb) continue;
    // The thing printed: "his op-ed", "the chief's statement", "a summary". Anyone may publish a statement or a
    // report ("the union published its statement"): after "published" only a news piece ("published his op-ed").
    const printed = (k: number) =>
      (verb.value.includes('publish')
        ? lexicon.outletNewsPieces.matchAt(ctx.tokens, k)
        : (lexicon.outletPieceNouns.matchAt(ctx.tokens, k) ??
          lexicon.outletPrintedThings.matchAt(ctx.tokens, k))) !== null;
    let k = verb.end;
    if (lexicon.outletPieceDeterminers.has(ctx.lower(k))) k++;
    for (let skip = 0; skip < 3 && !printed(k); skip++) {
      if (ctx.is(k, "'") && ctx.isPossessiveS(k + 1)) k += 2;
      else if (ctx.token(k)?.word) k++;
      else break;
    }
    if (!printed(k)) continue;
    if (!bare) add(ctx, i, to, u);
    else
      ctx.add({
        type: 'outlet',
        from: i,
        to,
        rank: Rank.weak,
        value: outletValue(ctx.text(i, to), ctx.lookup(ctx.text(i, to), 'outlet')?.id, u),
      });
  }
}

/** The "for" at `i` follows a writer: "written by <Name> for", "a piece by the journalist <Name> for". */
export function afterWriter(ctx: ReadContext, i: number): boolean {
  if (ctx.lower(i) !== 'for') return false;
  const start = ctx.runBefore(i, (k) => ctx.isNameWord(k), 3);
  if (start === i) return false;
  let by = start - 1;
  const staff = lexicon.outletStaffNouns.matchEndingAt(ctx.tokens, by + 1, 2);
  if (staff) by = staff.start - 1;
  if (ctx.lower(by) === 'the') by--;
  if (ctx.lower(by) !== 'by') return false;
  // A writing verb or a piece before "by" ("written by", "a column by"); not "a statement by", which is no one's piece for an outlet.
  return (
    lexicon.outletWriterWords.matchEndingAt(ctx.tokens, by, 2) !== null ||
    lexicon.outletPieceNouns.matchEndingAt(ctx.tokens, by, 3) !== null
  );
}

/** A type noun within a few words from `at` ("American site"): where the type-noun pass reads the name. */
function typeNounNear(ctx: ReadContext, at: number): boolean {
  for (let k = at; k < Math.min(ctx.tokens.length, at + 4); k++)
    if (lexicon.outletTypeNouns.matchAt(ctx.tokens, k)) return true;
  return false;
}

/** "a round-up written by Cole Roe for the X", "by the journalist Cole Roe for X": where the writer's piece appeared. */
function writerFor(ctx: ReadContext): void {
  for (let i = 2; i < ctx.tokens.length; i++) {
    if (!afterWriter(ctx, i)) continue;
    let from = i + 1;
    if (ctx.lower(from) === 'the') from++;
    // "for the American site X": the type noun's pass reads it.
    if (!ctx.isNameWord(from) || typeNounNear(ctx, from)) continue;
    const to = nameEnd(ctx, from);
    if (knownOtherwise(ctx, from, to) || agencyName(ctx, to)) continue;
    add(ctx, from, to, { role: 'spoke-to', original: false, writer: true });
  }
}

/** "the Atlanta Journal-Constitution": capitalised words joined by a hyphen to an outlet's word. */
function hyphenated(ctx: ReadContext, use: UseOf): void {
  for (let i = 0; i + 2 < ctx.tokens.length; i++) {
    if (
      !ctx.is(i, '-') ||
      ctx.token(i)?.spaceBefore ||
      ctx.token(i + 1)?.spaceBefore ||
      !ctx.isCapWord(i - 1) ||
      !ctx.isCapWord(i + 1)
    )
      continue;
    const head = (k: number) => lexicon.outletHeads.matchAt(ctx.tokens, k)?.end === k + 1;
    if (!head(i - 1) && !head(i + 1)) continue;
    const from = ctx.runBefore(i, (k) => ctx.isCapWord(k), 4);
    const to = i + 2;
    if (knownOtherwise(ctx, from, to)) continue;
    add(ctx, from, to, use(ctx, from, to));
  }
}

/**
 * A name where only an outlet is expected, with no "the" before it: after writing for ("wrote for X",
 * "writing for X", "a piece for X"), a printing credit ("printed by X", "first appeared in X") or a
 * source's credit closed by a comma or colon ("according to X,", "per X:"). Its
 * type is not certain (a holiday, a language), so it is an outlet the record can at most leave
 * unconfirmed; it keeps a clause from being called consistent on its other values.
 */
function whereExpected(ctx: ReadContext, use: UseOf): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.isNameWord(i) || ctx.isCapWord(i - 1) || ctx.lower(i - 1) === 'the') continue;
    const written = lexicon.outletSpokeToBefore.matchEndingAt(ctx.tokens, i);
    const writing = written !== null && lexicon.outletWritingLeads.has(ctx.lower(written.start));
    const piece =
      ctx.lower(i - 1) === 'for' &&
      lexicon.outletPieceNouns.matchEndingAt(ctx.tokens, i - 1, 3) !== null;
    const printed = lexicon.outletPrintCredits.matchEndingAt(ctx.tokens, i) !== null;
    const to = nameEnd(ctx, i);
    // "According to X," with no "the": a source, or a person (whose name wins when the reader knows it as one).
    // ("X reported that …" is left alone: a bare name there is as likely a person's; find-organizations.test.ts.)
    const according =
      ctx.lower(i - 1) === 'to' && ctx.lower(i - 2) === 'according' && ctx.is(to, ',');
    // "per X:", "…, per X, …": the same credit in one word, the name closed by a comma or a colon.
    const per = ctx.lower(i - 1) === 'per' && (ctx.is(to, ',') || ctx.is(to, ':'));
    if (!writing && !piece && !printed && !according && !per) continue;
    if (knownOtherwise(ctx, i, to) || agencyName(ctx, to)) continue;
    const name = ctx.text(i, to);
    const id = ctx.lookup(name, 'outlet')?.id;
    ctx.add({
      type: 'outlet',
      from: i,
      to,
      rank: Rank.weak,
      value: outletValue(name, id, use(ctx, i, to)),
    });
  }
}

/** Time words that end the names of some outlets ("USA Today", "Entertainment Tonight"). */
const TIME_HEADS = new Set(['Today', 'Tonight']);

/**
 * "Cole Roe of Law Enforcement Today", "a column in Police Today": a capitalised time word ending a run of one to
 * three capitalised words inside a sentence (after a lower-case word, so not a title-case heading) is the end of an
 * outlet's name, not the day. A run the gazetteer knows as something else, or that ends in an agency's word, is left.
 */
function timeWordNamed(ctx: ReadContext, use: UseOf): void {
  for (let i = 2; i < ctx.tokens.length; i++) {
    if (!TIME_HEADS.has(ctx.token(i)?.text ?? '') || !ctx.isCapWord(i - 1)) continue;
    const from = ctx.runBefore(i, (k) => ctx.isCapWord(k), 3);
    const prev = ctx.token(from - 1);
    if (from === i || !prev?.word || prev.text !== prev.lower || ctx.isCapWord(i + 1)) continue;
    if (knownOtherwise(ctx, from, i) || knownOtherwise(ctx, from, i + 1)) continue;
    add(ctx, from, i + 1, use(ctx, from, i + 1));
  }
}

/** A cheap first look for predicateType: "is the", "was a". */
const IS_A_KIND = /\b(?:is|was)\s+(?:the|a|an)\s/i;

/** "X is the paper that printed it", "X was the news site Y cited": a name said to be a kind of outlet, before what that outlet did. */
function predicateType(ctx: ReadContext, use: UseOf): void {
  if (!IS_A_KIND.test(ctx.sentence)) return;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.isNameWord(i) || (ctx.isCapWord(i - 1) && ctx.lower(i - 1) !== 'the')) continue;
    const to = nameEnd(ctx, i);
    // "It is the paper that …", "This was the site …": a pronoun, no name.
    if (to === i + 1 && lexicon.functionWords.has(ctx.lower(i))) continue;
    if (ctx.lower(to) !== 'is' && ctx.lower(to) !== 'was') continue;
    if (!DETERMINERS.has(ctx.lower(to + 1))) continue;
    let k = to + 2;
    let type = lexicon.outletTypeNouns.matchAt(ctx.tokens, k);
    for (let skip = 0; skip < 2 && !type && ctx.token(k)?.word && !ctx.isCapWord(k); skip++)
      type = lexicon.outletTypeNouns.matchAt(ctx.tokens, ++k);
    // Before a relative clause: "that"/"which", or its subject's name ("the paper Y cites", "the site the Y cited"); not "the site of …", "the paper's …".
    if (
      !type ||
      !(
        ['that', 'which'].includes(ctx.lower(type.end)) ||
        ctx.isCapWord(type.end) ||
        (ctx.lower(type.end) === 'the' && ctx.isCapWord(type.end + 1))
      )
    )
      continue;
    if (knownOtherwise(ctx, i, to) || agencyName(ctx, to)) continue;
    add(ctx, i, to, use(ctx, i, to));
  }
}

export function findOutletCredits(ctx: ReadContext, use: UseOf): void {
  predicateType(ctx, use);
  timeWordNamed(ctx, use);
  afterTypeNoun(ctx, use);
  publisherSubject(ctx, use);
  writerFor(ctx);
  hyphenated(ctx, use);
  whereExpected(ctx, use);
}
