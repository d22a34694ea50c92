/**
 * A stranger (a full name no one of the story or the world file has) named in a world office at a time the
 * sentence states, where the world file has a person of the story in that office then: "Jane Roe, then chief of
 * the <city> Police Department, gave an interview on <date>", "Jane Roe, who was <city>'s police chief at the
 * time, …", "The <city> chief at the time was Jane Roe", "Jane Roe was acting <agency> director in <month year>",
 * "Jane Roe, now the <office>, …". The time is the sentence's own: full dates (or a month and day the story's
 * events fit), a month, "now" (the page's date) or "then" / "at the time" (the story's central days). Only an
 * office named with a word of its own body or place (no bare "Chief", "Mayor"). Every day with the same one
 * person of the story surely in the office: a conflict naming them; a year, or a span only partly theirs:
 * unconfirmed. A title with no time of its own is left to person-post.ts. World knowledge; nothing here knows a
 * story.
 */
import type { Office, World } from '../../world/schema.ts';
import { OPENERS } from '../read/find-people.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { bareOfficeWords, barePlace, bareStoryOffices } from './bare-office.ts';
import { datesNamed } from './person-post.ts';
import type { StoryRecord } from './story-record.ts';

const NAME = String.raw`\p{Lu}[\p{Ll}'\u2019-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'\u2019-]+`;
/** Words of a title that name no body or place. */
const GENERIC = new Set([
  'the',
  'of',
  'chief',
  'police',
  'president',
  'vice',
  'mayor',
  'sheriff',
  'governor',
  'gov.',
  'attorney',
  'general',
  'director',
  'commissioner',
  'secretary',
  'acting',
  'u.s.',
  'united',
  'states',
  'city',
  'council',
]);
/** Words of a date or a time of day, capitalised at a sentence's start: no part of a person's name. */
const TIME_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Last|Next|This|That|Early|Late|Later|Earlier|Yesterday|Today|Tomorrow|Tonight)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Each office's names with a word of its own body or place, longest first, as pattern sources: built once per world.
 * A pattern is compiled only when a sentence has its key word (formAt): most offices are never named on a page, and
 * compiling their Unicode patterns up front was most of the first page's cost here.
 */
type OfficeForms = {
  office: Office;
  names: string[];
  compiled: (RegExp | undefined)[];
  keys: string[];
};
type Forms = { offices: OfficeForms[] };
const pattern = (f: string) =>
  f
    .split(/\s+/)
    .map(escape)
    .join(String.raw`\s+`);
const formAt = (o: OfficeForms, i: number): RegExp =>
  (o.compiled[i] ??= new RegExp(
    String.raw`(?<![\p{L}\p{N}])${pattern(o.names[i] as string)}(?![\p{L}\p{N}])`,
    'giu',
  ));
const FORMS = new WeakMap<readonly Office[], Forms>();
/** The longest word of a name, lower-cased: a sentence without it names the office by none of its forms. */
const keyOf = (f: string) =>
  f
    .toLowerCase()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
function officeForms(world: World): Forms {
  const { offices } = world;
  let out = FORMS.get(offices);
  if (!out) {
    const generic = (f: string) =>
      f
        .toLowerCase()
        .split(/\s+/)
        .every((w) => GENERIC.has(w));
    const all = offices.map((office) => {
      const names = [office.title, ...(office.aliases ?? [])];
      // The place the office serves before a bare title names it too ("the Tucson chief", "Rochester's mayor").
      const place = placeOf(world, office.jurisdiction);
      const placed = place ? names.filter(generic).map((f) => `${place} ${f}`) : [];
      return {
        office,
        names: [...new Set([...names.filter((f) => !generic(f)), ...placed])].sort(
          (x, y) => y.length - x.length,
        ),
      };
    });
    out = {
      offices: all.map(({ office, names }) => ({
        office,
        names,
        compiled: [],
        keys: names.map(keyOf),
      })),
    };
    FORMS.set(offices, out);
  }
  return out;
}

/** The name of the place a jurisdiction (a place, or an agency of a place) is. */
function placeOf(world: World, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const place = (p: string | undefined) => world.places.find((x) => x.id === p)?.name;
  return place(id) ?? place(world.agencies.find((a) => a.id === id)?.place);
}

