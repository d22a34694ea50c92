/**
 * The party of a bare title ("the mayor is a Republican", "the governor, a
 * Democrat,"): the title stands for the world file's one holder of its office
 * at the page's date (present tense), else on every day of the story's events;
 * compared as party.ts compares a named person. Nothing when the holder is not
 * one person or has no recorded party.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';

/** "the mayor is a Republican", "the mayor, a Democrat,": the party said of the title. */
const SAID =
  /^\s*(?:(is|was)\s+(?:a|an)\s+|,\s*(?:a|an)\s+)(Republican|Democrat)(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|who|which|like)\b)/;

export function titlePartyConflicts(
  mentions: readonly Mention[],
  sentence: string,
  record: StoryRecord,
  pageDate?: string,
): { comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world) return [];
  const out: { comparison: Comparison; explanation: string }[] = [];
  for (const m of mentions) {
    if (m.type !== 'title' || m.negated || !m.value.id?.startsWith('w:')) continue;
    // A bare title after "the" with no name after it ("the mayor", not "the mayor, Jane Roe,").
    if (
      !/\bthe\s+$/i.test(sentence.slice(Math.max(0, m.start - 5), m.start)) ||
      mentions.some((p) => p.type === 'person' && p.start >= m.start && p.start <= m.end + 2)
    )
      continue;
    const said = SAID.exec(sentence.slice(m.end, m.end + 40));
    if (!said) continue;
    const office = m.value.id.slice(2);
    const days =
      said[1] === 'is' && pageDate
        ? [pageDate.slice(0, 10)]
        : record.events.map((e) => e.event.date);
    const holders = new Set(
      days.flatMap((d) => world.holdersOn(office, d).map((h) => h.person.id)),
    );
    if (holders.size !== 1) continue;
    const id = [...holders][0] as string;
    const party = record.people.get(`w:${id}`)?.party ?? world.person(id)?.party;
    const page = said[2] === 'Republican' ? 'republican' : 'democratic';
    if (!party || party === page) continue;
    const name = world.person(id)?.name ?? id;
    const recorded = party === 'republican' ? 'Republican' : 'Democrat';
    out.push({
      comparison: { slot: 'party', page: said[2] as string, record: recorded },
      explanation: `The ${m.text} (${name}) is a ${recorded}, not a ${said[2]}.`,
    });
  }
  return out;
}
