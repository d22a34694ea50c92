/**
 * Typed perturbations of true sentences: each replaces one slot's words with a value drawn, with a
 * seeded PRNG, from the general lists in eval/perturb/lists (never from the engine's data), and says
 * what the engine should make of the result. The rules are documented in eval/README.md.
 */
import { pick, rng } from './prng.ts';
import type { Expectation, ReplacementLists, Slot, StoryInfo, TrueSentence } from './suite.ts';
import {
  addDays,
  DURATION_UNITS,
  formatDate,
  formatDuration,
  formatMonthYear,
  formatTime,
  formatTimeWords,
  MONTHS,
  numberWords,
  parseCount,
  parseDate,
  parseDuration,
  parseMonthYear,
  parseTime,
  WEEKDAYS,
  withMonth,
} from './values.ts';

export const KINDS = [
  'agency',
  'agency-related',
  'agency-sibling',
  'denial',
  'person',
  'qualifier',
  'street',
  'city',
  'state',
  'weekday',
  'date',
  'day-in-words',
  'month-year',
  'time',
  'time-words',
  'time-hedge',
  'duration',
  'count',
  'outcome',
  'outlet',
  'stance',
  'hierarchy',
  'outlet-kind',
  'outlet-unmarked',
  'order',
  'year',
  'origin',
  'court',
  'disposition',
  'act',
  'owner',
  'scope',
  'effect',
  'lead',
  'demand',
  'wish',
  'whole',
  'colour',
  'medium',
  'reaction',
  'post',
  'offset',
  'verdict',
  'named-day',
  'run-day',
  'met',
  'all-of',
  'holder',
  'date-words',
  'side',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Perturbation {
  /** `<sentence id>/<slot index>/<kind>/<n>`: stable from run to run. */
  id: string;
  sentenceId: string;
  ref: string;
  kind: Kind;
  /** What was done, e.g. "x2 in digits", "+3 days", "former". */
  variant: string;
  from: string;
  to: string;
  text: string;
  expect: Expectation;
}

interface Replacement {
  kind: Kind;
  variant: string;
  /** The words replacing the slot (or, for a denial or a qualifier, the slot with its addition). */
  to: string;
  expect: Expectation;
  /** What is replaced when it is more than the slot's text (an actor slot with its head noun). */
  span?: string;
}

/** One replacement of `kind` for each of `values`, all with the same variant and expectation. */
const replacements = (
  kind: Kind,
  variant: string,
  expect: Expectation,
  values: readonly string[],
): Replacement[] => values.map((to) => ({ kind, variant, to, expect }));

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** The values other than `word` (in any case). */
const besides = (values: readonly string[], word: string) => values.filter((x) => !same(x, word));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Candidates that differ from the original, are not excluded by the record, and are not already in the sentence. */
const usable = (
  values: readonly string[],
  original: string,
  sentence: string,
  exclude: readonly string[] = [],
) =>
  values.filter(
    (x) =>
      !same(x, original) &&
      !exclude.some((e) => same(e, x)) &&
      !sentence.toLowerCase().includes(x.toLowerCase()),
  );

function agency(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  exclude: readonly string[],
  random: () => number,
): Replacement[] {
  const { immigration, federal, state, local } = lists.agencies;
  const group = immigration.find((g) => g.some((alias) => same(alias, slot.text)));
  const out: Replacement[] = [];
  if (group) {
    // Another immigration agency is only partly wrong (sources differ; the record calls "ICE" imprecise): flag.
    const others = immigration.filter(
      (g) =>
        g !== group && !g.some((alias) => sentence.toLowerCase().includes(alias.toLowerCase())),
    );
    out.push(
      ...replacements(
        'agency-related',
        'another immigration agency',
        'flag',
        pick(others, 2, random).map((g) => pick(g, 1, random)[0]!),
      ),
    );
  }
  const unrelated = usable(
    [...federal, ...state, ...local, ...(group ? [] : immigration.flat())],
    slot.text,
    sentence,
    exclude,
  );
  out.push(...replacements('agency', 'another agency', 'discrepant', pick(unrelated, 2, random)));
  if (slot.actor !== undefined) {
    const head = slot.actor ? ` ${slot.actor}` : '';
    const [other] = pick(usable(federal, slot.text, sentence, exclude), 1, random);
    if (other)
      out.push({
        kind: 'denial',
        variant: 'X, not <agency>',
        to: `${other}${head}, not ${slot.text}${head},`,
        span: `${slot.text}${head}`,
        expect: 'discrepant',
      });
  }
  // Another component of the agency's own parent ("Border Patrol" for CBP's Office of Field Operations): it did not act.
  const units = lists.agencies.units.find((u) =>
    u.some((g) => g.some((alias) => same(alias, slot.text))),
  );
  const siblings = (units ?? []).filter(
    (g) =>
      !g.some(
        (alias) => same(alias, slot.text) || sentence.toLowerCase().includes(alias.toLowerCase()),
      ),
  );
  out.push(
    ...replacements(
      'agency-sibling',
      'another unit of the same parent',
      'discrepant',
      pick(siblings, 1, random).flatMap((g) =>
        pick(usable(g, slot.text, sentence, exclude), 1, random),
      ),
    ),
  );
  return out;
}

function person(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const { first, last } = lists.names;
  const full = slot.text.includes(' ');
  const names = full ? last.flatMap((l) => first.map((f) => `${f} ${l}`)) : last;
  return replacements(
    'person',
    full ? 'another full name' : 'another surname',
    'discrepant',
    pick(usable(names, slot.text, sentence), 2, random),
  );
}

function qualifier(slot: Slot): Replacement[] {
  return Object.entries(slot.qualifiers ?? {}).map(([q, expect]) => ({
    kind: 'qualifier' as const,
    variant: q,
    to: q === 'then-' ? `then-${slot.text}` : `${q} ${slot.text}`,
    expect,
  }));
}

/**
 * A one-holder post's title right before a name, with nothing capitalised before it ("Police Chief Jane Roe", "Mayor
 * Jane Roe"), given as a county sheriff's ("Erie County Sheriff Jane Roe"): another body's post of another head, which
 * they did not hold (discrepant). The county is chosen by the sentence, not drawn, so the other draws stay as they were.
 */
function sheriffTitle(
  slot: Slot,
  sentence: string,
  at: number,
  lists: ReplacementLists,
): Replacement[] {
  if (
    !/(?:^|\s)(?:chief|mayor)$/i.test(slot.text) ||
    !/^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(sentence.slice(at + slot.text.length)) ||
    /\p{Lu}[\p{L}'\u2019.]*\s+$/u.test(sentence.slice(0, at))
  )
    return [];
  const counties = usable(lists.counties, slot.text, sentence);
  const county = counties[(sentence.length + at) % Math.max(1, counties.length)];
  return county
    ? [
        {
          kind: 'post',
          variant: "a county sheriff's title before the name",
          to: `${county} Sheriff`,
          expect: 'discrepant',
        },
      ]
    : [];
}

const TIME_UNITS = /^(second|minute|hour|day|week|month|year)s?$/;

function count(slot: Slot, sentence: string, at: number): Replacement[] {
  const n = parseCount(slot.text);
  if (n === null) throw new Error(`count slot "${slot.text}" is not a number`);
  const [min, max] = slot.range ?? [n, n];
  const outside = (x: number) => x < min || x > max;
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + slot.text.length);
  const out: Replacement[] = [];
  const add = (variant: string, value: number, to: string) => {
    if (outside(value)) out.push({ kind: 'count', variant, to, expect: 'discrepant' });
  };
  for (const [name, value] of [
    ['x2', n * 2],
    ['x3', n * 3],
  ] as const) {
    add(`${name} in words`, value, numberWords(value));
    add(`${name} in digits`, value, String(value));
  }
  add('+1', n + 1, numberWords(n + 1));
  if (n - 1 >= 2) add('-1', n - 1, numberWords(n - 1));
  const timeUnit = TIME_UNITS.test(slot.noun ?? '');
  // "a dozen" and "dozens of" need no determiner before them, and "dozens" no approximation.
  const determined = /\b(a|an|his|her|their|its|the|all|of|these|those|estimated)\s$/i.test(before);
  if (!timeUnit && !after.startsWith('-') && !determined) {
    add('a dozen', 12, 'a dozen');
    add('two dozen', 24, 'two dozen');
    // "half a dozen" is read as five to seven: wrong only where the record's range is clear of that.
    if (max < 5 || min > 7) add('half a dozen', 6, 'half a dozen');
    if (max < 13 && !/\b(about|around|roughly|some)\s$/i.test(before))
      out.push({ kind: 'count', variant: 'dozens', to: 'dozens of', expect: 'discrepant' });
  }
  // Quantifier words: a hedge does not reach three times the number (the engine widens a hedged count by a fifth), nor
  // "a handful" (3 to 7) ten or more; the same number hedged is still true.
  const hedged = /\b(about|around|roughly|some|nearly|almost|approximately|estimated)\s$/i.test(
    before,
  );
  if (!timeUnit && !after.startsWith('-') && !determined && !hedged) {
    if (n * 3 * 0.8 > max)
      out.push({
        kind: 'count',
        variant: 'roughly x3',
        to: `roughly ${numberWords(n * 3)}`,
        expect: 'discrepant',
      });
    if (min > 9)
      out.push({ kind: 'count', variant: 'a handful', to: 'a handful of', expect: 'discrepant' });
    out.push({
      kind: 'count',
      variant: 'about the same',
      to: `about ${slot.text.toLowerCase()}`,
      expect: 'true',
    });
    // The colloquial hedge "like" on a subject that opens the sentence: "Like thirty officers came" is about thirty, as far
    // from the record as "roughly thirty".
    if (before.trim() === '' && n * 3 * 0.8 > max)
      out.push({
        kind: 'count',
        variant: 'like x3',
        to: `like ${numberWords(n * 3)}`,
        expect: 'discrepant',
      });
  }
  // A crowd's count as a round number said with "a": ten times the record's is wrong ("a thousand protesters" for about
  // 100), "a hundred" after a hedge where the record has about that many is right.
  if (!timeUnit && !after.startsWith('-') && !determined && min >= 50) {
    add('a thousand', 1000, 'a thousand');
    if (min <= 100 && max >= 100 && hedged)
      out.push({ kind: 'count', variant: 'a hundred', to: 'a hundred', expect: 'true' });
  }
  if (slot.deny) out.push({ kind: 'denial', variant: 'no <noun>', to: 'no', expect: 'discrepant' });
  return out;
}

/** Another month (0 = January) than `month`, drawn. */
const anotherMonth = (month: number, random: () => number): number =>
  pick(
    MONTHS.map((_, i) => i).filter((i) => i !== month),
    1,
    random,
  )[0]!;

/** A shift of one to three years, either way, drawn. */
const yearShift = (random: () => number): number => pick([-3, -2, -1, 1, 2, 3], 1, random)[0]!;

function date(slot: Slot, random: () => number): Replacement[] {
  const d = parseDate(slot.text);
  if (!d) throw new Error(`date slot "${slot.text}" is not a date this suite reads`);
  const out: Replacement[] = [];
  const offsets = pick(
    [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    2,
    random,
  );
  for (const days of offsets)
    out.push({
      kind: 'date',
      variant: `${days > 0 ? '+' : ''}${days} days`,
      to: formatDate(addDays(d, days)),
      expect: 'discrepant',
    });
  out.push({
    kind: 'date',
    variant: 'another month',
    to: formatDate(withMonth(d, anotherMonth(d.month, random))),
    expect: 'discrepant',
  });
  if (d.year !== null)
    out.push({
      kind: 'date',
      variant: 'another year',
      to: formatDate({ ...d, year: d.year + yearShift(random) }),
      expect: 'discrepant',
    });
  return out;
}

/** "on the twenty-fourth of March 2025": the date with its day in words, as written and a day off (after "on" only). */
function dateInWords(
  slot: Slot,
  sentence: string,
  at: number,
  lists: ReplacementLists,
): Replacement[] {
  const d = parseDate(slot.text);
  if (!d || !/\bon\s+$/i.test(sentence.slice(0, at))) return [];
  const words = (x: typeof d) =>
    `the ${lists.dayWords[x.day - 1]} of ${MONTHS[x.month]}${x.year === null ? '' : ` ${x.year}`}`;
  const shifted = addDays(d, d.day < 28 ? 1 : -1);
  return [
    {
      kind: 'date-words',
      variant: 'the same date, its day in words',
      to: words(d),
      expect: 'true',
    },
    {
      kind: 'date-words',
      variant: 'a day off, in words',
      to: words(shifted),
      expect: 'discrepant',
    },
  ];
}

/** A date right after a weekday and a comma ("Monday, March 24"), said as the day of the month in words ("Monday, the twenty-sixth"): another day, and the same day (true). */
function dayInWords(
  slot: Slot,
  sentence: string,
  at: number,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const d = parseDate(slot.text);
  if (!d || !new RegExp(String.raw`\b(?:${WEEKDAYS.join('|')}),\s+$`).test(sentence.slice(0, at)))
    return [];
  const shifts = [-3, -2, -1, 1, 2, 3].filter((k) => d.day + k >= 1 && d.day + k <= 28);
  const [shift] = pick(shifts, 1, random);
  return [
    {
      kind: 'day-in-words',
      variant: 'another day in words',
      to: `the ${lists.dayWords[d.day + shift! - 1]}`,
      expect: 'discrepant',
    },
    {
      kind: 'day-in-words',
      variant: 'same day in words',
      to: `the ${lists.dayWords[d.day - 1]}`,
      expect: 'true',
    },
  ];
}

/** The nth (1-based; 0 = last) weekday (0 = Sunday) of a month (1-12) in a year. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  }
  return 1 + ((weekday - new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 7) % 7) + 7 * (n - 1);
}

/** Public days of the United States known by name, and their month (1-12) and day in a year (general calendar knowledge). */
const NAMED_DAYS: [string, (y: number) => [number, number]][] = [
  ['Election Day', (y) => [11, nthWeekday(y, 11, 1, 1) + 1]],
  ['Christmas Eve', () => [12, 24]],
  ['Independence Day', () => [7, 4]],
  ['Halloween', () => [10, 31]],
  ["Valentine's Day", () => [2, 14]],
  ["New Year's Eve", () => [12, 31]],
  ['Thanksgiving', (y) => [11, nthWeekday(y, 11, 4, 4)]],
  ['Labor Day', (y) => [9, nthWeekday(y, 9, 1, 1)]],
  ['Memorial Day', (y) => [5, nthWeekday(y, 5, 1, 0)]],
  ['Veterans Day', () => [11, 11]],
];

/** A date with its year right after "on" (no weekday before it), said as a public day of that year known by name ("on Election Day 2016"), 2 per slot. */
function namedDay(slot: Slot, sentence: string, at: number, random: () => number): Replacement[] {
  const d = parseDate(slot.text);
  if (!d || d.year === null || !/\bon\s+$/.test(sentence.slice(0, at))) return [];
  const other = NAMED_DAYS.filter(([, rule]) => {
    const [month, day] = rule(d.year!);
    return month !== d.month + 1 || day !== d.day;
  });
  return replacements(
    'named-day',
    'a public day by name',
    'discrepant',
    pick(other, 2, random).map(([name]) => `${name} ${d.year}`),
  );
}

function monthYear(slot: Slot, random: () => number): Replacement[] {
  const m = parseMonthYear(slot.text);
  if (!m) throw new Error(`month-year slot "${slot.text}" is not "Month YYYY" or "YYYY"`);
  const out: Replacement[] = [];
  if (m.month !== null && !slot.yearOnly)
    out.push({
      kind: 'month-year',
      variant: 'another month',
      to: formatMonthYear({ ...m, month: anotherMonth(m.month, random) }),
      expect: 'discrepant',
    });
  out.push({
    kind: 'month-year',
    variant: 'another year',
    to: formatMonthYear({ ...m, year: m.year + yearShift(random) }),
    expect: 'discrepant',
  });
  return out;
}

/**
 * A report the record dates only to its month, said to have run on one day of it ("in November 2016" → "on November 10,
 * 2016"): a day before `runsFrom` (the day the last thing it quotes came out) is wrong; a day on or after it stays true.
 */
function runDay(slot: Slot, sentence: string, at: number, random: () => number): Replacement[] {
  const m = parseMonthYear(slot.text);
  const from = slot.runsFrom ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(slot.runsFrom) : null;
  if (!m || m.month === null || !from || !/\bin\s$/.test(sentence.slice(0, at))) return [];
  const first = Number(from[3]);
  const length = new Date(Date.UTC(m.year, m.month + 1, 0)).getUTCDate();
  const on = (day: number) =>
    `on ${formatDate({ year: m.year, month: m.month!, day, order: 'month-day' })}`;
  const span = `in ${slot.text}`;
  const before = Array.from({ length: first - 1 }, (_, i) => i + 1);
  const after = Array.from({ length: length - first + 1 }, (_, i) => first + i);
  return [
    ...replacements(
      'run-day',
      'a day before what it quotes',
      'discrepant',
      pick(before, 2, random).map(on),
    ),
    ...replacements(
      'run-day',
      'a day after what it quotes',
      'true',
      pick(after, 1, random).map(on),
    ),
  ].map((r) => ({ ...r, span }));
}

function time(slot: Slot, sentence: string, at: number, random: () => number): Replacement[] {
  const t = parseTime(slot.text);
  if (!t) throw new Error(`time slot "${slot.text}" is not a time this suite reads`);
  const shifts = pick([-5, -4, -3, -2, 2, 3, 4, 5], 2, random);
  const out: Replacement[] = shifts.map((h) => ({
    kind: 'time',
    variant: `${h > 0 ? '+' : ''}${h} hours`,
    to: formatTime({ ...t, minutes: t.minutes + h * 60 }),
    expect: 'discrepant',
  }));
  if (!t.noonWord)
    out.push({
      kind: 'time',
      variant: 'a.m./p.m. swapped',
      to: formatTime({ ...t, minutes: t.minutes + 12 * 60 }),
      expect: 'discrepant',
    });
  // The clock in words, with the part of the day: the same time stays true; a shifted one is wrong.
  if (!t.noonWord) {
    out.push({
      kind: 'time-words',
      variant: 'same time in words',
      to: formatTimeWords(t),
      expect: 'true',
    });
    const [h] = pick([-5, -4, -3, 3, 4, 5], 1, random);
    out.push({
      kind: 'time-words',
      variant: `${h! > 0 ? '+' : ''}${h} hours in words`,
      to: formatTimeWords({ ...t, minutes: t.minutes + h! * 60 }),
      expect: 'discrepant',
    });
  }
  // A close hedge before the time ("shortly after 6 p.m."): the same hedge of another word stays true; the other side
  // an hour off ("shortly before 5 p.m.") is wrong.
  const hedge =
    at >= 0 ? /\b(shortly|just|soon)\s+(after|before)\s+$/i.exec(sentence.slice(0, at)) : null;
  if (hedge && !t.noonWord) {
    const span = sentence.slice(hedge.index, at + slot.text.length);
    const after = hedge[2]!.toLowerCase() === 'after';
    out.push({
      kind: 'time-hedge',
      variant: 'another close hedge, same side',
      to: `a little ${hedge[2]!.toLowerCase()} ${slot.text}`,
      span,
      expect: 'true',
    });
    out.push({
      kind: 'time-hedge',
      variant: 'close hedge, other side, an hour off',
      to: `${hedge[1]!.toLowerCase()} ${after ? 'before' : 'after'} ${formatTime({ ...t, minutes: t.minutes + (after ? -60 : 60) })}`,
      span,
      expect: 'discrepant',
    });
  }
  return out;
}

/** A duration tripled, or put in the next unit ("two-hour" → "two-day"; a decade, the largest, → a year). */
function duration(slot: Slot): Replacement[] {
  const d = parseDuration(slot.text);
  if (!d) throw new Error(`duration slot "${slot.text}" is not a duration this suite reads`);
  const out: Replacement[] = [];
  out.push({
    kind: 'duration',
    variant: 'x3',
    to: formatDuration({
      ...d,
      amount: d.amount * 3,
      amountWord: d.amountWord === 'digits' ? 'digits' : 'words',
    }),
    expect: 'discrepant',
  });
  const next = d.unit === DURATION_UNITS.length - 1 ? d.unit - 1 : d.unit + 1;
  out.push({
    kind: 'duration',
    variant: `in ${DURATION_UNITS[next]}s`,
    to: formatDuration({ ...d, unit: next }),
    expect: 'discrepant',
  });
  return out;
}

/** What a slot's word may be changed to: words of the other side (`turned`), and other words of its own (`kept`). */
interface Sides {
  turned: readonly string[];
  kept: readonly string[];
}

/** The sides of `word` in the first of the pairs of opposite lists that holds it (each pair's first list looked in first). */
function sidesOf(
  word: string,
  opposites: readonly (readonly [readonly string[], readonly string[]])[],
): Sides | undefined {
  const holds = (list: readonly string[]) => list.some((v) => same(v, word));
  for (const [a, b] of opposites) {
    if (holds(a)) return { turned: b, kept: besides(a, word) };
    if (holds(b)) return { turned: a, kept: besides(b, word) };
  }
  return undefined;
}

/** Two words of the other side (discrepant), then one more of its own side (still true), each written out by `write`. */
function turnedAndKept(
  kind: Kind,
  [turnedVariant, keptVariant]: readonly [turned: string, kept: string],
  { turned, kept }: Sides,
  random: () => number,
  write: (w: string) => string = (w) => w,
): Replacement[] {
  return [
    ...replacements(kind, turnedVariant, 'discrepant', pick(turned, 2, random).map(write)),
    ...replacements(kind, keptVariant, 'true', pick(kept, 1, random).map(write)),
  ];
}

/** What someone called for, turned into another call of the family's (`demand`: "called for them to be fired" → "… suspended"). */
function demand(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const family = lists.outcomes[slot.family ?? ''];
  if (!family) throw new Error(`demand slot "${slot.text}" has no family in lists/outcomes.json`);
  return replacements(
    'demand',
    'another demand',
    'discrepant',
    pick(besides(family.discrepant, slot.text), 2, random),
  );
}

/**
 * A view of what should become of people, said with a modal ("should be fired", "ought to keep their jobs"), of
 * someone the record has calling for that: two from the other list (gone for kept, kept for gone: the opposite of
 * the recorded demand), one more of its own list (still true).
 */
function wish(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const { gone, kept } = lists.stances;
  const sides = sidesOf(slot.text, [[gone, kept]]);
  if (!sides) throw new Error(`wish slot "${slot.text}" is in neither list`);
  return turnedAndKept('wish', ['wish turned', 'same wish, other words'], sides, random);
}

/** The part of a body the record has taking part, turned into the whole of it (`noun`: the body's name as the sentence can take it). */
function whole(slot: Slot): Replacement[] {
  const body = slot.noun;
  if (!body) throw new Error(`whole slot "${slot.text}" has no noun (the body's name)`);
  return replacements('whole', 'the whole body', 'discrepant', [
    `every member of the ${body}`,
    `the entire ${body}`,
  ]);
}

function outcome(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const family = lists.outcomes[slot.family ?? ''];
  if (!family) throw new Error(`outcome slot "${slot.text}" has no family in lists/outcomes.json`);
  return [
    ...replacements(
      'outcome',
      'flipped',
      'discrepant',
      pick(besides(family.discrepant, slot.text), 2, random),
    ),
    ...replacements('outcome', 'unsupported', 'flag', besides(family.flag, slot.text)),
  ];
}

/** The words with their denial dropped: "would not" → "would", "won't" → "will", "never enforced" → "enforced". */
function dropDenial(text: string): string {
  return text
    .replace(/\b(wo|ca)n['\u2019]t\b/gi, (_, w: string) =>
      w.toLowerCase() === 'wo' ? 'will' : 'can',
    )
    .replace(/\b(\w+)n['\u2019]t\b/gi, '$1')
    .replace(/\s+(not|never)\b/gi, '')
    .replace(/^(not|never)\s+/i, '');
}

/** "would not take part" → "would take part": what the actor said it would not do, said done. */
function stance(slot: Slot): Replacement[] {
  const undone = dropDenial(slot.text);
  if (undone === slot.text) throw new Error(`stance slot "${slot.text}" has no denial to drop`);
  return [{ kind: 'stance', variant: 'denial dropped', to: undone, expect: 'discrepant' }];
}

/**
 * A denied act ("would not take part in deportation efforts") said in other words from lists/acts.json: two with the
 * denial kept (still true), two with it dropped and one as a start ("would begin to …"), both the opposite of the record.
 */
function act(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const m = /^(.*?\b(?:not|never)|.*?n['\u2019]t)\s+(.+)$/i.exec(slot.text);
  if (!m) throw new Error(`act slot "${slot.text}" has no denial before its act`);
  const denied = m[1]!;
  const undone = dropDenial(denied);
  const [a, b, c, d, e] = pick(besides(lists.acts, m[2]!), 5, random);
  if (!e) throw new Error('lists/acts.json holds fewer than six acts');
  return [
    ...replacements('act', 'another act, denied', 'true', [`${denied} ${a}`, `${denied} ${b}`]),
    ...replacements('act', 'another act, denial dropped', 'discrepant', [
      `${undone} ${c}`,
      `${undone} ${d}`,
    ]),
    {
      kind: 'act',
      variant: 'another act, begun',
      to: `${undone} begin to ${e}`,
      expect: 'discrepant',
    },
    // A refusal the record states outright, said done for only some cases: still the opposite.
    ...(slot.outright
      ? replacements(
          'scope',
          'denial dropped, limited',
          'discrepant',
          pick(lists.scopes, 2, random).map((scope) => `${undone} ${m[2]!}, ${scope}`),
        )
      : []),
  ];
}

/** "would seriously compromise" → a verb of the other direction (wrong), or another of the same (still true). */
function effect(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const m = /^(would|will|could)\s+(?:\w+ly\s+)?(\w+)$/i.exec(slot.text);
  if (!m) throw new Error(`effect slot "${slot.text}" is not "would <verb>"`);
  const { harms, helps } = lists.stances;
  // A verb in neither list is read as a help.
  const sides = sidesOf(m[2]!, [[harms, helps]]) ?? { turned: harms, kept: helps };
  return turnedAndKept(
    'effect',
    ['direction turned', 'same direction, other verb'],
    sides,
    random,
    (v) => `${m[1]!} ${v}`,
  );
}

/** "<a> stood back while <b> took the lead": the sides swapped (wrong); the phrases said otherwise (still true). */
function lead(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const [a, b] = slot.swap ?? [];
  if (!a || !b || !slot.text.includes(a) || !slot.text.includes(b))
    throw new Error(`lead slot "${slot.text}" needs swap with both sides in it`);
  const swapped = slot.text.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
  const [back] = pick(lists.stances.back, 1, random);
  const [ahead] = pick(lists.stances.lead, 1, random);
  return [
    { kind: 'lead', variant: 'sides swapped', to: swapped, expect: 'discrepant' },
    {
      kind: 'lead',
      variant: 'said otherwise',
      to: slot.text.replace('stood back', back!).replace('took the lead', ahead!),
      expect: 'true',
    },
  ];
}

/** A verb of judging ("criticized"): one of the other direction (praised for criticized: wrong); another of the same (still true). */
function reaction(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const { praise, blame } = lists.stances;
  const sides = sidesOf(slot.text, [[praise, blame]]);
  if (!sides) throw new Error(`reaction slot "${slot.text}" is in neither list`);
  return turnedAndKept(
    'reaction',
    ['judgement turned', 'same judgement, other verb'],
    sides,
    random,
  );
}

/**
 * What someone said of people's conduct, or felt about it ("had violated", "was troubled that"): one of the other side
 * (had followed for had violated, was glad that for was troubled that: wrong, two of them); another of its own (still true).
 */
function verdict(slot: Slot, lists: ReplacementLists, random: () => number): Replacement[] {
  const { complied, broke, glad, troubled } = lists.stances;
  const sides = sidesOf(slot.text, [
    [complied, broke],
    [glad, troubled],
  ]);
  if (!sides) throw new Error(`verdict slot "${slot.text}" is in no list`);
  return turnedAndKept('verdict', ['verdict turned', 'same verdict, other words'], sides, random);
}

/**
 * Another outlet: two from the list (most named with an outlet's word); one with no such word after a
 * noun for its kind ("the magazine Slate"); one with no such word, alone ("Slate"), where only the
 * sentence's syntax says it is an outlet.
 */
function outlet(
  slot: Slot,
  sentence: string,
  at: number,
  lists: ReplacementLists,
  exclude: readonly string[],
  random: () => number,
): Replacement[] {
  const out = replacements(
    'outlet',
    'another outlet',
    'discrepant',
    pick(usable(lists.outlets, slot.text, sentence, exclude), 2, random),
  );
  const before = sentence.slice(0, at).toLowerCase();
  const the = /\bthe\s$/.test(before);
  // The sentence names the kind already ("the newspaper Los Angeles Times"): the name alone is put after it.
  const kindBefore = lists.outletKinds.some((k) => before.endsWith(` ${k.toLowerCase()} `));
  const [typed, bare] = pick(
    usable(lists.unmarkedOutlets, slot.text, sentence, exclude),
    2,
    random,
  );
  const [noun] = pick(lists.outletKinds, 1, random);
  if (typed && noun)
    out.push({
      kind: 'outlet-kind',
      variant: `another outlet after "${kindBefore ? 'its kind' : noun}"`,
      to: kindBefore ? typed : the ? `${noun} ${typed}` : `the ${noun} ${typed}`,
      expect: 'discrepant',
    });
  // Its own name, without "the" ("according to Slate").
  if (bare && !kindBefore)
    out.push({
      kind: 'outlet-unmarked',
      variant: 'another outlet, no outlet word',
      to: bare,
      expect: 'discrepant',
      ...(the ? { span: sentence.slice(at - 4, at + slot.text.length) } : {}),
    });
  return out;
}

/** "before" ↔ "after" (and their kin): one of the story's events put on the other side of another. */
const ORDER: Record<string, string> = {
  before: 'after',
  after: 'before',
  'ahead of': 'after',
  'prior to': 'after',
  following: 'before',
  'in the wake of': 'before',
};
function order(slot: Slot): Replacement[] {
  const to = ORDER[slot.text.toLowerCase()];
  if (!to) throw new Error(`order slot "${slot.text}" is not a word this suite turns around`);
  return [{ kind: 'order', variant: `${slot.text} \u2192 ${to}`, to, expect: 'discrepant' }];
}

/** A year three to nine years off, either way ("since 1986" → "since 1992"). */
function year(slot: Slot, random: () => number): Replacement[] {
  const y = Number(slot.text);
  if (!/^\d{4}$/.test(slot.text)) throw new Error(`year slot "${slot.text}" is not a year`);
  return pick([-9, -6, -3, 3, 6, 9], 2, random).map((d) => ({
    kind: 'year' as const,
    variant: `${d > 0 ? '+' : ''}${d} years`,
    to: String(y + d),
    expect: 'discrepant' as const,
  }));
}

/**
 * Where people are from: two other countries, as the slot is written (the country's name, or the adjective
 * for its people: "Guatemalan" → "Honduran"), are wrong; a region holding the country, for a name, stays true.
 */
function origin(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const { countries, regions } = lists.origins;
  const adjective =
    countries.some(([, a]) => same(a, slot.text)) || /(an|ese|ish|i)$/i.test(slot.text);
  const others = countries.filter(
    ([name, adj]) => !same(name, slot.text) && !same(adj, slot.text) && !sentence.includes(name),
  );
  const out = replacements(
    'origin',
    'another country',
    'discrepant',
    pick(others, 2, random).map(([name, adj]) => (adjective ? adj : name)),
  );
  if (!adjective)
    for (const r of regions.filter((r) => r.countries.some((c) => same(c, slot.text))).slice(0, 1))
      out.push({ kind: 'origin', variant: 'its region', to: r.name, expect: 'true' });
  return out;
}

/** A vehicle's colour: two colours of families not near the slot's are wrong; another word of its own family stays true. */
function colour(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const { families, near } = lists.colours;
  const own = Object.entries(families).find(([, words]) => words.some((w) => same(w, slot.text)));
  if (!own) throw new Error(`colour slot "${slot.text}" is in no family of lists/colours.json`);
  const far = Object.entries(families)
    .filter(([f]) => f !== own[0] && !(near[own[0]] ?? []).includes(f))
    .map(([, words]) => words[0]!);
  return turnedAndKept(
    'colour',
    ['another colour', 'the same colour in other words'],
    { turned: usable(far, slot.text, sentence), kept: usable(own[1], slot.text, sentence) },
    random,
  );
}

/**
 * How a statement was given: two phrases of the other kind (spoken for written, written for spoken, a public
 * gathering for an interview with a named outlet) are wrong; one of its own kind stays true.
 */
function medium(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const { written, spoken, interview, gathering } = lists.media;
  const own = written.some((w) => same(w, slot.text))
    ? written
    : interview.some((w) => same(w, slot.text))
      ? interview
      : spoken.some((w) => same(w, slot.text))
        ? spoken
        : null;
  if (!own) throw new Error(`medium slot "${slot.text}" is in no list of lists/media.json`);
  const other = own === written ? spoken : own === interview ? gathering : written;
  const variant =
    own === written
      ? 'spoken for written'
      : own === interview
        ? 'a gathering for an interview'
        : 'written for spoken';
  return turnedAndKept(
    'medium',
    [variant, 'the same kind in other words'],
    { turned: usable(other, slot.text, sentence), kept: usable(own, slot.text, sentence) },
    random,
  );
}

/** A court of another level, tier or district; how a case ended: the other side of "with / without prejudice", a ruling on the merits for a dismissal, another word for a dismissal (still true). */
function legal(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const { courts, dismissed, merits } = lists.courts;
  if (slot.type === 'court')
    return replacements(
      'court',
      'another court',
      'discrepant',
      pick(usable(courts, slot.text, sentence, slot.compatible ?? []), 2, random),
    );
  const prejudice = /^(with|without) prejudice$/i.exec(slot.text);
  if (prejudice)
    return [
      {
        kind: 'disposition',
        variant: 'the other prejudice',
        to: prejudice[1]!.toLowerCase() === 'with' ? 'without prejudice' : 'with prejudice',
        expect: 'discrepant',
      },
    ];
  if (!dismissed.some((d) => same(d, slot.text))) return [];
  return turnedAndKept(
    'disposition',
    ['a ruling on the merits', 'another word for a dismissal'],
    { turned: usable(merits, slot.text, sentence), kept: usable(dismissed, slot.text, sentence) },
    random,
  );
}

/**
 * A person's post in apposition ("Charlie Beck, the LAPD chief, …"): a one-holder post of a jurisdiction of another
 * head ("the mayor of <city>", "the governor of <state>"), which they never held (discrepant); the same post put at
 * the time told ("at the time the LAPD chief", "then the LAPD chief"), still true.
 */
function post(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const head = (slot.role ?? '').toLowerCase();
  const others = [
    ...(head === 'mayor'
      ? []
      : pick(usable(lists.cities, slot.text, sentence), 1, random).map((c) => `the mayor of ${c}`)),
    ...(head === 'governor'
      ? []
      : pick(usable(lists.states, slot.text, sentence), 1, random).map(
          (st) => `the governor of ${st}`,
        )),
  ];
  return [
    ...replacements('post', 'a post of another jurisdiction', 'discrepant', others),
    { kind: 'post', variant: 'at the time', to: `at the time ${slot.text}`, expect: 'true' },
    { kind: 'post', variant: 'then', to: `then ${slot.text}`, expect: 'true' },
  ];
}

/**
 * The person named under a one-holder national office's title in a sentence about a recorded event ("Attorney General
 * <slot>'s Justice Department sued …"): another holder of that office at another time, from lists/holders.json, 2 per
 * slot (discrepant: at the event's date the office was the slot's holder's).
 */
function holder(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const others = lists.holders[slot.role ?? ''] ?? [];
  return replacements(
    'holder',
    'a holder of the office at another time',
    'discrepant',
    pick(usable(others, slot.text, sentence), 2, random),
  );
}

/**
 * An offset from another event of the story ("six days after the election", "Two days after Beck spoke"; `range`:
 * the days the record has between them): the other direction is discrepant ("a week before"), and so is an amount
 * far from the record's ("five weeks after" for under two weeks); "days after" (no amount) stays true.
 */
function offset(slot: Slot): Replacement[] {
  const m = /^(.*?)\b(after|before)$/i.exec(slot.text.trim());
  if (!m) return [];
  const [, , dir] = m as unknown as [string, string, string];
  const cap = (t: string) => (/^\p{Lu}/u.test(slot.text) ? t[0]!.toUpperCase() + t.slice(1) : t);
  const other = dir.toLowerCase() === 'after' ? 'before' : 'after';
  const [, max] = slot.range ?? [0, 0];
  return [
    {
      kind: 'offset',
      variant: 'the other direction',
      to: cap(`a week ${other}`),
      expect: 'discrepant',
    },
    ...(max < 14
      ? [
          {
            kind: 'offset' as const,
            variant: 'a far amount',
            to: cap(`five weeks ${dir.toLowerCase()}`),
            expect: 'discrepant' as const,
          },
        ]
      : []),
    { kind: 'offset', variant: 'no amount', to: cap(`days ${dir.toLowerCase()}`), expect: 'true' },
  ];
}

/**
 * "some of the" people in the van (a `part` slot, `range` the size of the whole group the record counts) said of all
 * of them: "all eight", "every one of the eight" (the middle of the range in words), from lists/quantifiers.json
 * `whole`, 2 per slot; another word for part of the group from its `part`, 1 per slot (true).
 */
function allOf(
  slot: Slot,
  sentence: string,
  lists: ReplacementLists,
  random: () => number,
): Replacement[] {
  const [min, max] = slot.range ?? [0, 0];
  if (!max) throw new Error(`part slot "${slot.text}" has no range (the whole group's size)`);
  const n = numberWords(Math.round((min + max) / 2));
  return turnedAndKept(
    'all-of',
    ['the whole group', 'another part'],
    {
      turned: lists.quantifiers.whole.map((q) => q.replace('{n}', n)),
      kept: usable(lists.quantifiers.part, slot.text, sentence),
    },
    random,
  );
}

/** Every replacement of one slot, by its type, in a fixed order. */
function replacementsOf(
  slot: Slot,
  sentence: string,
  at: number,
  lists: ReplacementLists,
  story: StoryInfo,
  random: () => number,
): Replacement[] {
  const exclude = story.exclude[slot.type] ?? [];
  const simple = (kind: Kind, values: readonly string[], variant: string): Replacement[] =>
    replacements(
      kind,
      variant,
      'discrepant',
      pick(usable(values, slot.text, sentence, exclude), 2, random),
    );
  switch (slot.type) {
    case 'agency':
      return agency(slot, sentence, lists, exclude, random);
    case 'person':
      return person(slot, sentence, lists, random);
    case 'title':
      return [...qualifier(slot), ...sheriffTitle(slot, sentence, at, lists)];
    case 'street':
      return simple('street', lists.streets, 'another street');
    case 'city':
      return simple('city', lists.cities, 'another city');
    case 'state':
      return simple('state', lists.states, 'another state');
    // The side of town a recorded place lies on ("on the west side", "which is on the city's west side").
    case 'side':
      return simple('side', lists.sides, 'another side of town');
    case 'weekday':
      return simple('weekday', WEEKDAYS, 'another weekday');
    case 'outlet':
      return outlet(slot, sentence, at, lists, exclude, random);
    case 'date':
      return [
        ...date(slot, random),
        ...namedDay(slot, sentence, at, random),
        ...dayInWords(slot, sentence, at, lists, random),
        ...dateInWords(slot, sentence, at, lists),
      ];
    case 'month-year':
      return [...monthYear(slot, random), ...runDay(slot, sentence, at, random)];
    case 'time':
      return time(slot, sentence, at, random);
    case 'duration':
      return duration(slot);
    case 'count':
      return count(slot, sentence, at);
    case 'outcome':
      return outcome(slot, lists, random);
    case 'demand':
      return demand(slot, lists, random);
    case 'wish':
      return wish(slot, lists, random);
    case 'whole':
      return whole(slot);
    case 'stance':
      return stance(slot);
    case 'order':
      return order(slot);
    case 'year':
      return year(slot, random);
    case 'act':
      return act(slot, lists, random);
    case 'owner':
      return [
        ...simple('owner', lists.outlets, 'a news outlet as the owner'),
        ...replacements(
          'owner',
          'a news company as the owner',
          'discrepant',
          pick(usable(lists.newsCompanies, slot.text, sentence, exclude), 1, random),
        ),
      ];
    case 'effect':
      return effect(slot, lists, random);
    case 'lead':
      return lead(slot, lists, random);
    case 'reaction':
      return reaction(slot, lists, random);
    case 'verdict':
      return verdict(slot, lists, random);
    case 'origin':
      return origin(slot, sentence, lists, random);
    case 'court':
    case 'disposition':
      return legal(slot, sentence, lists, random);
    case 'colour':
      return colour(slot, sentence, lists, random);
    case 'medium':
      return medium(slot, sentence, lists, random);
    case 'post':
      return post(slot, sentence, lists, random);
    case 'offset':
      return offset(slot);
    // Those met at a recorded meeting ("met with union leaders"), replaced by an official the meeting's record does not list.
    case 'met':
      return replacements(
        'met',
        'an official met',
        'flag',
        pick(usable(lists.officials, slot.text, sentence, exclude), 3, random),
      );
    case 'part':
      return allOf(slot, sentence, lists, random);
    case 'holder':
      return holder(slot, sentence, lists, random);
    // "HSI, an arm of <another body>": a body the agency is not part of, never one the slot calls compatible.
    case 'parent':
      return replacements(
        'hierarchy',
        'another parent body',
        'discrepant',
        pick(usable(lists.agencies.parents, slot.text, sentence, slot.compatible ?? []), 2, random),
      );
  }
}

/** Every perturbation of one true sentence, in a fixed order. */
export function perturb(
  sentence: TrueSentence,
  lists: ReplacementLists,
  story: StoryInfo,
): Perturbation[] {
  const out: Perturbation[] = [];
  sentence.slots.forEach((slot, index) => {
    const at = sentence.text.indexOf(slot.text);
    const random = rng(`${sentence.id}/${index}`);
    const seen = new Set<string>();
    for (const r of replacementsOf(slot, sentence.text, at, lists, story, random)) {
      const span = r.span ?? slot.text;
      const start = sentence.text.indexOf(span);
      const to = start === 0 ? capitalise(r.to) : r.to;
      const text = sentence.text.slice(0, start) + to + sentence.text.slice(start + span.length);
      if (to === span || text === sentence.text || seen.has(text)) continue;
      seen.add(text);
      const n = out.filter((p) => p.id.startsWith(`${sentence.id}/${index}/${r.kind}/`)).length;
      out.push({
        id: `${sentence.id}/${index}/${r.kind}/${n}`,
        sentenceId: sentence.id,
        ref: sentence.ref,
        kind: r.kind,
        variant: r.variant,
        from: span,
        to,
        text,
        expect: r.expect,
      });
    }
  });
  return out;
}
