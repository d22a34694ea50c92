/**
 * Commitments: what an actor says it does, will or will not do, or has or has
 * not done, of a kind a record can state ("will not take part in immigration
 * enforcement", "would start checking immigration status", "has not
 * participated in deportation efforts", "will continue to work with federal
 * partners", "stop all cooperation with federal agencies"). The phrases are
 * general English (commitmentActions in lexicon.json). The finder reads the
 * words just before the phrase for a verb that turns it round ("refused to",
 * "stop", "no longer") and for when ("will", "has"); read-sentence.ts turns it
 * round once more when the clause is denied before it ("will not").
 */
import { Rank, type ReadContext } from './context.ts';
import { lexicon, type PhraseTable } from './lexicon.ts';
import type { CommitmentAction, CommitmentValue } from './types.ts';
import { composedAct } from './enforcement-acts.ts';

/** How far back, in tokens, the words that turn a commitment round or say when may stand. */
const LOOK_BACK = 8;

/** Tokens that end the look-back: the start of another clause or a quotation. */
const STOP = /^[.;:!?"“”()—–]$/;

/**
 * The phrases of `table` in tokens [from, end), read back from `end` ("refused to stop" has two flips): how many,
 * where the nearest to `end` starts and where the first starts (-1 if none).
 */
function phrasesIn(
  ctx: ReadContext,
  table: PhraseTable<string>,
  from: number,
  end: number,
): { count: number; nearest: number; first: number } {
  let count = 0;
  let nearest = -1;
  let first = -1;
  for (let k = end; k > from;) {
    const m = table.matchEndingAt(ctx.tokens, k, 4);
    if (m && m.start >= from) {
      count++;
      if (nearest === -1) nearest = m.start;
      first = m.start;
      k = m.start;
    } else k--;
  }
  return { count, nearest, first };
}

/** When the words before token `end` put it: the nearest "will / would / start …" (future) or "has / had / did …" (past), else present. */
function timeBefore(
  ctx: ReadContext,
  from: number,
  end: number,
): { time: CommitmentValue['time']; first: number } {
  const future = phrasesIn(ctx, lexicon.commitmentFuture, from, end);
  const past = phrasesIn(ctx, lexicon.commitmentPast, from, end);
  const time =
    future.nearest === -1 && past.nearest === -1
      ? 'present'
      : future.nearest >= past.nearest
        ? 'future'
        : 'past';
  const starts = [future.first, past.first].filter((k) => k !== -1);
  return { time, first: starts.length ? Math.min(...starts) : -1 };
}

/** Words between a lead and the noun it governs ("take part in *all* immigration enforcement"). */
const NOUN_SKIP = new Set([
  'the',
  'a',
  'any',
  'all',
  'its',
  'their',
  'his',
  'her',
  'our',
  'such',
  'those',
  'these',
  'more',
  'federal',
  'local',
  'future',
  'new',
]);

/** A noun ("immigration enforcement") is a commitment only as what someone does: after "in", "with", "take on", "help", or a verb that turns it round ("cut off") … ("Immigration enforcement is a federal job" is none). */
function hasNounLead(ctx: ReadContext, from: number, i: number): boolean {
  let k = i;
  for (let skip = 0; skip < 3 && k > from && NOUN_SKIP.has(ctx.lower(k - 1)); skip++) k--;
  const lead = lexicon.commitmentNounLeads.matchEndingAt(ctx.tokens, k, 3);
  if (lead !== null && lead.start >= from) return true;
  // A verb that turns it round also takes it as its object ("cut off all cooperation with federal agencies").
  const flip = lexicon.commitmentFlips.matchEndingAt(ctx.tokens, k, 4);
  return flip !== null && flip.start >= from;
}

/** How far back from "changing" its subject ("policies", "practices") may stand. */
const SUBJECT_BACK = 6;

/**
 * "Its immigration policies are not changing", "the practices … would not change": a policy noun as the subject of
 * "change". The span runs from the noun to the verb; a negator inside it turns it round (one before it is the clause's).
 */
function findPolicyChange(ctx: ReadContext, i: number): boolean {
  if (!lexicon.commitmentChangeVerbs.has(ctx.lower(i))) return false;
  let subject = -1;
  for (
    let k = i - 1;
    k >= 0 && i - k <= SUBJECT_BACK && !STOP.test(ctx.lower(k)) && ctx.lower(k) !== ',';
    k--
  ) {
    if (lexicon.commitmentPolicyNouns.has(ctx.lower(k))) {
      subject = k;
      break;
    }
  }
  if (subject === -1) return false;
  let negators = 0;
  for (let k = subject + 1; k < i; k++)
    if (lexicon.negators.has(ctx.lower(k)) || (ctx.lower(k) === 't' && ctx.lower(k - 1) === "'"))
      negators++;
  const { time } = timeBefore(ctx, subject + 1, i);
  ctx.add({
    type: 'commitment',
    from: subject,
    to: i + 1,
    rank: Rank.pattern,
    value: {
      action: 'policy-change',
      does: negators % 2 === 0,
      time,
      lead: ctx.tokens[subject]!.start,
    },
  });
  return true;
}

/** How far after a verb of growing its activity may stand ("expand its role in immigration enforcement"). */
const SCALE_REACH = 5;

/**
 * "Would expand its cooperation with federal immigration agents", "stepped up its immigration enforcement": a verb of
 * growing or shrinking (commitmentScaleVerbs) an activity a commitment noun names is a change of practice, read as a
 * `policy-change` done (a denial or a turning verb before it turns it round, as for any commitment).
 */
function findScaledChange(ctx: ReadContext, i: number): boolean {
  const verb = lexicon.commitmentScaleVerbs.matchAt(ctx.tokens, i);
  if (!verb) return false;
  let noun: { end: number } | null = null;
  for (let k = verb.end; k < ctx.tokens.length && k - verb.end <= SCALE_REACH; k++) {
    noun = lexicon.commitmentNouns.matchAt(ctx.tokens, k) ?? composedAct(ctx, k);
    if (noun) break;
    if (
      !lexicon.commitmentScaleSkip.has(ctx.lower(k)) &&
      ctx.lower(k) !== 'federal' &&
      ctx.lower(k) !== 'immigration'
    )
      return false;
  }
  if (!noun) return false;
  let from = i;
  while (
    from > 0 &&
    i - from < LOOK_BACK &&
    !STOP.test(ctx.lower(from - 1)) &&
    ctx.lower(from - 1) !== ','
  )
    from--;
  if (phrasesIn(ctx, lexicon.commitmentBlockers, from, i).count) return false;
  const flips = phrasesIn(ctx, lexicon.commitmentFlips, from, i);
  const { time, first } = timeBefore(ctx, from, i);
  // "Expanding immigration duties would compromise trust": an -ing form no verb governs is the subject of something else.
  if (
    ctx.lower(i).endsWith('ing') &&
    time === 'present' &&
    !flips.count &&
    !hasGerundLead(ctx, from, i)
  )
    return false;
  const lead = ctx.tokens[Math.min(...[flips.first, first, i].filter((k) => k !== -1))]!.start;
  ctx.add({
    type: 'commitment',
    from: i,
    to: noun.end,
    rank: Rank.pattern,
    value: { action: 'policy-change', does: flips.count % 2 === 0, time, lead },
  });
  return true;
}

/** How far after "respond" / "answer" the call's word ("backup") may stand: "respond when federal agents call for backup". */
const BACKUP_REACH = 7;

/**
 * "Respond to calls for backup", "answer backup requests", "respond when other agencies call for backup": a verb of
 * answering with the word for the call after it, in the same clause. The words between are free, so any wording of who calls.
 */
function backupResponse(ctx: ReadContext, i: number): { value: string; end: number } | null {
  if (!lexicon.commitmentBackupVerbs.has(ctx.lower(i))) return null;
  for (let k = i + 1; k < ctx.tokens.length && k - i <= BACKUP_REACH; k++) {
    const w = ctx.lower(k);
    if (STOP.test(w) || w === ',') return null;
    if (lexicon.commitmentBackupNouns.has(w)) return { value: 'backup-response', end: k + 1 };
    // "back-up" read as three tokens.
    if (w === 'back' && ctx.lower(k + 1) === '-' && ctx.lower(k + 2) === 'up')
      return { value: 'backup-response', end: k + 3 };
  }
  return null;
}

/** A verb in the simple past ("helped", "took part", "held"). */
const PAST_FORM = /^(?:\w+ed|took|held|kept|gave|sent|did)$/;

/** Verbs that govern an -ing form as what someone does: "are helping", "keep turning people over". */
const GERUND_LEADS = new Set([
  'is',
  'are',
  'am',
  'was',
  'were',
  'be',
  'been',
  'keep',
  'keeps',
  'kept',
  'keeping',
  'continue',
  'continues',
  'continued',
  'continuing',
]);

/** A relative pronoun before the act in its clause ("who", "which"), or "that" right before its verb group ("officers that would help …"; "said that they would help" has its subject between). */
function inRelative(ctx: ReadContext, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (RELATIVES.has(ctx.lower(k))) return true;
  let k = i - 1;
  while (
    k >= from &&
    (lexicon.commitmentFuture.matchAt(ctx.tokens, k) ||
      lexicon.commitmentPast.matchAt(ctx.tokens, k) ||
      lexicon.negators.has(ctx.lower(k)))
  )
    k--;
  return k >= from && ctx.lower(k) === 'that';
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

function hasGerundLead(ctx: ReadContext, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (GERUND_LEADS.has(ctx.lower(k))) return true;
  return false;
}

/** How far after a commitment the words that limit it or stretch it may stand. */
const SCOPE_REACH = 12;

/**
 * "… on deportations, but only for people with criminal records", "… at every traffic stop": a scope after the
 * commitment, in its clause or after a comma that opens one ("but only", "except").
 */
function scopeAfter(ctx: ReadContext, end: number): { scope?: 'narrow' | 'wide' } {
  for (let k = end; k < ctx.tokens.length && k - end < SCOPE_REACH; k++) {
    const w = ctx.lower(k);
    if (STOP.test(w)) return {};
    if (w === ',') {
      const next = ctx.lower(k + 1) === 'but' ? k + 2 : k + 1;
      const m = lexicon.commitmentScopes.matchAt(ctx.tokens, next);
      return m ? { scope: m.value as 'narrow' | 'wide' } : {};
    }
    const m = lexicon.commitmentScopes.matchAt(ctx.tokens, k);
    if (m) return { scope: m.value as 'narrow' | 'wide' };
  }
  return {};
}

/**
 * A composed act (enforcement-acts.ts) where the phrase tables find none in its words: they read "take part in
 * immigration enforcement" themselves. A federal-cooperation phrase at its start that the act reaches past
 * ("collaborate with federal | immigration authorities", "assist federal agents | on deportations") gives way to it.
 */
function composedOnly(
  ctx: ReadContext,
  i: number,
  table: { value: string; end: number } | null,
): ReturnType<typeof composedAct> {
  if (table && table.value !== 'federal-cooperation') return null;
  const act = composedAct(ctx, i);
  if (!act || (table && act.end <= table.end)) return null;
  for (let k = i; k < act.end; k++)
    if (
      (lexicon.commitmentNouns.matchAt(ctx.tokens, k) && hasNounLead(ctx, i, k)) ||
      (k > i && lexicon.commitmentActions.matchAt(ctx.tokens, k))
    )
      return null;
  return act;
}

/**
 * Where a phrase that ends inside a known agency's name stops: "cooperate with the federal | Bureau of Investigation"
 * ends before "Federal", so the agency is read whole (the phrase would otherwise win the overlap and hide it).
 */
function beforeKnownAgency(ctx: ReadContext, from: number, to: number): number {
  for (let k = from + 1; k < to; k++)
    if (ctx.knownAt(k, 'agency').some((span) => span.to > to)) return k;
  return to;
}

export function findCommitments(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    if (findPolicyChange(ctx, i) || findScaledChange(ctx, i)) continue;
    const table = lexicon.commitmentActions.matchAt(ctx.tokens, i);
    const composed = backupResponse(ctx, i) ? null : composedOnly(ctx, i, table);
    const verb = composed ?? table ?? backupResponse(ctx, i);
    const noun = lexicon.commitmentNouns.matchAt(ctx.tokens, i);
    const m = verb && (!noun || verb.end >= noun.end) ? verb : noun;
    if (!m) continue;
    let from = i;
    while (
      from > 0 &&
      i - from < LOOK_BACK &&
      !STOP.test(ctx.lower(from - 1)) &&
      ctx.lower(from - 1) !== ','
    )
      from--;
    if (m === noun && !hasNounLead(ctx, from, i)) {
      i = m.end - 1;
      continue;
    }
    // Wished, demanded, feared or claimed by someone ("Trump wants police to check immigration status"): no commitment.
    if (phrasesIn(ctx, lexicon.commitmentBlockers, from, i).count) {
      i = m.end - 1;
      continue;
    }
    const flips = phrasesIn(ctx, lexicon.commitmentFlips, from, i);
    const { time, first } = timeBefore(ctx, from, i);
    // The words from the first of them: "will start checking …", "has not taken part in …".
    const leads = [flips.first, first, i].filter((k) => k !== -1);
    const lead = ctx.tokens[Math.min(...leads)]!.start;
    // A composed act told in the simple past with nothing that makes it a stance ("officers helped ICE agents"): an event,
    // not a commitment. One in -ing with no verb that governs it ("said working on deportations is not our job",
    // "for helping ICE"): a noun, the subject or topic of something else.
    const governed =
      time !== 'present' ||
      flips.count > 0 ||
      phrasesIn(ctx, lexicon.commitmentStartLeads, from, i).count > 0 ||
      hasGerundLead(ctx, from, i);
    // In a relative clause ("officers who turn people over to ICE would be disciplined"): said of whoever does it, not done by the actor.
    const enforcementAct = m === composed && composed.value === 'immigration-enforcement';
    if (enforcementAct && inRelative(ctx, from, i)) {
      i = m.end - 1;
      continue;
    }
    if (
      enforcementAct &&
      !governed &&
      (PAST_FORM.test(ctx.lower(i)) || ctx.lower(i).endsWith('ing'))
    ) {
      i = m.end - 1;
      continue;
    }
    const extra = {
      ...(phrasesIn(ctx, lexicon.commitmentStartLeads, from, i).count
        ? { starts: true as const }
        : {}),
      // Composed federal cooperation reads as the phrase tables did ("will keep working with federal partners").
      ...(m === composed
        ? {
            wordsEnd: ctx.tokens[m.end - 1]!.end,
            ...(composed.value === 'immigration-enforcement' ? { composed: true as const } : {}),
            ...(composed.anaphoric ? { anaphoric: true as const } : {}),
          }
        : {}),
      ...scopeAfter(ctx, m.end),
    };
    // "stopped helping": a flip that is itself past tense still says what the actor does from then on.
    const to = beforeKnownAgency(ctx, i, m === composed ? composed.verbEnd : m.end);
    ctx.add({
      type: 'commitment',
      from: i,
      to,
      rank: Rank.pattern,
      value: {
        action: m.value as CommitmentAction,
        does: flips.count % 2 === 0,
        time,
        lead,
        ...extra,
      },
    });
    i = m.end - 1;
  }
}
