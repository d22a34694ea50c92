/**
 * A post claimed by a verb or an apposition: "X, who ran <agency> as its
 * chief", "X, who headed / led / oversaw <agency>", "X, the former head of
 * <agency>", "X, a former <agency> chief", "X, who was <agency>'s top
 * official". The agency is a typed value of the person's career: compared with
 * the bodies the person's posts belong to (world-file terms, at any time, and
 * the record's roles). An agency none of them is, for someone whose posts the
 * world or record knows, is unconfirmed (the world file does not list every
 * post, so never a conflict on this alone), unless the world file says it
 * knows every agency the person led (`ledAll`): then an agency none of
 * theirs, nor within or above one of theirs, is wrong. The agency named is then no
 * participant of the clause's event. Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import { unconfirmedText, type Comparison } from './value-result.ts';
import { isStrangerAgency } from './stranger-agency.ts';
import type { StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

const LEAD = '(?:ran|headed|led|oversaw|directed|commanded|was\\s+in\\s+charge\\s+of)';
const HEAD = '(?:head|chief|director|leader|commissioner|commander)';
const WHEN = '(?:once|previously|formerly|later|earlier|briefly)';
/**
 * A predicate in the past with no comma: "X was acting director of <agency>", "X served as acting <agency> director", "X ran <agency> as …"
 * ("X was the <agency>'s chief", with no qualifier, is compare-affiliation.ts's copula reading).
 */
const PREDICATE = `\\s+(?:${WHEN}\\s+)?(?:(?:${LEAD}|became|served\\s+as)\\s+(?:(?:the|an?)\\s+)?(?:(?:former|onetime|top|acting|interim)\\s+)?|(?:was|had\\s+been)\\s+(?:(?:the|an?)\\s+)?(?:former|onetime|acting|interim)\\s+)(?:${HEAD}\\s+of\\s+(?:the\\s+)?)?`;
/** Right after the name, up to where the agency must begin. */
const BEFORE_AGENCY = new RegExp(
  `^(?:\\s*,\\s*(?:who\\s+(?:${WHEN}\\s+)?(?:${LEAD}|was|served\\s+as)\\s+(?:(?:the|a)\\s+)?(?:(?:former|onetime|top|acting|interim)\\s+)?(?:${HEAD}\\s+of\\s+(?:the\\s+)?)?|(?:a|the)\\s+(?:former\\s+|onetime\\s+|ex-)?(?:${HEAD}\\s+of\\s+(?:the\\s+)?)?)|${PREDICATE})$`,
  'i',
);
/** What must follow the agency for it to be the post's body: a head word after it, or the end of the claim. */
const AFTER_AGENCY = new RegExp(
  `^(?:['\u2019]s\\s+(?:top\\s+official|${HEAD})\\b|\\s+${HEAD}\\b|\\s+as\\s+(?:its\\s+)?(?:acting\\s+|interim\\s+|deputy\\s+)?${HEAD}\\b|\\s*(?:[,.;:)]|$)|\\s+(?:during|from|until|under|in|for|between)\\b)`,
  'i',
);

export interface LedBody {
  /** The person whose post it is. */
  person: Mention;
  /** The agency mention, or the title that holds the agency's name ("a former Harbor Unit chief"). */
  agency: Mention;
  unconfirmed?: { comparison: Comparison; explanation: string };
  /** Dates right after the agency, in the claim ("as its acting director in 2017"): the post's time, not the event's. */
  times: Mention[];
  /** The person's posts are all known (world file `ledAll`) and none is of this agency. */
  conflict?: { comparison: Comparison; explanation: string };
}

interface Span {
  mention: Mention;
  start: number;
  end: number;
  text: string;
  ids: string[];
}

