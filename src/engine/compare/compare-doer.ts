/**
 * Compares who the page says played a part ("HSI asked for help", "Susan
 * Cole told the Gazette") with the participants the record gives the linked
 * events in that role. A recorded participant in the role agrees; one that
 * took part in another role is imprecise (an agency) or unconfirmed (a
 * person); a body the recorded one belongs to is imprecise, a unit within it
 * unconfirmed (more precise than the record can confirm); another agency the
 * world knows, or a named stranger speaking where the record names who spoke,
 * conflicts. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { findTerm } from '../terms.ts';
import type { Mention } from '../read/types.ts';
import type { ClauseRole, Role } from './clause-roles.ts';
import { agenciesOf, sameScene } from './scene-agencies.ts';
import {
  agrees,
  canonsNamed,
  isProperName,
  result,
  unconfirmed,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { strangerSurname } from './stranger-surname.ts';
import { listNames } from './record-values.ts';
import { isStrangerAgency } from './stranger-agency.ts';

/** Roles that answer for each other: speaking and reporting are both saying something. */
export const ROLE_FAMILY: Record<Role, readonly Role[]> = {
  spoke: ['spoke', 'reported'],
  reported: ['reported', 'spoke'],
  asked: ['asked'],
  came: ['came'],
  acted: ['acted'],
  present: ['present', 'came'],
  organizer: ['organizer'],
};

/** What a role reads as in an explanation. */
const ROLE_WORDS: Record<Role, string> = {
  spoke: 'spoke',
  reported: 'reported it',
  asked: 'asked',
  came: 'came',
  acted: 'acted',
  present: 'was there',
  organizer: 'organised it',
};

/** Titles of people who speak for others: a stranger with one may be the recorded speaker's voice. */
const SPEAKS_FOR =
  /\b(spokes(man|woman|person)|press secretary|lawyer|attorney|representative|aide|adviser|advisor|staff)\b/i;

const KIND: Record<'agency' | 'person' | 'outlet', string> = {
  agency: 'agency',
  person: 'person',
  outlet: 'outlet',
};

function participants(ctx: CompareContext, roles: readonly Role[] | null): string[] {
  return [
    ...new Set(
      ctx.events.flatMap((e) =>
        e.participants.filter((p) => !roles || roles.includes(p.role as Role)).map((p) => p.canon),
      ),
    ),
  ];
}

/**
 * Whether the clause names, by a phrase of the event's own words, a linked event that records people in the role and has none of
 * `page` among its participants, while the events that have them in the role are not so named.
 */
function otherEventNamed(ctx: CompareContext, role: ClauseRole, page: readonly string[]): boolean {
  const folded = foldText(ctx.sentence);
  // Named by a phrase of its own ("the Council meeting"), not a lone verb many events share ("criticized").
  const named = ctx.events.filter((e) =>
    e.words.some((w) => /\s/.test(w.trim()) && findTerm(folded, w) !== -1),
  );
  const family = ROLE_FAMILY[role.role];
  const has = (e: (typeof ctx.events)[number]) =>
    e.participants.some((p) => page.includes(p.canon));
  return (
    named.length > 0 &&
    named.every(
      (e) =>
        !has(e) &&
        e.participants.some(
          (p) => family.includes(p.role as Role) && kindOf(ctx, p.canon) === 'person',
        ),
    )
  );
}

function kindOf(ctx: CompareContext, canon: string): string | undefined {
  return ctx.record.gazetteer.lookup(ctx.record.nameOf(canon)).find((g) => g.id === canon)?.kind;
}

