/**
 * "Shortly before five o'clock", "just after 6 p.m.", "a little after seven", "moments before 5:30": a close hedge
 * keeps its side. The event is in the hour on the hedge's side of the time, and twenty minutes past it the other
 * way (the record's own times are rounded: "shortly after 5 a.m." is no conflict with a raid at 6); an event the record has wholly outside that
 * window is told at the wrong time. Without a close hedge, null (the caller's wider reading applies). Nothing here
 * knows a story.
 */

/** A close hedge right before "after" / "before": "shortly", "just", "soon", "right", "moments", "minutes", "a little", "a few minutes". */
const CLOSE =
  /\b(?:shortly|just|soon|right|moments?|minutes|a\s+little|a\s+bit|not\s+long)\s+(after|before)\s+$/i;

/** The window [from, to] in minutes a close hedge before the time at `start` of `sentence` allows, or null. */
export function closeWindow(
  sentence: string,
  start: number,
  minutes: number,
): { from: number; to: number } | null {
  const m = CLOSE.exec(sentence.slice(Math.max(0, start - 30), start));
  if (!m) return null;
  return m[1]!.toLowerCase() === 'before'
    ? { from: minutes - 60, to: minutes + 20 }
    : { from: minutes - 20, to: minutes + 60 };
}