/** The agencies of a clause: agency mentions, and known agencies inside a title ("former <agency> chief"). */
function agencySpans(mentions: readonly Mention[], record: StoryRecord): Span[] {
  const out: Span[] = [];
  for (const m of mentions) {
    if (m.negated) continue;
    if (m.type === 'agency')
      out.push({
        mention: m,
        start: m.start,
        end: m.end,
        text: m.text,
        ids: record.gazetteer
          .lookup(m.value.name)
          .filter((g) => g.kind === 'agency')
          .map((g) => g.id),
      });
    if (m.type !== 'title') continue;
    for (const hit of record.gazetteer.find(m.text)) {
      const ids = hit.entries.filter((g) => g.kind === 'agency').map((g) => g.id);
      if (ids.length)
        out.push({
          mention: m,
          start: m.start + hit.start,
          end: m.start + hit.end,
          text: m.text.slice(hit.start, hit.end),
          ids,
        });
    }
  }
  return out;
}

export function ledBodies(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
): LedBody[] {
  const out: LedBody[] = [];
  const spans = agencySpans(mentions, record);
  for (const p of mentions) {
    if (p.type !== 'person' || p.negated) continue;
    for (const a of spans) {
      if (a.start < p.end || a.start - p.end > 70) continue;
      // A body no one knows is judged only as a named stranger ("Boston Police Department"), for someone whose every post is known.
      if (!a.ids.length && !(isStrangerAgency(record, a.text) && ledAll(p.value.name, record)))
        continue;
      const between = sentence.slice(p.end, a.start);
      const after = sentence.slice(a.end, a.end + 40);
      if (!BEFORE_AGENCY.test(between) || !AFTER_AGENCY.test(after)) continue;
      // Only a post of the past ("who ran", "a former … chief"): a present one ("X, the director of Y") is compare-affiliation.ts's.
      if (
        !/\b(?:who|former|onetime|ex)\b/i.test(between) &&
        !new RegExp(`^${PREDICATE}$`, 'i').test(between)
      )
        continue;
      // "X, a former Y chief" / "X, the Y" needs a head word: an apposition naming an agency alone says nothing of a post.
      if (
        !/\bwho\b|\bof\s+(?:the\s+)?$/i.test(between) &&
        !new RegExp(
          `^(?:['\u2019]s\\s+)?(?:top\\s+official|${HEAD})\\b|^as\\s+(?:its\\s+)?(?:acting\\s+|interim\\s+|deputy\\s+)?${HEAD}\\b`,
          'i',
        ).test(after.trimStart())
      )
        continue;
      const bodies = bodiesOf(p.value.name, record);
      if (bodies === undefined) continue;
      if (a.ids.some((id) => bodies.has(id))) {
        const times = careerTimes(mentions, sentence, a.end);
        // A year of the post outside every term the world file has them in it: wrong when it knows all their posts.
        const off = yearOutsideTerms(p.value.name, a.ids, times, record);
        out.push({
          person: p,
          agency: a.mention,
          times,
          ...(off && (ledAll(p.value.name, record) ? { conflict: off } : { unconfirmed: off })),
        });
        continue;
      }
      // Someone whose every led agency the world file knows (`ledAll`): an agency none of theirs, nor part of one, is wrong.
      const known = ledAll(p.value.name, record);
      if (known && !a.ids.some((id) => [...bodies].some((b) => related(record, id, b)))) {
        out.push({
          person: p,
          agency: a.mention,
          times: careerTimes(mentions, sentence, a.end),
          conflict: {
            comparison: { slot: 'agency', page: a.text, record: known.posts },
            explanation: `The world file has ${known.name} leading only as ${known.posts}; not ${a.text}.`,
          },
        });
        continue;
      }
      out.push({
        person: p,
        agency: a.mention,
        times: careerTimes(mentions, sentence, a.end),
        unconfirmed: {
          comparison: { slot: 'agency', page: a.text, record: 'not in the record' },
          explanation: `${unconfirmedText('agency', a.text)} No post of ${p.value.name}'s that the record or the world file knows belongs to it.`,
        },
      });
    }
  }
  return out;
}

