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
import {
  afterWriter,
  findOutletCredits,
  outletValue,
  type OutletUse,
} from './find-outlet-credits.ts';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const CALL_SIGN = /^[KW][A-Z]{2,3}$/;

/** Tokens that end the stretch an outlet's role is read in: the end of a sentence or a strong break. */
const BREAK = new Set(['.', ';', '?', '!', ':']);

/** A byline follows within the stretch from `at`: "… by <Name>" (a capitalised word after "by"). */
function bylineWithin(ctx: ReadContext, at: number, span = 3): boolean {
  for (let k = at; k < Math.min(ctx.tokens.length, at + span); k++) {
    if (BREAK.has(ctx.lower(k))) return false;
    if (ctx.lower(k) === 'by' && ctx.isCapWord(k + 1)) return true;
  }
  return false;
}

/** A lower-case word that is no function word ("single", "long"): a modifier between a determiner and its noun. */
const plainWord = (ctx: ReadContext, k: number): boolean => {
  const t = ctx.token(k);
  return t !== undefined && t.word && t.text === t.lower && !lexicon.functionWords.has(t.lower);
};

/** "in a piece by <Name>" (or "in an article", "in its report") later in the stretch from `at`. */
function pieceByWithin(ctx: ReadContext, at: number): boolean {
  const end = Math.min(ctx.tokens.length, at + 24);
  for (let k = at; k < end; k++) {
    if (BREAK.has(ctx.lower(k))) return false;
    if (ctx.lower(k) !== 'by' || !ctx.isCapWord(k + 1)) continue;
    const piece = lexicon.outletPieceNouns.matchEndingAt(ctx.tokens, k, 3);
    if (!piece) continue;
    // "in a piece by Y", "in a single report by Y" (up to two plain words between), or right after the verb: "published a piece by Y".
    let det = piece.start - 1;
    for (
      let skip = 0;
      skip < 2 && !lexicon.outletPieceDeterminers.has(ctx.lower(det)) && plainWord(ctx, det);
      skip++
    )
      det--;
    if (
      lexicon.outletPieceDeterminers.has(ctx.lower(det)) &&
      (ctx.lower(det - 1) === 'in' || det - 1 === at - 1)
    )
      return true;
  }
  return false;
}

/** ", a sister site," after a name: the end of the appositive (after its closing comma), or `at`. */
function pastAppositive(ctx: ReadContext, at: number): number {
  if (!ctx.is(at, ',') || !lexicon.outletPieceDeterminers.has(ctx.lower(at + 1))) return at;
  for (let k = at + 2; k < Math.min(ctx.tokens.length, at + 8); k++) {
    if (ctx.is(k, ',')) return k + 1;
    if (BREAK.has(ctx.lower(k))) return at;
  }
  return at;
}

/** "The original report … was published by X", "The first story ran in X": a printing credit right before `at` in a sentence about the first piece. */
function originalPrinted(ctx: ReadContext, at: number): boolean {
  const ranIn = ctx.lower(at - 1) === 'in' && ['appeared', 'ran'].includes(ctx.lower(at - 2));
  if (!ranIn && !lexicon.outletPrintCredits.matchEndingAt(ctx.tokens, at)) return false;
  const k = ctx.lower(0) === 'the' ? 1 : 0;
  return (
    lexicon.outletOriginalWords.has(ctx.lower(k)) &&
    lexicon.outletPieceNouns.matchAt(ctx.tokens, k + 1) !== null
  );
}

/** An interview named by its outlet ("a Times interview", "a Fox News sit-down"), after a determiner. */
const INTERVIEW_NOUNS = new Set(['interview', 'interviews', 'sit-down', 'sitdown']);
const INTERVIEW_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'that',
  'this',
]);

/** Words that end the stretch a writing verb governs before "for": a break, a comma, a relative word, another verb of working. */
const NOT_WRITING_OBJECT = new Set([
  ',',
  'who',
  'which',
  'that',
  'whose',
  'works',
  'worked',
  'working',
  'work',
  'spoke',
  'told',
  'said',
  'and',
  'but',
]);

/**
 * "wrote about these chiefs for X", "compiled the statements for X": a writing verb (outletWriterWords) whose object
 * comes between it and the "for" at `at`, within a few words: X is where the writer's piece appeared.
 */
