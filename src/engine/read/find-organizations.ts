/**
 * Agencies and outlets. Agencies: those the gazetteer knows, and by pattern
 * "<Name> Police Department / Sheriff's Office / State Police / Police /
 * Patrol / Department / Bureau …" (head words in lexicon.json), "the
 * Department of <Name>", "<Name> police", and an acronym in capitals next to
 * "agents", "officers" and the like ("DEA agents"). Outlets: those the
 * gazetteer knows, "<Name> News / Times / Post / Journal / Daily Star …", and
 * a call sign (WXYZ, KABC) credited as a source.
 */
import { MAX_RUN, Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;

/** Whether the outlet at [from, to) is credited as a source: "according to X", "told X", "X reported". */
function credited(ctx: ReadContext, from: number, to: number): boolean {
  let before = from;
  if (ctx.lower(before - 1) === 'the') before--;
  return lexicon.creditBefore.matchEndingAt(ctx.tokens, before) !== null || lexicon.creditAfter.matchAt(ctx.tokens, to) !== null;
}

function agency(ctx: ReadContext, from: number, to: number, rank: number): void {
  const name = ctx.text(from, to);
  const id = ctx.lookup(name, 'agency')?.id;
  ctx.add({ type: 'agency', from, to, rank, value: { name, ...(id && { id }) } });
}

function outlet(ctx: ReadContext, from: number, to: number, rank: number, id?: string): void {
  const name = ctx.text(from, to);
  const known = id ?? ctx.lookup(name, 'outlet')?.id;
  ctx.add({ type: 'outlet', from, to, rank, value: { name, ...(known && { id: known }), credited: credited(ctx, from, to) } });
}

/** "of <Name> [and <Name>]" after a head ("Department of Homeland Security", "Bureau of Alcohol and Firearms"): its end, or `at`. */
function ofTail(ctx: ReadContext, at: number): number {
  if (ctx.lower(at) !== 'of' || !ctx.isCapWord(at + 1)) return at;
  let end = ctx.runFrom(at + 1, (k) => ctx.isCapWord(k));
  while (ctx.lower(end) === 'and' && ctx.isCapWord(end + 1) && end - at < 2 * MAX_RUN) end = ctx.runFrom(end + 1, (k) => ctx.isCapWord(k));
  return end;
}

export function findOrganizations(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = ctx.token(i)!;
    if (!tok.word) continue;
    // "the Department of Justice"
    const ofHead = tok.cap ? lexicon.agencyOfHeads.matchAt(ctx.tokens, i) : null;
    if (ofHead) {
      const end = ofTail(ctx, ofHead.end - 1);
      if (end > ofHead.end) {
        const start = ctx.runBefore(i, (k) => ctx.isCapWord(k));
        agency(ctx, start, end, Rank.pattern);
        continue;
      }
    }
    const head = lexicon.agencyHeads.matchAt(ctx.tokens, i);
    if (head && tok.spaceBefore) {
      let start = ctx.runBefore(i, (k) => ctx.isCapWord(k));
      // "Immigration and Customs Enforcement"
      // (not "Border Patrol and Secret Service": two agencies, the first ending in a head word or known)
      if (start < i && ctx.lower(start - 1) === 'and' && ctx.isCapWord(start - 2) && !lexicon.agencyHeads.matchEndingAt(ctx.tokens, start - 1, 3)) {
        const before = ctx.runBefore(start - 1, (k) => ctx.isCapWord(k), 3);
        if (!ctx.lookup(ctx.text(before, start - 1), 'agency')) start = before;
      }
      const multi = head.end - i > 1;
      if (tok.cap && (start < i || (multi && ctx.isCapWord(head.end - 1)))) {
        agency(ctx, start, ofTail(ctx, head.end), Rank.pattern);
      } else if (!tok.cap && head.value === 'police' && start < i && ctx.isNameWord(i - 1)) {
        // "Rochester police officers"
        agency(ctx, start, head.end, Rank.weak);
      }
    }
    // "state police", "sheriff's deputies", "federal agents": an agency without a name.
    const generic = lexicon.genericAgencies.matchAt(ctx.tokens, i);
    if (generic) agency(ctx, i, generic.end, Rank.weak);
    // "DEA agents", "the FBI's agents", "the ATF said", "officers from the ATF"
    if (ACRONYM.test(tok.text)) {
      let next = i + 1;
      if (ctx.is(next, "'") && ctx.isPossessiveS(next + 1)) next += 2;
      const byThe = ctx.lower(i - 1) === 'the' && /^(from|by|with|of|and)$/.test(ctx.lower(i - 2));
      const says = lexicon.speechVerbs.has(ctx.lower(next));
      if ((lexicon.agencyPersonnel.has(ctx.lower(next)) || byThe || says) && !CALL_SIGN.test(tok.text)) agency(ctx, i, i + 1, Rank.weak);
      else if (CALL_SIGN.test(tok.text) && credited(ctx, i, i + 1)) {
        let end = i + 1;
        if (ctx.is(end, '-') && /^(tv|fm|am|dt)$/.test(ctx.lower(end + 1))) end += 2;
        outlet(ctx, i, end, Rank.pattern);
      }
    }
  }
  // "<Name> Times", "<Name> Daily Star": a run of capitalised words that ends in an outlet word.
  for (let i = 0; i < n; ) {
    if (!ctx.isCapWord(i)) {
      i++;
      continue;
    }
    const end = ctx.runFrom(i, (k) => ctx.isCapWord(k), 2 * MAX_RUN);
    const tail = lexicon.outletHeads.matchEndingAt(ctx.tokens, end, 3);
    if (tail && tail.start > i) outlet(ctx, i, end, Rank.pattern);
    i = end;
  }
  // "told the Guardian", "according to the Hartford Courant": a capitalised name credited as a source.
  for (let i = 1; i < n; i++) {
    if (ctx.lower(i - 1) !== 'the' || !ctx.isCapWord(i) || !lexicon.creditBefore.matchEndingAt(ctx.tokens, i - 1)) continue;
    const end = ctx.runFrom(i, (k) => ctx.isCapWord(k), 4);
    if (!lexicon.agencyHeads.matchEndingAt(ctx.tokens, end, 2)) outlet(ctx, i, end, Rank.weak);
  }
  for (const [from, spans] of ctx.known) {
    for (const s of spans) {
      const a = s.entries.find((e) => e.kind === 'agency');
      if (a) ctx.add({ type: 'agency', from, to: s.to, rank: Rank.gazetteer, value: { name: ctx.text(from, s.to), id: a.id } });
      const o = s.entries.find((e) => e.kind === 'outlet');
      if (o) outlet(ctx, from, s.to, Rank.gazetteer, o.id);
    }
  }
}