/** Compares the clause's doer with the record; null when the record does not say who played that role here. */
export function compareDoer(ctx: CompareContext, role: ClauseRole): ValueResult | null {
  const { doer } = role;
  const { record } = ctx;
  const inRole = participants(ctx, ROLE_FAMILY[role.role]);
  // "X did not make the call": the page denies X the role, it does not give it to X.
  if (!inRole.length || DENIES_VERB.test(ctx.sentence.slice(doer.end, role.verbAt))) return null;
  const slot = doer.type;
  const name = doer.type === 'outlet' ? doer.value.name.replace(/^the\s+/i, '') : doer.value.name;
  const page = canonsNamed(ctx, name, [KIND[doer.type]]);
  const names = listNames(inRole.map(record.nameOf));
  const said = `The record names ${names} as who ${ROLE_WORDS[role.role]}`;
  if (page.some((c) => inRole.includes(c))) {
    // A person of the story in the role only at events linked by their own name, where the clause names another
    // event by its words ("Martin spoke at the Council meeting", where the record has Lupien speaking there): not
    // confirmed (another meeting may be meant).
    if (doer.type === 'person' && otherEventNamed(ctx, role, page))
      return unconfirmed('person', doer.text, names);
    return agrees;
  }
  if (doer.type === 'agency') {
    // A generic body ("the state police", "federal agents"): only its level of government can be compared.
    // People the world names one agency by ("federal marshals") are that agency.
    if (!isProperName(doer.text) && !page.length)
      return otherAgency(ctx, role, doer, inRole, page)
        ? result('conflict', 'agency', doer.text, names, `${said}, not ${doer.text}.`)
        : null;
    // A body a recorded participant belongs to ("ICE" for HSI): right, but less precise than the record.
    if (page.some((c) => inRole.some((r) => record.ancestors(r).has(c)))) {
      return result(
        'imprecise',
        'agency',
        doer.text,
        names,
        `${said}; ${doer.text} is the larger body it belongs to, which is imprecise.`,
      );
    }
    // A unit within a recorded participant: more precise than the record can confirm.
    if (page.some((c) => inRole.some((r) => record.ancestors(c).has(r))))
      return unconfirmed('agency', doer.text, names);
    const scene = agenciesOf(
      record,
      ctx.allEvents.filter(
        (e) => !ctx.events.includes(e) && ctx.events.some((l) => sameScene(l, e)),
      ),
    );
    const others = [...participants(ctx, null), ...scene];
    if (
      page.some(
        (c) =>
          others.includes(c) ||
          others.some((o) => record.ancestors(o).has(c) || record.ancestors(c).has(o)),
      )
    ) {
      return result(
        'imprecise',
        'agency',
        doer.text,
        names,
        `${said}; ${doer.text} took part, but not in that role, which is imprecise.`,
      );
    }
    // A body of the story that took no part in these events, in a part only the recorded agencies played
    // ("the Greece police said" for the Justice Department's release): of another level of government than
    // each of them, another body; of the same level (one immigration agency for another), imprecise.
    const storyBody = storyBodyElsewhere(ctx, role, page, inRole);
    if (storyBody)
      return storyBody === 'conflict'
        ? result('conflict', 'agency', doer.text, names, `${said}, not ${doer.text}.`)
        : result(
            'imprecise',
            'agency',
            doer.text,
            names,
            `${said}; ${doer.text} is another body of the story, which is imprecise.`,
          );
    // Another agency the world knows, in a part only the recorded ones played.
    if (page.length && EXCLUSIVE.has(role.role) && !page.some((c) => record.storyCanons.has(c)))
      return result('conflict', 'agency', doer.text, names, `${said}, not ${doer.text}.`);
    const other = otherAgency(ctx, role, doer, inRole, page);
    if (other) return result('conflict', 'agency', doer.text, names, `${said}, not ${doer.text}.`);
    // Everything else (another agency the world knows, one the record cannot place) is the agency comparison's to judge.
    return null;
  }
  if (page.some((c) => record.storyCanons.has(c) || participants(ctx, null).includes(c)))
    return unconfirmed(slot, doer.text, names);
  if (doer.type === 'person') {
    const persons = inRole.filter((c) => kindOf(ctx, c) === 'person');
    const eventsInRole = ctx.events.filter((e) =>
      e.participants.some((p) => ROLE_FAMILY[role.role].includes(p.role as Role)),
    );
    const title = doer.value.title ?? '';
    // A full name that is no one of the story, in a role the record gives one event's named people.
    // A surname the page never introduces is no one's there (person-post.ts): even on a link by place, as who spoke.
    const unintroduced = strangerSurname(ctx, doer.value.name);
    const full = /^\p{Lu}\S*\s+\p{Lu}/u.test(doer.value.name) || unintroduced;
    // "Delgado said Homan spoke at the briefing": the page gives the recorded speaker the role in what it reports.
    const after = ctx.sentence.slice(role.verbAt);
    const reportsRecorded = persons.some((c) => {
      const last = record.nameOf(c).split(/\s+/).pop();
      return (
        !!last &&
        new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(after)
      );
    });
    if (
      persons.length &&
      full &&
      !reportsRecorded &&
      eventsInRole.length === 1 &&
      (!ctx.linkedByPlace || (unintroduced && role.role === 'spoke')) &&
      !SPEAKS_FOR.test(title) &&
      !SPEAKS_FOR.test(ctx.sentence.slice(Math.max(0, doer.start - 40), doer.end + 40))
    ) {
      const who = listNames(persons.map(record.nameOf));
      return result(
        'conflict',
        'person',
        doer.text,
        who,
        `The record names ${who} as who ${ROLE_WORDS[role.role]}, not ${doer.value.name}.`,
      );
    }
  }
  return unconfirmed(slot, doer.text, names);
}

/** A denial between the doer and its verb. */
const DENIES_VERB = /\b(?:not|never|no\s+longer)\b|n['\u2019]t\b/i;

/** Roles one party plays: another agency in them is wrong, not an extra (any number may come or be present). */
const EXCLUSIVE = new Set<Role>(['asked', 'acted', 'spoke', 'reported', 'organizer']);

/** Words that put a generic agency at a level of government ("state police", "federal agents", "sheriff's deputies"). */
export function levelOfWords(name: string): 'federal' | 'state' | 'local' | undefined {
  const words = name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z.]+/);
  const has = (list: readonly string[]) => list.some((w) => words.includes(w));
  if (has(['federal', 'immigration', 'border', 'u.s.'])) return 'federal';
  if (has(['state', 'trooper', 'troopers', 'highway'])) return 'state';
  if (has(['sheriff', 'county', 'city', 'local', 'municipal', 'town', 'village'])) return 'local';
  return undefined;
}

