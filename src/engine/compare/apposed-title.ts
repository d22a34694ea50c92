/**
 * A post put in apposition before a person's own rank: "Denver's spokesman,
 * Sergeant Jane Roe," names the post (spokesman of Denver's police) and then
 * the person with her rank. The rank is the title bound to the name; the post
 * is the bare title right before it, followed by a comma only. Nothing here
 * knows a story.
 */
import type { Mention } from '../read/types.ts';

/** The title right before `at` (the person's own title, or the person) with only a comma between, not itself a person's. */
export function apposedTitle(
  mentions: readonly Mention[],
  sentence: string,
  at: Mention,
): Mention | undefined {
  return mentions.find(
    (t) =>
      t.type === 'title' &&
      t.end <= at.start &&
      /^\s*,\s*$/.test(sentence.slice(t.end, at.start)) &&
      !mentions.some((p) => p.type === 'person' && p.start <= t.start && p.end >= t.end),
  );
}
