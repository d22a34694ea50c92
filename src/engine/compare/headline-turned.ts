/**
 * A recorded headline quoted with its stance turned round: "X ran it under the headline “Why Cops Are Backing
 * Trump …”" where the record's headline on X's report reads "Here's Why Police are Against Trump …". The quoted
 * words must be said to be a headline, tied to an outlet whose name the record's publisher of that headline
 * holds (or that names the same outlet), share four words or more with it, and put a word of the other side
 * (for / backing / behind / supporting against against / opposing / rejecting) between the same two words the
 * recorded headline has round its own stance word. Anything else (another outlet's headline, a loose echo) is
 * left alone. Nothing here knows a story.
 *
 * The same headline with its words changed ("Here's Why Police Are Turning Against Trump" for "Here's Why Police are
 * Against Trump on Immigration Enforcement"), tied to the nearest outlet before it: a conflict when that outlet is
 * surely the one that printed the recorded headline (a name of the outlet is the address's host: "Gov1.com" for
 * www.gov1.com), unconfirmed when the record's publisher only names it (a re-post's headline may not be the original's).
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';

const AGAINST = new Set([
  'against',
  'oppose',
  'opposes',
  'opposed',
  'opposing',
  'reject',
  'rejects',
  'rejecting',
  'defy',
  'defies',
  'defying',
  'resist',
  'resists',
  'resisting',
]);
const FOR = new Set([
  'for',
  'backing',
  'back',
  'backs',
  'behind',
  'support',
  'supports',
  'supporting',
  'with',
  'embrace',
  'embraces',
  'embracing',
]);

/** A quoted stretch (straight or curly quotes). */
const QUOTED = /["\u201C]([^"\u201C\u201D]{10,300})["\u201D]/g;
/** Right before the quote: the words say it is a headline. */
const HEADLINE_BEFORE =
  /\b(?:headline|headlines|headlined|banner|title|titled|entitled)\b[^.;!?"\u201C]{0,12}$/i;

const words = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The stance word of the recorded headline the quoted words turn round, if any: [recorded word, page word]. */
export function turnedWord(
  quoted: readonly string[],
  headline: readonly string[],
): [string, string] | null {
  const shared = new Set(quoted.filter((w) => headline.includes(w)));
  if (quoted.length < 4 || shared.size < 4) return null;
  for (let i = 1; i < headline.length - 1; i++) {
    const w = headline[i]!;
    const other = AGAINST.has(w) ? FOR : FOR.has(w) ? AGAINST : null;
    if (!other) continue;
    for (let j = 1; j < quoted.length - 1; j++) {
      if (
        quoted[j - 1] === headline[i - 1] &&
        quoted[j + 1] === headline[i + 1] &&
        other.has(quoted[j]!)
      )
        return [w, quoted[j]!];
    }
  }
  return null;
}

/**
 * The outlet `m` ran a quoted headline that turns round the stance of the record's headline on its report.
 * `canons` gives an outlet name's canonical ids; `same` says whether page ids name a record canon's outlet.
 */
export function turnedHeadline(
  record: StoryRecord,
  sentence: string,
  m: Mention & { type: 'outlet' },
  canons: (name: string) => string[],
  same: (page: readonly string[], canon: string) => boolean,
): ValueResult | null {
  for (const { q, quoted, h } of headlinesQuoted(record, sentence, m, canons, same)) {
    const turned = turnedWord(quoted, words(h.text));
    if (!turned) continue;
    return {
      status: 'conflict',
      comparison: { slot: 'headline', page: q, record: h.text },
      explanation: `The record has the ${h.publisher} headline \u201C${h.text}\u201D; the page's turns its stance round (\u201C${turned[1]}\u201D for \u201C${turned[0]}\u201D).`,
    };
  }
  return null;
}

/**
 * Each quoted headline after the outlet `m` (a word right before it says it is a headline) with each record headline
 * whose publisher is that outlet: its name in the record's words ("Police1 (re-posted by Gov1)"), or the same canon,
 * and with `byName` also any outlet the publisher's words name. `skip` leaves out a quotation at a position.
 */
function* headlinesQuoted(
  record: StoryRecord,
  sentence: string,
  m: Mention & { type: 'outlet' },
  canons: (name: string) => string[],
  same: (page: readonly string[], canon: string) => boolean,
  byName = false,
  skip?: (at: number) => boolean,
): Generator<{
  q: string;
  quoted: string[];
  h: NonNullable<StoryRecord['headlines']>[number];
  page: string[];
}> {
  if (!record.headlines?.length) return;
  const name = foldText(m.value.name.replace(/^the\s+/i, ''));
  const page = canons(m.value.name);
  for (const q of sentence.matchAll(QUOTED)) {
    const at = q.index ?? 0;
    if (at < m.end || !HEADLINE_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) || skip?.(at))
      continue;
    const quoted = words(q[1] as string);
    for (const h of record.headlines) {
      const named = byName
        ? record.gazetteer
            .find(h.publisher)
            .flatMap((hit) => hit.entries.filter((e) => e.kind === 'outlet').map((e) => e.id))
        : [];
      const theirs =
        words(h.publisher).join(' ').includes(name) ||
        [...canons(h.publisher), ...named].some((c) => same(page, c));
      if (theirs) yield { q: q[1] as string, quoted, h, page };
    }
  }
}

/** Words whose adding changes no headline's sense. */
const FUNCTION_WORDS = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'been',
  'were',
  'they',
  'their',
  'about',
  'into',
  'over',
  'just',
  'also',
  'some',
]);

