/** The months' English names, January first (`MONTH_NAMES[month - 1]`). */
export const MONTH_NAMES: readonly string[] = [
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

/** The same names in lower case, for matching folded text. */
export const MONTH_NAMES_LOWER: readonly string[] = MONTH_NAMES.map((name) => name.toLowerCase());

/** The months' short forms written with a period ("Jan.", "Sept."), in lower case: May has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
