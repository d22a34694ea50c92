/**
 * Whose headline: a clause that says an outlet ran a report under a quoted
 * headline ("X ran it under the headline \u201C…\u201D", "X's headline, \u201C…\u201D",
 * "X published the story, headlined \u201C…\u201D"), when the story's record has that
 * headline on one of its reports (a source's `headline`). Used by
 * compare-outlet.ts; nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged only when the quoted words are the record's headline (the whole
 *   of it, its opening words, or five words or more of it), a word says they
 *   are a headline or title right before them (or the headline "said" or
 *   "read" them, a few words before), and a verb of running (ran,
 *   published, printed, carried, posted, under) or the outlet's possessive
 *   ties the outlet to them.
 * - Agrees when the headline's report is the outlet's; a conflict when the
 *   outlet is another the record or the world knows.
 * - Left alone: a sentence that tells of re-printing ("also", "picked up",
 *   "syndicated", "shared"), one that names a second outlet (the page may give
 *   each its own part) and a wire service's headline (many outlets run it as
 *   theirs). An outlet the world does not know is only unconfirmed: it may
 *   be another name of the recorded one, or a paper of the same chain that
 *   ran its copy.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';

type OutletMention = Mention & { type: 'outlet' };

/** A quoted stretch (straight or curly quotes). */
const QUOTED = /["\u201C]([^"\u201C\u201D]{10,300})["\u201D]/g;
/** Right before the quote: the words say it is a headline. */
const HEADLINE_BEFORE =
  /\b(?:headline|headlines|headlined|banner|title|titled|entitled|head)\b[^.;!?"\u201C]{0,12}$|\b(?:headline|banner)\s+(?:said|says|read|reads|declared|announced|blared|proclaimed|told\s+readers)\b[^.;!?"\u201C]{0,70}$/i;
/** Between the outlet and the quote: the outlet ran it ("X ran it under", "X's headline", "a X headline", "X published the story, headlined"). */
const RAN =
  /^(?:['\u2019]s\b|\s+(?:headlines?|banner|title)\b|[^.;!?"\u201C]{0,80}?\b(?:ran|run|runs|running|published|publishes|printed|prints|carried|carries|posted|posts|put|went with|headlined|titled|under)\b)/i;
/** Between the quoted headline and the outlet after it: it appeared there ("first appeared on", ", which ran in"). */
const APPEARED =
  /^[\s,.]*(?:(?:which|that)\s+(?:(?:she|he|they|we|I)\s+(?:says?|said|thinks?|thought|believes?|recalls?)\s+)?)?(?:first\s+|originally\s+)?(?:appeared|ran|was\s+(?:published|printed|posted|run))\s+(?:on|in)\s+(?:the\s+)?$/i;
/** Re-printing, or the headline merely cited: another outlet's headline may be meant. */
const AGAIN =
  /\b(?:also|later|too|as well|reprinted|re-?ran|re-?published|re-?posted|picked up|syndicated|shared|quoted|quoting|cited|citing|mocked|borrowed|copied|echoed|aggregated)\b/i;

/** "under a headline about …", "with a headline saying …": the headline told in the page's own words (group 1). */
const HEADLINE_ABOUT =
  /\b(?:under|with|ran|carried|had)\s+(?:a|the|its)\s+(?:\w+\s+)?headline\s+(?:about|on|saying|that\s+said|along\s+the\s+lines\s+of)\s+([^.;!?"\u201C]{10,200})/i;
/** Between the outlet and such a headline: it had or ran the story ("had it online under", "ran the story with"). */
const RAN_UNQUOTED =
  /^[^.;!?"\u201C]{0,60}?\b(?:had|ran|run|published|printed|carried|posted|put)\b[^.;!?"\u201C]{0,40}$/i;
/** Words of three letters or more but a few small ones, their plural or "-ing" cut ("scolding cops" and "scold cops" share "scold" and "cop"). */
const contentStems = (text: string): Set<string> =>
  new Set(
    words(text)
      .filter((w) => w.length >= 3 && !STOP.has(w))
      .map((w) => w.replace(/(?:ing|ed|es|s)$/, '')),
  );
const STOP = new Set(['the', 'and', 'for', 'who', 'their', 'with', 'about', 'that', 'our', 'its']);

const words = (text: string): string[] =>
  foldText(text)
    .replace(/[\u2026]|\.\.\./g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The quoted words are the headline: all of it, its opening, or a run of five words or more inside it. */
function sameHeadline(quoted: readonly string[], headline: readonly string[]): boolean {
  if (quoted.length < 4) return false;
  const q = quoted.join(' ');
  const h = headline.join(' ');
  if (q === h || h.startsWith(`${q} `)) return true;
  return quoted.length >= 5 && ` ${h} `.includes(` ${q} `);
}

/**
 * Compares the outlet said to have run a quoted headline with the record's
 * report that carries it. `canons` gives an outlet's canonical ids (the
 * caller's reading of the page's name); `same` says whether page ids name the
 * outlet of a record canon.
 */
export function compareHeadline(
  record: StoryRecord,
  sentence: string,
  mentions: readonly Mention[],
  m: OutletMention,
  canons: (name: string) => string[],
  same: (page: readonly string[], canon: string) => boolean,
): ValueResult | null {
  if (!record.headlines?.length || AGAIN.test(sentence)) return null;
  if (mentions.some((o) => o.type === 'outlet' && o !== m && o.value.name !== m.value.name))
    return null;
  // "X had it online under a headline about a sanctuary-city mayor and police chief scolding cops": the headline told
  // in other words, when nearly all of them are the record's headline's.
  const about = HEADLINE_ABOUT.exec(sentence);
  if (about && about.index >= m.end && RAN_UNQUOTED.test(sentence.slice(m.end, about.index + 1))) {
    const told = contentStems(about[1] as string);
    const hits = record.headlines.filter((h) => {
      const own = contentStems(h.text);
      const shared = [...told].filter((w) => own.has(w)).length;
      return shared >= 5 && shared / told.size >= 0.7;
    });
    if (hits.length) return judged(record, m, hits, canons, same);
  }
  for (const q of sentence.matchAll(QUOTED)) {
    const at = q.index ?? 0;
    if (!HEADLINE_BEFORE.test(sentence.slice(Math.max(0, at - 110), at))) continue;
    // The outlet before the quote, running it; or after it, where the headline appeared ("… “…,” which first
    // appeared on X's website").
    const after = at + q[0].length;
    if (
      at >= m.end
        ? !RAN.test(sentence.slice(m.end, at))
        : m.start < after || !APPEARED.test(sentence.slice(after, m.start))
    )
      continue;
    const quoted = words(q[1] as string);
    const hits = record.headlines.filter((h) => sameHeadline(quoted, words(h.text)));
    if (!hits.length) continue;
    return judged(record, m, hits, canons, same);
  }
  return null;
}

/** The outlet said to have run one of the record's headlines, against that headline's report. */
function judged(
  record: StoryRecord,
  m: OutletMention,
  hits: readonly { publisher: string }[],
  canons: (name: string) => string[],
  same: (page: readonly string[], canon: string) => boolean,
): ValueResult | null {
  const page = canons(m.value.name);
  const recorded = hits.flatMap((h) => canons(h.publisher));
  const publishers = [...new Set(hits.map((h) => h.publisher))].join(' / ');
  const comparison = { slot: 'outlet', page: m.text, record: publishers };
  // An outlet nobody knows: surely another (outlet-credit.ts), or perhaps another name of the recorded one.
  if (!page.length)
    return {
      status: 'unconfirmed',
      comparison,
      explanation: `The record has that headline on the ${publishers} report; it does not confirm “${m.text}”.`,
    };
  if (recorded.some((c) => same(page, c))) return { status: 'agrees' };
  if (
    !recorded.length ||
    recorded.some((c) => c.startsWith('w:') && record.world?.outlet(c.slice(2))?.kind === 'wire')
  )
    return null;
  return {
    status: 'conflict',
    comparison,
    explanation: `The record has that headline on the ${publishers} report, not on ${m.text.replace(/^the\s+/i, '')}'s.`,
  };
}
