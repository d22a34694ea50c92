/**
 * The body a denied commitment names ("would not work with X on deportation
 * efforts"), against the agencies the record's own words for that commitment
 * name (the pack's commitment statement). Another body, even one inside the
 * recorded one, is not what the record has the speaker rule out: unconfirmed,
 * never confirmed, shown against the commitment's words (slot stance). The recorded body, or a statement that names none, says
 * nothing. Nothing here knows a story.
 */
import { sameOrNested } from './story-record.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { listNames } from './record-values.ts';
import { refusedPartner } from './refused-partner.ts';
import { foldText } from '../normalize.ts';
import { hasAnyTerm } from '../terms.ts';

/** A denial before the agency: it is what is ruled out, not who rules it out. */
const DENIAL_BEFORE = /\b(?:not|never|no\s+longer)\b|n['\u2019]t\b/i;

const named = new WeakMap<object, Map<string, string[]>>();

/** The agencies a statement names, read once per record and statement. */
function agenciesIn(ctx: CompareContext, statement: string): string[] {
  let seen = named.get(ctx.record);
  if (!seen) named.set(ctx.record, (seen = new Map()));
  let found = seen.get(statement);
  if (!found) {
    const mentions = readSentence(statement, ctx.record.gazetteer).flatMap((c) => c.mentions);
    found = mentions.flatMap((m) =>
      m.type === 'agency' ? canonsNamed(ctx, m.value.name, ['agency']) : [],
    );
    seen.set(statement, found);
  }
  return found;
}

/**
 * The page names another body in the recorded commitment's place ("won't team up with the FBI on deportation
 * efforts" for "will not work with Homeland Security on deportation efforts"): a conflict, not merely unconfirmed,
 * when all of these hold: the clause names a holder of the commitment; it keeps the commitment's other words (its
 * `outright` terms other than the body: "deportation"); it does not name the recorded body too; and the page's body is neither the recorded one, nor part of
 * it, nor what it is part of (the world file's hierarchy: ICE for Homeland Security stays unconfirmed).
 */
function swappedPartner(
  ctx: CompareContext,
  page: readonly string[],
  recorded: readonly string[],
  naming: readonly { holders: ReadonlySet<string>; outright?: true | readonly string[] }[],
): boolean {
  const related = (a: string, b: string) => sameOrNested(ctx.record, a, b);
  if (page.some((p) => recorded.some((r) => related(p, r)))) return false;
  // The recorded body named as well ("Homeland Security or the FBI"): the page adds one, it does not swap it.
  if (
    ctx.agencies.some((a) =>
      canonsNamed(ctx, a.value.name, ['agency']).some((c) => recorded.some((r) => related(c, r))),
    )
  )
    return false;
  const folded = foldText(ctx.sentence);
  const recordedNames = recorded.map((r) => foldText(ctx.record.nameOf(r)));
  const holders = new Set(
    ctx.mentions.flatMap((x) =>
      !x.negated && (x.type === 'person' || x.type === 'agency')
        ? canonsNamed(ctx, x.value.name, ['person', 'agency'])
        : [],
    ),
  );
  return naming.some((c) => {
    if (![...holders].some((h) => c.holders.has(h)) || !Array.isArray(c.outright)) return false;
    const words = (c.outright as readonly string[]).filter(
      (w) => !recordedNames.some((n) => n.includes(w) || w.includes(n)),
    );
    return (
      words.length > 0 &&
      hasAnyTerm(
        folded,
        words.flatMap((w) => [w, `${w}s`]),
      )
    );
  });
}

export function deniedPartner(
  ctx: CompareContext,
  m: Mention & { type: 'agency' },
): ValueResult | null {
  const page = canonsNamed(ctx, m.value.name, ['agency']);
  if (
    !page.length ||
    !(
      DENIAL_BEFORE.test(ctx.sentence.slice(Math.max(0, m.start - 60), m.start)) ||
      // "Nor, according to X, will the department work with Y": the inverted denial opens the sentence.
      /^\s*(?:nor|neither)\b/i.test(ctx.sentence.slice(0, m.start)) ||
      refusedPartner(ctx.sentence, m.start)
    )
  )
    return null;
  const denied = ctx.events.flatMap((e) => e.commitments.filter((c) => !c.does));
  // Who made the commitment is not what it rules out.
  if (page.some((p) => denied.some((c) => c.holders.has(p)))) return null;
  const naming = denied.filter((c) => agenciesIn(ctx, c.statement).length);
  const recorded = [...new Set(naming.flatMap((c) => agenciesIn(ctx, c.statement)))];
  if (!recorded.length || page.some((p) => recorded.includes(p))) return null;
  // Shown as the commitment's side: the record's words, and the body they name.
  const statement = naming.map((c) => c.statement).join('; ');
  const names = listNames(recorded.map(ctx.record.nameOf));
  if (swappedPartner(ctx, page, recorded, naming)) {
    return result(
      'conflict',
      'stance',
      m.text,
      statement,
      `The record has the commitment as \u201C${statement}\u201D, naming ${names}, not ${m.text}.`,
    );
  }
  // A body inside the recorded one ("ICE" for "Homeland Security"): narrower than the record's words, so imprecise.
  const within = recorded.filter((r) => page.some((p) => ctx.record.ancestors(p).has(r)));
  if (within.length) {
    return result(
      'unconfirmed',
      'stance',
      m.text,
      statement,
      `The record has the commitment as \u201C${statement}\u201D, naming ${names}; ${m.text} is part of ${listNames(within.map(ctx.record.nameOf))}, so the page's wording is narrower than the record's (imprecise).`,
    );
  }
  return result(
    'unconfirmed',
    'stance',
    m.text,
    statement,
    `The record has the commitment as \u201C${statement}\u201D, naming ${names}; it does not confirm ${m.text}.`,
  );
}
