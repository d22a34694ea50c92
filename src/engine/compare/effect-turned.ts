/**
 * What a speaker said an act would do to something, turned round: the record has Magnus writing that more
 * immigration duties "would seriously compromise" community trust (an event's `effects`, pack 0.7.6), the page has
 * him say they would strengthen it. Read: who the sentence credits (named before its verb of saying, or carried from
 * the sentence before), then after that verb a word of the act (`of`), a verb of effect (general English: helps or
 * harms) and, right after it, what it acts on (`on`). "Would not strengthen" turns the direction; any other negative
 * ("do little to", "nothing") or a wish, fear or claim of others before it says nothing. Nothing here knows a story.
 */
import { lexicon } from '../read/lexicon.ts';
import { tokenize, type Token } from '../read/tokens.ts';
import { who } from './compare-commitment.ts';
import { showDate } from './record-values.ts';
import type { Comparison } from './value-result.ts';
import { creditedTeller } from './stance-turned.ts';
import type { StoryRecord } from './story-record.ts';

export interface EffectResult {
  conflict: { comparison: Comparison; explanation: string } | null;
  /** The event whose recorded effect the page turns round. */
  events?: StoryRecord['events'];
}

const HELPS = [
  'strengthen',
  'build',
  'boost',
  'improve',
  'increase',
  'enhance',
  'foster',
  'restore',
  'deepen',
  'bolster',
  'reinforce',
  'grow',
  'earn',
  'rebuild',
  'protect',
  'preserve',
  'help',
  'benefit',
  'promote',
  'raise',
];
const HARMS = [
  'compromise',
  'undermine',
  'erode',
  'damage',
  'hurt',
  'harm',
  'weaken',
  'destroy',
  'threaten',
  'jeopardize',
  'jeopardise',
  'reduce',
  'break',
  'diminish',
  'undercut',
  'endanger',
  'ruin',
  'poison',
  'sap',
  'lower',
  'lose',
  'cost',
  'shatter',
  'wreck',
  'corrode',
];

