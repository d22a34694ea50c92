/**
 * A body of the story called by another name: "The officers' union, the <Town> Police Benevolent Association,
 * said …", where the record's union of the town's police officers has another name. A definite description of a
 * body the record describes (an organisation's or agency's `role`: its head noun and at least one more word, every
 * word one of the role's or the body's own; "the coalition" alone may be any coalition), set beside a proper name with a body's head word ("Association", "Union", "Club" …) in
 * apposition ("D, N," "N, D," "D (N)"), says that the body is called N; a name that is none of the body's names, nor
 * part of one, conflicts. Only outside quotation marks. General English and the record's words; nothing here knows a
 * story.
 */
import { foldText } from '../normalize.ts';
import type { Comparison } from './compare-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { singular } from './story-record.ts';

/** Head words of a body's proper name. */
const BODY_HEAD = String.raw`(?:Association|Union|Club|League|Federation|Alliance|Coalition|Guild|Lodge|Brotherhood|Council|Society|Conference|Order|Committee|Caucus|Benevolent\s+Association)`;
/** A proper name holding a body's head word: capitalised words, with "of", "for", "and", "the" between them. */
const NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'\u2019-])(?:\p{Lu}[\p{L}'\u2019.&-]*\s+(?:(?:of|for|and|the)\s+)*){0,6}${BODY_HEAD}(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'\u2019.-]*\s*){1,4})?(?![\p{L}\p{N}])`, 'gu');
/** A definite description right before the name, closed by a comma or an opening bracket. */
const DESC_BEFORE = /(?:^|[\s,;:(])(?:the|its|their)\s+((?:[\p{L}'\u2019-]+\s+){0,4}[\p{L}'\u2019-]+)\s*(?:,|\()\s*(?:the\s+)?$/iu;
/** A definite description right after the name, closed by a comma or a closing bracket. */
const DESC_AFTER = /^\s*(?:,|\()\s*(?:the|its|their)\s+((?:[\p{L}'\u2019-]+\s+){0,4}[\p{L}'\u2019-]+)\s*[,)]/iu;
/** Words a description of the body may add to the record's: function words and the town's ("the city's police union"). */
const ADDED = new Set(['the', 'of', 'for', 'that', 'which', 'representing', 'represents', 'city', 'town', 'local', 'own']);

const wordsOf = (s: string) => foldText(s).replace(/['\u2019](?:s\b)?/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(singular);

/** The head noun of a role ("the union of <town> police officers" → union; "the city's legislature (nine members)" → legislature). */
function headOf(role: string): string {
  const main = role.split(/\s+of\s+|\s*\(/)[0] ?? role;
  return wordsOf(main).at(-1) ?? '';
}

export interface BodyNameResult {
  status: 'conflict';
  comparison: Comparison;
  explanation: string;
  events: IndexedEvent[];
  start: number;
  end: number;
}

export function bodyNameResults(sentence: string, record: StoryRecord, quoted: (at: number) => boolean): BodyNameResult[] {
  const bodies = record.described ?? [];
  if (!bodies.length || !/\p{Lu}/u.test(sentence)) return [];
  const out: BodyNameResult[] = [];
  for (const m of sentence.matchAll(NAME)) {
    // "The <Town> Police Benevolent Association" at a sentence's start: the article is no part of the name.
    const article = /^the\s+/i.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(article).trim();
    const start = m.index + article;
    const end = m.index + m[0].trimEnd().length;
    if (quoted(start) || name.split(/\s+/).length < 2) continue;
    const desc = DESC_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1] ?? DESC_AFTER.exec(sentence.slice(end, end + 60))?.[1];
    if (!desc) continue;
    const said = wordsOf(desc);
    const body = bodies.filter((b) => {
      const head = headOf(b.role);
      const known = new Set([...wordsOf(b.role), ...b.names.flatMap(wordsOf), ...ADDED]);
      // More than the head noun, and a word of the body's own ("the officers' union"): "the coalition" alone may be any.
      const own = said.filter((w) => w !== head && !ADDED.has(w));
      return head !== '' && said.includes(head) && own.length > 0 && said.every((w) => known.has(w));
    });
    if (body.length !== 1) continue;
    const b = body[0]!;
    const folded = wordsOf(name).join(' ');
    if (b.names.some((n) => { const own = wordsOf(n).join(' '); return own.includes(folded) || folded.includes(own); })) continue;
    const events = record.events.filter((e) => e.participants.some((p) => p.canon === b.canon));
    out.push({
      status: 'conflict',
      comparison: { slot: 'name', page: name, record: b.name },
      explanation: `The record has ${b.role} as the ${b.name}, not the ${name}.`,
      events,
      start,
      end,
    });
  }
  return out;
}
