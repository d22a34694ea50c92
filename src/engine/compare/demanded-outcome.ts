/**
 * What someone called for, against what the record has them calling for
 * (pack `demands`): "Councilmember X wants the officers suspended without
 * pay" where the record has X calling for them to be fired. A call for an
 * outcome is no outcome, so the outcome checks leave it alone; here the wish
 * is compared with the recorded wish of the same person or body, by what it
 * would leave the people doing (fired: gone; suspended; kept at work). Only
 * for a wisher named before the verb of wishing ("wants", "called for",
 * "demanded", "urged") in an asserted clause that is not denied, and only for
 * a firm page outcome (fired, suspended, kept or back on duty; "off the
 * street" may be part of any demand). Someone with no recorded demand: nothing.
 */
import type { Clause, Mention, OutcomeKind } from '../read/types.ts';
import { foldText } from '../normalize.ts';
import type { RecordPerson, StoryRecord } from './story-record.ts';
import { perRecord } from './per-record.ts';
import { STATUS } from './personnel-outcome.ts';

/** Page outcomes firm enough to compare: an interim one ("off the street", "reassigned") may be part of any demand. */
export const FIRM = new Set<OutcomeKind>([
  'fired',
  'suspended',
  'kept-on-duty',
  'returned-to-duty',
]);