/** The quoted words are the headline, or part of it, word for word. */
const sameWords = (quoted: readonly string[], headline: readonly string[]): boolean =>
  ` ${headline.join(' ')} `.includes(` ${quoted.join(' ')} `);

/** Whether the outlet of `canon` printed what is at `url`: one of its names is the address's host ("Gov1.com"). */
function printedAt(record: StoryRecord, canon: string, url: string | undefined): boolean {
  if (!url || !canon.startsWith('w:')) return false;
  // The engine has no URL class (no DOM, no Node): the host is read from the address's text.
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i
    .exec(url)?.[1]
    ?.replace(/^www\./i, '')
    .toLowerCase();
  if (!host) return false;
  const outlet = record.world?.outlet(canon.slice(2));
  return !!outlet && [outlet.name, ...(outlet.aliases ?? [])].some((n) => n.toLowerCase() === host);
}

/**
 * A recorded headline quoted with its words changed, credited to the outlet `m` right before it (no other outlet
 * between): most of the quoted words are the headline's, it opens as the headline does, and it is no run of it.
 */
export function alteredHeadline(
  record: StoryRecord,
  sentence: string,
  m: Mention & { type: 'outlet' },
  outlets: readonly Mention[],
  canons: (name: string) => string[],
  same: (page: readonly string[], canon: string) => boolean,
): ValueResult | null {
  // Tied to `m` only with no other outlet between; the publisher's words may name the outlet ("Police1 (re-posted by Gov1)").
  const between = (at: number) => outlets.some((o) => o !== m && o.start >= m.end && o.end <= at);
  for (const { q, quoted, h, page } of headlinesQuoted(
    record,
    sentence,
    m,
    canons,
    same,
    true,
    between,
  )) {
    const headline = words(h.text);
    if (quoted.length < 4 || sameWords(quoted, headline) || quoted[0] !== headline[0]) continue;
    const shared = quoted.filter((w) => headline.includes(w)).length;
    // A word of its own the headline lacks ("turning"), not an article or a mark's echo.
    const added = quoted.filter(
      (w) => !headline.includes(w) && w.length >= 4 && !FUNCTION_WORDS.has(w),
    );
    if (shared < 4 || shared < 0.6 * quoted.length || !added.length) continue;
    const sure = page.some((c) => printedAt(record, c, h.url));
    const comparison = { slot: 'headline', page: q, record: h.text };
    return sure
      ? {
          status: 'conflict',
          comparison,
          explanation: `The record has the ${m.text} headline \u201C${h.text}\u201D; the page quotes it with its words changed.`,
        }
      : {
          status: 'unconfirmed',
          comparison,
          explanation: `The record has the headline \u201C${h.text}\u201D (${h.publisher}); it does not confirm \u201C${q}\u201D.`,
        };
  }
  return null;
}
