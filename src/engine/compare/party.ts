/**
 * A person's party as the page gives it ("Evans, a Republican,", "Democratic
 * Mayor Malik Evans", "Ortt (R)") against the party the world file records
 * for that person, or the pack where the record states it: no event link
 * needed. Nothing here knows a story; people without a recorded party are left
 * alone.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

type Party = 'democratic' | 'republican';

const NAMES: Record<Party, string> = { democratic: 'a Democrat', republican: 'a Republican' };

function partyOf(word: string): Party | undefined {
  const w = word.toLowerCase();
  if (w === 'republican' || w === 'gop' || w === 'r') return 'republican';
  if (w === 'democrat' || w === 'democratic' || w === 'd') return 'democratic';
  return undefined;
}

/**
 * ", a Republican" / ", the Democratic mayor" / ", the chamber's Democratic leader" / " (R)" / " (D-N.Y.)" right after the
 * name; in a dash or bracket aside only the bare noun ("— a Republican, as it happens —"), not "— a frequent Republican
 * target —" nor a dash that joins another clause ("— a Republican senator, X, later …").
 */
const AFTER =
  /^\s*(?:,\s*who\s+is\s+(?:a|an)\s+(Republican|Democrat)(?=\s*[,.;:!?)]|\s*$)|,\s*(?:a|an|the)\s+(?:\w+(?:['\u2019]s)?\s+)?(Republican|Democrat|Democratic|GOP)\b|\(\s*([RD])\s*[-\u2013,)]|(?:\u2014|\u2013|--|\()\s*an?\s+(Republican|Democrat)(?=\s*(?:[,)\u2014\u2013]|--)))/;
/** "X is a Republican", "X is a lifelong Democrat", "X is a Democratic mayor": the party in a copula of the present (a past one may be a party left), with nothing after it but the clause's end or a title's noun. */
const IS =
  /^\s+(?:is|remains)\s+(?:also\s+)?(?:a|an)\s+(?:(?:registered|lifelong|longtime|staunch|proud|moderate|conservative|liberal|progressive)\s+)?(Republican|Democrat|Democratic)(?=\s*(?:[,.;:!?)\u2014\u2013]|$|\s+(?:mayor|senator|lawmaker|leader|governor|official|politician|legislator|councilmember|member)\b))/;
/** Before a subject's name: the sentence's start, or a comma, semicolon, colon or "and"/"but", then capitalised words at most. */
const SUBJECT_BEFORE = /(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;
/** ", who leads the Republicans in the Senate", ", leader of the Democrats on the council": a party by the post the person holds in it. */
const LEADS =
  /^\s*,\s*(?:who\s+(?:leads|led|heads|headed|chairs|chaired)|(?:the\s+)?(?:leader|head|chair)\s+of)\s+(?:the\s+)?(?:\w+\s+)?(Republicans|Democrats)\b/;
/** "Democratic Mayor", "Republican state Sen." right before the name: the party, then up to three title words. */
/** Only a title's or a name's words between ("Republican state Sen. X", "Democratic Mayor X"), not a clause ("a Republican who disagrees with X"). */
const BEFORE =
  /\b(Republican|Democratic|Democrat|GOP)\s+(?:(?:\p{Lu}[\p{L}.'-]*|state|senate|house|majority|minority|council|city|county|mayor|senator|sen\.|rep\.|leader|governor|gov\.|president|representative|assemblyman|assemblywoman|assemblymember|lawmaker|councilmember|councilman|councilwoman|chair|chairman|strategist|activist|official|candidate)\s+){0,3}$/u;

/** "the city's own Republican mayor, X,": the party, a title's noun and a comma right before the name, and a comma after it (an apposition; "Unlike the Republican leader, X criticized …" is no apposition). */
const BEFORE_APPOSED =
  /\b(Republican|Democratic|GOP)\s+(?:(?:state|city|county|council|senate)\s+)?(?:mayor|senator|governor|leader|lawmaker|legislator|councilmember|councilman|councilwoman|assemblyman|assemblywoman|assemblymember|representative|official|chief|president)\s*,\s*$/i;

interface PartyConflict {
  comparison: Comparison;
  explanation: string;
}

export function partyConflicts(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
): PartyConflict[] {
  const world = record.world;
  if (!world) return [];
  const out: PartyConflict[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || m.negated) continue;
    const ids = personIds(record.gazetteer, m.value.name);
    // The story's people carry the party the record or the world file gives them; other people the world's.
    const known = ids.map(
      (id) =>
        record.people.get(id)?.party ??
        (id.startsWith('w:') ? world.person(id.slice(2))?.party : undefined),
    );
    if (!known.length || known.some((p) => p === undefined)) continue;
    // The copula only of the clause's subject: the name opens the sentence or a clause, after capitalised title words
    // at most ("The senator who criticized Evans is a Republican" says it of the senator).
    const after =
      AFTER.exec(sentence.slice(m.end, m.end + 60)) ??
      (SUBJECT_BEFORE.test(sentence.slice(0, m.start))
        ? IS.exec(sentence.slice(m.end, m.end + 60))
        : null);
    // The words just before the name (its title included) may carry the party.
    const before =
      BEFORE.exec(sentence.slice(Math.max(0, m.start - 50), m.start)) ??
      (/^\s*,/.test(sentence.slice(m.end))
        ? BEFORE_APPOSED.exec(sentence.slice(Math.max(0, m.start - 50), m.start))
        : null);
    const leads = LEADS.exec(sentence.slice(m.end, m.end + 60));
    const written = after
      ? (after[1] ?? after[2] ?? after[3] ?? after[4])
      : leads
        ? (leads[1] as string).slice(0, -1)
        : before?.[1];
    const party = written && partyOf(written);
    if (!party || known.includes(party)) continue;
    const recorded = known[0] as Party;
    out.push({
      comparison: {
        slot: 'party',
        page: written as string,
        record: NAMES[recorded].replace(/^an? /, ''),
      },
      explanation: `${m.value.name} is ${NAMES[recorded]}, not ${NAMES[party]}.`,
    });
  }
  return out;
}
