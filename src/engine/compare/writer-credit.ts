/**
 * Whether a page credits a person as the writer of a piece, in the shapes a byline takes inside a sentence
 * (the caller, named-author.ts, compares the person with who the record says wrote the linked report):
 * the agent of a verb of writing or gathering ("written by X", "the statements were rounded up by X",
 * "collected and reported by X", "in an article by the journalist X"); a writer's noun before the name
 * ("reporter X", "the journalist X"); "X wrote it", "X, writing for …"; "the reporter who compiled them was X";
 * and, in a clause that speaks of writing, the one an outlet's possessive or "of"/"for" ties to it ("PoliceOne's
 * X", "X of PoliceOne", "X for the site"). An editor, a spokesman or anyone else an outlet has is no writer.
 * Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';

/** Verbs and nouns of writing or gathering a piece, in any form. */
const WRITING = String.raw`(?:wr(?:ote|itten|ites|iting)|report(?:ed|s|ing)?|compil(?:ed|es|ing)|collect(?:ed|s|ing)|gather(?:ed|s|ing)|round(?:ed|s|ing)?\s+up|roundup|round-up|summari[sz](?:ed|es|ing)|put\s+together|assembl(?:ed|es|ing)|brought\s+(?:\S+\s+){0,3}together|authored|piece|article|story|column|write-up|byline|credit(?:ed|s)?)`;
const WRITING_WORD = new RegExp(String.raw`\b${WRITING}\b`, 'i');
/** The agent of a verb of writing: "written by", "rounded up by", "collected and reported by", "compiled at the time by". */
const VERB_BY =
  /\b(?:wr(?:itten|ote)|reported|compiled|collected|gathered|rounded\s+up|summari[sz]ed|put\s+together|assembled|authored|brought\s+together)\s+(?:(?:at\s+the\s+time|later|first|originally)\s+)?by\s+(?:the\s+)?(?:(?:journalist|reporter|writer|correspondent)\s+)?$/i;
/** A noun of a writer right before the name ("reporter X", "the journalist X", "PoliceOne writer X", "a PoliceOne writer, X,"). */
const WRITER_NOUN = /\b(?:reporter|writer|journalist|correspondent|columnist)\s*,?\s+$/i;
/** After the name: "X wrote it", "X, writing for …", "X reported on …". */
const WROTE_AFTER =
  /^(?:\s+(?:wrote|compiled|collected|gathered|rounded\s+up|summari[sz]ed|reported\s+on|put\s+together)\b|\s*,\s+(?:writing|reporting)\s+(?:for|in)\b)/i;
