import { uiLanguage } from '../platform/browser-api.ts';

/** Formats a pack date (YYYY, YYYY-MM or YYYY-MM-DD) in the browser's language, to the precision it has. */
export function formatDate(date: string, locale = uiLanguage()): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year) return date;
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(at);
}
