/**
 * A statement's publication: a clause that says an outlet printed, ran,
 * published, carried or reported a statement, an interview, an op-ed or the
 * like ("X ran his statement", "X reported the statement", "X ran a story on
 * it", "the declaration was reported by the newspaper X", "the statement ran
 * in X", "X broke the story", "the statement reached readers through X", "X
 * is the paper that printed it", "his statement, which X wrote up the next day"), about events whose record names the outlet
 * that printed them.
 * Used by compare-outlet.ts for an outlet credited as a source; nothing here
 * knows a story.
 *
 * The line (zero false alarms first):
 * - Judged: every event the clause is about is a statement (someone spoke at
 *   it, or was interviewed; an interview only when the outlet is said to have
 *   printed, run or carried it, not merely "reported" it, as any outlet may
 *   report what someone told another), the record names the outlets that printed it
 *   (its interviewer or reporter, or a report of it within days:
 *   outlet-credit.ts reportersOf), and they are few (at most FEW_PRINTERS
 *   outlets in all). Another outlet the caller finds surely none of the
 *   story's (the world knows it and the story never mentions it, or its name
 *   and type say it is another) is then a conflict naming both.
 * - Not judged, left unconfirmed as any credit: "According to X, …" and "X
 *   reported that …" (an outlet's account of the events, which many outlets
 *   give), events that are no statement, a statement the record has many
 *   outlets printing (widely covered), any outlet the story records or that
 *   may be one of its outlets (it may have re-printed the words), and a
 *   re-printing: a sentence that tells of it ("later carried", "also ran",
 *   "picked up", "nationally") or that names a recorded printer too ("The
 *   Post printed the statement, and X carried it": the caller checks).
 */
import type { Mention } from '../read/types.ts';
import { reportersOf } from './outlet-credit.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** More outlets than this printing a statement: it was widely covered, and another may have printed it too. */
const FEW_PRINTERS = 2;

/** What a speaker gave or wrote: the thing printed. */
const SAID = String.raw`(?:statement|statements|declaration|communiqu[eé]|communique|remarks|comments|interview|op-ed|letter|announcement|press release|words|text|pledge|vow|promise|message)`;
const DET = String.raw`(?:the|his|her|its|their|this|that|a|an)`;
/** Up to four words before the noun: "Magnus's full", "Mayor Ida Marsh's written". */
const MODS = String.raw`(?:[\p{L}\p{N}.'\u2019-]+\s+){0,4}?`;
const LEAD = String.raw`(?:(?:later|also|then|first|soon|promptly|quickly|subsequently)\s+)?`;
const PIECE = String.raw`(?:story|article|piece|report|item)`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** "X, the Phoenix paper that ran his statement", "X is the paper that printed it": the outlet's kind, then the relative clause. */
const KIND_THAT = String.raw`(?:(?:is|was)\s+)?(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:paper|newspaper|outlet|site|station|publication|daily|weekly)\s+(?:that|which)\s+`;

/** After the outlet: "X ran his statement", "X later reported on the chief's remarks", "X ran it", "X ran a story on it"; the end of an appositive ("The Phoenix paper, X, ran his remarks"); a relative clause ("X, which carried the full text"). */
const PRINTS_AFTER = new RegExp(
  String.raw`^\s*(?:,[^,.;:!?]{1,60},\s*|,\s*(?:(?:which|that)\s+)?)?(?:${KIND_THAT})?${LEAD}(?:ran|runs|printed|prints|published|publishes|carried|carries|reprinted|reprints|broke|breaks|report(?:ed|s)(?:\s+on)?|(?:wrote|writes)\s+up)\s+` +
    String.raw`(?:(?:${DET}\s+)?${MODS}${SAID}${END}|(?:it|them|(?:the|that|this)\s+(?:story|news))${END}|${DET}\s+(?:[\p{L}-]+\s+)?${PIECE}\s+(?:on|about)\s+(?:it|them|${DET}\s+${MODS}${SAID})${END})`,
  'u',
);

/** The outlet's piece on the words, a noun phrase with no verb: "X's story on his statement", "X's report of the chief's remarks". */
const PIECE_AFTER = new RegExp(
  String.raw`^['\u2019]s\s+(?:[\p{L}-]+\s+)?${PIECE}\s+(?:on|about|of)\s+(?:it|them|${DET}\s+${MODS}${SAID})${END}`,
  'u',
);

