/**
 * What the record says about who reported an event, and whether an outlet a
 * page credits is surely none of the story's outlets. Used by
 * compare-outlet.ts; nothing here knows a story.
 *
 * - The reporters of an event: the outlets the record has reporting it, first
 *   reporting it or interviewing for it, and those of the record's reports of
 *   it (an event with a reporting outlet, sharing a source with it, dated
 *   within a week after it: "the Star reported the chief's statement the next
 *   day").
 * - Surely another outlet: a name typed as an outlet (it ends in an outlet's
 *   word, or the sentence's syntax types it: "the newspaper X", "X ran his
 *   op-ed") that shares no distinctive word with any name of any outlet the
 *   story records (its outlet entities, the publishers of its sources, their
 *   aliases in the world file). Words of the news trade ("News", "Daily") and
 *   place names ("Denver" in "Denver Gazette" and "Denver Post") say nothing
 *   of which outlet it is; another distinctive word shared ("the Star",
 *   "Spectrum News 1") may be another name of a recorded outlet, so it is not
 *   surely another.
 */
import type { Mention } from '../read/types.ts';
import { tokenize } from '../read/tokens.ts';
import { lexicon } from '../read/lexicon.ts';
import { foldText } from '../normalize.ts';
import { escapeRegExp, findTerm } from '../terms.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { perRecord } from './per-record.ts';

/** Participant roles that say an outlet reported an event. */
const REPORTING = new Set(['reported', 'first-reported', 'interviewer']);

/** Words of any outlet's name that do not tell one outlet from another. */
const WEAK = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'news',
  'daily',
  'tv',
  'radio',
  'network',
  'channel',
  'media',
  'online',
  'com',
  'org',
  'net',
  'public',
  'morning',
  'evening',
  'sunday',
  'weekly',
  'new',
  'via',
]);

/** How many days after an event a report of it may be dated. */
const REPORT_WINDOW_DAYS = 7;

function isOutletCanon(record: StoryRecord, canon: string): boolean {
  return (
    record.outlets.has(canon) ||
    (canon.startsWith('w:') && record.world?.outlet(canon.slice(2)) !== undefined)
  );
}

const dayNumber = (date: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : undefined;
};

/** The outlets the record has reporting one of `events`, as canons. */
export function reportersOf(record: StoryRecord, events: readonly IndexedEvent[]): string[] {
  const out = new Set<string>();
  const own = (e: IndexedEvent) =>
    e.participants
      .filter((p) => REPORTING.has(p.role) && isOutletCanon(record, p.canon))
      .map((p) => p.canon);
  for (const e of events) {
    for (const c of own(e)) out.add(c);
    const day = dayNumber(e.event.date);
    if (day === undefined) continue;
    for (const r of record.events) {
      if (r === e || !r.event.sources.some((s) => e.event.sources.includes(s))) continue;
      const at = dayNumber(r.event.date);
      if (at === undefined || at < day || at - day > REPORT_WINDOW_DAYS) continue;
      for (const c of own(r)) out.add(c);
    }
  }
  return [...out];
}

/** The distinctive words of a name: lower case, split at anything not a letter or digit, less the trade's words. */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !WEAK.has(w));
}

/** Every name of every outlet the story records: the record's names and the world file's names and aliases. */
const recordedOutletNames = perRecord((record): string[] => {
  const names = [...record.outletNames];
  for (const canon of record.outlets) {
    names.push(record.nameOf(canon));
    const w = canon.startsWith('w:') ? record.world?.outlet(canon.slice(2)) : undefined;
    if (w) names.push(w.name, ...(w.aliases ?? []));
  }
  return names;
});

/** Every name of every outlet the story records, as a set of words. */
const storyOutletWords = perRecord(
  (record): Set<string> => new Set(recordedOutletNames(record).flatMap(words)),
);