/** A name that opens on a state's name and goes on with a department's head word: that state's own body. */
function stateBody(ctx: CompareContext, name: string): boolean {
  const world = ctx.record.world;
  const m =
    /^(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s+){1,3}?)(?:state\s+)?(?:department|office|bureau|division|commission)\s+of\b/iu.exec(
      name,
    );
  return !!world && !!m && world.stateNamed((m[1] as string).trim()) !== undefined;
}

function levelOfCanon(
  ctx: CompareContext,
  canon: string,
): 'federal' | 'state' | 'local' | undefined {
  const world = ctx.record.world;
  // A body of the story's own (a drafted pack's): the level its name says ("Tamarack County Health Department", "Wisconsin
  // Department of Natural Resources").
  if (!canon.startsWith('w:')) {
    const name = ctx.record.nameOf(canon);
    return stateBody(ctx, name) ? 'state' : levelOfWords(name);
  }
  if (!world) return undefined;
  const level = world.agency(canon.slice(2))?.level;
  return level === 'federal' || level === 'state' || level === 'local' ? level : undefined;
}

/** A story agency the page gives a part only the recorded agencies played in these events: 'conflict' across levels of government, else 'imprecise'. */
function storyBodyElsewhere(
  ctx: CompareContext,
  role: ClauseRole,
  page: readonly string[],
  inRole: readonly string[],
): 'conflict' | 'imprecise' | null {
  if (
    !EXCLUSIVE.has(role.role) ||
    !page.length ||
    !page.every((c) => ctx.record.storyCanons.has(c) && kindOf(ctx, c) === 'agency')
  )
    return null;
  const recorded = inRole.filter((c) => kindOf(ctx, c) === 'agency');
  if (!recorded.length) return null;
  const levels = recorded.map((c) => levelOfCanon(ctx, c));
  const own = page.map((c) => levelOfCanon(ctx, c));
  if (
    own.every((l) => l !== undefined) &&
    levels.every((l) => l !== undefined) &&
    own.every((l) => !levels.includes(l))
  )
    return 'conflict';
  return 'imprecise';
}

/**
 * Another body in a role only recorded participants play: a generic one of
 * another level of government ("state police" where the record names federal
 * agencies), or a named agency the world file does not know that shares no
 * word with the story's names ("Erie County Sheriff's Office").
 */
function otherAgency(
  ctx: CompareContext,
  role: ClauseRole,
  doer: Mention & { type: 'agency' },
  inRole: readonly string[],
  page: readonly string[],
): boolean {
  if (!EXCLUSIVE.has(role.role) || page.length) return false;
  const recordedAgencies = inRole.filter((c) => kindOf(ctx, c) === 'agency');
  // A state's own department by its name ("Ohio Department of Public Safety") where every recorded body is local:
  // another level of government (the people and outlets beside them speak for or print the bodies).
  const agencyLevels = recordedAgencies.map((c) => levelOfCanon(ctx, c));
  if (
    recordedAgencies.length &&
    stateBody(ctx, doer.value.name) &&
    agencyLevels.every((l) => l === 'local')
  )
    return true;
  if (!recordedAgencies.length || recordedAgencies.length !== inRole.length) return false;
  const levels = recordedAgencies.map((c) => levelOfCanon(ctx, c));
  const level = levelOfWords(doer.value.name);
  if (level && levels.every((l) => l !== undefined)) return !levels.includes(level);
  // A proper name with an agency's head word that is none of the story's, nor a variant of one.
  return isStrangerAgency(ctx.record, doer.value.name);
}

/**
 * A recorded participant the page denies in that role ("X, not Y, made the
 * stop" where the record has Y making it): a conflict. Null otherwise.
 */
export function compareDenied(
  ctx: CompareContext,
  role: ClauseRole,
  mentions: readonly Mention[],
): ValueResult | null {
  const inRole = participants(ctx, ROLE_FAMILY[role.role]);
  for (const m of mentions) {
    if (!m.negated || (m.type !== 'agency' && m.type !== 'person')) continue;
    // "not the LAPD's job", "not ICE's role": an owner of a noun, not who is said not to have done it.
    if (/^['\u2019]s?(?:\s+\p{L}|\s*[,.;])/u.test(ctx.sentence.slice(m.end, m.end + 12))) continue;
    const page = canonsNamed(ctx, m.value.name, [m.type]);
    const hit = inRole.find((c) => page.includes(c));
    if (hit) {
      const name = ctx.record.nameOf(hit);
      return result(
        'conflict',
        m.type,
        `not ${m.text}`,
        name,
        `The record names ${name} as who ${ROLE_WORDS[role.role]}; the page says it was not.`,
      );
    }
  }
  return null;
}
