/**
 * A named body the world file does not list and the story does not know: a
 * proper name ending in one of the world's agency kinds ("Erie County
 * Sheriff's Office", "Boston Police Department") that shares no distinctive
 * word with the story's own names (so it is no variant of one of them).
 * Nothing here knows a story.
 */
import type { StoryRecord } from './story-record.ts';

const GENERIC_WORDS = new Set([
  'police',
  'department',
  'dept',
  'office',
  'sheriff',
  'sheriffs',
  'county',
  'city',
  'state',
  'service',
  'services',
  'bureau',
  'agency',
  'patrol',
  'highway',
  'federal',
  'national',
  'u.s',
  'the',
  'and',
  'division',
  'unit',
  'administration',
  'officers',
  'agents',
  'deputies',
  'troopers',
  'dispatch',
  'dispatchers',
]);

/** The distinctive words of a name ("Erie County Sheriff's Office" → erie). */
const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !GENERIC_WORDS.has(w));

/** Whether a name shares a distinctive word with the story's own names (a variant of one of them, not another body). */
function echoesStory(record: StoryRecord, name: string): boolean {
  const words = wordsOf(name);
  if (!words.length) return true;
  const story = new Set(
    [...record.storyCanons].flatMap((c) => {
      const entry = record.gazetteer.lookup(record.nameOf(c)).find((g) => g.id === c);
      return [record.nameOf(c), ...(entry?.names ?? [])].flatMap(wordsOf);
    }),
  );
  return words.some((w) => story.has(w));
}

/** A proper name with an agency kind's head word that is none of the story's, nor a variant of one. */
export function isStrangerAgency(record: StoryRecord, name: string): boolean {
  return (
    /^\p{Lu}/u.test(name.trim()) &&
    record.world?.agencyKindOf(name) !== undefined &&
    !echoesStory(record, name)
  );
}
