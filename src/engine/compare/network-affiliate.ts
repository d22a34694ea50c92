/**
 * A station's network affiliation as the page gives it ("WXYZ, Kells's NBC
 * affiliate", "WXYZ, which it called the city's CBS affiliate", "the ABC
 * affiliate WXYZ-TV") against the affiliations the world file records for
 * the station: no event link needed. Nothing here knows a story.
 *
 * Judged only when the world file knows both: the station (a world outlet
 * with recorded affiliations; a bare call sign "WXYZ" is the world's
 * "WXYZ-TV" when no outlet is named "WXYZ" itself, as a network's affiliate
 * is a television station) and the network (a world outlet of kind
 * `network`). A page that says the label is wrong ("which it wrongly
 * called …") is left alone.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { listNames } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';

const CALL_SIGN = /^[KW][A-Z]{2,3}$/;

/** Between the station and the network: ", which it called Kells's ", ", the ", " is a ", ", which is the city's local ". */
const STATION_THEN =
  /^\s*[,(]?\s*(?:(?:which|that)\s+(?:(?:it|they|he|she|the\s+[\p{L}-]+)\s+)?(?:is|was|called|calls|described|describes|labell?ed|labels|identified|identifies)\s+(?:(?:it|as)\s+)?|(?:is|was)\s+)?(?:(?:a|an|the)\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['\u2019]s\s+|(?:the\s+)?(?:city|town|area|region|market)['\u2019]s\s+)?(?:local\s+)?$/u;
/** After the network: " affiliate", " affiliated station". */
const AFFILIATE_AFTER = /^[\s-]+(?:affiliate|affiliated\s+station|affiliate\s+station)(?![\p{L}])/u;
/** Between the network and the station: " affiliate, ", " affiliate ". */
const AFFILIATE_THEN = /^[\s-]+(?:affiliate|affiliated\s+station|affiliate\s+station)\s*,?\s*$/u;
/** Before the network when it comes first: "the ", "Kells's ". */
const BEFORE_NETWORK = /(?:\b(?:[Aa]|[Aa]n|[Tt]he)|['\u2019]s)\s+(?:local\s+)?$/u;
/** The page says the label is wrong. */
const DISOWNED =
  /\b(?:wrongly|mistakenly|erroneously|incorrectly|falsely|mislabel\w*|misidentif\w*)\b/i;

/** A network named as a station's: a conflict with the world file's affiliations, or none when it is one of them. */
export interface Affiliation {
  network: Mention;
  conflict?: { comparison: Comparison; explanation: string };
}

/** The world's outlet ids a mention names (a bare call sign: its television station). */
function worldIds(record: StoryRecord, name: string): string[] {
  const ids = (n: string) => [
    ...new Set(
      record.gazetteer
        .lookup(n)
        .filter((g) => g.kind === 'outlet' && g.id.startsWith('w:'))
        .map((g) => g.id.slice(2)),
    ),
  ];
  const bare = name.replace(/^the\s+/i, '').trim();
  const named = ids(bare);
  return named.length || !CALL_SIGN.test(bare) ? named : ids(`${bare}-TV`);
}

export function affiliations(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
): Affiliation[] {
  const world = record.world;
  if (!world || DISOWNED.test(sentence)) return [];
  const outlets = mentions.filter(
    (m): m is Mention & { type: 'outlet' } => m.type === 'outlet' && !m.negated,
  );
  const out: Affiliation[] = [];
  for (const n of outlets) {
    const networks = worldIds(record, n.value.name).filter(
      (id) => world.outlet(id)?.kind === 'network',
    );
    if (networks.length !== 1) continue;
    const network = networks[0]!;
    const station = outlets.find((s) => {
      if (s === n) return false;
      if (s.end <= n.start)
        return (
          STATION_THEN.test(sentence.slice(s.end, n.start)) &&
          AFFILIATE_AFTER.test(sentence.slice(n.end, n.end + 30))
        );
      return (
        AFFILIATE_THEN.test(sentence.slice(n.end, s.start)) &&
        BEFORE_NETWORK.test(sentence.slice(Math.max(0, n.start - 40), n.start))
      );
    });
    if (!station) continue;
    const stations = worldIds(record, station.value.name)
      .map((id) => world.outlet(id))
      .filter((o) => o?.affiliations?.length);
    if (stations.length !== 1) continue;
    const known = stations[0]!;
    const affiliations = known.affiliations ?? [];
    if (affiliations.includes(network)) {
      out.push({ network: n });
      continue;
    }
    const theirs = listNames(affiliations.map((a) => world.outlet(a)?.name ?? a));
    out.push({
      network: n,
      conflict: {
        comparison: { slot: 'outlet', page: `${n.text} affiliate`, record: `${theirs} affiliate` },
        explanation: `${known.name} is an affiliate of ${theirs}, not ${world.outlet(network)?.name ?? n.text}.`,
      },
    });
  }
  return out;
}