/** The dates after the agency up to the end of the claim (no comma or stop between), within 60 characters. */
function careerTimes(mentions: readonly Mention[], sentence: string, from: number): Mention[] {
  return mentions.filter(
    (m) =>
      (m.type === 'date' || m.type === 'relative-time') &&
      m.start >= from &&
      m.start - from <= 60 &&
      !/[,;.:]/.test(sentence.slice(from, m.start)),
  );
}

/**
 * A year given for a post ("acting ICE director in 2014") that lies in no term the world file has the person in an
 * office of that body (from the year it began to the year it ended, or on); undefined when it lies in one, when no
 * such term is known or a term's start is not.
 */
function yearOutsideTerms(
  name: string,
  ids: readonly string[],
  times: readonly Mention[],
  record: StoryRecord,
): { comparison: Comparison; explanation: string } | undefined {
  const terms = (record.world?.termsOf(name) ?? []).filter((t) =>
    ids.some((id) => related(record, id, `w:${t.office.jurisdiction}`)),
  );
  const spans = terms.map((t) => ({
    from: Number((t.holder.start ?? t.holder.confirmedFrom ?? '').slice(0, 4)),
    to: t.holder.end ? Number(t.holder.end.slice(0, 4)) : Infinity,
  }));
  if (!spans.length || spans.some((x) => !x.from)) return undefined;
  for (const m of times) {
    if (m.type !== 'date' || m.value.year === undefined) continue;
    const year = m.value.year;
    if (spans.some((x) => year >= x.from && year <= x.to)) continue;
    const shown = terms
      .map(
        (t) =>
          `${t.office.title} (${t.holder.start ?? t.holder.confirmedFrom} to ${t.holder.end ?? 'later'})`,
      )
      .join(', ');
    return {
      comparison: { slot: 'date', page: m.text, record: shown },
      explanation: `The world file has ${name} in that post as ${shown}, not in ${year}.`,
    };
  }
  return undefined;
}

/** Whether two agencies (canonical ids) are one within the other, in the world file's hierarchy. */
function related(record: StoryRecord, a: string, b: string): boolean {
  const world = record.world;
  if (a === b || record.ancestors(a).has(b) || record.ancestors(b).has(a)) return true;
  const [x, y] = [a.replace(/^w:/, ''), b.replace(/^w:/, '')];
  return !!world && (world.isPartOf(x, y) || world.isPartOf(y, x));
}

/** For the one person of the world file named so whose posts it knows in full, their name and led offices in words; else undefined. */
function ledAll(name: string, record: StoryRecord): { name: string; posts: string } | undefined {
  const world = record.world;
  const people = world?.peopleNamed(name) ?? [];
  if (!world || people.length !== 1 || people[0]!.ledAll !== true) return undefined;
  const id = people[0]!.id;
  const terms = world.termsOf(name).filter((t) => t.person.id === id);
  if (!terms.length) return undefined;
  const posts = terms.map(
    (t) =>
      `${t.holder.acting ? 'acting ' : ''}${t.office.title} (${t.holder.start ?? t.holder.confirmedFrom ?? '?'} to ${t.holder.end ?? 'later'})`,
  );
  return { name: people[0]!.name, posts: posts.join(', ') };
}

/** The bodies a person's known posts belong to: world terms' jurisdictions and the record's agencies; undefined when none is known. */
function bodiesOf(name: string, record: StoryRecord): Set<string> | undefined {
  const bodies = new Set<string>();
  for (const t of record.world?.termsOf(name) ?? []) bodies.add(`w:${t.office.jurisdiction}`);
  const ids = personIds(record.gazetteer, name);
  for (const id of ids) {
    const who = record.people.get(id);
    if (!who) continue;
    for (const a of who.agencies) bodies.add(a);
    for (const r of who.roles)
      for (const hit of record.gazetteer.find(r.title))
        for (const g of hit.entries) if (g.kind === 'agency') bodies.add(g.id);
  }
  if (!ids.length && !bodies.size) return undefined;
  return bodies.size ? bodies : undefined;
}
