/**
 * A legislator's seat in another chamber than the one the record has them sitting in then: "Assemblyman X" for a
 * state senator, "Congressman X" for a member of a state senate, "Senator X" for a council member. One person sits in
 * one chamber at a time, so a title of another chamber (or of the same house at another level: a state assembly, not
 * the U.S. House) is wrong, where the record has them in a chamber on every day the clause is told of. The chamber
 * and level are read from the title's words (lexicon.json `legislativeChambers`); a title with no level word ("Rep.",
 * "Senator") may be of either. Nothing here knows a story.
 */
import { wordsOf } from '../person-names.ts';
import raw from '../read/lexicon.json' with { type: 'json' };
import type { Mention } from '../read/types.ts';
import { heldOn } from './held-office.ts';
import type { HeldRole, RecordPerson } from './story-record.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';

interface Chamber {
  house: 'upper' | 'lower' | 'council';
  level?: 'federal' | 'state';
}

const WORDS = raw.legislativeChambers;
const HOUSES = (['upper', 'lower', 'council'] as const).map(
  (house) => [house, new Set<string>(WORDS[house])] as const,
);
const FEDERAL = new Set<string>(WORDS.federal);
const STATE = new Set<string>(WORDS.state);

/** The chamber a title's words name, or null for a title of no legislature (or of two: "senate or assembly"). */
export function chamberOf(title: string): Chamber | null {
  const words = wordsOf(title);
  const houses = HOUSES.filter(([, set]) => words.some((w) => set.has(w))).map(([h]) => h);
  if (houses.length !== 1) return null;
  const federal = words.some((w) => FEDERAL.has(w));
  const state = words.some((w) => STATE.has(w));
  const level = federal && !state ? 'federal' : state && !federal ? 'state' : undefined;
  return { house: houses[0]!, ...(level ? { level } : {}) };
}

const fits = (a: Chamber, b: Chamber) =>
  a.house === b.house && (!a.level || !b.level || a.level === b.level);

const SHOWN: Record<Chamber['house'], Record<'federal' | 'state' | 'any', string>> = {
  upper: { federal: 'the U.S. Senate', state: 'a state senate', any: 'a senate' },
  lower: { federal: 'the U.S. House', state: 'a state assembly', any: 'a lower house' },
  council: { federal: 'a council', state: 'a council', any: 'a council' },
};
const show = (c: Chamber) => SHOWN[c.house][c.level ?? 'any'];

/**
 * The conflict of a title of another chamber given to a person of the story, or null. `roles` are the person's posts
 * (the record's, and the world file's offices as roles); `days` the days the clause is told of.
 */
export function otherChamber(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
  who: RecordPerson,
  title: string,
  roles: readonly HeldRole[],
  days: readonly string[],
): ValueResult | null {
  const page = chamberOf(title);
  if (!page || !days.length) return null;
  // The seats they may hold on those days: every role not known to be out of office then.
  const seats = roles.flatMap((r) => {
    const chamber = chamberOf(r.title);
    if (!chamber) return [];
    const status = days.map((d) => heldOn(ctx, r, who, d, true));
    return status.includes('out') ? [] : [{ r, chamber, sure: status.every((s) => s === 'in') }];
  });
  if (!seats.length || seats.some((s) => fits(s.chamber, page))) return null;
  const sure = seats.find((s) => s.sure);
  // A seat the record gives without its dates: the title is not confirmed, nor shown wrong.
  if (!sure) {
    const r = seats[0]!.r;
    return result(
      'unconfirmed',
      'role',
      m.text,
      `${who.name}, ${r.title}`,
      `The record has ${who.name} as ${r.title}, a seat in ${show(seats[0]!.chamber)}, not ${title}.`,
    );
  }
  // The post as the record prints it for the person ("New York State Senate Republican Leader"), when of that chamber.
  const printed =
    who.role && fits(chamberOf(who.role) ?? page, sure.chamber) ? who.role : sure.r.title;
  return result(
    'conflict',
    'role',
    m.text,
    `${who.name}, ${printed}`,
    `The record has ${who.name} as ${printed} then, a seat in ${show(sure.chamber)}, not ${title}: one person sits in one chamber.`,
  );
}
