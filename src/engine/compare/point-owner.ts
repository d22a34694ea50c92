/**
 * The point a time is counted from, named with words between the point word and the event's noun: an owner ("two
 * days after Beck's interview", "before the city's press conference") or, after an offset, a determiner and one
 * modifier ("six days after the presidential election"), or a month (and day) dating it ("after his January executive order", "after Trump's 25 January orders"). The event so named is the anchor, not what the clause
 * tells of: the clause's date belongs to its own subject. Without an offset or an owner ("after the electoral
 * victory last week") the words may still be the clause's own event and are left to the plain reading. Read on
 * folded (lower-case) text; general English, nothing here knows a story.
 */
const POINT = String.raw`(?:after|before|since|following|until|ahead of|prior to|in (?:direct |swift )?(?:response|reaction|answer) to|within (?:a|an|one|two|three|four|a few) (?:days?|weeks?|months?|years?) of)`;
/** "before any of ", "after all of ": a quantifier over the point's things. */
const SOME_OF = String.raw`(?:any|all|each|either|both|one|some|none|most)\s+of\s+`;
/** "after Beck's ", "before the city's ", "following Chief Roe's ", "before any of Trump's ". */
const OWNED = new RegExp(
  String.raw`\b${POINT}\s+(?:${SOME_OF})?(?:the\s+)?(?:[a-z][a-z.-]*\s+)?[a-z][a-z.-]*'s\s+$`,
);
/** "six days after the presidential ", "a week before his second ". */
const OFFSET = new RegExp(
  String.raw`\b(?:days?|weeks?|months?|years?|hours?|nights?)\s+${POINT}\s+(?:the|that|this|its|his|her|their)\s+[a-z0-9][a-z0-9-]*\s+$`,
);

/** "after his January ", "before Trump's March ": a point dated by its month alone as the noun's modifier (with a year, the date is read as one and left to the plain reading). */
const MONTHED = new RegExp(
  String.raw`\b${POINT}\s+(?:(?:the|that|his|her|their|its)\s+|(?:[a-z][a-z.-]*\s+)?[a-z][a-z.-]*'s\s+)(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+$`,
);

/** Whether the folded words just before an event's noun make it the point of a time phrase, with an owner or an offset's modifier between. */
export const anchoredWide = (foldedBefore: string, foldedAfter = ''): boolean => {
  const text = foldedBefore.replace(/\u2019/g, "'");
  // A year after the month ("his January 2017 order") makes it a date the plain reading takes.
  return OWNED.test(text) || OFFSET.test(text) || (MONTHED.test(text) && !/^\d/.test(foldedAfter));
};

/** Right before a day: a point word and an owner or a determiner ("after Trump's |25 January| orders", "after his |Friday| post"). */
const DAY_OF_POINT = new RegExp(
  String.raw`\b${POINT}\s+(?:${SOME_OF})?(?:(?:the|that|this|his|her|their|its)\s+|(?:the\s+)?(?:[a-z][a-z.-]*\s+)?[a-z][a-z.-]*'s\s+)$`,
);

/**
 * Whether the day at [start, end) of the folded sentence dates the point another time is counted from ("weeks after
 * Trump's 25 January executive orders", "four weeks after his Friday post"): a point word and an owner or a determiner
 * before it, and the point's noun right after it. Such a day is the point's, not the clause's.
 */
export function dayOfPoint(folded: string, start: number, end: number): boolean {
  return (
    DAY_OF_POINT.test(folded.slice(Math.max(0, start - 60), start).replace(/\u2019/g, "'")) &&
    /^\s+[a-z][a-z-]*/.test(folded.slice(end, end + 20))
  );
}
