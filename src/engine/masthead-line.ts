/**
 * A strip of the page's own particulars ("The Flower City Weekly · web version of this week's email · Issue 212 ·
 * Friday, May 2, 2025"): three or more parts set apart by "·", "•" or "|", one of them the page's own date and one a
 * label of the publication itself (issue, edition, web version; a strip of headlines has none, and is read). It dates
 * the page, not the story, and its words ("this week's email") are the page's, so nothing in it is compared.
 * General; nothing here knows a story.
 */
import { datesIn } from './dates.ts';

const SEPARATOR = /\s[\u00B7\u2022|]\s/;
/** A part that labels the publication itself: its issue, edition or volume, its web version, its kind. */
const OWN_LABEL =
  /\b(?:issue|edition|vol\.?|volume|no\.|web\s+version|newsletter|digest|bulletin|e-?mail|episode|page\s+\d)\b/i;

export function mastheadLine(line: string, pageDate: string | undefined): boolean {
  if (!pageDate || !SEPARATOR.test(line)) return false;
  const parts = line.split(SEPARATOR);
  const day = pageDate.slice(0, 10);
  return (
    parts.length >= 3 &&
    parts.some((p) => OWN_LABEL.test(p)) &&
    parts.some((p) => datesIn(p).some((d) => d.start === day))
  );
}
