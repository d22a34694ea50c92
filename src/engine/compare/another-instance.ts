/**
 * Another instance of a recurring kind of event: elections, terms, executive orders, interviews, statements,
 * meetings, votes, visits come again. A clause that marks its event as another one than a first ("a second term",
 * "another executive order", "signed a new order", "again", "returned to office", "re-elected") tells of an instance
 * the record may not hold: its day is not the recorded instance's, and a day that differs is not wrong (at most
 * unverified). A marker the linked event's own words or label carry ("the second visit", "refiled") names the
 * recorded instance itself, and then the day is compared as usual. General; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { IndexedEvent } from './story-record.ts';

/** Nouns of events that recur. */
const RECURRING = String.raw`(?:terms?|elections?|presidency|administration|(?:executive\s+)?orders?|directives?|proclamations?|memos?|interviews?|statements?|meetings?|votes?|visits?|trips?|posts?|tweets?|briefings?|(?:news\s+|press\s+)?conferences?|speech(?:es)?|hearings?|rall(?:y|ies)|rounds?|lawsuits?|suits?|raids?|resolutions?)`;
const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|later|subsequent|next)`;

/** The markers, each with the word that must not be in the linked event's own words for it to mark another instance. */
const MARKERS: { re: RegExp; key: (m: RegExpExecArray) => string }[] = [
  {
    re: new RegExp(String.raw`\b(${ORDINAL})\s+(?:[a-z-]+\s+){0,2}?${RECURRING}\b`, 'i'),
    key: (m) => m[1] as string,
  },
  {
    re: new RegExp(String.raw`\b(another)\s+(?:[a-z-]+\s+){0,2}?${RECURRING}\b`, 'i'),
    key: () => 'another',
  },
  {
    re: new RegExp(String.raw`\ba\s+(new)\s+(?:[a-z-]+\s+){0,1}?${RECURRING}\b`, 'i'),
    key: () => 'new',
  },
  {
    re: /\b(re-?elected|re-?election|returned to (?:office|power|the white house)|return(?:ed)? to the presidency|back in office)\b/i,
    key: (m) => (m[1] as string).split(/\s+/)[0] as string,
  },
  { re: /\b(again)\b/i, key: () => 'again' },
];

/** Whether the clause marks its event as another instance than the recorded one(s) it is linked to. */
export function anotherInstance(clauseText: string, events: readonly IndexedEvent[]): boolean {
  const own = events.map((e) => foldText([e.event.label, ...e.words].join(' '))).join(' ');
  return MARKERS.some(({ re, key }) => {
    const m = re.exec(clauseText);
    if (!m) return false;
    const k = foldText(key(m));
    // "again" names a recorded redo ("refiled", "re-filed"); any other marker, its own word.
    if (k === 'again')
      return (
        !events.some((e) => e.words.some((w) => /^re-?[a-z]{4,}$/.test(w))) &&
        !own.includes('again')
      );
    return !new RegExp(String.raw`\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(own);
  });
}
