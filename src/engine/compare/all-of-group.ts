/**
 * "All N", "all of the N", "every one of the N", "each of the N", "the whole group of N" with an outcome done to
 * them ("officers handcuffed all of the nine passengers"): the page gives the outcome to the whole counted group.
 * Where the record has it befall only part of that group, it conflicts: the record's count of those it befell is
 * below the page's N, or the record says it befell some of them (`some`) and the page's N is the size of the group
 * the scene counts (so "all three men were handcuffed" of three among nine says nothing). Where the record has the
 * outcome on that noun but does not settle how many, the count is unconfirmed, never agreed (the group's size
 * alone does not say the outcome befell all of it). Nothing knows a story: the quantifiers are general English.
 */
import type { Mention } from '../read/types.ts';
import { NOT_DONE } from './befell.ts';
import { result, unconfirmed, type CompareContext, type ValueResult } from './value-result.ts';
import { sameScene } from './scene-agencies.ts';
import { singular, type IndexedEvent } from './story-record.ts';
import { outcomeShown } from './outcome-shown.ts';

/** Words right before the count that give the whole group: "all", "all of the", "every one of the", "the whole group of". */
const UNIVERSAL =
  /\b(?:all(?:\s+of)?(?:\s+(?:the|these|those|their|its))?|(?:every|each)(?:\s+one)?\s+of\s+(?:the|these|those|their)|the\s+(?:whole|entire)\s+(?:group|lot|set)\s+of(?:\s+the)?)\s+$/i;
/** Cheap gate: a quantifier word somewhere before the count. */
const GATE = /\b(?:all|every|each|whole|entire)\b/i;
/** "almost all", "nearly all", "not all": no longer the whole group. */
const HEDGED =
  /\b(?:almost|nearly|virtually|practically|not|hardly)\s+(?:all|every|each)\b[^.;]{0,20}$/i;

/** "in the van", "riding in the car", "aboard the bus": where the group was, between its noun and what befell it. */
const WHERE =
  /^\s+(?:(?:riding|sitting|travell?ing|packed|crammed|found)\s+)?(?:from|in|inside|aboard|on|of)\s+(?:the|that|this|a|their)\s+[\p{L}-]+/iu;
/** "were handcuffed", "was later cuffed", "were all put in handcuffs", "who were placed in", "ended up in": a passive befalling the group. */
const PASSIVE =
  /^\s+(?:(?:who|that)\s+)?(?:was|were|got|had\s+been|have\s+been)\s+(?:all\s+)?(?:(?:\p{L}+ly|later|then|also|soon|eventually)\s+)?(?:(?:put|placed|led\s+away|taken\s+away)(?:\s+in)?\s+)?$|^\s+(?:all\s+)?(?:ended|wound)\s+up(?:\s+in)?\s+$/iu;
/** "put all eight in handcuffs", "placed all of them in": a verb of placing before the quantifier, "in" before the outcome. */
const PLACING = /\b(?:put|puts|putting|placed|places|placing|had|have|has|left|led)\s+$/i;

/**
 * Whether the outcome befalls the counted group: right after the outcome ("handcuffed all eight people"), passive
 * after the group ("all eight people in the van were handcuffed"), or the group placed in it ("put all eight … in
 * handcuffs"). Not an outcome done to someone else in the clause ("all eight watched as the driver was cuffed").
 */
function befallsGroup(
  sentence: string,
  quantStart: number,
  nounEnd: number,
  o: Mention & { type: 'outcome' },
): boolean {
  // "handcuffed all eight", "put handcuffs on all eight".
  if (o.end <= quantStart)
    return /^\s*(?:on|onto|upon)?\s*$/i.test(sentence.slice(o.end, quantStart));
  if (o.start < nounEnd) return false;
  const gap = sentence.slice(nounEnd, o.start).replace(WHERE, '');
  return (
    PASSIVE.test(gap) ||
    (PLACING.test(sentence.slice(Math.max(0, quantStart - 12), quantStart)) &&
      /^\s+(?:in\s+)?$/i.test(gap))
  );
}

/** "helped to handcuff", "helping to put … in handcuffs": done, though "to" stands before it. */
const HELPED_TO = /\bhelp(?:s|ed|ing)?\s+to\b/gi;

/** The "one" of "every one of", "each one of": the quantifier's word, no count of its own. */
export function quantifierOne(sentence: string, m: Mention & { type: 'count' }): boolean {
  return (
    m.value.min === 1 &&
    m.value.max === 1 &&
    /\b(?:every|each)\s+$/i.test(sentence.slice(Math.max(0, m.start - 8), m.start)) &&
    /^\s+of\b/i.test(sentence.slice(m.end, m.end + 6))
  );
}