/** The words of `name` that are not a place's name (the gazetteer's places and states, one to three words long). */
function nonPlaceWords(record: StoryRecord, name: string): string[] {
  const parts = name.split(/\s+/).filter(Boolean);
  const keep = parts.map(() => true);
  for (let len = 3; len >= 1; len--) {
    for (let i = 0; i + len <= parts.length; i++) {
      if (!keep.slice(i, i + len).every(Boolean)) continue;
      const phrase = parts
        .slice(i, i + len)
        .join(' ')
        .replace(/['\u2019]s$/, '');
      if (record.gazetteer.lookup(phrase).some((g) => g.kind === 'place' || g.kind === 'state'))
        for (let k = i; k < i + len; k++) keep[k] = false;
    }
  }
  return parts.filter((_, i) => keep[i]).flatMap(words);
}

/** How often a paper comes out, as its name says: a daily is no weekly. */
const PERIODICITY = new Set(['daily', 'weekly', 'monthly']);

const periodOf = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => PERIODICITY.has(w));

/** Every name of every outlet the story records, each with how often its name says it comes out. */
const storyNamesCache = new WeakMap<StoryRecord, { words: Set<string>; period: string[] }[]>();

function storyOutletNames(record: StoryRecord): { words: Set<string>; period: string[] }[] {
  const cached = storyNamesCache.get(record);
  if (cached) return cached;
  const names = recordedOutletNames(record);
  // A name that says nothing of its rhythm ("tucson.com") takes that of the other names of its outlet ("Arizona Daily Star").
  const canonsOf = (n: string) =>
    record.gazetteer
      .lookup(n)
      .filter((g) => g.kind === 'outlet')
      .map((g) => g.id);
  const byCanon = new Map<string, Set<string>>();
  for (const n of names)
    for (const c of canonsOf(n))
      for (const p of periodOf(n)) byCanon.set(c, (byCanon.get(c) ?? new Set()).add(p));
  const out = names.map((n) => ({
    words: new Set(words(n)),
    period: [
      ...new Set([...periodOf(n), ...canonsOf(n).flatMap((c) => [...(byCanon.get(c) ?? [])])]),
    ],
  }));
  storyNamesCache.set(record, out);
  return out;
}

/** The page's outlet name shares a distinctive word with a name of one of the story's outlets: it may be that outlet. */
export function mayBeStoryOutlet(record: StoryRecord, name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  // A name of places and the trade's words alone ("Dallas Morning News"): its places tell it apart.
  const nonPlace = nonPlaceWords(record, bare);
  const distinctive = nonPlace.length ? nonPlace : words(bare);
  if (!distinctive.length) return true;
  if (nonPlace.length) {
    const story = storyOutletWords(record);
    return distinctive.some((w) => story.has(w));
  }
  // Places alone tell it apart: a story outlet's name holding one of them is another only when the two names say
  // it comes out at another rhythm ("Tucson Weekly" and "Arizona Daily Star (tucson.com)").
  const period = periodOf(bare);
  return storyOutletNames(record).some(
    (n) =>
      distinctive.some((w) => n.words.has(w)) &&
      !(period.length && n.period.length && !n.period.some((p) => period.includes(p))),
  );
}

/**
 * A world outlet (page canons) the story records: one of its outlets, or one
 * whose name or alias stands in a source's publisher ("Newser (AP)").
 */
export function knownInStory(record: StoryRecord, canons: readonly string[]): boolean {
  return canons.some((c) => {
    if (record.outlets.has(c)) return true;
    const w = c.startsWith('w:') ? record.world?.outlet(c.slice(2)) : undefined;
    if (!w) return false;
    const names = [w.name, ...(w.aliases ?? [])].map((n) => n.toLowerCase().replace(/^the\s+/, ''));
    return names.some((n) =>
      [...record.outletNames].some((s) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u').test(s),
      ),
    );
  });
}

/** The name's type is certain: it ends in an outlet's word ("Globe", "Morning News"), or the sentence's syntax types it. */
function surelyAnOutlet(m: Mention & { type: 'outlet' }): boolean {
  if (m.value.typed) return true;
  const tokens = tokenize(m.value.name.replace(/^the\s+/i, ''));
  return lexicon.outletHeads.matchEndingAt(tokens, tokens.length, 3) !== null;
}

/**
 * An outlet the world does not know that is surely none of the story's: its
 * type is certain and it shares no distinctive word with any of their names;
 * and it is no agency, person or place the gazetteer knows.
 */
export function surelyNotInStory(record: StoryRecord, m: Mention & { type: 'outlet' }): boolean {
  if (!surelyAnOutlet(m)) return false;
  const name = m.value.name.replace(/^the\s+/i, '');
  if (record.gazetteer.lookup(name).some((g) => g.kind !== 'outlet')) return false;
  // One of the story's organizations ("the Locust Club ran a statement"): it speaks for itself, it is no outlet.
  const folded = foldText(name);
  if (record.organizationNames.some((o) => findTerm(o, folded) !== -1)) return false;
  return !mayBeStoryOutlet(record, name);
}

/** "… and the X reported it the next day": a clause crediting an outlet with what the clause before said. */
const REPORTS_IT =
  /\b(?:reported|reports|ran|runs|published|publishes|printed|prints|carried|carries|aired|airs|broadcast|broadcasts|covered|covers|picked up|picks up|reprinted|reprints)\s+(?:it|them|this|that|the news|the story|the statement|the remarks)\b/i;

/** The clause credits an outlet as the source of something it names only by a pronoun: it is about the clause before's events. */
export function reportsWhatCameBefore(mentions: readonly Mention[], text: string): boolean {
  return (
    mentions.some((m) => m.type === 'outlet' && m.value.role === 'source') &&
    REPORTS_IT.test(text) &&
    mentions.every(
      (m) =>
        m.type === 'outlet' ||
        m.type === 'relative-time' ||
        m.type === 'date' ||
        m.type === 'weekday',
    )
  );
}

/** A clause that is about the story itself: "The story first appeared in X", "The same summary was first printed by X". */
const THE_STORY =
  /^\s*(?:but\s+|and\s+|yet\s+)?the\s+(?:same\s+|original\s+|whole\s+|first\s+|initial\s+)?(?:story|news|report|article|piece|summary|account|round-?up|reporting)\b/i;

/** The events whose first report the record names, and those outlets. */
export function firstReports(record: StoryRecord): { events: IndexedEvent[]; outlets: string[] } {
  const events = record.events.filter((e) =>
    e.participants.some((p) => p.role === 'first-reported' && isOutletCanon(record, p.canon)),
  );
  return {
    events,
    outlets: [
      ...new Set(
        events.flatMap((e) =>
          e.participants
            .filter((p) => p.role === 'first-reported' && isOutletCanon(record, p.canon))
            .map((p) => p.canon),
        ),
      ),
    ],
  };
}

/**
 * The outlet a clause about the story itself credits with its first report
 * ("The story appeared first in X"), when the clause names nothing else; null
 * otherwise (the clause may be about a report the record does not list).
 */
export function storyFirstCredit(
  mentions: readonly Mention[],
  text: string,
): (Mention & { type: 'outlet' }) | null {
  if (!THE_STORY.test(text) || mentions.length !== 1) return null;
  const m = mentions[0]!;
  return m.type === 'outlet' && m.value.role === 'source' && m.value.original ? m : null;
}

/** The letters and digits of a name, lower case, with "the" and spaces gone ("The Boston Globe" → "bostonglobe"). */
const squashed = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page's outlet value is the page's own outlet (`own`: the names the page
 * gives itself, its site's address): every distinctive word of it is in one of
 * those names ("the Globe" on The Boston Globe's site), or the two run
 * together are the same ("Boston Globe" and bostonglobe.com).
 */
export function isOwnOutlet(page: string, own: readonly string[]): boolean {
  const mine = words(page.replace(/^the\s+/i, ''));
  const flat = squashed(page);
  return own.some((name) => {
    const theirs = new Set(words(name));
    return (
      (mine.length > 0 && mine.every((w) => theirs.has(w))) ||
      (flat.length >= 3 && (squashed(name) === flat || squashed(name).includes(flat)))
    );
  });
}

/** What someone said: the nouns for it. */
const SAID_NOUN = String.raw`(?:statement|statements|declaration|communiqu[eé]|interview|remarks|comments|announcement|press release|letter|op-ed|words|pledge|vow|promise|message)`;
/** "The declaration was reported by X", "X ran his statement": what someone said, told of in the sentence before. */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:the|this|that|these|those|his|her|its|their)\s+(?:same\s+|written\s+|full\s+|whole\s+)?${SAID_NOUN}(?![\p{L}\p{N}])`,
  'iu',
);
/** "X carried the chief's statement", "the Tucson chief's pledge": the words of whoever holds a post, told of before; the post's word. */
const TITLE_SAID_BEFORE = new RegExp(
  String.raw`\bthe\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:police\s+)?(\p{Ll}+)['’]s\s+(?:same\s+|written\s+|full\s+|whole\s+)?${SAID_NOUN}(?![\p{L}\p{N}])`,
  'u',
);
/** "… X reported it", "X ran a story on it", "X carried the story": whatever the sentence before told of. */
const IT_BEFORE =
  /\b(?:reported|reports|ran|runs|published|publishes|printed|prints|carried|carries|aired|airs|reprinted|reprints|broke|breaks)\s+(?:(?:a|an|the|its)\s+(?:story|article|piece|report|item)\s+(?:on|about)\s+)?(?:it|them|(?:the|that|this)\s+(?:story|news)(?!\s+(?:of|about|that)\b|\s+on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:same|next|following)\b|\d)\b)))\b/i;

