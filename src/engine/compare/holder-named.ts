/**
 * A person named as the holder of a one-holder office by a copula or an apposition, not by a title before the name
 * (which may be a courtesy kept after the term): "<Place>'s mayor is X", "the mayor of <Place> is X", "X is
 * <Place>'s mayor", "X, the city's mayor,", "the mayor, X,". The present tense ("is") puts the post at the page's
 * date and the story's central days (a retelling may use the present); "was" and an apposition at the days of the
 * linked events. When the world file has X out of that office on
 * every one of those days and one other person surely in it on all of them, the page names the wrong holder: a
 * conflict naming the holder then. Nothing when the office is not the world file's, the clause is denied, a year
 * of its own or a word of time ("former", "once", "later", "next") dates the post, or X may have held it then. The
 * "then" or "at the time" of the apposition itself ("X, then the mayor,", "X, who was then Tucson's police chief,") is
 * the time told: the linked events' days. A place or body named with the title gives its office ("Tucson's police
 * chief", "the chief of the Tucson police"; ownOffice); an owner that is neither ("the council's") gives none. Nothing
 * here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import type { Office } from '../../world/schema.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';

type Person = Mention & { type: 'person' };
type Title = Mention & { type: 'title' };

/** Words that date a post to another time than the one told, or make it no one's yet (lower case: "New York" is a name). */
const DATED =
  /\b(?:[Ff]ormer|[Ee]x|[Tt]hen|[Oo]nce|onetime|one-time|previous|past|prior|later|next|future|new|incoming|outgoing|late|longtime|first|[Aa]cting|[Ii]nterim|would-be|elected|elect)\b/;
/** Words that set a post told in the past in a stretch of time of its own. */
const PAST_FRAME =
  /\b(?:before|until|till|from|between|since|during|when|while|after|earlier|previously|formerly|years?|decades?|had|term|terms|served|succeeded|preceded|predecessor|successor)\b/i;
