/**
 * A time told of the writer's own doing ("I showed Beck's quote to our group on Thursday", "When we drove past Whitney
 * Street on Tuesday, …", "We had the stop on our agenda today"): the stretch holding the time opens on "I" or "we" as its
 * subject, so the day is when the writer (or the writer's group) did something, not a day of the story's events. Such
 * times are not compared, unless a "when" clause right after tells what happened then ("I was walking my dog on
 * Thursday evening when I saw the van pulled over"), not of learning of it. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { LATER_NEWS } from './origin-when.ts';

/** The stretch's opening: a joining or time word at most, then "I" or "we" and a word after it (not "we're told"). */
const WRITER_OPENS =
  /^\W*(?:(?:and|but|so|then|when|after|before|as|while|once|because|since|until|later|yesterday|today|tonight)\s+)?(?:i|we)\s+(?!(?:are|were|was|am|'re|\u2019re)\s+told\b)(?:(?:all|both|also|then|just|only|first|finally)\s+)?([\p{L}'\u2019]+)/iu;
/** Verbs of knowing, learning or saying: what follows them is what the writer knows, whose days are the story's. */
const KNOWING =
  /^(?:know|knew|learn(?:ed|t)?|heard|hear|read|saw|see|seen|think|thought|believe|believed|understand|understood|remember|recall|recalled|found|find|noticed|notice|realized|realised|gather|gathered|reported|wrote|write|said|say|told|tell|explained|mentioned|covered|confirmed|checked|watched|watch|discovered)$/i;

/** Whether `m` stands in a stretch of the sentence (from the clause's start or the last comma or dash before it) that the writer opens as subject. */
export function writersOwnTime(sentence: string, clauseStart: number, m: Mention): boolean {
  if (
    m.type !== 'date' &&
    m.type !== 'weekday' &&
    m.type !== 'relative-time' &&
    m.type !== 'time-of-day'
  )
    return false;
  const before = sentence.slice(clauseStart, m.start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('\u2014'),
  );
  const stretch = before.slice(cut + 1);
  const w = WRITER_OPENS.exec(stretch);
  if (!w) return false;
  // "I was walking my dog on Thursday evening when I saw the van pulled over": the "when" clause happened then too.
  const when = /^[^,;.!?]{0,40}?\bwhen\b([^,;.!?]*)/i.exec(sentence.slice(m.end));
  if (when && !LATER_NEWS.test(when[1] as string)) return false;
  // "We know the officers responded on Tuesday": the time of what is known; "we learned on Tuesday": of the learning.
  // "I read Beck's quote out to our group on Friday": reading aloud, showing, is a doing.
  const rest = stretch.slice(w.index + w[0].length);
  if (
    /\b(?:out|aloud)\b|\bto\s+(?:our|my|the|a|his|her)\s+(?:\p{L}+\s+)?(?:group|class|club|circle|team|members|friends|family|neighbors|neighbours)\b/iu.test(
      rest,
    )
  )
    return true;
  return (
    !KNOWING.test(w[1] as string) ||
    /^\s*(?:only\s+|first\s+|finally\s+)?(?:on|last|this|that|early|late)?\s*$/i.test(rest)
  );
}