/** The words as printed in the outlet, a noun phrase with no verb: "his statement in the ", "the chief's remarks, published in ". */
const SAID_IN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${SAID}${END},?\s+(?:(?:as\s+)?(?:printed|published|carried|run)\s+)?in\s+(?:the\s+)?$`,
  'iu',
);

/**
 * When the printing was, or how, between the participle and its outlet: "printed at the time by", "carried the
 * next day in", "published verbatim by", "run that week in".
 */
const HOW_PRINTED = String.raw`(?:\s+(?:in\s+full|in\s+its\s+entirety|verbatim|word\s+for\s+word|at\s+the\s+time|(?:that|the\s+same|the\s+next|the\s+following)\s+(?:day|morning|afternoon|evening|week)|(?:on|that)\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day))?`;

/** Before the outlet: "the declaration was reported by the newspaper ", "the statement, from …, ran in the ", "the statement reached readers through the ". */
const PRINTED_BEFORE = new RegExp(
  String.raw`${SAID}${END}[^.;:!?]{0,80}?\b(?:(?:is|are|was|were|had been|has been|have been)\s+${LEAD}(?:printed|published|reported|carried|run|reprinted|written\s+up)${HOW_PRINTED}\s+(?:by|in)|${LEAD}(?:ran|runs|appeared|appears)\s+in|${LEAD}reached\s+(?:its\s+|their\s+)?(?:readers|the\s+public|print)\s+(?:through|via|in))\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$`,
  'u',
);

/** The words, then a relative clause whose subject is the outlet: "a statement on Wednesday, which the ", "the remarks that ". */
const SAID_WHICH = new RegExp(
  String.raw`${SAID}${END}[^.;:!?"\u201C\u201D]{0,80}?,?\s+(?:which|that)\s+(?:the\s+)?$`,
  'u',
);
/** After the outlet of such a clause, its verb with no object of its own: "… which X ran", "… that X wrote up the next day". */
const PRINTS_IT = new RegExp(
  String.raw`^\s+${LEAD}(?:ran|printed|published|carried|reprinted|report(?:ed|s)|(?:wrote|writes)\s+up)${END}`,
  'u',
);

/** The outlet named as the words' publisher: "the publisher of the statement is ", "Original printer of his remarks was logged as the ". */
const PUBLISHER_OF = new RegExp(
  String.raw`\b[Pp](?:ublisher|rinter)\s+of\s+(?:${DET}\s+)?${MODS}${SAID}${END}\s+(?:is|was|has\s+been)\s+(?:(?:logged|listed|given|recorded|shown|named|credited|identified)\s+as\s+)?(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$`,
  'u',
);

/** Words that tell of re-reporting: the outlet printed the words after another did ("later carried", "also ran", "picked up"). */
const AGAIN =
  /\b(?:also|later|subsequently|too|as well|reprinted|re-?ran|re-?published|re-?posted|re-?printed|picked up|syndicated|nationally|widely)\b/i;

/** "a day later", "two days later", "hours later": a time counted from what was said, with its count. */
const OFFSET_LATER =
  /\b(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|hours?|weeks?)\s+later\b/gi;

/** The sentence tells of re-printing: an outlet printed the words after another ("later carried", "also ran"; not "a day later"). */
export const tellsReprinting = (sentence: string): boolean =>
  AGAIN.test(sentence.replace(OFFSET_LATER, ' '));

/**
 * How the clause says the outlet printed a statement or an interview, and not again after another: `printed`
 * (ran, printed, published, carried it), `reported` (reported it, or on it), or null when it says neither.
 */
export function saysPrinted(sentence: string, m: Mention): 'printed' | 'reported' | null {
  // "a day later", "two days later": counted from the words told of, not after another outlet's printing.
  if (tellsReprinting(sentence)) return null;
  const after =
    PRINTS_AFTER.exec(sentence.slice(m.end, m.end + 120)) ??
    PIECE_AFTER.exec(sentence.slice(m.end, m.end + 120));
  const head = sentence.slice(Math.max(0, m.start - 160), m.start);
  const relative = SAID_WHICH.test(head) ? PRINTS_IT.exec(sentence.slice(m.end, m.end + 40)) : null;
  const before =
    (after ?? relative)
      ? null
      : (PRINTED_BEFORE.exec(head) ?? SAID_IN.exec(head) ?? PUBLISHER_OF.exec(head));
  const found = after ?? relative ?? before;
  if (!found) return null;
  return /\b(?:reported|reports|written\s+up|wrote\s+up|writes\s+up)\b/.test(found[0])
    ? 'reported'
    : 'printed';
}

/**
 * The outlets the record has printing the statements `events` are: null
 * unless every event is a statement with a recorded printer and they are few.
 */
export function printersOf(record: StoryRecord, events: readonly IndexedEvent[]): string[] | null {
  if (!events.length) return null;
  const out = new Set<string>();
  for (const e of events) {
    if (!e.participants.some((p) => p.role === 'spoke' || p.role === 'interviewer')) return null;
    const printers = reportersOf(record, [e]);
    if (!printers.length) return null;
    for (const c of printers) out.add(c);
  }
  return out.size <= FEW_PRINTERS ? [...out] : null;
}

/** Whether the events' record has them as interviews (an interviewer), for the explanation. */
export const interviewed = (events: readonly IndexedEvent[]): boolean =>
  events.every((e) => e.participants.some((p) => p.role === 'interviewer'));