/** The forms of a regular verb: base, -s, -ed, -ing (with the usual spelling changes). */
function forms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const s = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const ed = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`;
  return [base, s, ed, `${stem}ing`];
}

const IRREGULAR: Record<string, string> = {
  built: 'build',
  rebuilt: 'rebuild',
  broke: 'break',
  broken: 'break',
  grew: 'grow',
  grown: 'grow',
  lost: 'lose',
  hurts: 'hurt',
};

const DIRECTION = new Map<string, 'helps' | 'harms'>([
  ...HELPS.flatMap((b) => forms(b).map((f) => [f, 'helps'] as const)),
  ...HARMS.flatMap((b) => forms(b).map((f) => [f, 'harms'] as const)),
  ...Object.entries(IRREGULAR).map(([f, b]) => [f, HELPS.includes(b) ? 'helps' : 'harms'] as const),
]);

/** Words that may stand between the verb of effect and what it acts on ("strengthen *the community's* trust"). */
const BETWEEN = new Set([
  'the',
  'a',
  'an',
  'their',
  'its',
  'our',
  'his',
  'her',
  'community',
  "community's",
  'public',
  'local',
  'residents',
  "residents'",
  'people',
  "people's",
  'any',
  'that',
  'this',
  'much',
  'mutual',
  'hard-won',
  'fragile',
  'vital',
  'existing',
  'seriously',
  'badly',
  'greatly',
  'further',
]);

/** Words that weaken or deny it other than a plain "not" (then the direction is not certain). */
const OTHER_NEGATIVE = new Set([
  'never',
  'no',
  'nothing',
  'little',
  'hardly',
  'barely',
  'scarcely',
  'without',
  'neither',
  'nor',
  'none',
  'less',
  'fewer',
  'fail',
  'failed',
  'fails',
  'ending',
  'cutting',
  'dropping',
  'removing',
  'limiting',
  'curbing',
  'scaling',
  'instead',
]);

const QUOTE = /^["\u201C\u201D\u2018\u2019']$/;

/** The page's effects with the holders who say them: words of tokens [from, to) after the speaker. */
function effectsIn(
  tokens: readonly Token[],
  from: number,
  to: number,
): { direction: 'helps' | 'harms'; on: string; verbAt: number; onAt: number; doubt: boolean }[] {
  const out: {
    direction: 'helps' | 'harms';
    on: string;
    verbAt: number;
    onAt: number;
    doubt: boolean;
  }[] = [];
  for (let i = from; i < to; i++) {
    const base = DIRECTION.get(tokens[i]!.lower);
    if (!base) continue;
    let k = i + 1;
    while (
      k < to &&
      (QUOTE.test(tokens[k]!.text) ||
        BETWEEN.has(tokens[k]!.lower) ||
        tokens[k]!.text === '’' ||
        tokens[k]!.lower === "'s")
    )
      k++;
    if (k >= to) continue;
    // "would not strengthen": a denial in the verb group (right before the verb, after a modal) turns the direction.
    let flips = 0;
    let g = i - 1;
    while (g >= from && QUOTE.test(tokens[g]!.text)) g--;
    if (g >= from && tokens[g]!.lower === 'not') {
      flips++;
      g--;
    } else if (g >= from + 1 && tokens[g]!.lower === 't' && tokens[g - 1]!.text === "'") {
      flips++;
      g -= 2;
    }
    // Anything else that turns or weakens the act before it ("reducing immigration duties", "ending cooperation on
    // immigration", "no immigration duties", "do little to"): the direction of what the page says is not certain.
    let doubt = false;
    for (let j = from; j <= g; j++) {
      const w = tokens[j]!.lower;
      if (
        w === 'not' ||
        w === 't' ||
        OTHER_NEGATIVE.has(w) ||
        lexicon.negators.has(w) ||
        lexicon.conditionalLeads.has(w) ||
        DIRECTION.has(w) ||
        lexicon.commitmentFlips.matchAt(tokens, j)
      )
        doubt = true;
    }
    const direction = flips % 2 === 0 ? base : base === 'helps' ? 'harms' : 'helps';
    out.push({ direction, on: tokens[k]!.lower, verbAt: i, onAt: k, doubt });
  }
  return out;
}

/** A wish, fear or claim of someone else in tokens [from, to) ("critics feared", "whether"). */
function blocked(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lexicon.commitmentBlockers.matchAt(tokens, k)) return true;
  return false;
}

type Effect = NonNullable<StoryRecord['events'][number]['effects']>[number];

/**
 * Compares the effects of `words` (a sentence's words after its verb of saying, or quoted words) credited to
 * `holders` with the record's; `sayAt` is the token after which the speaker's words begin.
 */
function judge(
  record: StoryRecord,
  holders: Set<string>,
  tokens: readonly Token[],
  sayAt: number,
  page: (t: number) => string,
): EffectResult[] {
  const recorded = record.events.flatMap((e) =>
    (e.effects ?? [])
      .filter((x) => [...holders].every((h) => x.holders.has(h)))
      .map((x) => ({ x, e })),
  );
  if (!recorded.length) return [];
  const out: EffectResult[] = [];
  for (const found of effectsIn(tokens, sayAt, tokens.length)) {
    if (found.doubt || blocked(tokens, 0, found.verbAt)) continue;
    const before = tokens
      .slice(sayAt, found.verbAt)
      .map((t) => t.lower)
      .join(' ');
    const fits = recorded.filter(
      ({ x }) =>
        x.on.some((w) => w === found.on || `${w}s` === found.on) &&
        x.of.some((w) => before.includes(w)),
    );
    if (!fits.length) continue;
    const { x, e } = fits[0] as { x: Effect; e: StoryRecord['events'][number] };
    if (x.direction === found.direction) {
      out.push({ conflict: null });
      continue;
    }
    const said = `${x.statement} (${showDate(e.event.date)})`;
    const words = page(found.onAt).replace(/[.,;:!]+$/, '');
    out.push({
      conflict: {
        comparison: { slot: 'stance', page: words, record: said },
        explanation: `The record: ${said}; the page has the opposite: \u201C${words}\u201D.`,
      },
      events: [e],
    });
  }
  return out;
}

/** Each effect the sentence credits to a recorded speaker, with its conflict if the direction is turned round. */
export function effectResults(
  sentence: string,
  record: StoryRecord,
  pageText?: string,
): EffectResult[] {
  if (!record.events.some((e) => e.effects?.length)) return [];
  if (sentence.trimEnd().endsWith('?')) return [];
  // Cheap first: no verb of effect, nothing to read.
  if (!tokenize(sentence).some((t) => DIRECTION.has(t.lower))) return [];
  const credit = creditedTeller(sentence, record, pageText, (ms, s) => who(record, ms, s));
  if (!credit) return [];
  const { tellers, from, tokens } = credit;
  return judge(record, tellers, tokens, from, (v) =>
    sentence.slice(tokens[from]!.start, tokens[v]!.end).replace(/^(?:that)\s+/i, ''),
  );
}

/** The same, for quoted words credited to one speaker (`canon`): "we" is the speaker. */
export function quotedEffectResults(
  words: string,
  record: StoryRecord,
  canon: string,
): EffectResult[] {
  const tokens = tokenize(words);
  return judge(record, new Set([canon]), tokens, 0, (v) => words.slice(0, tokens[v]!.end));
}