function writingFor(ctx: ReadContext, at: number): boolean {
  if (ctx.lower(at) !== 'for') return false;
  for (let k = at - 1; k >= Math.max(0, at - 7); k--) {
    const word = ctx.lower(k);
    if (BREAK.has(word) || NOT_WRITING_OBJECT.has(word)) return false;
    if (
      k < at - 1 &&
      (lexicon.outletWriterWords.matchEndingAt(ctx.tokens, k + 1, 2) ||
        word === 'writes' ||
        word === 'writing')
    )
      return true;
  }
  return false;
}

/**
 * "her roundup of all this for X", "a piece on the chiefs for X": a piece noun, then "of"/"on"/"about" and a few words,
 * then the "for" at `at`: X is where the piece appeared.
 */
function pieceOfFor(ctx: ReadContext, at: number): boolean {
  for (let k = at - 2; k >= Math.max(1, at - 5); k--) {
    const word = ctx.lower(k);
    if (BREAK.has(word) || NOT_WRITING_OBJECT.has(word)) return false;
    if (
      (word === 'of' || word === 'on' || word === 'about') &&
      lexicon.outletPieceNouns.matchEndingAt(ctx.tokens, k, 3)
    )
      return true;
  }
  return false;
}

/**
 * The role of the outlet at tokens [from, to) in its sentence, from the words
 * around it (lexicon.json: outletSpokeToBefore, outletSourceBefore,
 * outletSourceAfter, outletOriginal…, outletPieceNouns, outletStaffNouns).
 */
function outletUse(ctx: ReadContext, from: number, to: number): OutletUse {
  let before = from;
  if (ctx.lower(before - 1) === 'the') before--;
  const tokens = ctx.tokens;
  const original = lexicon.outletOriginalBefore.matchEndingAt(tokens, before) !== null;
  const spoke = lexicon.outletSpokeToBefore.matchEndingAt(tokens, before);
  // "written by Cole Roe for the X" (the X a name the gazetteer knows): where the writer's piece appeared.
  if (!spoke && afterWriter(ctx, before - 1)) return { role: 'spoke-to', original, writer: true };
  if (spoke)
    return {
      role: 'spoke-to',
      original,
      ...(lexicon.outletWritingLeads.has(ctx.lower(spoke.start)) && { writer: true as const }),
    };
  // "in a Denver Post interview", "his Times interview": the outlet that did the interview, whom the speaker spoke to.
  if (INTERVIEW_NOUNS.has(ctx.lower(to)) && INTERVIEW_DETERMINERS.has(ctx.lower(from - 1)))
    return { role: 'spoke-to', original };
  // "wrote about these chiefs for the X": the writer's piece appeared in it.
  if (writingFor(ctx, before - 1)) return { role: 'spoke-to', original, writer: true };
  // "X's reporter", "X's Cole Roe", "X reporter Cole Roe": its staff, writing for it (also after "according to").
  let after = to;
  const possessive = ctx.is(after, "'") && ctx.isPossessiveS(after + 1);
  if (
    possessive &&
    (lexicon.outletStaffNouns.matchAt(tokens, after + 2) || ctx.isNameWord(after + 2))
  )
    return { role: 'spoke-to', original, writer: true };
  if (lexicon.outletStaffNouns.matchAt(tokens, after) && ctx.isCapWord(after + 1))
    return { role: 'spoke-to', original, writer: true };
  // "a piece for X", "an op-ed in X by Y": where a writer wrote; "a report in X", "an article by X": a source.
  const prep = ctx.lower(before - 1);
  if (
    lexicon.outletPiecePrepositions.has(prep) &&
    (lexicon.outletPieceNouns.matchEndingAt(tokens, before - 1, 3) ||
      (prep === 'for' && pieceOfFor(ctx, before - 1)))
  ) {
    if (prep === 'for' || (prep === 'in' && bylineWithin(ctx, to)))
      return { role: 'spoke-to', original, writer: true };
    return { role: 'source', original };
  }
  if (original || lexicon.outletSourceBefore.matchEndingAt(tokens, before))
    return { role: 'source', original: original || originalPrinted(ctx, before) };
  // "X's report said": a source; "X's original report", "X's first report": the original; "X's" before anything else says nothing of its role.
  if (possessive) {
    const first = lexicon.outletOriginalWords.has(ctx.lower(after + 2));
    return lexicon.outletPieceNouns.matchAt(tokens, after + 2 + (first ? 1 : 0))
      ? { role: 'source', original: first }
      : { original: false };
  }
  // The outlet as the subject of a reporting verb: "X reported", "X, which first reported it, said", "X later ran".
  after = pastAppositive(ctx, after);
  for (
    let skip = 0;
    skip < 4 && (ctx.is(after, ',') || lexicon.outletVerbLeads.has(ctx.lower(after)));
    skip++
  )
    after++;
  if (lexicon.outletOriginalAfter.matchAt(tokens, after)) return { role: 'source', original: true };
  if (lexicon.outletSourceAfter.matchAt(tokens, after)) {
    // "X gathered the statements in a piece by Y": X published what Y wrote for it.
    return pieceByWithin(ctx, after + 1)
      ? { role: 'spoke-to', original: false, writer: true }
      : { role: 'source', original: false };
  }
  return { original: false };
}

