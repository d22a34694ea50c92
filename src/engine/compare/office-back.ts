/**
 * A sentence that places nothing of its own but points back at what the one before it told of, and names someone
 * under the title of a world office: "The filing went out under Commissioner X" after "The agency sued the town on
 * <day>". The title is judged at the days of the events of the sentence before (office-at-event.ts, through
 * analyze.ts); here only the cheap test of the sentence's shape, before any reading, and of the finding's. The
 * sentence opens on "it", "this", "that" or a noun phrase of "the", "its", "their" ("The filing", "Its complaint"),
 * has the title of an office of the world file before a capitalised word, and no time of its own: no year, month,
 * weekday, "now", "then", "later", "former", "once" … (then the title may be of another time). Nothing here knows a
 * story.
 */
import type { WorldIndex } from '../../world/world-index.ts';
import type { Comparison } from './value-result.ts';

/** "It …", "This …", "The filing went …", "Its complaint was …": a subject that points back, then a lower-case word. */
const OPENS =
  /^\W*(?:(?:[Ii]t|[Tt]his|[Tt]hat)\s+\p{Ll}|(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+\p{Ll})/u;

/** A time of the sentence's own, or a word that sets the title at another time than the one told before. */
const OWN_TIME =
  /\b(?:(?:1[89]|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|now|then|currently|later|earlier|previously|formerly|once|ago|since|until|former|ex|onetime|one-time|acting|interim|incoming|outgoing|future|next|past|had|years?|months?|weeks?|days?)\b/i;

/** Per world: its offices' names (titles and aliases), as one pattern, each followed by a space. */
const NAMES = new WeakMap<WorldIndex, RegExp>();
function officeNames(world: WorldIndex): RegExp {
  let re = NAMES.get(world);
  if (!re) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const names = [
      ...new Set(world.world.offices.flatMap((o) => [o.title, ...(o.aliases ?? [])])),
    ].sort((a, b) => b.length - a.length);
    re = new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${names
        .map((n) =>
          n
            .split(/\s+/)
            .map(escape)
            .join(String.raw`\s+`),
        )
        .join('|')})\s+(\S)`,
      'giu',
    );
    NAMES.set(world, re);
  }
  return re;
}

/** Whether the sentence may name a world office's holder in what it points back at (the cheap test, before reading). */
export function pointsBackAtOffice(sentence: string, world: WorldIndex | undefined): boolean {
  if (!world || !OPENS.test(sentence) || OWN_TIME.test(sentence)) return false;
  for (const m of sentence.matchAll(officeNames(world)))
    if (/\p{Lu}/u.test(m[1] ?? '')) return true;
  return false;
}

/** Whether a comparison is the holder of a world office the page names wrong (office-at-event.ts: "<holder> (<office>)"). */
export function isOfficeHolder(c: Comparison, world: WorldIndex): boolean {
  return c.slot === 'person' && world.world.offices.some((o) => c.record.endsWith(` (${o.title})`));
}
