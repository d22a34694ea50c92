/**
 * Elections the page names by year ("the 2014 presidential election", "after
 * X won the 2016 election") against the world file's elections: a year in
 * which the office had no election, or a winner who did not win it, is a
 * conflict. The kind of election comes from the page's word ("presidential",
 * "gubernatorial", "mayoral") or, without one, from the story's own election
 * event (an event named "election" on the day of a world election). World
 * knowledge; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

const ELECTION =
  /\b((?:19|20)\d{2})\s+(presidential|gubernatorial|governor's|mayoral)?\s*(?:general\s+)?(?:election|race)\b/gi;
const WON_BEFORE = /\b(?:won|wins|had won|winning|captured)\s+(?:the\s+)?$/i;

interface Election {
  office: string;
  date: string;
  winner: string;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The offices a kind word points to, among the world's elections. */
function officesFor(
  kind: string | undefined,
  elections: readonly Election[],
  record: StoryRecord,
): string[] {
  const offices = [...new Set(elections.map((e) => e.office))];
  const k = kind?.toLowerCase();
  if (k === 'presidential') return offices.filter((o) => o === 'us-president');
  if (k === 'gubernatorial' || k === "governor's")
    return offices.filter((o) => o.endsWith('-governor'));
  if (k === 'mayoral') return offices.filter((o) => o.endsWith('-mayor'));
  // No kind: the story's own election, an event named so on the day of a world election.
  const days = new Set(
    record.events
      .filter((e) => e.words.some((w) => /\belection\b/.test(w)))
      .map((e) => e.event.date),
  );
  return [...new Set(elections.filter((e) => days.has(e.date)).map((e) => e.office))];
}

export function electionConflicts(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
  inQuote: (at: number) => boolean,
): { comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world) return [];
  const elections = world.world.elections as readonly Election[];
  const out: { comparison: Comparison; explanation: string }[] = [];
  for (const m of sentence.matchAll(ELECTION)) {
    if (inQuote(m.index)) continue;
    const year = Number(m[1]);
    const offices = officesFor(m[2], elections, record);
    if (offices.length !== 1) continue;
    const office = offices[0] as string;
    const held = elections.filter((e) => e.office === office);
    const years = held.map((e) => yearOf(e.date));
    const title = world.office(office)?.title ?? office;
    const that = held.find((e) => yearOf(e.date) === year);
    const won = WON_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index));
    // Without a kind word, "the 2018 election" may be any race: only one someone is said to have won is the story's kind.
    if (!m[2] && !won) continue;
    if (!that) {
      // Only inside the span the world file covers: before or after it, it cannot say.
      if (year < Math.min(...years) || year > Math.max(...years)) continue;
      const near = years.filter((y) => Math.abs(y - year) <= 4).join(' and ');
      out.push({
        comparison: { slot: 'date', page: m[0], record: `elections for ${title} in ${near}` },
        explanation: `No election for ${title} was held in ${year}${near ? `; they were held in ${near}` : ''}.`,
      });
      continue;
    }
    // "X won the 2016 election": the winner the world file records.
    if (!won) continue;
    const person = [...mentions]
      .reverse()
      .find(
        (p): p is Mention & { type: 'person' } =>
          p.type === 'person' && !p.negated && p.end <= m.index && m.index - p.end <= 16,
      );
    if (!person) continue;
    const ids = personIds(record.gazetteer, person.value.name);
    if (
      ids.includes(`w:${that.winner}`) ||
      ids.some(
        (id) => record.people.get(id) && record.nameOf(id) === world.person(that.winner)?.name,
      )
    )
      continue;
    const winner = world.person(that.winner)?.name ?? that.winner;
    out.push({
      comparison: { slot: 'person', page: person.value.name, record: winner },
      explanation: `${winner} won the ${year} election for ${title}, not ${person.value.name}.`,
    });
  }
  return out;
}