function agency(ctx: ReadContext, from: number, to: number, rank: number): void {
  const name = ctx.text(from, to);
  const id = ctx.lookup(name, 'agency')?.id;
  ctx.add({ type: 'agency', from, to, rank, value: { name, ...(id && { id }) } });
}

function outlet(ctx: ReadContext, from: number, to: number, rank: number, id?: string): void {
  const name = ctx.text(from, to);
  // "Guardian" is The Guardian only when the world lists that short name; "the Guardian" after "the" is.
  const known =
    id ??
    ctx.lookup(name, 'outlet')?.id ??
    (ctx.lower(from - 1) === 'the' ? ctx.lookup(`the ${name}`, 'outlet')?.id : undefined);
  const use = outletUse(ctx, ctx.lower(from) === 'the' ? from + 1 : from, to);
  ctx.add({ type: 'outlet', from, to, rank, value: outletValue(name, known, use) });
}

/** The world or the story knows the name at [from, to) as an outlet, as written ("Guardian" only when listed so). */
function knownOutlet(ctx: ReadContext, from: number, to: number): boolean {
  return ctx.lookup(ctx.text(from, to), 'outlet') !== undefined;
}

/** Where an outlet is expected before token `at` ("according to", "told", "a piece in", "reported by"). */
function outletExpectedBefore(ctx: ReadContext, at: number): boolean {
  const tokens = ctx.tokens;
  if (
    lexicon.outletSpokeToBefore.matchEndingAt(tokens, at) ||
    lexicon.outletSourceBefore.matchEndingAt(tokens, at) ||
    lexicon.outletOriginalBefore.matchEndingAt(tokens, at)
  )
    return true;
  return (
    lexicon.outletPiecePrepositions.has(ctx.lower(at - 1)) &&
    lexicon.outletPieceNouns.matchEndingAt(tokens, at - 1, 3) !== null
  );
}