/** "It was issued by X", "That statement was put out by X": who put out what was said in the sentence before. */
export const ISSUED_BY =
  /^\s*(?:it|this|that|they|these|(?:the|that|this|its|their)\s+(?:same\s+|written\s+|full\s+)?(?:statement|declaration|announcement|remarks|comments|words))\s+(?:was|were)\s+(?:first\s+|originally\s+)?(?:issued|released|put out|sent out|sent|made|given|read\s+(?:out|aloud|to\s+(?:reporters|journalists|the\s+press|the\s+media)))\s+by\b/i;

/** The sentence points back at what a sentence before told of ("the statement", "reported it"): cheap, before any reading. */
export const pointsBack = (sentence: string): boolean =>
  SAID_BEFORE.test(sentence) ||
  TITLE_SAID_BEFORE.test(sentence) ||
  IT_BEFORE.test(sentence) ||
  ISSUED_BY.test(sentence);

/**
 * The events of the sentence before that a sentence crediting an outlet
 * points back at: those where someone spoke, for "the statement" and the
 * like; any, for "reported it". None when it points at nothing.
 */
export function whatCameBefore(
  sentence: string,
  before: readonly IndexedEvent[],
  record?: StoryRecord,
): IndexedEvent[] {
  if (SAID_BEFORE.test(sentence) || ISSUED_BY.test(sentence))
    return before.filter((e) =>
      e.participants.some((p) => p.role === 'spoke' || p.role === 'interviewer'),
    );
  // "the chief's statement": only events where one who spoke holds a post of that word (their roles, as the record has them).
  const post = TITLE_SAID_BEFORE.exec(sentence)?.[1];
  if (post && record) {
    const holds = (canon: string) => {
      const person = record.people.get(canon);
      const titles = person ? [person.role ?? '', ...person.roles.map((r) => r.title)] : [];
      return titles.some((t) =>
        new RegExp(String.raw`(?<![\p{L}])${post}(?![\p{L}])`, 'iu').test(t),
      );
    };
    return before.filter((e) => e.participants.some((p) => p.role === 'spoke' && holds(p.canon)));
  }
  return IT_BEFORE.test(sentence) ? [...before] : [];
}
