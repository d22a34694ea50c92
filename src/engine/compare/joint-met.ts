/**
 * Two people told as meeting each other, joined as one subject ("X and Y met for twenty minutes", "X and the mayor
 * had sat down together", "X and Y later held talks"), where the record has one of them refusing to meet the other
 * or absent from the other's meeting (refuser-met.ts, either way round). Each side is a name of the story's people
 * or a bare title ("the mayor") for the one holder the world file has in that office on the day of the refusal.
 * Not in a denied clause, nor when the record has them meeting anywhere, nor with a day that is none of the meetings
 * refused. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { refusedMeeting } from './refuser-met.ts';

/** After the second of the two, a verb of meeting done (a few adverbs between). */
const MET_TOGETHER =
  /^\s*(?:,[^,;]{1,60},\s*)?(?:(?:had|have|has|did|also|then|later|privately|quietly|secretly|briefly|personally|eventually|finally|ultimately|even|indeed|actually|still|reportedly)\s+)*(?:met|meet|sat\s+down|huddled|held\s+(?:[\w-]+\s+){0,2}talks|had\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:meeting|sit-down|conversation))\b/i;

type Party = Mention & { type: 'person' | 'title' };

/** The story's person a party names: by name, or a bare title's one holder on the refusals' days. */
function canonOf(ctx: CompareContext, p: Party): string | undefined {
  if (p.type === 'person') {
    const who = [...new Set(canonsNamed(ctx, p.value.name, ['person']))];
    return who.length === 1 ? who[0] : undefined;
  }
  const world = ctx.record.world;
  const office = p.value.id?.startsWith('w:') ? p.value.id.slice(2) : undefined;
  if (!world || !office) return undefined;
  const days = [
    ...new Set(
      ctx.allEvents
        .filter((e) => e.negatives.has('met') || e.absent?.size)
        .map((e) => e.event.date),
    ),
  ];
  const holders = new Set(
    days.flatMap((d) =>
      world
        .holdersOn(office, d)
        .filter((t) => t.status === 'in')
        .map((t) => `w:${t.person.id}`),
    ),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

export function compareJointMet(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
): ValueResult | null {
  if (m.negated || ctx.negatedClause) return null;
  const and = /^\s+(?:and|&)\s+(?:the\s+)?/i.exec(ctx.sentence.slice(m.end));
  if (!and) return null;
  const at = m.end + and[0].length;
  const second = ctx.mentions.find(
    (x): x is Party =>
      (x.type === 'person' || x.type === 'title') && x !== m && !x.negated && x.start === at,
  );
  if (!second) return null;
  // A title with a name after it ("the mayor, Jane Doe,"; "Mayor Jane Doe") is judged by the name.
  const named =
    second.type === 'title'
      ? ctx.mentions.find(
          (x): x is Party =>
            x.type === 'person' && x.start >= second.start && x.start <= second.end + 2,
        )
      : undefined;
  const other = named ?? second;
  if (!MET_TOGETHER.test(ctx.sentence.slice(Math.max(other.end, second.end)))) return null;
  const a = canonOf(ctx, m);
  const b = canonOf(ctx, other);
  if (!a || !b || a === b) return null;
  const why = refusedMeeting(ctx, a, b) ?? refusedMeeting(ctx, b, a);
  return why
    ? result(
        'conflict',
        'person',
        ctx.sentence.slice(m.start, Math.max(other.end, second.end)).trim(),
        why,
        why,
      )
    : null;
}