/** "of <Name> [and <Name>]" after a head ("Department of Homeland Security", "Bureau of Alcohol and Firearms"): its end, or `at`. */
function ofTail(ctx: ReadContext, at: number): number {
  if (ctx.lower(at) !== 'of' || !ctx.isCapWord(at + 1)) return at;
  // "Office of Los Angeles County Sheriff Jane Roe": a known office before a name is a titled person's office, no body's name.
  if (ctx.knownAt(at + 1, 'office').some((s) => ctx.isNameWord(s.to))) return at;
  let end = ctx.runFrom(at + 1, (k) => ctx.isCapWord(k));
  while (ctx.lower(end) === 'and' && ctx.isCapWord(end + 1) && end - at < 2 * MAX_RUN)
    end = ctx.runFrom(end + 1, (k) => ctx.isCapWord(k));
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
      if (
        start < i &&
        ctx.lower(start - 1) === 'and' &&
        ctx.isCapWord(start - 2) &&
        !lexicon.agencyHeads.matchEndingAt(ctx.tokens, start - 1, 3)
      ) {
        const before = ctx.runBefore(start - 1, (k) => ctx.isCapWord(k), 3);
        if (!ctx.lookup(ctx.text(before, start - 1), 'agency')) start = before;
      }
      // "Ten Rochester police officers": a count opening the sentence is no part of the name.
      while (start < i && lexicon.numberWords.has(ctx.lower(start))) start++;
      const multi = head.end - i > 1;
      // "Los Angeles County Sheriff Jim Reyes": an office the gazetteer knows, before a person's name (of two words), not the agency.
      const titleOfName =
        head.value === 'sheriff' &&
        ctx.isNameWord(head.end) &&
        ctx.isNameWord(head.end + 1) &&
        !lexicon.agencyHeads.matchAt(ctx.tokens, head.end + 1) &&
        ctx.lookup(ctx.text(start, head.end), 'office') !== undefined;
      if (titleOfName) {
        // The title reader has it (lexicon titles, world offices).
      } else if (tok.cap && (start < i || (multi && ctx.isCapWord(head.end - 1)))) {
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
      if (
        (lexicon.agencyPersonnel.has(ctx.lower(next)) || byThe || says) &&
        !CALL_SIGN.test(tok.text)
      )
        agency(ctx, i, i + 1, Rank.weak);
      else if (CALL_SIGN.test(tok.text) && outletUse(ctx, i, i + 1).role) {
        let end = i + 1;
        if (ctx.is(end, '-') && /^(tv|fm|am|dt)$/.test(ctx.lower(end + 1))) end += 2;
        outlet(ctx, i, end, Rank.pattern);
      }
    }
  }
  // "<Name> Times", "<Name> Daily Star": a run of capitalised words that ends in an outlet word.
  for (let i = 0; i < n;) {
    if (!ctx.isCapWord(i)) {
      i++;
      continue;
    }
    const end = ctx.runFrom(i, (k) => ctx.isCapWord(k), 2 * MAX_RUN);
    const tail = lexicon.outletHeads.matchEndingAt(ctx.tokens, end, 3);
    if (tail && tail.start > i) outlet(ctx, i, end, Rank.pattern);
    i = end;
  }
  // "told the Guardian", "according to the Hartford Courant", "according to Guardian": a capitalised name where an outlet is expected.
  for (let i = 1; i < n; i++) {
    if (!ctx.isCapWord(i) || ctx.isCapWord(i - 1)) continue;
    const the = ctx.lower(i - 1) === 'the';
    const end = ctx.runFrom(i, (k) => ctx.isCapWord(k), 4);
    if (!outletExpectedBefore(ctx, the ? i - 1 : i)) continue;
    if (lexicon.agencyHeads.matchEndingAt(ctx.tokens, end, 2)) continue;
    // Any name after "told the", "according to the" and the like (outletAnyNameBefore); elsewhere ("cited the
    // First Amendment", "a story on the City Council") and without "the", only a name the gazetteer knows as an
    // outlet, or one ending in an outlet's head word ("Guardian").
    const anyName = the && lexicon.outletAnyNameBefore.matchEndingAt(ctx.tokens, i - 1) !== null;
    if (
      anyName ||
      knownOutlet(ctx, i, end) ||
      lexicon.outletHeads.matchEndingAt(ctx.tokens, end, 3)
    )
      outlet(ctx, i, end, Rank.weak);
  }
  // "Guardian reported", "Independent first reported": a bare outlet name as the subject of a reporting verb;
  // "the Evening Lantern broke the story": any name credited with the first report.
  for (let i = 0; i < n; i++) {
    if (!ctx.isCapWord(i) || ctx.isCapWord(i - 1)) continue;
    const end = ctx.runFrom(i, (k) => ctx.isCapWord(k), 4);
    const use = outletUse(ctx, i, end);
    if (!use.role || lexicon.agencyHeads.matchEndingAt(ctx.tokens, end, 2)) continue;
    const named =
      knownOutlet(ctx, i, end) || lexicon.outletHeads.matchEndingAt(ctx.tokens, end, 3) !== null;
    let all = true;
    for (let k = i; k < end && all; k++) all = ctx.isNameWord(k);
    if (named || (use.original && ctx.lower(i - 1) === 'the' && all))
      outlet(ctx, i, end, Rank.weak);
  }
  findOutletCredits(ctx, outletUse);
  for (const [from, spans] of ctx.known) {
    for (const s of spans) {
      const a = s.entries.find((e) => e.kind === 'agency');
      if (a)
        ctx.add({
          type: 'agency',
          from,
          to: s.to,
          rank: Rank.gazetteer,
          value: { name: ctx.text(from, s.to), id: a.id },
        });
      const o = s.entries.find((e) => e.kind === 'outlet');
      if (o) outlet(ctx, from, s.to, Rank.gazetteer, o.id);
    }
  }
}