/** "The reporter who compiled these statements … was X". */
const WRITER_WAS = /\b(?:reporter|writer|journalist|author)\s+who\s+[^.;]{0,80}\b(?:was|is)\s+$/i;
/** An outlet's possessive right before the name ("PoliceOne's X", "Police1's X"). */
const OUTLET_POSSESSIVE = /\p{Lu}[\p{L}\p{N}.-]*['\u2019]s\s+$/u;
/** "X of <Name>", "X for <Name>", "X for the site <Name>" right after the name. */
const OF_OUTLET =
  /^\s+(?:of|for|at)\s+(?:the\s+(?:site|website|outlet|magazine|paper|newspaper)\s+)?\p{Lu}/u;
/** Words that make the one named no writer: an editor, a spokesman, someone quoted or thanked. */
const NOT_WRITER =
  /\b(?:editors?|edited|spokes(?:man|woman|person)|quoted|quoting|quotes|interview(?:ed|s)?|told|said|says|thanked|photograph(?:ed|er)|photo)\b/i;

/** Whether the person at [start, end) of `sentence` is credited as a piece's writer. */
export function creditedWriter(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const after = sentence.slice(end, end + 60);
  if (VERB_BY.test(before) || WRITER_WAS.test(before) || WROTE_AFTER.test(after)) return true;
  if (NOT_WRITER.test(sentence)) return false;
  if (WRITER_NOUN.test(before)) return true;
  return WRITING_WORD.test(sentence) && (OUTLET_POSSESSIVE.test(before) || OF_OUTLET.test(after));
}

/** A full name: a first name, perhaps an initial, a surname. */
const FULL_NAME = /^\p{Lu}[\p{L}'\u2019-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'\u2019-]+$/u;

/** Capitalised full names the reader gave no mention (a name no one of the story has), as person mentions. */
function namesIn(sentence: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const x of sentence.matchAll(
    /(?<!\p{Lu}[\p{L}\p{N}.-]*\s+)(\p{Lu}[\p{Ll}'\u2019-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'\u2019-]+)(?!\s+\p{Lu}|['\u2019]s\b|[\p{L}\p{N}])/gu,
  )) {
    const start = x.index + x[0].indexOf(x[1]!);
    const end = start + x[1]!.length;
    if (
      mentions.some(
        (m) =>
          m.start < end &&
          m.end > start &&
          !(m.type === 'outlet' && m.start === start && m.end === end),
      )
    )
      continue;
    out.push({
      type: 'person',
      text: x[1]!,
      start,
      end,
      negated: false,
      value: { name: x[1]! },
    } as Mention);
  }
  return out;
}

/** A cheap first look: some word of writing, or a writer's noun, or "by". */
const CUE =
  /\b(?:by|wr(?:ote|itten|ites|iting)|report\w*|compil\w*|collect\w*|gather\w*|round\w*|summari\w*|together|assembl\w*|author\w*|piece|article|story|column|byline|credit\w*|journalist|correspondent|columnist)\b/i;

/** Words that make the piece another one than the recorded report (a follow-up, another piece). */
const OTHER_PIECE =
  /\b(?:another|other|follow-?up|separate|sequel|updated?|next|second|later\s+(?:piece|article|story|column))\b/i;

/**
 * A stranger (a full name no one of the story or the world file has) credited as the writer of a report the record
 * gives one named writer, with the report's outlet named in the sentence ("The statements were rounded up by Jane
 * Roe of <outlet>", "<outlet>'s Jane Roe reported on them"): the record names who wrote it. Only the outlet of a
 * recorded report with exactly one writer of the story; not when the sentence names a year other than the report's,
 * another piece, or another outlet the person is tied to.
 */
export function writerResults(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
  inQuote: (m: Mention) => boolean,
): { mention: Mention; r: Exclude<ValueResult, { status: 'agrees' }> }[] {
  const out: { mention: Mention; r: Exclude<ValueResult, { status: 'agrees' }> }[] = [];
  if (OTHER_PIECE.test(sentence) || !CUE.test(sentence)) return out;
  const hits = record.gazetteer.find(sentence);
  const named = (canon: string) => hits.filter((h) => h.entries.some((e) => e.id === canon));
  for (const e of record.events) {
    const reported = e.participants.filter(
      (p) => p.role === 'reported' || p.role === 'first-reported',
    );
    const writers = [
      ...new Set(reported.filter((p) => record.people.has(p.canon)).map((p) => p.canon)),
    ];
    const outlets = [
      ...new Set(reported.filter((p) => !record.people.has(p.canon)).map((p) => p.canon)),
    ];
    if (writers.length !== 1 || !outlets.length) continue;
    const outletHits = outlets.flatMap(named);
    if (!outletHits.length) continue;
    // A year of its own that is not the report's: another time, perhaps another piece.
    const year = e.event.date.slice(0, 4);
    if ([...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].some((y) => y[0] !== year)) continue;
    for (const m of [
      ...mentions.filter((x) => x.type === 'person'),
      ...namesIn(sentence, mentions),
    ]) {
      if (m.type !== 'person' || m.negated || inQuote(m) || !FULL_NAME.test(m.value.name)) continue;
      if (
        record.gazetteer.lookup(m.value.name).some((g) => g.kind === 'person') ||
        hits.some((h) => h.start < m.end && h.end > m.start) ||
        !creditedWriter(sentence, m.start, m.end)
      )
        continue;
      // Tied by a possessive or "of" to a name: it must be the report's outlet.
      const tie = OUTLET_POSSESSIVE.exec(sentence.slice(Math.max(0, m.start - 40), m.start));
      const tiedAt = tie
        ? m.start - tie[0].length
        : OF_OUTLET.test(sentence.slice(m.end, m.end + 60))
          ? sentence.slice(m.end).search(/\p{Lu}/u) + m.end
          : -1;
      if (tiedAt !== -1 && !outletHits.some((h) => h.start <= tiedAt && h.end > tiedAt)) continue;
      const name = record.nameOf(writers[0]!);
      out.push({
        mention: m,
        r: {
          status: 'conflict',
          comparison: { slot: 'person', page: m.text, record: name },
          explanation: `The record names ${name} as who wrote it, not ${m.value.name}.`,
        },
      });
    }
  }
  return out.filter((o, i) => out.findIndex((x) => x.mention === o.mention) === i);
}
