/**
 * The title and agency a page gives the speaker of a recorded quote
 * ("said Denver Police Chief Doug Roe", "Doug Roe, a spokesman for the LAPD,
 * said"), compared with the record: the person's roles (title, world office,
 * from/to), the free-text role the pack gives them, and the jurisdictions of
 * their offices. A title or agency they did not hold or work for is a
 * conflict naming both; one the record cannot confirm is unconfirmed; one
 * it confirms agrees. Nothing here knows a story.
 */
import { sameOrNested } from './story-record.ts';
import type { Entity } from '../../pack/schema.ts';
import { foldText } from '../normalize.ts';
import { TITLES, titleForms, titlesOf } from '../person-names.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import { agrees, result, type CompareContext, type ValueResult } from './value-result.ts';
import { heldOn, titleMatches } from './held-office.ts';
import { showDate } from './record-values.ts';
import type { RecordPerson, StoryRecord } from './story-record.ts';

type Of<T extends Mention['type']> = Mention & { type: T };

/** The words of a speaking role in any wording ("spokesman", "spokeswoman", "spokesperson"). */
const SPOKES = /\bspokes(?:man|woman|person)\b/;
const spokes = (text: string) => SPOKES.test(text);

/** Between an agency and the title after it: space or a possessive ("LAPD spokesman", "the department's chief"). */
const AGENCY_BEFORE = /^(?:'s|\u2019s)?\s*$/;
/** Between a title and the agency after it: "of the", "for", "at the". */
const AGENCY_AFTER = /^\s+(?:of|at|for|with)\s+(?:the\s+)?$/i;
/** Between the name and a title in apposition: ", a ", ", the ", ", ", ", who is the ", ", who was then ". */
const APPOSITION =
  /^\s*,\s*(?:who\s+(?:is|was)\s+(?:(?:then|at\s+the\s+time)\s+)?)?(?:(?:a|an|the)\s+)?$/i;

const bare = (text: string) => foldText(text).replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** The heads (TITLES keys) a title names, and whether it names a speaking role. */
function heads(text: string): { keys: string[]; spokes: boolean } {
  const words = ` ${bare(text)} `;
  const keys = Object.keys(TITLES).filter((t) =>
    titleForms(t).some((f) => words.includes(` ${bare(f)} `)),
  );
  return { keys, spokes: spokes(words) };
}

/** Whether a title is only a generic head ("Chief", "Sheriff"), which names no one post. */
const generic = (text: string) =>
  Object.keys(TITLES).some((t) => titleForms(t).some((f) => bare(f) === bare(text)));

/** Ranks, not posts: a spokesman may hold one, so the record's silence on it is no conflict. */
const RANKS = new Set(['captain']);

const RANK = { agrees: 0, unconfirmed: 1, imprecise: 1, conflict: 2 } as const;
const worst = (a: ValueResult | null, b: ValueResult): ValueResult =>
  !a || RANK[b.status] > RANK[a.status] ? b : a;

const related = (record: StoryRecord, a: string, b: string) =>
  a === b || record.ancestors(a).has(b) || record.ancestors(b).has(a);

/** The record (the world file's terms) has the person in a post on the date: one the page's other post is not. */
const inPost = (ctx: CompareContext, who: RecordPerson, date: string) =>
  who.roles.some((r) => r.office && heldOn(ctx, r, who, date) === 'in');

/** A title a place or agency goes before, read as an agency ("Los Angeles County Sheriff Jim McDonnell"): the whole is the title. */
function titledAgency(
  agencies: readonly Of<'agency'>[],
  sentence: string,
  person: Mention,
): Of<'title'> | undefined {
  const a = agencies.find(
    (m) => m.end <= person.start && /^\s+$/.test(sentence.slice(m.end, person.start)),
  );
  if (
    !a ||
    !heads(a.text).keys.some((k) => titleForms(k).some((f) => bare(a.text).endsWith(` ${bare(f)}`)))
  )
    return undefined;
  return {
    type: 'title',
    text: a.text,
    start: a.start,
    end: a.end,
    value: { title: foldText(a.text) },
  } as Of<'title'>;
}

/** Between a title and the place it is of: " of ", " in ", " of the city of ". */
const OF_PLACE = /^\s+(?:of|in|for)\s+(?:the\s+(?:city|town)\s+of\s+)?$/i;

/**
 * The place the page puts a held post in ("police chief of Phoenix"), when the world file has the post's jurisdiction
 * in another place that neither holds nor lies within it; null otherwise.
 */
function otherJurisdiction(
  record: StoryRecord,
  mentions: readonly Mention[],
  sentence: string,
  title: Mention,
  held: RecordPerson['roles'][number],
  name: string,
): { page: string; record: string } | null {
  const world = record.world;
  const office = held.office ? world?.office(held.office) : undefined;
  if (!world || !office) return null;
  const place = mentions.find(
    (m): m is Of<'place'> =>
      m.type === 'place' &&
      m.start >= title.end &&
      OF_PLACE.test(sentence.slice(title.end, m.start)),
  );
  if (!place) return null;
  const agency = world.agency(office.jurisdiction);
  const home = agency?.place ?? office.jurisdiction;
  if (!world.place(home)) return null;
  const page = record.gazetteer
    .lookup(place.value.name)
    .filter((e) => e.kind === 'place' && e.id.startsWith('w:'))
    .map((e) => e.id.slice(2));
  if (!page.length) return null;
  const related = (a: string, b: string) => sameOrNested(record, `w:${a}`, `w:${b}`);
  if (page.some((p) => related(p, home))) return null;
  // A post of that title they held there at another time ("who was police chief of Richmond before Tucson").
  const elsewhere = world.termsOf(name).map((t) => {
    const a = world.agency(t.office.jurisdiction);
    return a?.place ?? t.office.jurisdiction;
  });
  if (elsewhere.some((h) => page.some((p) => related(p, h)))) return null;
  return { page: place.text, record: world.place(home)?.name ?? home };
}

/**
 * The speaker's title and agency as the page gives them in a quote's
 * sentence, against the record on the quote's date; null when the sentence
 * gives the speaker (by a name of `canon`) no title.
 */
export function compareSpeakerTitle(
  sentence: string,
  record: StoryRecord,
  canon: string,
  entity: Entity | undefined,
  date: string,
): ValueResult | null {
  const who = record.people.get(canon);
  if (!who) return null;
  const mentions = readSentence(sentence, record.gazetteer).flatMap((c) => c.mentions);
  const named = mentions.filter(
    (m): m is Of<'person'> =>
      m.type === 'person' && record.gazetteer.lookup(m.value.name).some((e) => e.id === canon),
  );
  // "Homan, the president's border czar": a title with a possessive after it owns the next title; it is not theirs.
  const titles = mentions.filter(
    (m): m is Of<'title'> =>
      m.type === 'title' && !/^['\u2019]s\b/.test(sentence.slice(m.end, m.end + 3)),
  );
  const agencyMentions = mentions.filter((m): m is Of<'agency'> => m.type === 'agency');
  const roleText = foldText([entity?.role ?? '', ...who.roles.map((r) => r.title)].join(' ; '));
  const recordWords = `${who.name}${entity?.role ? `, ${entity.role}` : who.roles[0] ? `, ${who.roles[0].title}` : ''}`;
  const recordKeys = entity ? titlesOf(entity) : [];
  const world = record.world;
  // heldOn reads only the record (its world file) from the context.
  const ctx = { record } as CompareContext;
  const role = (entity?.role ?? who.roles[0]?.title ?? '').trim();
  let outcome: ValueResult | null = null;
  for (const p of named) {
    // The title right before the name ("Police Chief Doug Roe") or in apposition after it ("Doug Roe, a spokesman for …").
    const title =
      titles.find((t) => t.end <= p.start && /^\s*$/.test(sentence.slice(t.end, p.start))) ??
      titles.find((t) => t.start >= p.end && APPOSITION.test(sentence.slice(p.end, t.start))) ??
      titledAgency(agencyMentions, sentence, p);
    // "Former", "acting", "then" are the typed comparison's (compare-values.ts).
    if (!title || title.value.qualifier) continue;
    const page = title.text;
    // A post the world file knows by this very title, and only one ("Denver Police Chief"; not a bare "Chief").
    const offices = generic(page)
      ? []
      : record.gazetteer.lookup(page).filter((e) => e.kind === 'office');
    const office =
      offices.length === 1 && world
        ? world.office((offices[0] as { id: string }).id.slice(2))
        : undefined;
    const { keys, spokes: speaking } = heads(page);
    const held = who.roles.find(
      (r) => titleMatches(bare(page), r.titleWords) || keys.some((k) => r.titleWords.includes(k)),
    );
    const other =
      office && world
        ? world
            .holdersOn(office.id, date)
            .find((h) => h.status === 'in' && `w:${h.person.id}` !== canon)
        : undefined;
    // "police chief of Phoenix" for a post of Tucson's: the place the page gives the post, against its jurisdiction's.
    // A past post ("who was police chief of X") may be one the world file does not list: only a post told as held then.
    const past = /\bwho\s+was\b(?![^,]*\b(?:then|at\s+the\s+time)\b)/i.test(
      sentence.slice(Math.min(p.end, title.start), title.start),
    );
    const elsewhere =
      held && !past ? otherJurisdiction(record, mentions, sentence, title, held, who.name) : null;
    if (elsewhere) {
      outcome = worst(
        outcome,
        result(
          'conflict',
          'place',
          elsewhere.page,
          elsewhere.record,
          `The page makes ${who.name} ${page} of ${elsewhere.page}; the record has the post in ${elsewhere.record}.`,
        ),
      );
      continue;
    }
    if (held) {
      const status = heldOn(ctx, held, who, date, true);
      if (status === 'out')
        outcome = worst(
          outcome,
          result(
            'conflict',
            'role',
            page,
            recordWords,
            `${who.name} did not hold the post (${held.title}) on ${showDate(date)}, when these words were said.`,
          ),
        );
      else if (status === 'in' || (!held.from && !held.to && !held.office))
        outcome = worst(outcome, agrees);
      else
        outcome = worst(
          outcome,
          result(
            'unconfirmed',
            'role',
            page,
            recordWords,
            `The record does not confirm that ${who.name} was ${page} on ${showDate(date)}.`,
          ),
        );
    } else if (
      (keys.length && keys.every((k) => recordKeys.includes(k))) ||
      (speaking && spokes(roleText))
    ) {
      outcome = worst(outcome, agrees);
    } else if (
      other ||
      (keys.some((k) => !RANKS.has(k)) &&
        (recordKeys.length || spokes(roleText) || inPost(ctx, who, date)))
    ) {
      // A post one person holds ("chief", "sheriff") given to someone the record has in another role.
      const holder = other ? ` (on ${showDate(date)} ${other.person.name} held it)` : '';
      outcome = worst(
        outcome,
        result(
          'conflict',
          'role',
          page,
          recordWords,
          `The page calls ${who.name} ${page}${holder}, but the record has ${who.name} as ${role || 'someone else'}.`,
        ),
      );
    } else {
      outcome = worst(
        outcome,
        result(
          'unconfirmed',
          'role',
          page,
          recordWords,
          `The record does not confirm ${who.name}'s title \u201C${page}\u201D.`,
        ),
      );
    }
    // The agency the title names: "LAPD spokesman", "spokesman for the Denver Police Department", or that of the post.
    const agency =
      agencyMentions.find(
        (a) => a.end <= title.start && AGENCY_BEFORE.test(sentence.slice(a.end, title.start)),
      ) ??
      agencyMentions.find(
        (a) => a.start >= title.end && AGENCY_AFTER.test(sentence.slice(title.end, a.start)),
      );
    if (!agency && !office?.jurisdiction) continue;
    const pageAgencies = agency
      ? record.gazetteer
          .lookup(agency.value.name)
          .filter((e) => e.kind === 'agency')
          .map((e) => e.id)
      : [`w:${office!.jurisdiction}`];
    const pageName = agency?.text ?? page;
    const theirs = who.agencies;
    const names = theirs.map(record.nameOf).join(' and ');
    if (!theirs.length)
      outcome = worst(
        outcome,
        result(
          'unconfirmed',
          'agency',
          pageName,
          recordWords,
          `The record does not say whom ${who.name} worked for.`,
        ),
      );
    else if (pageAgencies.some((a) => theirs.some((t) => related(record, a, t))))
      outcome = worst(outcome, agrees);
    else if (pageAgencies.length)
      outcome = worst(
        outcome,
        result(
          'conflict',
          'agency',
          pageName,
          names,
          `The page has ${who.name} speaking for the ${record.nameOf(pageAgencies[0] as string)}, but the record has ${who.name} working for the ${names}.`,
        ),
      );
    else
      outcome = worst(
        outcome,
        result(
          'unconfirmed',
          'agency',
          pageName,
          names,
          `The record does not confirm that ${who.name} worked for ${pageName}.`,
        ),
      );
  }
  return outcome;
}
