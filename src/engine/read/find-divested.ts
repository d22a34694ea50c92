/**
 * Tools of the job taken from people ("stripped of their badges", "had their
 * service weapons taken away", "turned in their guns"): a personnel outcome
 * that leaves them off duty, read by composition, not by phrase: a verb of
 * taking or giving up, then, within a few words, a possessive and a tool of
 * the job. Read as `suspended` with `divested` (they may also be gone, or on
 * a duty that takes the tools away: personnel-outcome.ts weighs that).
 */
import { Rank, type ReadContext } from './context.ts';

/** What a badge-carrying job is done with. */
const TOOL = /^(badges?|guns?|weapons?|firearms?|sidearms?|shields?|credentials|powers)$/;
const OWNER = /^(their|his|her|its)$/;
/** Giving up one's own: "surrendered", "turned in", "handed over", "gave up". */
const GIVE = /^(surrendered|surrender|surrenders)$/;
const GIVE_PARTICLE = /^(turned|turn|turns|handed|hand|hands|gave|give|gives)$/;
/** "had their guns taken (away)", "have had their badges pulled". */
const HAD = /^(had|have|has|having)$/;
const TAKEN = /^(taken|confiscated|seized|revoked|pulled|removed|collected)$/;

/** The index after the last tool from `k` ("their badges and guns"), or -1. */
function toolsAt(ctx: ReadContext, k: number): number {
  if (!OWNER.test(ctx.lower(k))) return -1;
  let j = k + 1;
  if (/^(service|duty|police|department)$/.test(ctx.lower(j))) j++;
  if (!TOOL.test(ctx.lower(j))) return -1;
  let end = j + 1;
  while (/^(and|,)$/.test(ctx.lower(end)) && TOOL.test(ctx.lower(end + 1))) end += 2;
  return end;
}

export function findDivested(ctx: ReadContext, i: number): number {
  const w = ctx.lower(i);
  let end = -1;
  // Taken from them only in the passive ("were stripped of their badges", "had their guns taken"): in the active
  // ("officers seized their weapons") the owner is someone else.
  if (
    w === 'stripped' &&
    /^(was|were|been|be|being|got|get)$/.test(ctx.lower(i - 1)) &&
    ctx.lower(i + 1) === 'of'
  )
    end = toolsAt(ctx, i + 2);
  else if (GIVE.test(w)) end = toolsAt(ctx, i + 1);
  else if (GIVE_PARTICLE.test(w) && /^(in|over|up)$/.test(ctx.lower(i + 1)))
    end = toolsAt(ctx, i + 2);
  else if (HAD.test(w)) {
    const tools = toolsAt(ctx, i + 1);
    if (tools !== -1 && TAKEN.test(ctx.lower(tools)))
      end = tools + (ctx.lower(tools + 1) === 'away' ? 2 : 1);
  }
  if (end === -1) return -1;
  ctx.add({
    type: 'outcome',
    from: i,
    to: end,
    rank: Rank.pattern,
    value: { kind: 'suspended', divested: true },
  });
  return end;
}
