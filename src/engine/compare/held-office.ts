/** Whether a person held a recorded role on a day, and whether as acting holder; a title against a role's words. */
import { termStatus } from '../../world/terms.ts';
import type { RecordPerson } from './story-record.ts';
import type { CompareContext } from './value-result.ts';

export const titleMatches = (title: string, words: readonly string[]) => {
  const t = title.toLowerCase().split(/\s+/);
  return t.every((w) => words.includes(w)) || words.every((w) => t.includes(w));
};

/** Whether the person surely, surely not, or perhaps held a role on a date. */
export function heldOn(
  ctx: CompareContext,
  role: RecordPerson['roles'][number],
  person: RecordPerson,
  date: string,
  openEnded = false,
): 'in' | 'out' | 'unknown' {
  const world = ctx.record.world;
  if (role.office && world && person.canon.startsWith('w:')) {
    const id = person.canon.slice(2);
    const terms = world.holdersOn(role.office, date).filter((t) => t.person.id === id);
    if (terms.some((t) => t.status === 'in')) return 'in';
    return terms.length ? 'unknown' : 'out';
  }
  if (!role.from && !role.to) return 'unknown';
  // A participant's post with no end: the author put them at the event in that post.
  if (openEnded && role.from && !role.to)
    return termStatus({ person: '', start: role.from, end: '9999' }, date) as
      'in' | 'out' | 'unknown';
  return termStatus(
    {
      person: '',
      ...(role.from ? { start: role.from } : {}),
      ...(role.to ? { end: role.to } : {}),
    },
    date,
  ) as 'in' | 'out' | 'unknown';
}

export function isActing(
  ctx: CompareContext,
  role: RecordPerson['roles'][number],
  person: RecordPerson,
  date: string,
): boolean | undefined {
  const world = ctx.record.world;
  if (role.office && world && person.canon.startsWith('w:')) {
    const terms = world
      .holdersOn(role.office, date)
      .filter((t) => t.person.id === person.canon.slice(2) && t.status === 'in');
    if (!terms.length) return undefined;
    return terms.every((t) => t.holder.acting === true);
  }
  return role.acting === true;
}
