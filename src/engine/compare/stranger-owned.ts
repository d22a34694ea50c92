/**
 * A noun owned by something in lower case the story does not know, said of a subject by a copula ("the slot editor is
 * the night desk's backup"): a role or a thing of that owner, not the story's event of that word. Its word is blanked
 * for linking (offsets kept), so it names no event. A capitalised owner ("Border Patrol's call") or one the record
 * knows is kept, and so is the plural possessive ("the agents' call"), which is most often the story's own people; an
 * owned noun after a verb ("swept the neighbour's yard") is left to the event's own words (compare-sentence.ts
 * ownedForm). Nothing here knows a story.
 */
import type { StoryRecord } from './story-record.ts';

const OWNED =
  /\b(?:is|are|was|were|be|been|as)\s+(?:the|a|an|his|her|their|our|my|your)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)['\u2019]s\s+([a-z][a-z-]*)/g;

/** `text` with each noun owned by a lower-case owner the record does not know blanked. */
export function blankStrangerOwned(text: string, record: StoryRecord): string {
  if (!text.includes("'s") && !text.includes('\u2019s')) return text;
  return text.replace(OWNED, (all: string, owner: string, noun: string) => {
    if (
      record.gazetteer.lookup(owner).length ||
      record.gazetteer.lookup(owner.split(/\s+/).pop() as string).length
    )
      return all;
    return all.slice(0, all.length - noun.length) + ' '.repeat(noun.length);
  });
}