/** Between the title and the name: "<title> is X", "<title> was X". */
const TITLE_IS = /^\s+(is|was)\s+$/i;
/** Between the name and the title: "X is (the) (<Place>'s / the city's) <title>". */
const IS_TITLE = /^\s+(is|was)\s+(?:the\s+)?(?:[\p{L}.-]+(?:\s+[\p{L}.-]+)?['\u2019]s\s+)?$/iu;
/** Apposition: "X, the city's <title>", "X, <Place>'s <title>", "X, then the <title>", "X, who was then <Place>'s <title>". */
const NAME_COMMA_TITLE =
  /^\s*,\s+(?:who\s+(is|was)\s+)?(then\s+|at\s+the\s+time\s+)?(?:the\s+)?(?:[\p{L}.-]+(?:\s+[\p{L}.-]+)?['\u2019]s\s+)?$/iu;
/** Apposition: "<title>, X,". */
const TITLE_COMMA = /^\s*,\s+$/;

const fullDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** The title naming `m` as its holder, whether the tense is present, and the "then" of an apposition ("X, then the
 * mayor,": the post at the time told, not another time); else null. */
function holderTitle(
  ctx: CompareContext,
  m: Person,
): { title: Title; present: boolean; then?: string } | null {
  for (const t of ctx.mentions) {
    if (t.type !== 'title' || !t.value.id?.startsWith('w:')) continue;
    if (t.end <= m.start) {
      const gap = ctx.sentence.slice(t.end, m.start);
      const is = TITLE_IS.exec(gap);
      if (is) return { title: t, present: is[1]!.toLowerCase() === 'is' };
      // "the mayor, X," needs the comma closing the apposition (or the sentence's end) after the name.
      if (TITLE_COMMA.test(gap) && /^\s*(?:,|[.;]|$)/.test(ctx.sentence.slice(m.end)))
        return { title: t, present: false };
    } else if (t.start >= m.end) {
      // The title's own words before it ("Rochester's mayor") are part of the gap.
      const gap = ctx.sentence.slice(m.end, t.start);
      const is = IS_TITLE.exec(gap);
      if (is) return { title: t, present: is[1]!.toLowerCase() === 'is' };
      const apposed = NAME_COMMA_TITLE.exec(gap);
      if (apposed && !ownerKnown(ctx, m.end, t.start)) continue;
      if (apposed && /^\s*(?:,|[.;]|$)/.test(ctx.sentence.slice(bodyEnd(ctx, t))))
        return {
          title: t,
          present: apposed[1]?.toLowerCase() === 'is' && !apposed[2],
          ...(apposed[2] && { then: apposed[2] }),
        };
    }
  }
  return null;
}

/**
 * The owner before a title in the gap [from, to), if any, is a place or body the reader found ("Tucson's", "the
 * LAPD's") or a word of place ("the city's", "the state's"); "the council's president" may be any body's.
 */
function ownerKnown(ctx: CompareContext, from: number, to: number): boolean {
  const owner = /([\p{L}.-]+)['\u2019]s\s+$/u.exec(ctx.sentence.slice(from, to));
  if (!owner) return true;
  if (/^(?:city|town|county|state|department)$/i.test(owner[1]!)) return true;
  return ctx.mentions.some(
    (a) =>
      (a.type === 'place' || a.type === 'agency' || a.type === 'state') &&
      a.start >= from &&
      a.end <= to &&
      /^['\u2019]s\s+$/.test(ctx.sentence.slice(a.end, to)),
  );
}

/** Where a title ends with the body or place it is of ("the chief of the Tucson police"). */
function bodyEnd(ctx: CompareContext, t: Title): number {
  const of = ctx.mentions.find(
    (a) =>
      (a.type === 'agency' || a.type === 'place' || a.type === 'state') &&
      a.start >= t.end &&
      /^\s+(?:of|for)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(t.end, a.start)),
  );
  return of ? of.end : t.end;
}

/** `unlinked`: a clause no event links, where only the present tense has days of its own (the page's date). */
export function holderNamed(ctx: CompareContext, m: Person, unlinked = false): ValueResult | null {
  const world = ctx.record.world;
  if (!world || m.negated || m.value.qualifier || !m.value.id?.startsWith('w:')) return null;
  const found = holderTitle(ctx, m);
  if (!found) return null;
  const { title, present, then } = found;
  // In a clause no event links, only a post told in the present has days of its own (the page's).
  if (unlinked && !present) return null;
  const named = ctx.mentions.filter(
    (a) =>
      (a.type === 'place' || a.type === 'agency' || a.type === 'state') &&
      ((a.end <= title.start &&
        /^(?:['\u2019]s)?\s*$/.test(ctx.sentence.slice(a.end, title.start))) ||
        (a.start >= title.end &&
          /^\s+(?:of|for|in)\s+(?:the\s+)?$/i.test(ctx.sentence.slice(title.end, a.start)))),
  );
  const office = ownOffice(
    world,
    title,
    named.map((a) => ('id' in a.value && typeof a.value.id === 'string' ? a.value.id : '')),
  );
  if (!office) return null;
  // A word of time near the title or the name dates the post ("the former mayor", "X, once the mayor,"); the "then"
  // of the apposition itself is the time told.
  const from = Math.min(title.start, m.start);
  const to = Math.max(title.end, m.end);
  const near = ctx.sentence.slice(Math.max(0, from - 12), to);
  if (DATED.test(then ? near.replace(then, '') : near) || DATED.test(title.text)) return null;
  if (
    ctx.mentions.some(
      (d) => (d.type === 'date' && d.value.year !== undefined) || d.type === 'relative-time',
    )
  )
    return null;
  // In the past, words that frame another stretch of time ("was mayor for eight years before Evans", "until 2022") date it.
  if (!present && PAST_FRAME.test(ctx.sentence)) return null;
  // The present is the page's date, and also the story's own time (a retelling may tell it in the present).
  const central = ctx.record.central.map((e) => e.event.date).filter(fullDay);
  const days = present
    ? ctx.pageDate && fullDay(ctx.pageDate)
      ? [...new Set([ctx.pageDate, ...central])]
      : []
    : ctx.linkedByPlace
      ? []
      : [...new Set(ctx.events.map((e) => e.event.date))];
  if (!days.length || !days.every(fullDay)) return null;
  const id = m.value.id.slice(2);
  // X may have held it on one of those days: nothing to say.
  if (days.some((d) => world.holdersOn(office.id, d).some((h) => h.person.id === id))) return null;
  // The holder then: one other person surely in the office on the page's date (present) or every linked day.
  const anchor = present ? [ctx.pageDate!] : days;
  const sure = anchor.map((d) =>
    world.holdersOn(office.id, d).filter((h) => h.status === 'in' && h.person.id !== id),
  );
  const other = sure[0]?.length === 1 ? sure[0][0]! : undefined;
  if (!other || !sure.every((s) => s.length === 1 && s[0]!.person.id === other.person.id))
    return null;
  const name = world.person(id)?.name ?? m.value.name;
  return result(
    'conflict',
    'role',
    m.text,
    `${other.person.name} (${office.title})`,
    `The world file has ${other.person.name} as ${office.title} then, not ${name}.`,
  );
}

/**
 * The world office a title names, given the places or bodies named with it ("Tucson's police chief"): the title's
 * own office when they are its own, else the one office of the same words whose jurisdiction is the one named
 * ("police chief" read as Rochester's, said of Tucson: Tucson's police chief); null when none or several.
 */
export function ownOffice(
  world: NonNullable<CompareContext['record']['world']>,
  title: Title,
  named: readonly string[],
): Office | null {
  const office = world.office(title.value.id!.slice(2));
  if (!office) return null;
  const owns = (o: Office, id: string) => {
    const place = world.agency(o.jurisdiction)?.place ?? o.jurisdiction;
    return id === o.jurisdiction || id === place || world.within(place, id);
  };
  const ids = named.map((id) => id.replace(/^w:/, ''));
  if (ids.every((id) => id && owns(office, id))) return office;
  if (ids.length !== 1 || !ids[0]) return null;
  const there = ids[0];
  const words = foldText(title.value.title);
  const others = world.world.offices.filter(
    (o) =>
      o.id !== office.id &&
      owns(o, there) &&
      [o.title, ...(o.aliases ?? [])].some((a) => {
        const alias = foldText(a);
        return alias === words || alias.endsWith(` ${words}`);
      }),
  );
  return others.length === 1 ? others[0]! : null;
}
