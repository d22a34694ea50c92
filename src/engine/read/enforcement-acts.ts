/**
 * Immigration-enforcement acts composed from two parts rather than read from a
 * fixed phrase: a verb of doing or helping (enforcementActVerbs in
 * lexicon.json: "assist", "take part", "turn over", "check", "honor" …) and an
 * object or complement of the domain (enforcementDomain: "immigration status",
 * "deportations", "immigration agents", an agency of the gazetteer whose names
 * say immigration, border or customs, "those efforts" …). The verb's frame says
 * where the object stands:
 *
 * - help, cooperate: right after it or after one preposition ("help with deportations", "join immigration sweeps"); a verb
 *   of cooperating with a federal body and no matter is federal cooperation ("work with federal partners");
 * - ask: people may stand between ("check drivers for immigration papers", "ask anyone about their legal status"); a verb
 *   that also means doubting ("question") takes people first ("question drivers about their status", never "question deportations");
 * - serve: a role of the domain ("act as immigration agents", "serve as an arm of immigration enforcement");
 * - transfer: after "to", with anyone between ("turn people arrested for minor offenses over to immigration agents");
 * - hold: after "for" or "on" ("detain people for immigration officers");
 * - lend: what is lent, then "to" / "for" ("lend officers to immigration sweeps", "provide personnel for ICE").
 *
 * A federal body helped to do a verb of enforcement, bare after it ("help federal agents round people up"), is
 * immigration enforcement, not federal cooperation.
 *
 * A federal body in general ("federal agents", "Homeland Security") is of the
 * domain only with a matter after it ("work with Homeland Security on
 * deportations"); on its own it is federal cooperation, which the phrase tables
 * read. A word that makes the domain someone's fate or a service ("deportation
 * defense", "immigration lawyers") ends the reading. find-commitments.ts reads
 * polarity and time around the act as for any commitment.
 */
