/**
 * A time counted from the page that owns another thing ("With this week's executive orders on immigration, readers
 * have been sharing old quotes"): it dates that thing, not the story's act, so it does not put the story in the page's
 * days. Not a noun of what was said or reported ("this week's statements", "today's news", "this week's resistance from the chiefs"), nor of the page's own
 * telling ("this week's episode breaks down a new report on …"), which do. Read on folded
 * text right after the time words. General English; nothing here knows a story.
 */
const TOLD =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:statements?|remarks|comments|vows?|pledges?|promises?|words|announcements?|interviews?|conferences?|declarations?|refusals?|stand|news|story|stories|headlines?|reports?|reporting|coverage|decision|decisions|pushback|defiance|resistance|standoff|clash|fight|feud|showdown|backlash|row|dispute|controversy|uproar|stance|rebuke|response|reaction|revolt|protests?|rall(?:y|ies)|moves?|episodes?|issues?|editions?|shows?|podcasts?|newsletters?|emails?|columns?|segments?|broadcasts?|programs?|programmes?|digests?|roundups?)\b/u;

/** Whether the time words ending at `end` are an owner's possessive of a thing not said or reported. */
export function recentTimeOwnsThing(folded: string, end: number): boolean {
  const owner = /^['\u2019]s\b/.exec(folded.slice(end));
  return owner !== null && !TOLD.test(folded.slice(end + owner[0].length, end + 80));
}