export function allOfGroup(
  ctx: CompareContext,
  m: Mention & { type: 'count' },
  outcomes: readonly (Mention & { type: 'outcome' })[],
  bare = false,
): ValueResult | null {
  const noun = m.value.noun;
  if (!noun || m.negated || ctx.negatedClause || !outcomes.length) return null;
  const before = ctx.sentence.slice(Math.max(0, m.start - 30), m.start);
  if (!GATE.test(before) || HEDGED.test(before)) return null;
  const universal = UNIVERSAL.exec(before);
  if (!universal) return null;
  const quantStart = m.start - universal[0].length;
  const after = ctx.sentence.slice(m.end, m.end + 40);
  // "all eight of them": the group the caller gave the noun of (echoed-count.ts), named by the pronoun.
  const ofThem = /^\s+of\s+(?:them|those|these)\b/i.exec(after);
  // A bare count given its noun by the caller ("all ten were back") ends where the count does.
  const nounAt = ofThem || bare ? 0 : after.toLowerCase().indexOf(noun.toLowerCase());
  if (nounAt === -1 || !/^[\s\p{L}-]*$/u.test(after.slice(0, nounAt))) return null;
  const nounEnd = ofThem ? m.end + ofThem[0].length : bare ? m.end : m.end + nounAt + noun.length;
  const key = singular(noun);
  const live = outcomes.filter(
    (o) =>
      !o.negated &&
      befallsGroup(ctx.sentence, quantStart, nounEnd, o) &&
      !NOT_DONE.test(
        ctx.sentence.slice(Math.max(0, o.start - 40), o.start).replace(HELPED_TO, 'helped'),
      ),
  );
  // The record's outcome of the clause's kind, on the counted noun, at the linked events.
  const records = (events: readonly IndexedEvent[]) =>
    events.flatMap((e) =>
      live.flatMap((o) => {
        const r = e.outcomes.get(o.value.kind);
        return r && r.nouns.has(key) ? [{ e, r, kind: o.value.kind }] : [];
      }),
    );
  // Else at the linked events' scene: "all eight people in the van were handcuffed", linked by the van to the stop.
  let found = live.length ? records(ctx.events) : [];
  if (live.length && !found.length)
    found = records(
      ctx.allEvents.filter(
        (e) => !ctx.events.includes(e) && ctx.events.some((l) => sameScene(l, e)),
      ),
    );
  if (!found.length) return null;
  const widen = m.value.approximate ? Math.max(1, Math.round(m.value.min * 0.2)) : 0;
  const lo = m.value.min - widen;
  const hi = m.value.max === undefined ? Infinity : m.value.max + widen;
  const all = `all ${ctx.sentence.slice(m.start, nounEnd)}`;
  // A count of those it befell, below the page's whole group.
  const fewer = found.filter((f) => f.r.count !== undefined && f.r.count < lo);
  if (fewer.length && fewer.length === found.filter((f) => f.r.count !== undefined).length) {
    const record = [...new Set(fewer.map((f) => `${f.r.count} ${outcomeShown(f.kind)}`))].join(
      ' and ',
    );
    const told = [
      ...new Set(fewer.map((f) => `${f.r.count} of them ${outcomeShown(f.kind)}`)),
    ].join(' and ');
    return result('conflict', 'count', all, record, `The record has ${told}, not ${all}.`);
  }
  // A count that fits, or one above the page's N ("all nine" of ten): the outcome's count, compared as such (compare-values.ts).
  if (found.some((f) => f.r.count !== undefined)) return null;
  // "Some of them": only where the page's N is the whole group the scene counts.
  const some = found.filter((f) => f.r.some);
  if (some.length) {
    const scene = ctx.allEvents.filter((e) => some.some((f) => f.e === e || sameScene(f.e, e)));
    const whole = scene.flatMap((e) => e.quantities.filter((q) => q.nouns.has(key)));
    if (whole.some((q) => lo <= q.max && hi >= q.min)) {
      const record = [...new Set(some.map((f) => `some of them ${outcomeShown(f.kind)}`))].join(
        ' and ',
      );
      return result('conflict', 'count', all, record, `The record has ${record}, not ${all}.`);
    }
  }
  return unconfirmed('count', m.text, `no count of those ${listKinds(found.map((f) => f.kind))}`);
}

const listKinds = (kinds: readonly string[]) => [...new Set(kinds)].join(' or ');
