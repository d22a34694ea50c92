/** Reading and shifting the values in slots: counts (words or digits), dates, months and years, times of day, weekdays. */

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0..999 in words ("thirty-six", "three hundred"). */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new Error(`numberWords: ${n} out of range`);
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : '');
  return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberWords(n % 100)}` : ''}`;
}

/** A count written in digits or words (up to 999), or null. */
export function parseCount(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  for (let n = 0; n < 1000; n++) if (numberWords(n) === t) return n;
  return null;
}

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
/** The eval's own month names, not src/shared's: nothing the perturbations are made from comes from the engine's code (suite.test.ts). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH = MONTHS.join('|');

/** A calendar date as written: "24 March 2025", "March 24, 2025", "March 24", "24 March". */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
  order: 'day-month' | 'month-day';
}

export function parseDate(text: string): WrittenDate | null {
  let m = new RegExp(`^(\\d{1,2}) (${MONTH})(?: (\\d{4}))?$`).exec(text);
  if (m)
    return {
      day: Number(m[1]),
      month: MONTHS.indexOf(m[2]!),
      year: m[3] ? Number(m[3]) : null,
      order: 'day-month',
    };
  m = new RegExp(`^(${MONTH}) (\\d{1,2})(?:, (\\d{4}))?$`).exec(text);
  if (m)
    return {
      day: Number(m[2]),
      month: MONTHS.indexOf(m[1]!),
      year: m[3] ? Number(m[3]) : null,
      order: 'month-day',
    };
  return null;
}

export function formatDate(d: WrittenDate): string {
  const month = MONTHS[d.month]!;
  if (d.order === 'day-month') return `${d.day} ${month}${d.year === null ? '' : ` ${d.year}`}`;
  return `${month} ${d.day}${d.year === null ? '' : `, ${d.year}`}`;
}

/** The date `days` later (earlier when negative); a date without a year is shifted within a non-leap year. */
export function addDays(d: WrittenDate, days: number): WrittenDate {
  const at = new Date(Date.UTC(d.year ?? 2001, d.month, d.day + days));
  return {
    ...d,
    year: d.year === null ? null : at.getUTCFullYear(),
    month: at.getUTCMonth(),
    day: at.getUTCDate(),
  };
}

/** The same day in another month (the day clamped to that month's length). */
export function withMonth(d: WrittenDate, month: number): WrittenDate {
  const length = new Date(Date.UTC(d.year ?? 2001, month + 1, 0)).getUTCDate();
  return { ...d, month, day: Math.min(d.day, length) };
}

/** "November 2016" or "2016". */
export interface MonthYear {
  month: number | null;
  year: number;
}

export function parseMonthYear(text: string): MonthYear | null {
  const m = new RegExp(`^(?:(${MONTH}) )?(\\d{4})$`).exec(text);
  return m ? { month: m[1] ? MONTHS.indexOf(m[1]) : null, year: Number(m[2]) } : null;
}

export const formatMonthYear = (m: MonthYear): string =>
  m.month === null ? String(m.year) : `${MONTHS[m.month]} ${m.year}`;

/** A time of day: "5:30 p.m.", "6 p.m.", "10 a.m.", "noon". Minutes since midnight, and whether minutes were written. */
export interface TimeOfDay {
  minutes: number;
  withMinutes: boolean;
  noonWord: boolean;
}

export function parseTime(text: string): TimeOfDay | null {
  if (text === 'noon') return { minutes: 12 * 60, withMinutes: false, noonWord: true };
  const m = /^(\d{1,2})(?::(\d{2}))? ([ap])\.m\.$/.exec(text);
  if (!m) return null;
  const hour = (Number(m[1]) % 12) + (m[3] === 'p' ? 12 : 0);
  return {
    minutes: hour * 60 + Number(m[2] ?? 0),
    withMinutes: m[2] !== undefined,
    noonWord: false,
  };
}

