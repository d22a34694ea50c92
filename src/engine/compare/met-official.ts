/**
 * An official by a bare title said to have been met at one of the record's meetings whom nothing ties to it: "met the
 * state attorney general", "a meeting with a congressman", where the title is one of government (the lexicon's
 * governmentTitles, not a union's or a firm's officers), met-outsider.ts found no holder of the story's places for it
 * in the world file, and nothing the record has at the meeting shares a word of the title: not the names of who came
 * and who was there, their roles and posts, the part of a body the record has there, nor the meeting's own label. The
 * record, which lists who was there, cannot confirm it. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Mention } from '../read/types.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';
import { showDate } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

type Title = Mention & { type: 'title' };

/** The title's words without its modifiers ("state attorney general" → "attorney general"). */
function core(title: string): string[] {
  const words = foldText(title).trim().split(/\s+/).filter(Boolean);
  const from = words.findIndex((w) => !lexicon.titleModifiers.has(w));
  return from === -1 ? [] : words.slice(from);
}

/** Whether the title is one of government, as written or without its modifiers. */
function ofGovernment(title: string): boolean {
  const words = core(title);
  return (
    lexicon.governmentTitles.has(foldText(title).trim()) ||
    (words.length > 0 && lexicon.governmentTitles.has(words.join(' ')))
  );
}

/** Everything the record says of who was at the meeting: names, roles and posts of those there, parts of bodies, its label. */
function saidOfThoseThere(
  ctx: CompareContext,
  meeting: IndexedEvent,
  roles: ReadonlySet<string>,
): string {
  const { record } = ctx;
  const parts = meeting.participants
    .filter((p) => roles.has(p.role))
    .flatMap((p) => {
      const who = record.people.get(p.canon);
      return [record.nameOf(p.canon), who?.role ?? '', ...(who?.roles.map((r) => r.title) ?? [])];
    });
  const bodies = (meeting.event.participants ?? []).flatMap((p) =>
    roles.has(p.role) && p.part ? [p.part] : [],
  );
  return foldText([...parts, ...bodies, meeting.event.label].join(' | '));
}

/**
 * The official by a bare title (`m`, after "the", "a" or "an", with no name or "of …" after it) the clause has met at
 * `meeting`, whom met-outsider.ts could not resolve to a person: unconfirmed, saying who the record has there (`who`).
 */
export function metOfficial(
  ctx: CompareContext,
  m: Title,
  meeting: IndexedEvent,
  roles: ReadonlySet<string>,
  who: string,
): ValueResult | null {
  const det = /\b(the|an?)\s+$/i.exec(ctx.sentence.slice(Math.max(0, m.start - 4), m.start));
  if (!det || !ofGovernment(m.value.title)) return null;
  // "the governor, Jane Roe," and "the mayor of Kells" are judged by the name or the place.
  if (
    ctx.mentions.some((p) => p.type === 'person' && p.start >= m.end && p.start <= m.end + 3) ||
    /^\s*,?\s*(?:of|from|for)\b/i.test(ctx.sentence.slice(m.end, m.end + 8))
  )
    return null;
  // A word of the title in what the record says of those there ("the sheriff" where a sheriff's office was there).
  const said = saidOfThoseThere(ctx, meeting, roles);
  if (
    core(m.value.title).some((w) =>
      new RegExp(
        String.raw`(?<![\p{L}\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        'u',
      ).test(said),
    )
  )
    return null;
  const page = `${det[1]!.toLowerCase()} ${m.text}`;
  return result(
    'unconfirmed',
    'person',
    m.text,
    who,
    `The page has ${page} at the meeting of ${showDate(meeting.event.date)}; the record has ${who} there and does not have ${page} at it.`,
  );
}
