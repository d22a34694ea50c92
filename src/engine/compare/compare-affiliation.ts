/**
 * An agency named in a person's title ("Tom Homan, the border czar of the
 * White House"; "Charlie Beck, chief of the Los Angeles Police Department")
 * says whom the person works for, not who took part in the event. It is
 * compared with the agencies the record has that person working for (the
 * jurisdictions of their world file offices, and any agency their pack role
 * names, story-record.ts): one of them, or a body related to one,
 * agrees; another agency the world knows conflicts; anything else is left
 * alone. Nothing here knows a story.
 */
import { sameOrNested } from './story-record.ts';
import type { Mention } from '../read/types.ts';
import {
  agrees,
  canonsNamed,
  result,
  unconfirmed,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { localAgencyElsewhere } from './scene-agencies.ts';
import { otherLocalKind } from './local-kind.ts';
import { otherCounty } from './other-county.ts';
import { listNames } from './record-values.ts';

/** "chief of the", "border czar at the", "director for", "a captain from the": a title then a preposition right before the agency. */
const AFTER_TITLE = /^[\s,]*(of|at|for|with|from)\s+(the\s+)?$/i;

/** Between the agency and the holder named after it: a comma, perhaps an honorific ("…, Mister Tom Homan"). */
const AFTER_AGENCY = /^\s*,?\s*(?:(?:mr|mrs|ms|dr|mister|miss|madam)\.?\s+)?$/i;

/**
 * A person, then the agency of their title in apposition ("Tom Homan, a former Border Patrol chief,") or after a
 * copula ("Scroggin was the LAPD's spokesman"), and whether it is a past post.
 */
const APPOSED =
  /^\s*(?:,|\s(?:was|is|had been|has been|served as|worked as)(?:\s+(?:only|just|merely|still|then|actually|really|in fact))?)\s*(?:(?:a|an|the)\s+)?((?:former|ex-|onetime|one-time)\s*)?$/i;

/** The person whose title names the agency, or undefined when the agency is not in a title. */
function titled(
  mentions: readonly Mention[],
  sentence: string,
  agency: Mention,
): (Mention & { type: 'person' }) | undefined {
  const title = mentions.find(
    (t) =>
      (t.type === 'title' || (t.type === 'person' && t.value.title)) &&
      t.end <= agency.start &&
      AFTER_TITLE.test(sentence.slice(t.end, agency.start)),
  );
  if (!title)
    return apposed(mentions, sentence, agency)?.person ?? prefixed(mentions, sentence, agency);
  if (title.type === 'person') return title;
  // The holder: the person named right before the title ("Tom Homan, the border czar of …") or right after it.
  const before = [...mentions]
    .reverse()
    .find(
      (p): p is Mention & { type: 'person' } =>
        p.type === 'person' && p.end <= title.start && title.start - p.end <= 8,
    );
  return (
    before ??
    mentions.find(
      (p): p is Mention & { type: 'person' } =>
        p.type === 'person' &&
        p.start >= agency.end &&
        AFTER_AGENCY.test(sentence.slice(agency.end, p.start)),
    )
  );
}

/** The title right after the agency ("LAPD Capt.", "the Harbor Unit's Sgt."), if any. */
function titleAfter(
  mentions: readonly Mention[],
  sentence: string,
  agency: Mention,
): Mention | undefined {
  return mentions.find(
    (t) =>
      t.type === 'title' &&
      t.start >= agency.end &&
      /^(?:['\u2019]s)?\s*$/.test(sentence.slice(agency.end, t.start)),
  );
}

/** "LAPD Capt. Jeff Roe", "the Harbor Unit's Sgt. Jo Lee": the agency right before a title, the person right after it. */
function prefixed(
  mentions: readonly Mention[],
  sentence: string,
  agency: Mention,
): (Mention & { type: 'person' }) | undefined {
  const title = titleAfter(mentions, sentence, agency);
  if (!title) return undefined;
  return mentions.find(
    (p): p is Mention & { type: 'person' } =>
      p.type === 'person' &&
      p.start >= title.end &&
      /^\s*$/.test(sentence.slice(title.end, p.start)),
  );
}

/** "X, a former Border Patrol chief,": the agency right before a title, the person right before them. */
function apposed(
  mentions: readonly Mention[],
  sentence: string,
  agency: Mention,
): { person: Mention & { type: 'person' }; past: boolean } | undefined {
  const title = titleAfter(mentions, sentence, agency);
  if (!title) return undefined;
  const person = [...mentions]
    .reverse()
    .find((p): p is Mention & { type: 'person' } => p.type === 'person' && p.end <= agency.start);
  const between = person && APPOSED.exec(sentence.slice(person.end, agency.start));
  return person && between ? { person, past: between[1] !== undefined } : undefined;
}

/**
 * What is wrong with an agency the world does not list, against the agencies the record has: a local agency named
 * for a known place away from the event's ("the Kells Police Department"), or a body of another local kind (a
 * sheriff's office where the record has a police department, local-kind.ts). The sentence that says so, or undefined.
 */
export function unlistedAgency(
  ctx: CompareContext,
  m: Mention & { type: 'agency' },
  recorded: readonly string[],
): string | undefined {
  const elsewhere = localAgencyElsewhere(ctx, m.value.name);
  if (elsewhere) return `${m.text} serves ${elsewhere}, elsewhere.`;
  const kind = otherLocalKind(
    ctx.record,
    m.value.name,
    recorded,
    (prefix) => canonsNamed(ctx, prefix, ['place', 'state']).length > 0,
    ctx.events.some((e) => e.participants.some((p) => p.role === 'present')),
  );
  return kind ? `${m.text} is a ${kind}, another body.` : undefined;
}

/**
 * The comparison of an agency in a person's title; undefined when the agency
 * is not in a title (the caller compares it as a participant), null when the
 * record cannot say.
 */
export function compareAffiliation(
  ctx: CompareContext,
  m: Mention & { type: 'agency' },
): ValueResult | null | undefined {
  const person = titled(ctx.mentions, ctx.sentence, m);
  if (!person) return undefined;
  const who = canonsNamed(ctx, person.value.name, ['person'])
    .map((c) => ctx.record.people.get(c))
    .find((p) => p !== undefined);
  if (!who) return null;
  const jurisdictions = who.agencies;
  if (!jurisdictions.length) return null;
  const page = canonsNamed(ctx, m.value.name, ['agency']);
  const names = listNames(jurisdictions.map(ctx.record.nameOf));
  if (!page.length) {
    const other = unlistedAgency(ctx, m, jurisdictions);
    if (other)
      return result(
        'conflict',
        'agency',
        m.text,
        names,
        `The record has ${who.name} working for ${names}; ${other}`,
      );
    // The same kind of county body for another county (other-county.ts).
    const county = otherCounty(m.value.name, jurisdictions.map(ctx.record.nameOf));
    if (county)
      return result(
        'conflict',
        'agency',
        m.text,
        names,
        `The record has ${who.name} working for ${names}; ${m.text} is another county's.`,
      );
    return unconfirmed('agency', m.text, names);
  }
  if (page.some((a) => jurisdictions.some((j) => sameOrNested(ctx.record, a, j)))) return agrees;
  // A past post ("a former Border Patrol chief") may be one the record does not list: not confirmed, not wrong.
  if (apposed(ctx.mentions, ctx.sentence, m)?.past)
    return result(
      'unconfirmed',
      'agency',
      m.text,
      names,
      `The record has ${who.name} working for ${names}; it does not say ${who.name} worked for ${m.text}.`,
    );
  return result(
    'conflict',
    'agency',
    m.text,
    names,
    `The record has ${who.name} working for ${names}, not ${m.text}.`,
  );
}
