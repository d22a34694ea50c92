/**
 * The presidential election a story is told in the transition of: the weeks between election day and the start of
 * the term. Shared by the readers of a president-elect named wrongly (elect-named.ts) and of one said to be in
 * office already (elect-in-office.ts). World knowledge; nothing here knows a story.
 */
import type { StoryRecord } from './story-record.ts';

export interface Election {
  office: string;
  date: string;
  winner: string;
  termStart?: string;
}

/**
 * The one US presidential election of the world file whose transition holds every one of the story's dated central
 * days, with those days; undefined when there is none or more than one, when the story has no dated day, or when
 * the sentence names a year that is not that election's.
 */
export function transitionElection(
  sentence: string,
  record: StoryRecord,
): { election: Election; days: string[] } | undefined {
  const world = record.world;
  if (!world) return undefined;
  const days = record.central.map((e) => e.event.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (!days.length) return undefined;
  const elections = (world.world.elections as readonly Election[]).filter(
    (e) =>
      e.office === 'us-president' &&
      e.termStart &&
      days.every((d) => d > e.date && d < e.termStart!),
  );
  if (elections.length !== 1) return undefined;
  const election = elections[0]!;
  const year = election.date.slice(0, 4);
  if ([...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => y[0] !== year)) return undefined;
  return { election, days };
}
