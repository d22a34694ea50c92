/**
 * "Last fall", "this past winter": a season counted back from the page's date. Seasons are the northern hemisphere's
 * meteorological ones (spring March–May, summer June–August, fall September–November, winter December–February); a
 * margin of a month either side also takes in the astronomical seasons (which begin about three weeks later) and
 * loose use. "Last fall" is the latest fall that has ended before the page's date; on a page within the season itself
 * or in the month after it, the one a year before is allowed too ("last summer" on 10 September may mean either).
 * "This summer" is the season of the page's own year: the one the page falls in, else the one of its calendar year
 * (gone by on a page dated after it, to come on one dated before); "this winter", outside winter, the nearer of the one
 * just gone and the one to come. Nothing here knows a story.
 */
import type { Season } from '../read/types.ts';
import { MONTH_NAMES } from '../../shared/month-names.ts';
import { dayRange } from './record-values.ts';

/** Days either side of a season's meteorological span that still count as that season. */
const SEASON_MARGIN_DAYS = 31;

/** First month (1–12) and month count of each season; winter starts in December of its first year. */
const START: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/** The season's days (first, last) when it begins in `year`. */
function span(season: Season, year: number): [number, number] {
  const m = START[season];
  const [a] = dayRange(`${year}-${String(m).padStart(2, '0')}`);
  const endMonth = m + 2 > 12 ? m + 2 - 12 : m + 2;
  const [, b] = dayRange(`${m + 2 > 12 ? year + 1 : year}-${String(endMonth).padStart(2, '0')}`);
  return [a, b];
}

export interface SeasonWindow {
  /** Days before the page's date the season allows (from, to), as compare-recency's windows. */
  back: number;
  ahead: number;
  /** What it means, for the explanation ("September to November 2021"). */
  shown: string;
}

/** The days "last <season>" allows on a page dated `pageDate` (YYYY-MM-DD…); null without a full date. */
export function lastSeasonWindow(season: Season, pageDate: string): SeasonWindow | null {
  const d = /^(\d{4})-\d{2}-\d{2}/.exec(pageDate);
  if (!d) return null;
  const [page] = dayRange(pageDate.slice(0, 10));
  const year = Number(d[1]);
  // The seasons of this kind that began before the page, latest first.
  const begun = [year, year - 1, year - 2, year - 3]
    .map((y) => ({ y, s: span(season, y) }))
    .filter((x) => x.s[0] <= page);
  const [latest, before] = begun;
  if (!latest || !before) return null;
  const ended = latest.s[1] < page ? latest : before;
  const first = MONTH_NAMES[START[season] - 1] as string;
  const last = MONTH_NAMES[(START[season] + 1) % 12] as string;
  const shownOf = (y: number) =>
    season === 'winter' ? `${first} ${y} to ${last} ${y + 1}` : `${first} to ${last} ${y}`;
  // Within the season or the month after it: the one just gone, or the one a year before.
  if (page <= latest.s[1] + SEASON_MARGIN_DAYS) {
    const from = before.s[0] - SEASON_MARGIN_DAYS;
    return { back: page - from, ahead: -1, shown: `${shownOf(before.y)} or ${shownOf(latest.y)}` };
  }
  return {
    back: page - (ended.s[0] - SEASON_MARGIN_DAYS),
    ahead: page - (ended.s[1] + SEASON_MARGIN_DAYS),
    shown: shownOf(ended.y),
  };
}

/** The days "this <season>" allows on a page dated `pageDate` (YYYY-MM-DD…); null without a full date. */
export function thisSeasonWindow(season: Season, pageDate: string): SeasonWindow | null {
  const d = /^(\d{4})-\d{2}-\d{2}/.exec(pageDate);
  if (!d) return null;
  const [page] = dayRange(pageDate.slice(0, 10));
  const year = Number(d[1]);
  const first = MONTH_NAMES[START[season] - 1] as string;
  const last = MONTH_NAMES[(START[season] + 1) % 12] as string;
  const shownOf = (y: number) =>
    season === 'winter' ? `${first} ${y} to ${last} ${y + 1}` : `${first} to ${last} ${y}`;
  // Winter begins in December: the one the page falls in began this year or the year before; outside it, the nearer.
  const years = season === 'winter' ? [year - 1, year] : [year];
  const spans = years.map((y) => [y, ...span(season, y)] as const);
  const distance = (x: readonly [number, number, number]) =>
    page < x[1] ? x[1] - page : page > x[2] ? page - x[2] : 0;
  const [y, a, b] = [...spans].sort((p, q) => distance(p) - distance(q))[0] as readonly [
    number,
    number,
    number,
  ];
  return {
    back: page - (a - SEASON_MARGIN_DAYS),
    ahead: page - (b + SEASON_MARGIN_DAYS),
    shown: shownOf(y),
  };
}