import type { ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import { tokenize } from './tokens.ts';

/** How far, in tokens, a transfer or hold verb may stand from its "to" / "for". */
const REACH = 9;

/** Tokens that end a reading: another clause, a quotation. */
const STOP = /^[.;:!?"“”()—–,]$/;

/** Words that end the scan of a transfer or hold verb for its "to" / "for": a denial or contrast, another clause. */
const SCAN_BREAKS = new Set([
  'rather',
  'instead',
  'regardless',
  'except',
  'without',
  'than',
  'who',
  'which',
  'that',
]);
const scanBreak = (w: string) =>
  SCAN_BREAKS.has(w) ||
  lexicon.negators.has(w) ||
  lexicon.clauseBreakWords.has(w) ||
  lexicon.clauseBreakAfterComma.has(w);

/** Words between a verb (or preposition) and its object: determiners, possessives, "federal". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'all',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'more',
  'local',
  'new',
  'such',
  'future',
  'current',
  'further',
]);

export interface ComposedAct {
  value: 'immigration-enforcement' | 'federal-cooperation';
  /** The token after the object: the act's words end there. */
  end: number;
  /** Where its object starts: the mention spans the verb and the words up to it, so the names in the object stay mentions of their own. */
  verbEnd: number;
  anaphoric?: true;
}

type DomainKind = 'agents' | 'federal' | 'matters' | 'anaphora' | 'body';

/** "those efforts", "these enforcement operations": a demonstrative and a noun of activity (enforcementAnaphoraRivals). */
const DEMONSTRATIVES = new Set(['those', 'these', 'such', 'that', 'this']);

/** The domain's words starting at token k, by kind, and the token after them ("federal" before them is theirs). */
function domainAt(ctx: ReadContext, at: number): { kind: DomainKind; end: number } | null {
  if (DEMONSTRATIVES.has(ctx.lower(at))) {
    const noun = ctx.lower(at + 1) === 'enforcement' ? at + 2 : at + 1;
    return noun < ctx.tokens.length && lexicon.enforcementAnaphoraRivals.has(ctx.lower(noun))
      ? { kind: 'anaphora', end: noun + 1 }
      : null;
  }
  const k =
    ctx.lower(at) === 'federal' &&
    (lexicon.enforcementDomain.matchAt(ctx.tokens, at + 1) ||
      lexicon.commitmentNouns.matchAt(ctx.tokens, at + 1)?.value === 'immigration-enforcement')
      ? at + 1
      : at;
  let best: { kind: DomainKind; end: number } | null = null;
  // The commitment tables' nouns of enforcement ("immigration raids", "deportation efforts") are matters too.
  const noun = lexicon.commitmentNouns.matchAt(ctx.tokens, k);
  const words =
    lexicon.enforcementDomain.matchAt(ctx.tokens, k) ??
    (noun?.value === 'immigration-enforcement' ? { value: 'matters', end: noun.end } : null);
  if (words) best = { kind: words.value as DomainKind, end: words.end };
  for (const span of ctx.known.get(k) ?? []) {
    const agencies = span.entries.filter((e) => e.kind === 'agency');
    if (!agencies.length || (best && best.end >= span.to)) continue;
    const ofDomain = agencies.some((e) =>
      e.names.some((n) =>
        n
          .toLowerCase()
          .split(/[^a-z]+/)
          .some((w) => lexicon.enforcementAgencyWords.has(w)),
      ),
    );
    best = { kind: ofDomain ? 'agents' : 'body', end: span.to };
  }
  if (!best) return null;
  // "agents" after an agency's name belongs to it ("ICE agents", "Border Patrol officers").
  let end = best.end;
  if (best.kind === 'agents' || best.kind === 'body')
    while (
      end < ctx.tokens.length &&
      lexicon.agencyPersonnel.has(ctx.lower(end)) &&
      end - best.end < 1
    )
      end++;
  // "deportation defense", "immigration lawyers": a service or a fate, not the act.
  if (end < ctx.tokens.length && lexicon.enforcementDomainAfterBreaks.has(ctx.lower(end)))
    return null;
  if (ctx.lower(end) === '-') return null;
  return { kind: best.kind, end };
}

function skipDeterminers(ctx: ReadContext, k: number): number {
  let j = k;
  for (let n = 0; n < 3 && j < ctx.tokens.length && DETERMINERS.has(ctx.lower(j)); n++) j++;
  return j;
}

/** One preposition of the verb's ("with", "in", "about", "in support of"), if it stands at k. */
function skipPreposition(ctx: ReadContext, k: number): number {
  return lexicon.enforcementActPrepositions.matchAt(ctx.tokens, k)?.end ?? k;
}

/** People between an asking verb and its matter, with up to two words before the noun: "drivers", "crime victims", "people's"; "everyone they stop" is not read. */
function skipPeople(ctx: ReadContext, k: number): number {
  for (let j = k; j < ctx.tokens.length && j - k <= 2; j++) {
    if (STOP.test(ctx.lower(j))) return k;
    if (!lexicon.enforcementActPeople.has(ctx.lower(j))) continue;
    let end = j + 1;
    // "people's", "drivers'"
    if (/^['’]$/.test(ctx.lower(end))) end += ctx.lower(end + 1) === 's' ? 2 : 1;
    return end;
  }
  return k;
}

/** The object the frame wants at token k: a matter, agents, a reference back, or a federal body with a matter after it. */
function objectAt(
  ctx: ReadContext,
  k: number,
  allowBody: boolean,
): { start: number; end: number; anaphoric: boolean } | null {
  const d = domainAt(ctx, k);
  if (!d) return null;
  if (d.kind === 'matters' || d.kind === 'agents')
    return { start: k, end: d.end, anaphoric: false };
  if (d.kind === 'anaphora') return { start: k, end: d.end, anaphoric: true };
  if (!allowBody) return null;
  // "work with Homeland Security on deportations": the body is of the domain through the matter after it.
  const after = skipDeterminers(ctx, skipPreposition(ctx, d.end));
  const m = domainAt(ctx, after);
  return m && m.kind === 'matters' ? { start: k, end: m.end, anaphoric: false } : null;
}

/** The composed act whose verb starts at token i, if any. */
export function composedAct(ctx: ReadContext, i: number): ComposedAct | null {
  const verb = lexicon.enforcementActVerbs.matchAt(ctx.tokens, i);
  if (!verb) return null;
  const n = ctx.tokens.length;
  const found = (
    o: { start: number; end: number; anaphoric: boolean } | null,
  ): ComposedAct | null =>
    o
      ? {
          value: 'immigration-enforcement',
          end: o.end,
          verbEnd: Math.max(verb.end, o.start),
          ...(o.anaphoric ? { anaphoric: true as const } : {}),
        }
      : null;
  switch (verb.value) {
    case 'help':
    case 'cooperate': {
      const at = skipDeterminers(ctx, skipPreposition(ctx, verb.end));
      const act = found(objectAt(ctx, at, true));
      if (act || verb.value === 'help') return act;
      // "work with federal partners", "assist federal agents": a federal body with no matter of the domain is federal cooperation.
      const body = domainAt(ctx, at);
      if (body?.kind !== 'federal') return null;
      // "help federal agents round people up", "assist the feds to deport …": what they are helped to do is enforcement.
      const bare = ctx.lower(body.end) === 'to' ? body.end + 1 : body.end;
      if (lexicon.enforcementBareActs.has(ctx.lower(bare)))
        return { value: 'immigration-enforcement', end: bare + 1, verbEnd: Math.max(verb.end, at) };
      // "help federal agents find people to deport", "assist the feds in locating immigrants to deport": one verb (and a
      // preposition), the people, then "to" and an act only immigration enforcement does: the people are found for it.
      for (const j of [body.end + 2, body.end + 3]) {
        const people = j - 1;
        if (
          !lexicon.enforcementActPeople.has(ctx.lower(people)) ||
          ctx.lower(j) !== 'to' ||
          !lexicon.enforcementOwnActs.has(ctx.lower(j + 1))
        )
          continue;
        if (
          STOP.test(ctx.lower(body.end)) ||
          (people > body.end + 1 && STOP.test(ctx.lower(body.end + 1)))
        )
          break;
        return { value: 'immigration-enforcement', end: j + 2, verbEnd: Math.max(verb.end, at) };
      }
      return { value: 'federal-cooperation', end: body.end, verbEnd: Math.max(verb.end, at) };
    }
    case 'ask':
    case 'question': {
      let k = skipDeterminers(ctx, verb.end);
      const people = skipPeople(ctx, k);
      // "question deportations" is a doubt, not an act: questioning takes people first.
      if (verb.value === 'question' && people === k) return null;
      k = people;
      k = skipDeterminers(ctx, skipPreposition(ctx, k));
      const o = objectAt(ctx, k, false);
      return o && !o.anaphoric ? found(o) : null;
    }
    case 'serve': {
      // "act as immigration agents", "serve as an arm of immigration enforcement", "become an extension of ICE".
      const direct = objectAt(ctx, skipDeterminers(ctx, verb.end), false);
      if (direct && !direct.anaphoric) return found(direct);
      for (let k = verb.end; k < n && k - verb.end <= 3; k++) {
        if (STOP.test(ctx.lower(k))) return null;
        if (ctx.lower(k) !== 'of' && ctx.lower(k) !== 'for') continue;
        const o = objectAt(ctx, skipDeterminers(ctx, k + 1), false);
        return o && !o.anaphoric ? found(o) : null;
      }
      return null;
    }
    case 'transfer':
    case 'hold': {
      const target = verb.value === 'transfer' ? new Set(['to']) : new Set(['for', 'on']);
      // "turn" and "hand" alone need their "over" ("turn people over to ICE").
      const needsOver = verb.end - i === 1 && /^(?:turn|hand)/.test(ctx.lower(i));
      let over = !needsOver;
      for (let k = verb.end; k < n && k - verb.end < REACH; k++) {
        const w = ctx.lower(k);
        // "arrest people for crimes, not for their immigration status": what follows a contrast is what is not done.
        if (STOP.test(w) || scanBreak(w) || (w === 't' && ctx.lower(k - 1) === "'")) return null;
        if (w === 'over') over = true;
        if (!target.has(w) || !over) continue;
        const o = objectAt(ctx, skipDeterminers(ctx, k + 1), false);
        if (
          o &&
          !o.anaphoric &&
          (verb.value === 'hold' || domainAt(ctx, skipDeterminers(ctx, k + 1))?.kind === 'agents')
        )
          return found(o);
      }
      return null;
    }
    case 'lend': {
      // "lend officers to immigration sweeps", "send its deputies to help with …" is read by "help"; "commit resources for ICE".
      const k = skipDeterminers(ctx, verb.end);
      if (
        !lexicon.enforcementLendNouns.has(ctx.lower(k)) ||
        !['to', 'for'].includes(ctx.lower(k + 1))
      )
        return null;
      const o = objectAt(ctx, skipDeterminers(ctx, k + 2), false);
      return o && !o.anaphoric ? found(o) : null;
    }
    default:
      return null;
  }
}

/**
 * Whether a text speaks of immigration enforcement as an activity ("immigration enforcement is handled at the
 * federal level", "… take part in deportation efforts") and of no other activity "those efforts" could mean
 * ("outreach programs", "other efforts"): then it is what "those efforts" refers back to.
 */
export function speaksOfEnforcement(text: string): boolean {
  const tokens = tokenize(text);
  let found = false;
  for (let k = 0; k < tokens.length; k++) {
    const noun = lexicon.commitmentNouns.matchAt(tokens, k);
    const act = lexicon.commitmentActions.matchAt(tokens, k);
    const m =
      (noun?.value === 'immigration-enforcement' ? noun : null) ??
      (act?.value === 'immigration-enforcement' ? act : null);
    if (m) {
      found = true;
      k = m.end - 1;
      continue;
    }
    if (lexicon.enforcementAnaphoraRivals.has(tokens[k]!.lower)) return false;
  }
  return found;
}
