/**
 * Dates a sentence states outright: "24 March 2025", "March 24, 2025",
 * "2025-03-24", "March 2025", and a year after a word that makes it a time
 * ("in 2016", "since 2017"). A bare number is never taken for a year ("2000
 * people"), nor a year naming something else ("the 2024 election").
 */
import type { Period } from '../pack/schema.ts';
import { MONTH_NAMES_LOWER } from '../shared/month-names.ts';

const MONTHS = MONTH_NAMES_LOWER;
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const YEAR = '((?:19|20)\\d\\d)';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';

/** Each pattern, with how to read its groups into year, month and day. */
const PATTERNS: { re: RegExp; read(m: RegExpExecArray): [string, string?, string?] }[] = [
  {
    re: new RegExp(`\\b${YEAR}-(0[1-9]|1[0-2])-([0-3]\\d)\\b`, 'gi'),
    read: (m) => [m[1] as string, m[2], m[3]],
  },
  {
    re: new RegExp(`\\b${DAY} ${MONTH},? ${YEAR}\\b`, 'gi'),
    read: (m) => [m[3] as string, m[2], m[1]],
  },
  {
    re: new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'gi'),
    read: (m) => [m[3] as string, m[1], m[2]],
  },
  { re: new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'gi'), read: (m) => [m[2] as string, m[1]] },
  {
    re: new RegExp(
      `\\b(?:in|since|during|until|by|from|before|after|throughout|early|late|mid-?)\\s+${YEAR}\\b(?!\\s*(?:election|race|campaign|census|law|act|budget|season|model|edition|olympics|world cup))`,
      'gi',
    ),
    read: (m) => [m[1] as string],
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  const at = MONTHS.findIndex((m) => m.startsWith(key));
  return at >= 0 ? at + 1 : undefined;
}

function toDate([year, month, day]: [string, string?, string?]): string | null {
  const m =
    month === undefined ? undefined : /^\d+$/.test(month) ? Number(month) : monthNumber(month);
  if (month !== undefined && !m) return null;
  if (m === undefined) return year;
  if (day === undefined) return `${year}-${pad(m)}`;
  const d = Number(day);
  const check = new Date(Date.UTC(Number(year), m - 1, d));
  return check.getUTCDate() === d ? `${year}-${pad(m)}-${pad(d)}` : null;
}

/** The dates a sentence states, most specific first where two overlap, at most `max`. */
export function datesIn(sentence: string, max = 3): Period[] {
  const taken: [number, number][] = [];
  const found: { at: number; period: Period }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const date = toDate(read(m));
      if (!date) continue;
      taken.push([start, end]);
      found.push({ at: start, period: { start: date, label: m[0].trim() } });
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, max)
    .map((f) => f.period);
}

const MONTH_DAY = new RegExp(
  `\\b(?:${MONTH} ${DAY}|${DAY} (?:of )?${MONTH})(?!,? ${YEAR})\\b`,
  'gi',
);

/** The days a sentence names by month and day with no year ("on January 25", "25 January"), as "MM-DD". */
export function monthDaysIn(sentence: string): string[] {
  return [...sentence.matchAll(MONTH_DAY)].flatMap((m) => {
    const date = toDate(['2000', m[1] ?? m[4], m[2] ?? m[3]]);
    return date ? [date.slice(5)] : [];
  });
}

/** A pack date (YYYY, YYYY-MM or YYYY-MM-DD) in words, as the engine's sentences write it: "26 March 2025", "March 2025", "2016". */
export function writtenDate(date: string): string {
  const [year, month, day] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? date;
  const Month = name.charAt(0).toUpperCase() + name.slice(1);
  return day ? `${Number(day)} ${Month} ${year}` : `${Month} ${year}`;
}
