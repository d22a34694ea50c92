/**
 * Events a clause names only as what something else was about: after "about", "regarding", "concerning" or
 * "whether" ("the calls tonight were about whether …"), or as a thing already past, after "now that" ("now that the
 * vote is over"). A time word outside those words ("tonight", "this week") times the calls, the questions, the talk:
 * not the event named as their topic, which the clause does not tell as happening then. Read on folded text, whose
 * offsets are the sentence's; general English, nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { findTerm } from '../terms.ts';
import type { IndexedEvent } from './story-record.ts';

/**
 * Where a topic (or a thing told as past) begins. After "about", "regarding", "concerning" it is a noun phrase, ended
 * by a preposition or conjunction that opens what goes with the verb ("spoke about the raid at a press conference":
 * the conference is no topic); after "whether" or "now that" it is a clause, ended by a comma, a semicolon or a dash.
 */
const TOPIC = /\b(?:(about|regarding|concerning)|whether|now\s+that)\b/g;
const PHRASE_END =
  /[,;:\u2014]|\s-\s|\s(?:at|in|on|during|after|before|when|while|and|but|as|with|for|to|from|since|until|by)\s/;
const CLAUSE_END = /[,;:\u2014]|\s-\s/;

/** Whether every event is named by its words, and only inside a topic, and the span [start, end) lies outside every topic. */
export function namedOnlyAsTopic(
  sentence: string,
  [start, end]: [number, number],
  events: readonly IndexedEvent[],
): boolean {
  if (!events.length) return false;
  const folded = foldText(sentence);
  TOPIC.lastIndex = 0;
  const spans: [number, number][] = [];
  for (let m = TOPIC.exec(folded); m; m = TOPIC.exec(folded)) {
    const rest = folded.slice(m.index + m[0].length);
    const stop = (m[1] ? PHRASE_END : CLAUSE_END).exec(rest);
    spans.push([m.index, m.index + m[0].length + (stop ? stop.index : rest.length)]);
  }
  if (!spans.length) return false;
  const inTopic = (a: number, b: number) => spans.some(([s, e]) => a >= s && b <= e);
  if (spans.some(([s, e]) => start < e && end > s)) return false;
  return events.every((e) => {
    let named = false;
    for (const word of e.words) {
      const w = foldText(word);
      for (let at = findTerm(folded, w); at !== -1; at = findTerm(folded, w, at + 1)) {
        if (!inTopic(at, at + w.length)) return false;
        named = true;
      }
    }
    return named;
  });
}
