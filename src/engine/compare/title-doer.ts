/**
 * An office put into a recorded act by its title alone ("The state attorney general has opened an investigation",
 * "A county sheriff detained the men"): the title is the subject of the clause's outcome, which every linked event
 * records, and no one the story knows holds that title or works for the body the office heads. The record says who
 * took part in those events; an unrecorded office doing the act is another actor. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';
import { listNames } from './record-values.ts';

/** Before the title: the clause's start, with at most an article (the title is the subject, not an object or a complement). */
const SUBJECT_BEFORE = /(?:^|[.:;!?\u2014\u2013]\s*|,\s+(?:and\s+)?)(?:the\s+|a\s+|an\s+)?$/i;
/** Between the title and its act: a few words of a verb phrase, no clause break, preposition, relative or passive. */
const VERB_BETWEEN =
  /^(?:\s+(?!(?:by|of|to|for|with|from|who|that|which|was|were|been|being|is|are|said|says|asked|wants|wanted|urged|demanded|called|could|would|might|may|should|not|never)\b)[a-z]+){1,4}\s+$/i;

type Title = Mention & { type: 'title' };
type Outcome = Mention & { type: 'outcome' };

/** Whether someone the story knows holds a title with these words, or the office heads one of the story's bodies. */
function known(ctx: CompareContext, t: Title): boolean {
  const words = foldText(t.value.title).split(/\s+/).filter(Boolean);
  const has = (title: string) => {
    const held = ` ${foldText(title)} `;
    return words.every((w) => held.includes(` ${w} `));
  };
  if (
    [...ctx.record.people.values()].some(
      (p) => p.roles.some((r) => has(r.title)) || (p.role !== undefined && has(p.role)),
    )
  )
    return true;
  const office = t.value.id?.startsWith('w:')
    ? ctx.record.world?.office(t.value.id.slice(2))
    : undefined;
  if (!office) return false;
  const body = `w:${office.jurisdiction}`;
  return (
    ctx.record.storyCanons.has(body) ||
    [...ctx.record.storyCanons].some(
      (c) => ctx.record.ancestors(c).has(body) || ctx.record.ancestors(body).has(c),
    )
  );
}

/** A conflict when an unrecorded office is the subject of an act the linked events record; null otherwise. */
export function compareTitleDoer(
  ctx: CompareContext,
  t: Title,
  outcomes: readonly Outcome[],
): ValueResult | null {
  if (t.negated || ctx.negatedClause || ctx.linkedByPlace || !ctx.events.length) return null;
  if (!SUBJECT_BEFORE.test(ctx.sentence.slice(Math.max(0, t.start - 40), t.start))) return null;
  // "the sheriff's office" is an agency; "the mayor, Jane Roe," a person (their own comparisons judge them).
  if (/^\s*(?:['\u2019]s?\b|,)/.test(ctx.sentence.slice(t.end, t.end + 3))) return null;
  if (
    ctx.mentions.some(
      (m) =>
        (m.type === 'person' || m.type === 'agency') &&
        m.start < t.end + 30 &&
        m.end > t.start - 30,
    )
  )
    return null;
  const act = outcomes.find(
    (o) =>
      !o.negated &&
      o.start > t.end &&
      o.start - t.end <= 40 &&
      VERB_BETWEEN.test(
        ctx.sentence.slice(t.end, o.start).replace(/\b(?:an?|the|his|her|its|their)\s+$/i, ' '),
      ),
  );
  if (!act || !ctx.events.every((e) => e.outcomes.has(act.value.kind))) return null;
  if (known(ctx, t)) return null;
  const who = [
    ...new Set(
      ctx.events.flatMap((e) =>
        e.participants
          .filter(
            (p) => p.role !== 'first-reported' && p.role !== 'reported' && p.role !== 'interviewer',
          )
          .map((p) => ctx.record.nameOf(p.canon)),
      ),
    ),
  ];
  if (!who.length) return null;
  const names = listNames(who);
  return result(
    'conflict',
    'title',
    t.text,
    names,
    `The record names ${names} in this; it gives no ${t.value.title} a part.`,
  );
}
