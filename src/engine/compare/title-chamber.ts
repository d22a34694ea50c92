/**
 * The legislative chamber a page puts a person's title in ("Rob Roe, the Republican leader in the state Assembly",
 * "Assembly Republican leader Rob Roe"), against the chambers the record's roles for that person name (their titles,
 * the pack's free-text role, the world file's offices): where the record names a chamber for them and never the
 * page's, the title is of another body (a conflict). The chamber words are general English; nothing here knows a
 * story. Left alone: a person the record gives no chamber, a title with no chamber beside it, "White House".
 */
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import type { StoryRecord } from './story-record.ts';

const CHAMBERS = ['senate', 'assembly', 'house'] as const;
/** Right before the title: "Assembly Republican leader", "State Senate Majority Leader" (not "White House"). */
const BEFORE = /(?<!White\s)\b(Senate|Assembly|House)\s+$/;
/** After the title: "the Republican leader in the state Assembly", "minority leader of the Senate". */
const AFTER =
  /^\s+(?:in|of)\s+the\s+(?:(?:state|State|New\s+York|[A-Z][a-z]+)\s+)?(Senate|Assembly|House)\b/;

const chambersIn = (text: string): Set<string> =>
  new Set(CHAMBERS.filter((c) => new RegExp(`(?<!white\\s)\\b${c}\\b`, 'i').test(text)));

/** The conflict of a person's title placed in a chamber the record never gives them; null otherwise. */
export function titleChamber(sentence: string, record: StoryRecord): SentenceComparison | null {
  if (!/\b(?:Senate|Assembly|House)\b/.test(sentence)) return null;
  const mentions = readSentence(sentence, record.gazetteer).flatMap((c) => c.mentions);
  const titles = mentions.filter(
    (m): m is Mention & { type: 'title' } => m.type === 'title' && !m.negated,
  );
  for (const p of mentions) {
    if (p.type !== 'person' || p.negated || !p.value.title) continue;
    // The person's own title: right before the name, or in apposition after it.
    const t = titles.find(
      (x) =>
        (x.end <= p.start && /^\s*$/.test(sentence.slice(x.end, p.start))) ||
        (x.start >= p.end && /^\s*,\s*(?:the|a|an)?\s*$/i.test(sentence.slice(p.end, x.start))),
    );
    if (!t) continue;
    const chamber = (BEFORE.exec(sentence.slice(Math.max(0, t.start - 20), t.start)) ??
      AFTER.exec(sentence.slice(t.end, t.end + 50)))?.[1]?.toLowerCase();
    if (!chamber) continue;
    const ids = record.gazetteer
      .lookup(p.value.name)
      .filter((g) => g.kind === 'person')
      .map((g) => record.entityCanon.get(g.id) ?? g.id);
    const who = ids.map((id) => record.people.get(id)).find((x) => x !== undefined);
    if (!who) continue;
    const offices = who.roles.flatMap((r) => {
      const office = r.office ? record.world?.office(r.office.replace(/^w:/, '')) : undefined;
      return office ? [office.title, ...(office.aliases ?? [])] : [];
    });
    const recorded = chambersIn(
      [who.role ?? '', ...who.roles.map((r) => r.title), ...offices].join(' ; '),
    );
    if (!recorded.size || recorded.has(chamber)) continue;
    const named = [...recorded].map((c) => c.charAt(0).toUpperCase() + c.slice(1)).join(' or ');
    const page = `${t.text} (${chamber.charAt(0).toUpperCase()}${chamber.slice(1)})`;
    return {
      outcome: 'discrepant',
      comparisons: [{ slot: 'role', page, record: who.role ?? named }],
      explanation: `The record has ${who.name}'s post in the ${named} (${who.role ?? who.roles[0]?.title ?? ''}), not the ${chamber.charAt(0).toUpperCase()}${chamber.slice(1)}.`,
      events: [],
    };
  }
  return null;
}
