/**
 * The government an agency's name says it belongs to, read from the name's shape alone (issue 14; the agencies of
 * a drafted pack, issue 17, are rarely in the world file): "U.S. …" and "Federal …" are federal ("National …" may be
 * a state's Guard); a state's
 * name before an agency's word ("Maine Department of Transportation", "Missouri State Highway Patrol") is that
 * state's; "<X> County …" is that county's; a town's name the record or world file knows before a local service
 * ("Halvey Springs Police Department", "Fort Wayne City Utilities") is that town's. A federal body is none of a state's
 * or a town's, and a state's none of the federal government's or another state's; a county's or a town's body may
 * have joined any local event, and is left to local-kind.ts. A name of no such shape (a state's "Fire Marshal
 * Division", a "Laboratory of Hygiene") says nothing and is left alone.
 * Nothing here knows a story.
 */
import type { StoryRecord } from './story-record.ts';

interface Government {
  level: 'federal' | 'state' | 'county' | 'town';
  /** The state, county or town named, folded; '' for the federal government. */
  of: string;
}

const FEDERAL = /^(?:u\.?\s?s\.?|united states|federal)\s/i;
const COUNTY = /^((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3})county\s+\p{Lu}/iu;
/** Words of a body that serves one government, after its place's name. */
const BODY =
  /^(?:state\s+|city\s+|town\s+|village\s+)?(?:department|dept\.?|division|office|bureau|agency|commission|board|police|fire|highway|patrol|troopers?|utilities|water|public|parks|volunteer|emergency|health|laboratory|lab|sheriff['\u2019]s|school|schools)\b/i;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The government an agency's name says it is of; undefined when its shape says nothing. */
function governmentOf(record: StoryRecord, name: string): Government | undefined {
  const text = name.replace(/^the\s+/i, '').trim();
  if (FEDERAL.test(`${text} `)) return { level: 'federal', of: '' };
  const county = COUNTY.exec(text);
  if (county) return { level: 'county', of: fold(county[1]!) };
  const words = text.split(/\s+/);
  // The longest run of up to three words that names a state or a town, followed by a body's word.
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const place = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    if (!/^\p{Lu}/u.test(place) || !BODY.test(rest)) continue;
    const world = record.world;
    if (world?.stateNamed(place) && !/^(?:city|town|village)\b/i.test(rest))
      return { level: 'state', of: fold(world.stateNamed(place)!.name) };
    const town =
      (world?.placesNamed(place).length ?? 0) > 0 ||
      record.gazetteer.lookup(place).some((g) => g.kind === 'place');
    if (town && !/^state\b/i.test(rest)) return { level: 'town', of: fold(place) };
  }
  return undefined;
}

const LEVEL_NAMES: Record<Government['level'], string> = {
  federal: 'a federal body',
  state: "a state's body",
  county: "a county's body",
  town: "a town's body",
};

/**
 * Why an agency the record does not know is none of the recorded ones, by the governments their names say they are
 * of: another level (a state's department for a federal agency), or another state, county or town at the same one.
 * Undefined when any recorded agency's name says nothing (it may be part of anything), or when one is of the page's.
 */
export function otherGovernment(
  ctx: { record: StoryRecord; sentence: string },
  m: { text: string; start: number; value: { name: string } },
  recorded: readonly string[],
): string | undefined {
  if (!recorded.length) return undefined;
  // "the U.S. Environmental Protection Agency": the country's mark the reader left before the name is the name's.
  const us = /\bU\.?S\.?\s+$/.test(ctx.sentence.slice(Math.max(0, m.start - 6), m.start));
  const page = governmentOf(ctx.record, us ? `U.S. ${m.value.name}` : m.value.name);
  if (!page) return undefined;
  const theirs = recorded.map((r) => {
    const world = r.startsWith('w:') ? ctx.record.world?.agency(r.slice(2)) : undefined;
    if (world?.level === 'federal') return { level: 'federal', of: '' } as Government;
    return governmentOf(ctx.record, ctx.record.nameOf(r));
  });
  // Only a federal or a state body is judged so: a county's or a town's may have joined any local event (a town's police
  // beside the county's sheriff), and one of another place is local-kind.ts's.
  if (theirs.some((g) => !g)) return undefined;
  const other =
    page.level === 'federal'
      ? theirs.every((g) => g!.level !== 'federal')
      : page.level === 'state' &&
        theirs.every((g) => g!.level === 'federal' || (g!.level === 'state' && g!.of !== page.of));
  if (!other) return undefined;
  return `${m.text} is ${LEVEL_NAMES[page.level]}${page.of ? ` (${page.of.replace(/\b\p{L}/gu, (c) => c.toUpperCase())})` : ''}, another body.`;
}
