/**
 * An owner standing alone after "after" / "before", its noun left out because the clause named it already:
 * "Denver's statement came out two days after Beck's" is "after Beck's statement". Only a noun of words (lexicon
 * roleNouns, spoke: "statement", "remarks", "interview" …) owned by a name in the span before the offset is carried
 * over; the anchor then reads as "Beck's statement", which names Beck's recorded statement (linkedBySpeaker).
 * General English; nothing here knows a story.
 */
import raw from '../read/lexicon.json' with { type: 'json' };

const NOUNS = raw.roleNouns.spoke.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
/** "X's statement", "X's written statement": the owned noun of words (group 1). */
const OWNED_NOUN = new RegExp(String.raw`['\u2019]s\s+(?:\p{L}+\s+)?(${NOUNS})\b`, 'iu');
/** Only an owner in the anchor: "Beck's", "the chief's". */
const OWNER_ALONE =
  /^\s*(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['\u2019]s(?=\s*[.!?]?\s*$)/u;

/** The anchor span with the subject's noun of words put back after its lone owner, or null. Offsets before `to` are kept. */
export function withElidedNoun(
  sentence: string,
  [from, to]: [number, number],
  before: string,
): { sentence: string; span: [number, number] } | null {
  const owner = OWNER_ALONE.exec(sentence.slice(from, to));
  if (!owner) return null;
  const noun = OWNED_NOUN.exec(before);
  if (!noun) return null;
  const end = from + owner[0].length;
  const filled = `${sentence.slice(0, end)} ${noun[1]}`;
  return { sentence: filled + sentence.slice(end), span: [from, filled.length] };
}