/** The shapes of namesAt, built once (not global: exec keeps no state). */
const NAME_AFTER = new RegExp(String.raw`^\s+(${NAME})`, 'u');
const NAME_COMMA_BEFORE = new RegExp(
  String.raw`(${NAME})\s*,\s+(then\s+|now\s+|who\s+was\s+|who\s+is\s+)?(?:the\s+)?(?:so-called\s+)?(?:acting\s+)?$`,
  'u',
);
const NAME_WAS_BEFORE = new RegExp(
  String.raw`(${NAME})\s+(?:was|served\s+as)\s+(?:still\s+)?(?:the\s+)?(?:acting\s+)?$`,
  'u',
);
const WAS_NAME_AFTER = new RegExp(
  String.raw`^\s+(at\s+the\s+time\s+|then\s+)?(?:was|is)\s+(${NAME})`,
  'u',
);

/** The shapes tying a name to a title at [a, b) of `s`: the name, and whether the words put it "then" or "now". */
function namesAt(
  s: string,
  a: number,
  b: number,
): { name: string; time: 'then' | 'now' | ''; stripped?: true }[] {
  const out: { name: string; time: 'then' | 'now' | '' }[] = [];
  const before = s.slice(Math.max(0, a - 90), a);
  const after = s.slice(b, b + 90);
  const lead = (t: string | undefined) => (t && /now/i.test(t) ? 'now' : t ? 'then' : '');
  let m = NAME_AFTER.exec(after);
  if (m) out.push({ name: m[1]!, time: '' });
  m = NAME_COMMA_BEFORE.exec(before);
  if (m) out.push({ name: m[1]!, time: lead(m[2]) });
  m = NAME_WAS_BEFORE.exec(before);
  if (m) out.push({ name: m[1]!, time: 'then' });
  m = WAS_NAME_AFTER.exec(after);
  if (m) out.push({ name: m[2]!, time: m[1] ? 'then' : '' });
  // A first word capitalised as the sentence's opener ("Though Warren, Rochester's mayor, …", "Like Evans, Chief Smith
  // …") or a title ("Mayor Warren, Chief Smith and …": a list of titled names) is no part of the name: the rest is.
  return out.flatMap((n) => {
    const [first, ...rest] = n.name.split(/\s+/);
    const lower = first!.toLowerCase();
    if (/^(?:the|a|an)$/.test(lower)) return [];
    if (!OPENERS.has(lower) && !lexicon.titleNames.has(lower)) return [n];
    return rest.length ? [{ ...n, name: rest.join(' '), stripped: true }] : [];
  });
}