/** A verb of wishing or demanding, up to 40 characters before the outcome ("wants the officers", "called for them to be"). */
export const WISH =
  /\b(?:wants?|wanted|wanting|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|ask(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|seeks?|seeking|sought)\b[^.;,]{0,40}$/i;

/** Who a mention names, as canonical ids. */
function idsOf(record: StoryRecord, m: Mention): string[] {
  if (m.type !== 'person' && m.type !== 'agency') return [];
  // A title the reader did not take apart stays in the name ("Councillor Ora Lind"): try it without its first words.
  const words = m.value.name.split(/\s+/);
  for (let i = 0; i < words.length - 1 || i === 0; i++) {
    const ids = record.gazetteer.lookup(words.slice(i).join(' ')).map((g) => g.id);
    if (ids.length) return ids;
  }
  return [];
}

/** Between a wisher and the verb of wishing: nothing, adverbs, an aside closed by commas, an auxiliary ("is demanding", "has called for"). */
const SUBJECT_BEFORE_WISH =
  /^\s*(?:,[^,]{1,60},)?\s*(?:(?:also|then|already|again|later|publicly|now|\p{L}+ly|is|are|was|were|has|have|had|been|on|that|this|last|past|yesterday|today|tonight|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)*$/u;
/**
 * The wisher's own short predicate joined by "and" ("X went further yesterday and called for", "X spoke on Thursday and
 * demanded"): no verb of saying or telling first, no article but after a preposition (as for OWN_PREDICATE).
 */
const OWN_PREDICATE_AND =
  /^\s+(?!(?:said|says|told|tells|wrote|writes|asked|heard|met|saw|quoted|thanked|joined)\b)(?:(?:[\p{Ll}'\u2019-]+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,5}?[\p{Ll}\p{Lu}'\u2019-]+\s+and\s+$/u;

/**
 * Between a wisher and a wish in the -ing form: the wisher's own short predicate, closed by a comma ("X went further,
 * calling for", "X spoke up on Thursday, demanding"). No verb of saying or telling, and an article or possessive only
 * after a preposition or before a superlative ("went the furthest"): "X said the protesters, calling for …" or "X met
 * the crowd, urging …" may be others' wish.
 */
const OWN_PREDICATE =
  /^\s+(?!(?:said|says|told|tells|wrote|writes|asked|heard|met|saw|quoted|thanked|joined)\b)(?:(?:[\p{Ll}'\u2019-]+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+){0,6}?[\p{Ll}\p{Lu}'\u2019-]+,\s*$/u;
const ARTICLE_NOT_AFTER_PREPOSITION =
  /(?:^|\s)(?!(?:at|in|on|during|after|before|to|of|from|with|by|for|about|over|into)\s)[\p{L}'\u2019-]+\s+(?:the|a|an|their|his|her|its|those|these|some|many)\s(?!(?:\p{L}+est|most|least)\b)/iu;

/** Whether the text between the wisher and a wish in the -ing form is the wisher's own short predicate. */
function ownPredicateBefore(between: string, wish: string): boolean {
  return (
    /^\p{L}+ing\b/u.test(wish) &&
    OWN_PREDICATE.test(between) &&
    !ARTICLE_NOT_AFTER_PREPOSITION.test(` ${between}`)
  );
}

/**
 * A wisher the record has speaking at an event where someone else made this very demand ("Council President X called
 * for them to be fired", where the record's reaction of that day has Councilmember Y calling for it and X saying
 * something else): the demand is the other's. The event lists who spoke there and what each said, so the credit is
 * checkable; a wisher who did not speak there is left alone.
 */
export function othersDemand(
  record: StoryRecord,
  wishers: ReadonlySet<string>,
  same: (d: { kind: OutcomeKind; nouns?: readonly string[] }) => boolean,
): { wisher: string; record: string } | null {
  const [wisher, ...more] = [...wishers];
  if (!wisher || more.length) return null;
  for (const e of record.events) {
    if (!e.participants.some((p) => p.role === 'spoke' && p.canon === wisher)) continue;
    const made = (e.event.demands ?? []).filter(
      (d) => same(d) && !d.by.some((id) => record.entityCanon.get(id) === wisher),
    );
    if (!made.length) continue;
    const own = (e.reactions ?? []).filter((r) => r.holders.has(wisher)).map((r) => r.statement);
    const name = record.nameOf(wisher);
    const said = made.map((d) => d.statement).join('; ');
    return { wisher: name, record: own.length ? `${said}; ${name} ${own.join('; ')}` : said };
  }
  return null;
}

/**
 * A person of the story credited with a demand the record credits, by name, to others only, where one of those others
 * holds the same post: "Councilmember X called for the officers to be fired", where the record has Councilmember Y
 * calling for it and X only raising the matter. Two holders of one post are the names a careless retelling swaps; the
 * record says which of them made the call. Someone of another post (the mayor) is left alone: the record may not tell
 * all they said.
 */
function madeByOthers(
  record: StoryRecord,
  wishers: ReadonlySet<string>,
  made: readonly { by: ReadonlySet<string>; statement: string }[],
): { wisher: string; record: string } | null {
  const [wisher, ...more] = [...wishers];
  const person = wisher === undefined ? undefined : record.people.get(wisher);
  // Only demands the record credits to people by name (not a crowd's or a group's).
  const byPeople = made.filter(
    (d) => d.by.size > 0 && [...d.by].every((id) => record.people.has(id)),
  );
  if (!person || more.length || !byPeople.length || made.some((d) => d.by.has(person.canon)))
    return null;
  const posts = (p: RecordPerson) =>
    new Set([...p.roles.map((r) => foldText(r.title)), ...(p.role ? [foldText(p.role)] : [])]);
  const own = posts(person);
  const samePost = byPeople.some((d) =>
    [...d.by].some((id) => {
      const other = record.people.get(id);
      return other !== undefined && [...posts(other)].some((t) => own.has(t));
    }),
  );
  return samePost
    ? { wisher: person.name, record: [...new Set(byPeople.map((d) => d.statement))].join('; ') }
    : null;
}

export interface DemandResult {
  mention: Mention & { type: 'outcome' };
  status: 'agrees' | 'conflict' | 'unconfirmed';
  comparison?: { slot: string; page: string; record: string };
  explanation?: string;
}

/** The record's demands, each with who made it as canonical ids. */
/** The record's demands, with who made them by canon: built once per record. */
export const demandsOf = perRecord((record) =>
  record.events.flatMap((e) =>
    (e.event.demands ?? []).map((d) => ({
      ...d,
      by: new Set(d.by.flatMap((id) => record.entityCanon.get(id) ?? [])),
    })),
  ),
);

export function demandResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): DemandResult[] {
  const demands = demandsOf(record);
  if (!demands.length) return [];
  const out: DemandResult[] = [];
  for (const clause of clauses) {
    if (clause.negated || clause.stance !== 'asserted') continue;
    for (const m of clause.mentions) {
      if (m.type !== 'outcome' || m.negated || !FIRM.has(m.value.kind)) continue;
      const lead = WISH.exec(sentence.slice(Math.max(clause.start, m.start - 60), m.start));
      if (!lead) continue;
      const verbAt =
        m.start -
        (sentence.slice(Math.max(clause.start, m.start - 60), m.start).length - lead.index);
      // The wisher: named in the clause before the verb of wishing.
      const wishers = new Set(
        clause.mentions
          .filter((x) => x.end <= verbAt && !x.negated)
          .flatMap((x) => idsOf(record, x)),
      );
      const theirs = demands.filter((d) => [...d.by].some((id) => wishers.has(id)));
      if (!theirs.length) {
        // Only a wisher who is the verb's own subject, right before it ("X called for", "X, a councilmember, demanded").
        const subject = clause.mentions
          .filter((x) => x.end <= verbAt && (x.type === 'person' || x.type === 'agency'))
          .sort((a, b) => b.end - a.end)[0];
        const between = sentence.slice(subject?.end ?? 0, verbAt);
        if (
          !subject ||
          !(
            SUBJECT_BEFORE_WISH.test(between) ||
            ownPredicateBefore(between, lead[0]) ||
            (OWN_PREDICATE_AND.test(between) && !ARTICLE_NOT_AFTER_PREPOSITION.test(` ${between}`))
          )
        )
          continue;
        const kind = m.value.kind;
        const same = (d: { kind: OutcomeKind }) =>
          d.kind === kind || STATUS[d.kind] === STATUS[kind];
        const other = othersDemand(record, wishers, same);
        if (other)
          out.push({
            mention: m,
            status: 'conflict',
            comparison: {
              slot: 'demand',
              page: `${other.wisher}: ${m.text}`,
              record: other.record,
            },
            explanation: `The record has ${other.record}; the call was not ${other.wisher}'s.`,
          });
        const peer = other
          ? null
          : madeByOthers(record, new Set(idsOf(record, subject)), demands.filter(same));
        if (peer)
          out.push({
            mention: m,
            status: 'unconfirmed',
            comparison: { slot: 'demand', page: `${peer.wisher}: ${m.text}`, record: peer.record },
            explanation: `The record has ${peer.record}; it records no such call from ${peer.wisher}.`,
          });
        continue;
      }
      const status = STATUS[m.value.kind];
      if (theirs.some((d) => d.kind === m.value.kind || STATUS[d.kind] === status)) {
        out.push({ mention: m, status: 'agrees' });
        continue;
      }
      const said = [...new Set(theirs.map((d) => d.statement))].join('; ');
      out.push({
        mention: m,
        status: 'conflict',
        comparison: { slot: 'demand', page: m.text, record: said },
        explanation: `The record has ${said}, not ${m.text}.`,
      });
    }
  }
  return out;
}