export function formatTime(t: TimeOfDay): string {
  const minutes = ((t.minutes % 1440) + 1440) % 1440;
  const hour24 = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hour = hour24 % 12 === 0 ? 12 : hour24 % 12;
  return `${hour}${t.withMinutes || minute ? `:${String(minute).padStart(2, '0')}` : ''} ${hour24 < 12 ? 'a' : 'p'}.m.`;
}

/** A time of day in words, with the part of the day: "nine o'clock at night", "half past five in the evening", "ten past six in the morning". */
export function formatTimeWords(t: TimeOfDay): string {
  const minutes = (((Math.round(t.minutes / 5) * 5) % 1440) + 1440) % 1440;
  const hour24 = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hourWord = (h24: number) => numberWords(h24 % 12 === 0 ? 12 : h24 % 12);
  const part =
    hour24 >= 5 && hour24 < 12
      ? 'in the morning'
      : hour24 >= 12 && hour24 < 17
        ? 'in the afternoon'
        : hour24 >= 17 && hour24 < 21
          ? 'in the evening'
          : 'at night';
  let clock: string;
  if (minute === 0) clock = `${hourWord(hour24)} o'clock`;
  else if (minute === 30) clock = `half past ${hourWord(hour24)}`;
  else if (minute === 15) clock = `a quarter past ${hourWord(hour24)}`;
  else if (minute === 45) clock = `a quarter to ${hourWord(hour24 + 1)}`;
  else if (minute < 30) clock = `${numberWords(minute)} past ${hourWord(hour24)}`;
  else clock = `${numberWords(60 - minute)} to ${hourWord(hour24 + 1)}`;
  return `${clock} ${part}`;
}

/** Units of duration, smallest first, as written in the singular. */
export const DURATION_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];

/** A duration as written: "two-hour", "about an hour", "the past decade", "three days". */
export interface WrittenDuration {
  /** Words before the amount ("about ", "the past "). */
  lead: string;
  amount: number;
  /** The amount was not written ("the past decade"), or as "a"/"an". */
  amountWord: 'none' | 'article' | 'words' | 'digits';
  unit: number;
  /** "two-hour": joined by a hyphen (the unit stays singular). */
  hyphen: boolean;
}

export function parseDuration(text: string): WrittenDuration | null {
  const m = /^(.*?)(minute|hour|day|week|month|year|decade)s?$/i.exec(text.trim());
  if (!m) return null;
  const before = m[1] as string;
  const unit = DURATION_UNITS.indexOf((m[2] as string).toLowerCase());
  const none = { lead: before, amount: 1, amountWord: 'none' as const, unit, hyphen: false };
  const a = /(^|\s)([a-z0-9]+)([- ])$/i.exec(before);
  if (!a) return before === '' || /\s$/.test(before) ? none : null;
  const lead = before.slice(0, a.index + (a[1] as string).length);
  const written = (a[2] as string).toLowerCase();
  const hyphen = a[3] === '-';
  if (written === 'a' || written === 'an')
    return { lead, amount: 1, amountWord: 'article', unit, hyphen };
  const n = parseCount(written);
  if (n === null) return none;
  return { lead, amount: n, amountWord: /^\d/.test(written) ? 'digits' : 'words', unit, hyphen };
}

export function formatDuration(d: WrittenDuration): string {
  const unit = DURATION_UNITS[d.unit] as string;
  if (d.amount === 1 && (d.amountWord === 'none' || d.amountWord === 'article')) {
    if (d.amountWord === 'none') return `${d.lead}${unit}`;
    return `${d.lead}${/^[aeiou]|^hour/.test(unit) ? 'an' : 'a'}${d.hyphen ? '-' : ' '}${unit}`;
  }
  const amount = d.amountWord === 'digits' ? String(d.amount) : numberWords(d.amount);
  return `${d.lead}${amount}${d.hyphen ? '-' : ' '}${unit}${d.hyphen || d.amount === 1 ? '' : 's'}`;
}