export function officeStrangerResults(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
  pageDate: string | undefined,
  inQuote: (at: number) => boolean,
): { status: 'conflict' | 'unconfirmed'; comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world) return [];
  // "Tucson's police chief" reads as "Tucson police chief" (same length, so offsets hold).
  const s = sentence.replace(/['\u2019]s\b/g, '  ');
  const out: { status: 'conflict' | 'unconfirmed'; comparison: Comparison; explanation: string }[] =
    [];
  const { offices } = officeForms(world.world);
  // The bare title of an office only the story's people held ("then the mayor"; bare-office.ts).
  const lower = s.toLowerCase();
  const bare = bareStoryOffices(record, GENERIC);
  // A form is searched for only when the sentence has each of its words: a plain search says no for most. The
  // patterns ignore case, and a long s (U+017F) matches "s" there but not in `lower`: such a sentence is searched.
  const mayName = (words: readonly string[]) =>
    words.every((w) => lower.includes(w)) || lower.includes('\u017f');
  const bareHere = bareOfficeWords(record, GENERIC).some((w) => lower.includes(w))
    ? bare.filter((o) => o.words.some((w, i) => mayName(w) && s.search(o.forms[i]!) !== -1))
    : [];
  // Only the offices with a name whose longest word the sentence has: most sentences name one office or none.
  const named = offices.filter((o) => o.keys.some((k) => lower.includes(k)));
  if (!named.length && !bareHere.length) return [];
  const centralDays = record.central.map((e) => e.event.date).filter((d) => FULL_DAY.test(d));
  const candidates = [
    ...named.map((o) => ({
      office: o.office,
      count: o.names.length,
      form: (i: number) => formAt(o, i),
      keys: o.keys,
      alone: false,
    })),
    ...bareHere.map((o) => ({
      office: o.office,
      count: o.forms.length,
      form: (i: number) => o.forms[i] as RegExp,
      keys: [] as string[],
      alone: true,
    })),
  ];
  for (const { office, count, form, keys, alone } of candidates) {
    for (let i = 0; i < count; i++) {
      if (!alone && !lower.includes(keys[i] ?? '')) continue;
      for (const hit of s.matchAll(form(i))) {
        const a = hit.index;
        const b = a + hit[0].length;
        if (alone && !barePlace(sentence, a, b)) continue;
        for (const { name, time, stripped } of namesAt(s, a, b)) {
          const at = s.indexOf(name);
          if (
            inQuote(at) ||
            record.gazetteer.lookup(name).length ||
            out.some((o) => o.comparison.page === name)
          )
            continue;
          // No name: words of time ("Last Monday, LAPD Chief …"), the tail of a longer name or a name after "the" ("in the
          // Los Angeles Times, …", "in the Kells Courier, …").
          if (
            name.split(/\s+/).some((w) => TIME_WORDS.test(w)) ||
            (at < a &&
              !stripped &&
              /(?:\p{Lu}[\p{L}.'\u2019-]*|\b[Tt]he)\s+$/u.test(s.slice(Math.max(0, at - 30), at)))
          )
            continue;
          // "Mayor Jane Roe of Buffalo": the bare title's body is named after the name.
          if (alone && /^\s*,?\s+(?:of|from)\s+(?:the\s+)?\p{Lu}/u.test(s.slice(at + name.length)))
            continue;
          // "then-Mayor Jane Roe": "then" puts the title at the time told.
          // The dates of the name's own part of the sentence ("…; in 2025 the mayor was X" reads 2025 alone).
          const from = s.lastIndexOf(';', at) + 1;
          const to = s.indexOf(';', at) === -1 ? s.length : s.indexOf(';', at);
          const own = mentions.filter((m) => m.start >= from && m.end <= to);
          // A year said as a modifier ("the 2017 resolution") dates the part as a year mention would.
          const years = [
            ...s.slice(from, to).matchAll(/(?<![\d,.$-])(?:19|20)\d\d(?![\d-]|s\b)/g),
          ].map((y) => Number(y[0]));
          // "then-Mayor X", and "in 2017 the mayor was X": the title put at the time told, or at the part's year.
          const putThen =
            /\bthen[\s-]*$/i.test(s.slice(Math.max(0, a - 8), a)) ||
            (years.length > 0 && /^\s+was\s/.test(s.slice(b, at)));
          const when = time === '' && at >= b && putThen ? 'then' : time;
          const extra = years
            .filter((y) => !own.some((m) => m.type === 'date' && m.value.year === y))
            .map(
              (y) =>
                ({
                  type: 'date',
                  text: String(y),
                  start: 0,
                  end: 0,
                  value: { year: y },
                }) as Mention,
            );
          // A weekday alone dates the post only when the office is named with its body or put "then": "Mayor X said
          // Wednesday" may be another town's mayor, named in a sentence before.
          const dated =
            alone && when !== 'then'
              ? [...own, ...extra].filter((m) => m.type !== 'weekday')
              : [...own, ...extra];
          const r = judge(
            record,
            {
              officeId: office.id,
              title: office.title,
              name,
              time: when,
              mentions: dated,
              s,
              a,
              b,
            },
            pageDate,
            centralDays,
          );
          if (r) out.push(r);
        }
      }
    }
  }
  return out;
}

/** The days the sentence puts the post on, each with whether the day is sure (full date) or a span's end. */
function daysOf(
  record: StoryRecord,
  time: string,
  mentions: readonly Mention[],
  pageDate: string | undefined,
  centralDays: readonly string[],
): { days: string[]; sure: boolean } | null {
  const full: string[] = [];
  const spans: string[] = [];
  for (const m of mentions) {
    if (m.type !== 'date' || m.value.year === undefined) continue;
    const y = m.value.year;
    const mo = m.value.month;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (mo !== undefined && m.value.day !== undefined)
      full.push(`${y}-${pad(mo)}-${pad(m.value.day)}`);
    else if (mo !== undefined)
      full.push(
        `${y}-${pad(mo)}-01`,
        `${y}-${pad(mo)}-${MONTH_DAYS[mo - 1]! - (mo === 2 ? 1 : 0)}`,
      );
    else spans.push(`${y}-01-01`, `${y}-07-01`, `${y}-12-31`);
  }
  // "X, then the mayor, proposed it in 2017": one year, and the post put at it. Every month of it is asked, and the
  // days either side: a year the post changed hands in (a hand-over's day, an interim the world file may lack) stays
  // unsure, since only one holder on all of them makes the stranger wrong.
  const years = new Set(spans.map((d) => d.slice(0, 4)));
  if (time === 'then' && !full.length && years.size === 1) {
    const y = Number([...years][0]);
    return {
      days: [
        `${y - 1}-12-31`,
        `${y}-01-01`,
        ...MONTH_DAYS.map((_, i) => `${y}-${String(i + 1).padStart(2, '0')}-15`),
        `${y}-12-31`,
        `${y + 1}-01-01`,
      ],
      sure: true,
    };
  }
  // A month and day the story's events fit; else a weekday alone ("Mayor X said Wednesday"): the days of the story's
  // events of people on that weekday.
  const named = datesNamed(
    mentions.filter(
      (m) =>
        (m.type === 'date' && m.value.year === undefined) ||
        (m.type === 'weekday' && !full.length && !spans.length),
    ),
    record.events,
    new Set(record.people.keys()),
  );
  if (full.length || named.length) return { days: [...full, ...named], sure: !spans.length };
  if (spans.length) return { days: spans, sure: false };
  if (time === 'now')
    return pageDate && FULL_DAY.test(pageDate) ? { days: [pageDate], sure: true } : null;
  if (time === 'then') return centralDays.length ? { days: [...centralDays], sure: true } : null;
  return null;
}

/** A name the sentence gives a world office: the office, the name, when it puts the post, the dates of its part, and where. */
interface NamedHolder {
  officeId: string;
  title: string;
  name: string;
  time: 'then' | 'now' | '';
  mentions: readonly Mention[];
  /** The sentence (`s`), and the name's span in it (`a` to `b`). */
  s: string;
  a: number;
  b: number;
}

function judge(
  record: StoryRecord,
  named: NamedHolder,
  pageDate: string | undefined,
  centralDays: readonly string[],
): { status: 'conflict' | 'unconfirmed'; comparison: Comparison; explanation: string } | null {
  const { officeId, title, name, time, mentions, s, a, b } = named;
  const world = record.world!;
  // "now" set apart from the dates of the sentence ("X, now the border czar, served as … from 2017"): the page's day only.
  const when =
    time === 'now'
      ? pageDate && FULL_DAY.test(pageDate)
        ? { days: [pageDate], sure: true }
        : null
      : daysOf(record, time, mentions, pageDate, centralDays);
  // "later" near the title only ("X, later the chief"): "two days later" elsewhere dates an act, not the post.
  if (
    !when ||
    !when.days.length ||
    /\b(?:former|ex-|onetime|one-time|previous|next|future|incoming|outgoing|deputy|assistant|interim)\b/i.test(
      s,
    ) ||
    /\blater\b/i.test(s.slice(Math.max(0, a - 40), b))
  )
    return null;
  const sole = when.days.map((d) => {
    const held = world.holdersOn(officeId, d).filter((t) => t.status === 'in');
    return held.length === 1 && held[0]!.person.id ? held[0]!.person.id : undefined;
  });
  const ofStory = (id: string | undefined) => id !== undefined && record.people.has(`w:${id}`);
  const first = sole.find(ofStory);
  if (!first) return null;
  const holder = world.person(first)?.name ?? first;
  const comparison = { slot: 'person', page: name, record: `${holder} (${title})` };
  if (when.sure && sole.every((id) => id === first))
    return {
      status: 'conflict',
      comparison,
      explanation: `The world file has ${holder} as ${title} then, not ${name}.`,
    };
  return {
    status: 'unconfirmed',
    comparison,
    explanation: `The world file has ${holder} as ${title} at that time; it does not know ${name}.`,
  };
}
