/**
 * A statement said to come from a body named only by its kind ("the statement
 * came from the sheriff's office", "it was issued by the sheriff's
 * department"), where the record has every speaker of the linked statements an
 * agency of another kind (a police department): the page gives the words to
 * another body. The kinds are the world file's agencyKinds. Only where the
 * clause speaks of the statement itself before the body and the body follows
 * "came from" / "issued by" / "was from", or where the body is the subject of a
 * verb of speaking ("the sheriff's department told the Post"); a denied body
 * ("not the sheriff's office") is no claim. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { isAgencyCanon } from './scene-agencies.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';
import { listNames } from './record-values.ts';

/** Right before the body: what says it gave the words. */
const ISSUER_BEFORE =
  /\b(?:(?:came|come|comes|coming)\s+(?:straight\s+|directly\s+|instead\s+)?from|(?:issued|released|put\s+out|sent\s+out|written|delivered)\s+by|(?:was|were)\s+(?:actually\s+|really\s+)?from)\s+(?:the\s+|a\s+)?(?:local\s+|city\s+|county\s+)?$/i;
/** Right after the body: a verb of speaking it is the subject of ("the sheriff's department said"). */
const SPEAKS_AFTER =
  /^\s+(?:said|says|told|tells|stated|states|announced|wrote|writes|posted|put\s+out|issued|released)\b/i;
/** The statement itself, before the body (the last one: what the clause speaks of). */
const STATEMENT =
  /\b(?:statement|statements|remarks|comments|announcement|press\s+release|message|words)\b/i;

export function unnamedIssuer(
  ctx: CompareContext,
  m: Mention & { type: 'agency' },
): ValueResult | null {
  const world = ctx.record.world;
  if (!world || m.negated || m.value.id) return null;
  const before = ctx.sentence.slice(0, m.start);
  // "In Denver, the sheriff's department told the Post …": the body as the subject speaking.
  const speaks = SPEAKS_AFTER.test(ctx.sentence.slice(m.end, m.end + 30));
  if (!speaks) {
    if (!ISSUER_BEFORE.test(before) || !STATEMENT.test(before)) return null;
    // Denied between the statement and the body ("did not come from"); a contrast after it ("…, not the police") is none.
    const said = before.slice(before.search(STATEMENT));
    if (/\b(?:not|never|no|nor|neither)\b|n['\u2019]t\b/i.test(said)) return null;
  } else if (/\b(?:not|never|no|nor|neither)\b|n['\u2019]t\b/i.test(before.slice(-12))) return null;
  // Linked by a place alone: only "the Denver statement" / "Denver's statement", the one the record has there.
  if (
    !speaks &&
    ctx.linkedByPlace &&
    !/(?:\b(?:the|that|this)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}|['\u2019]s\s+)(?:statement|remarks|comments|announcement)\b/u.test(
      before,
    )
  )
    return null;
  const kind = world.agencyKindOf(m.value.name);
  if (!kind || !ctx.events.length) return null;
  const speakers = ctx.events.map((e) =>
    e.participants
      .filter((p) => p.role === 'spoke' && isAgencyCanon(ctx.record, p.canon))
      .map((p) => p.canon),
  );
  // Every linked event a statement by an agency, and every such agency of a known, other kind.
  if (speakers.some((s) => !s.length)) return null;
  const all = [...new Set(speakers.flat())];
  if (
    all.some((c) => {
      const k = world.agencyKindOf(ctx.record.nameOf(c));
      return !k || k.id === kind.id;
    })
  )
    return null;
  const names = listNames(all.map(ctx.record.nameOf));
  return result(
    'conflict',
    'agency',
    m.text,
    names,
    `The record has the statement from ${names}, not from ${/^(?:the|a|an)\s/i.test(m.text) ? m.text.replace(/^the\s+/i, 'the ') : `the ${m.text}`} (a ${kind.name}, another body).`,
  );
}
