/**
 * Counts with the noun they count: "eight people", "Ten Rochester officers",
 * "two sons", "100 protesters", "a dozen agents", "dozens of protesters",
 * "more than eight", "about ten", "up to eight", "at least 10", "10 to 12",
 * "all nine members", "no officers" (zero). The value is a range {min, max}
 * read from the wording; a hedge ("about", "an estimated") or a vague count
 * ("several", "dozens") sets `approximate` and leaves the comparer to decide
 * how far to widen it. The mention's span is the number itself ("eight"),
 * like the value the sentence would change.
 */
import { isDash } from './clauses.ts';
import { Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import { numberAt } from './numbers.ts';
import type { CountValue } from './types.ts';

const YEARLIKE = /^(19|20)\d\d$/;

function pluralLike(w: string): boolean {
  return (
    lexicon.irregularPlurals.has(w) ||
    (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
  );
}

/** The noun a count at [.., end) counts: the first plural-looking word among the next few ("Ten Rochester officers"), or ''. */
function countedNoun(ctx: ReadContext, end: number, one: boolean): string {
  let k = end;
  if (ctx.lower(k) === 'of') k++;
  if (/^(them|us|you)$/.test(ctx.lower(k))) return ''; // "one of them"
  // "eight of those officers": a demonstrative before a noun is read as "the"; standing alone ("one of those"), no count.
  // "One of those headlines" picks one out of a set told before: no count either.
  if (
    /^(those|these)$/.test(ctx.lower(k)) &&
    (one || !(ctx.token(k + 1)?.word && !ctx.token(k + 1)!.digits))
  )
    return '';
  if (/^(the|those|these)$/.test(ctx.lower(k))) k++;
  if (ctx.is(k, '-') && !ctx.token(k)!.spaceBefore) {
    // "a 25-year-old Guatemalan man": an age of whom it names ("year-old man"), not a number of years; no such word, no count.
    // "the driver, a 25-year-old who …": an age standing alone as a noun is the age of the definite head it is apposed to.
    // Before a relative pronoun with no head of its own ("a 25-year-old who …"), an age still: of no one named.
    if (ctx.is(k + 2, '-') && ctx.lower(k + 3) === 'old') {
      const unit = `${ctx.lower(k + 1)}-old`;
      return (
        ageOf(ctx, k + 4, unit) ||
        (k === end ? apposedAge(ctx, end - 1, k + 4, unit) : '') ||
        (RELATIVE.test(ctx.lower(k + 4)) ? unit : '')
      );
    }
    return ctx.lower(k + 1); // "a 10-minute drive"
  }
  for (let j = k, limit = k + 4; j < limit; j++) {
    // "big-city police chiefs": a hyphened modifier is one word.
    if (!one && ctx.is(j, '-') && !ctx.token(j)!.spaceBefore && ctx.token(j - 1)?.word && j > k) {
      limit += 2;
      continue;
    }
    const t = ctx.token(j);
    if (!t || !t.word || t.digits || lexicon.countNounStops.has(t.lower)) return '';
    if (one) return j === k && !t.cap ? t.lower : '';
    if (pluralLike(t.lower)) return headOf(ctx, j);
    // A name before the noun takes no room of the modifiers' ("38 Linwood Elementary School fourth-graders").
    if (t.cap && j > end && limit < k + 7) limit++;
  }
  return '';
}

/** The last plural of a run of them ("police chiefs", "police officers"): the head noun of the compound. */
function headOf(ctx: ReadContext, at: number): string {
  let j = at;
  for (
    let next = ctx.token(j + 1);
    next?.word &&
    !next.cap &&
    !next.digits &&
    next.spaceBefore &&
    pluralLike(next.lower) &&
    !lexicon.countNounStops.has(next.lower) &&
    !lexicon.functionWords.has(next.lower);
    next = ctx.token(j + 1)
  )
    j++;
  return ctx.lower(j);
}

/** "year-old man": the age's unit with the first lower-case word after it that is not a function word ("a 25-year-old Guatemalan man"), or ''. */
function ageOf(ctx: ReadContext, from: number, unit: string): string {
  for (let j = from; j < from + 3; j++) {
    const t = ctx.token(j);
    // "a 25-year-old who had …": the relative clause says nothing of whom the age is.
    if (!t || !t.word || t.digits || RELATIVE.test(t.lower)) return '';
    if (!t.cap && !lexicon.functionWords.has(t.lower)) return `${unit} ${t.lower}`;
  }
  return '';
}

const RELATIVE = /^(?:who|whom|whose|that|which)$/;

/**
 * "the driver, a 25-year-old who …", "her son, a 9-year-old, …": an age used as a noun (nothing after it but a relative
 * pronoun or a mark), apposed to a definite noun right before it, is that noun's age ("year-old driver"); or ''.
 * `last` is the number's last token, `after` the token after the age's unit.
 */
function apposedAge(ctx: ReadContext, last: number, after: number, unit: string): string {
  const next = ctx.token(after);
  if (next && next.word && !RELATIVE.test(next.lower)) return '';
  // The number's first token ("twenty-six").
  let numberAt = last;
  while (ctx.is(numberAt - 1, '-') && lexicon.numberWords.has(ctx.lower(numberAt - 2)))
    numberAt -= 2;
  if (!/^an?$/.test(ctx.lower(numberAt - 1))) return '';
  // Set off by a comma or a dash ("the driver — a 25-year-old who …"; "--" is two tokens, the dash its first).
  const mark =
    ctx.is(numberAt - 2, ',') || isDash(ctx.tokens, numberAt - 2)
      ? numberAt - 2
      : isDash(ctx.tokens, numberAt - 3) && ctx.is(numberAt - 2, '-')
        ? numberAt - 3
        : -1;
  if (mark === -1) return '';
  const head = ctx.token(mark - 1);
  if (!head || !head.word || head.cap || head.digits || lexicon.functionWords.has(head.lower))
    return '';
  return /^(?:the|his|her|their)$/.test(ctx.lower(mark - 2)) ? `${unit} ${head.lower}` : '';
}

/**
 * "The number of officers taken off the street was twelve": a count after a copula whose subject is
 * "the (total) number / count / tally of <noun>" counts that noun. Only word tokens between the subject and the
 * copula (a comma or other mark ends the search), the copula right before the count (or its hedge).
 */
function numberOfSubject(ctx: ReadContext, countStart: number): string {
  // "was twelve", "totaled twelve", "stood at twelve".
  const at =
    ctx.lower(countStart - 1) === 'at' &&
    /^(stood|stands|was|is|remained)$/.test(ctx.lower(countStart - 2))
      ? countStart - 2
      : countStart - 1;
  if (!/^(is|was|were|are|stood|stands|remained|totaled|totalled|reached)$/.test(ctx.lower(at)))
    return '';
  for (let j = at - 1; j >= 1 && j >= at - 16; j--) {
    const t = ctx.token(j);
    if (!t?.word) return '';
    if (
      /^(number|count|tally)$/.test(t.lower) &&
      ctx.lower(j + 1) === 'of' &&
      /^(the|total|final|overall|official)$/.test(ctx.lower(j - 1))
    )
      return countedNoun(ctx, j + 2, false);
  }
  return '';
}

const ESTIMATE_VERB =
  /^(?:put|puts|putting|placed|places|placing|pegged|pegs|pegging|estimated|estimates|estimating|set|sets|setting|fixed|fixes|fixing)$/;

/**
 * "The Post put the van's occupants at an estimated eight", "officials pegged the number of protesters at 200": a count
 * after "at" whose object, between a verb of estimating and "at", names what it counts: the noun after "number / count /
 * total of", else the last plural of the object (at most eight words, no mark but a possessive's apostrophe between).
 */
function estimatedAt(ctx: ReadContext, countStart: number): string {
  if (ctx.lower(countStart - 1) !== 'at') return '';
  let plural = '';
  for (let j = countStart - 2; j >= 1 && j >= countStart - 10; j--) {
    const t = ctx.token(j);
    if (!t) return '';
    if (!t.word) {
      if (/^['’]$/.test(t.text)) continue;
      return '';
    }
    if (ESTIMATE_VERB.test(t.lower)) {
      if (j === countStart - 2) return '';
      for (let k = j + 1; k < countStart - 2; k++) {
        if (/^(number|count|total|tally)$/.test(ctx.lower(k)) && ctx.lower(k + 1) === 'of')
          return countedNoun(ctx, k + 2, false);
      }
      return plural;
    }
    if (!plural && !t.cap && pluralLike(t.lower) && !lexicon.functionWords.has(t.lower))
      plural = headOf(ctx, j);
  }
  return '';
}

/** The modifier before a count starting at `from` ("more than", "about", "all"), and where it starts. */
function modifierBefore(ctx: ReadContext, from: number): { kind: string; start: number } | null {
  const m = lexicon.countModifiers.matchEndingAt(ctx.tokens, from, 3);
  return m && { kind: m.value, start: m.start };
}

/**
 * "as many as twenty officers", "up to a dozen people": a ceiling the writer says the count came near, not only a bound
 * ("at most twenty" is one). Twenty is not said of ten or twelve; three quarters of it is the least it is said of.
 */
const reachedFloor = (value: number): number => Math.max(1, Math.floor(value * 0.75));

function range(
  value: number,
  modifier: string | undefined,
): Pick<CountValue, 'min' | 'max' | 'approximate'> {
  switch (modifier) {
    case 'above':
      return { min: Math.floor(value) + 1, approximate: false };
    case 'at-least':
      return { min: value, approximate: false };
    case 'at-most':
      return { min: 0, max: value, approximate: false };
    case 'reaching':
      return { min: reachedFloor(value), max: value, approximate: false };
    case 'below':
      return { min: 0, max: Math.ceil(value) - 1, approximate: false };
    case 'about':
      return { min: value, max: value, approximate: true };
    default:
      return { min: value, max: value, approximate: false };
  }
}

/**
 * A vague count under a hedge: "about a dozen" is loose, "up to a dozen" has no floor, "more than a dozen" no
 * ceiling. Bare, a round number said in words is near it, not loose ("a dozen officers" are 11 to 13, not ten).
 */
function hedged(
  v: { min: number; max: number; approximate: boolean },
  modifier: string | undefined,
): Pick<CountValue, 'min' | 'max' | 'approximate'> {
  switch (modifier) {
    case 'about':
      return { min: v.min, max: v.max, approximate: true };
    case 'at-most':
    case 'below':
      return { min: 0, max: v.max, approximate: v.approximate };
    case 'reaching':
      return { min: reachedFloor(v.max), max: v.max, approximate: v.approximate };
    case 'above':
    case 'at-least':
      return { min: v.min, approximate: v.approximate };
    case 'exact':
      return { min: v.min, max: v.max, approximate: v.approximate };
    default: {
      if (!v.approximate || v.min !== v.max)
        return { min: v.min, max: v.max, approximate: v.approximate };
      const near = Math.max(1, Math.floor(v.min / 10));
      return { min: v.min - near, max: v.max + near, approximate: false };
    }
  }
}

/** Nouns a number after them identifies ("Resolution 2017-5", "Route 104"): the number counts nothing. */
const IDENTIFIED: ReadonlySet<string> = new Set([
  'resolution',
  'order',
  'ordinance',
  'section',
  'rule',
  'bill',
  'law',
  'case',
  'chapter',
  'article',
  'title',
  'docket',
  'directive',
  'proposition',
  'measure',
  'amendment',
  'local',
  'route',
  'interstate',
  'highway',
  'precinct',
  'district',
  'ward',
  'station',
  'unit',
  'room',
  'suite',
  'flight',
  'form',
  'exhibit',
  'item',
  'no',
  'number',
]);

/** "or so", "or thereabouts", "or more", "or fewer" right after a number: its hedge and where it ends. */
function hedgeAfter(ctx: ReadContext, at: number): { kind: string; end: number } | null {
  if (ctx.lower(at) !== 'or') return null;
  const w = ctx.lower(at + 1);
  if (w === 'so' || w === 'thereabouts') return { kind: 'about', end: at + 2 };
  if (w === 'more') return { kind: 'at-least', end: at + 2 };
  if (w === 'fewer' || w === 'less') return { kind: 'at-most', end: at + 2 };
  return null;
}

/**
 * "within a few days of one another", "two weeks apart": a number of days (weeks, hours …) that spaces events apart
 * counts nothing the story did; no count.
 */
function spacing(ctx: ReadContext, end: number): boolean {
  if (!lexicon.timeUnits.has(ctx.lower(end))) return false;
  const next = ctx.lower(end + 1);
  if (next === 'apart') return true;
  return (
    (next === 'of' || next === 'from') &&
    ((ctx.lower(end + 2) === 'each' && ctx.lower(end + 3) === 'other') ||
      (ctx.lower(end + 2) === 'one' && ctx.lower(end + 3) === 'another'))
  );
}

export function findCounts(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = ctx.token(i)!;
    if (!t.word) continue;
    // "no officers", "zero agents": a count of none.
    if (t.lower === 'no' || t.lower === 'zero') {
      const next = ctx.token(i + 1);
      const ok =
        next &&
        next.word &&
        (!next.cap || pluralLike(countedNoun(ctx, i + 1, false))) &&
        !next.digits &&
        !lexicon.numberWords.has(next.lower) &&
        !lexicon.countNounStops.has(next.lower) &&
        !lexicon.functionWords.has(next.lower);
      // "no officers", "no federal agents", "no officer was fired" (a singular noun only before a verb: not "no comment", "no longer")
      const noun = ok
        ? countedNoun(ctx, i + 1, false) ||
          (/^(was|is|has|had|would|will|could|did)$/.test(ctx.lower(i + 2)) ? next.lower : '')
        : '';
      if (noun) {
        ctx.add({
          type: 'count',
          from: i,
          to: i + 1,
          rank: Rank.pattern,
          value: { min: 0, max: 0, noun, approximate: false },
        });
      }
      continue;
    }
    const vague = lexicon.vagueCounts.matchAt(ctx.tokens, i);
    if (vague && spacing(ctx, vague.end)) {
      i = vague.end - 1;
      continue;
    }
    if (vague) {
      const noun = countedNoun(ctx, vague.end, false);
      const v = vague.value as { min: number; max: number; approximate: boolean };
      ctx.add({
        type: 'count',
        from: i,
        to: vague.end,
        rank: Rank.pattern,
        value: { ...hedged(v, modifierBefore(ctx, i)?.kind), noun },
      });
      i = vague.end - 1;
      continue;
    }
    // "a thousand protesters", "a million people": a round number said with "a", near it like "a hundred".
    const round =
      (t.lower === 'a' || t.lower === 'an') && lexicon.numberMultipliers.get(ctx.lower(i + 1));
    if (round && !numberAt(ctx, i + 2)) {
      const noun = countedNoun(ctx, i + 2, false);
      // With nothing counted, only after a hedge, as for digits ("a crowd of about a thousand rallied").
      const mod = modifierBefore(ctx, i);
      if (noun || mod)
        ctx.add({
          type: 'count',
          from: i,
          to: i + 2,
          rank: Rank.pattern,
          value: { ...hedged({ min: round, max: round, approximate: true }, mod?.kind), noun },
        });
      i += 1;
      continue;
    }
    const num = numberAt(ctx, i);
    if (!num) continue;
    // "two dozen officers": dozens of the number, near it like "a dozen" (22 to 26 bare, loose after "about").
    if (ctx.lower(num.end) === 'dozen' && !num.digits) {
      const dozen = num.value * 12;
      const noun = countedNoun(ctx, num.end + 1, false);
      ctx.add({
        type: 'count',
        from: i,
        to: num.end + 1,
        rank: Rank.pattern,
        value: {
          ...hedged({ min: dozen, max: dozen, approximate: true }, modifierBefore(ctx, i)?.kind),
          noun,
        },
      });
      i = num.end;
      continue;
    }
    // "10 to 12 officers", "between 10 and 12"
    let end = num.end;
    let max = num.value;
    if (
      (ctx.lower(end) === 'to' || ctx.lower(end) === 'and' || (ctx.is(end, '-') && num.digits)) &&
      numberAt(ctx, end + 1)
    ) {
      const hi = numberAt(ctx, end + 1)!;
      if (hi.value > num.value && (ctx.lower(end) !== 'and' || ctx.lower(i - 1) === 'between')) {
        max = hi.value;
        end = hi.end;
      }
    }
    const one = num.value === 1;
    // "twenty or so officers", "ten or more agents": a hedge after the number, before what it counts.
    const trailing = one ? null : hedgeAfter(ctx, end);
    const mod =
      modifierBefore(ctx, i) ?? (trailing ? { start: i, kind: trailing.kind } : undefined);
    const noun =
      countedNoun(ctx, trailing ? trailing.end : end, one) ||
      numberOfSubject(ctx, mod ? mod.start : i) ||
      estimatedAt(ctx, mod ? mod.start : i);
    // A bare digit string with nothing counted and no hedge is a code, a year or a number of something else ("911", "1986").
    const copula = /^(is|was|were|are|be|been|totaled|totalled|numbered|reached)$/.test(
      ctx.lower(i - 1),
    );
    if (num.digits && !noun && !mod && !copula) continue;
    // "phoned 911 asking police to come": the emergency number, never a count.
    if (num.digits && ctx.lower(i) === '911') continue;
    if (num.digits && YEARLIKE.test(ctx.lower(i)) && !noun) continue;
    // "the 2025 Rochester police backup incident", "2016 Election": a year used as a modifier, not a count of what follows.
    if (
      num.digits &&
      YEARLIKE.test(ctx.lower(i)) &&
      (ctx.token(end)?.cap || /^(the|a|an|this|that|its|their|his|her)$/.test(ctx.lower(i - 1)))
    )
      continue;
    if (one && !noun) continue; // "one of", "no one", "the one"
    // "one another": each other, no count.
    if (one && !num.digits && ctx.lower(end) === 'another') continue;
    if (spacing(ctx, end)) {
      i = end - 1;
      continue;
    }
    if (ctx.lower(i - 1) === 'no' || ctx.lower(i - 1) === '#') continue;
    // "Resolution 2017-5", "Route 104", "Local 1170": the number names the thing the capitalised noun before it is.
    if (num.digits && ctx.token(i - 1)?.cap && IDENTIFIED.has(ctx.lower(i - 1))) {
      // And the parts joined to it ("2017-5").
      let j = num.end;
      for (
        let part = ctx.is(j, '-') ? numberAt(ctx, j + 1) : null;
        part;
        part = ctx.is(j, '-') ? numberAt(ctx, j + 1) : null
      )
        j = part.end;
      i = j - 1;
      continue;
    }
    const r =
      max > num.value
        ? { min: num.value, max, approximate: mod?.kind === 'about' }
        : range(num.value, mod?.kind);
    ctx.add({
      type: 'count',
      from: i,
      to: end,
      rank: num.digits ? Rank.pattern : Rank.weak,
      value: { ...r, noun },
    });
    i = end - 1;
  }
}
