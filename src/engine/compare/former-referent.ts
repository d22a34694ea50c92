/**
 * "Coming from a former LAPD chief, that carries weight.": a "former" title
 * with no name, after "from" / "by", refers back to the paragraph's speaker
 * (the one just quoted). When the world file has that speaker holding the
 * office the title names at the page's date, and on every day of their own
 * events in the story, "former" is wrong. The caller (analyze.ts) gives the
 * speaker. Nothing here knows a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { nameWords, postOf } from './person-post.ts';
import type { StoryRecord } from './story-record.ts';

/** The words right before the title: "from a former", "by the former", "coming from an ex-". */
const REFERS_BACK = /\b(?:from|by)\s+(?:a|an|the)\s+(?:former|ex-)\s*$/i;

export function formerOfSpeaker(
  sentence: string,
  speaker: string,
  record: StoryRecord,
  pageDate: string | undefined,
): SentenceComparison | null {
  const world = record.world;
  const who = record.people.get(speaker);
  if (
    !world ||
    !who ||
    !speaker.startsWith('w:') ||
    !pageDate ||
    !/^\d{4}-\d{2}-\d{2}/.test(pageDate) ||
    !/\b(?:from|by)\s+(?:a|an|the)\s+(?:former|ex-)/i.test(sentence)
  )
    return null;
  const mentions = readSentence(sentence, record.gazetteer);
  const all = mentions.flatMap((c) => c.mentions);
  // A name anywhere in the sentence may be whom the title is about.
  if (
    all.some((m) => m.type === 'person') ||
    mentions.some((c) => c.negated || c.stance !== 'asserted')
  )
    return null;
  // "from a former mayor" (the qualifier in the title) or "from a former mayor of X" (read as a title after it).
  const title = all.find((m): m is Mention & { type: 'title' } => {
    if (m.type !== 'title') return false;
    const before = sentence.slice(Math.max(0, m.start - 30), m.start);
    return m.value.qualifier === 'former'
      ? REFERS_BACK.test(before + m.text.slice(0, m.text.search(/[\s-]/) + 1))
      : !m.value.qualifier && REFERS_BACK.test(before);
  });
  const post = title ? postOf(title.text) : null;
  if (!title || !post) return null;
  const id = speaker.slice(2);
  const days = [
    pageDate.slice(0, 10),
    ...record.events
      .filter((e) => e.participants.some((p) => p.canon === speaker))
      .map((e) => e.event.date),
  ];
  for (const role of who.roles) {
    const office = role.office ? world.office(role.office) : undefined;
    if (!office) continue;
    const names = [office.title, ...(office.aliases ?? [])];
    const known = new Set([
      ...names.flatMap(nameWords),
      ...role.titleWords,
      ...nameWords(record.nameOf(`w:${office.jurisdiction}`)),
    ]);
    if (!names.some((n) => postOf(n)?.head === post.head) || !post.body.every((w) => known.has(w)))
      continue;
    if (
      !days.every((d) =>
        world.holdersOn(office.id, d).some((t) => t.person.id === id && t.status === 'in'),
      )
    )
      continue;
    const events = record.events.filter((e) => e.participants.some((p) => p.canon === speaker));
    return {
      outcome: 'discrepant',
      comparisons: [{ slot: 'role', page: title.text, record: `${who.name}, ${office.title}` }],
      explanation: `The words are ${who.name}'s, who held the post (${office.title}) then and at the page's date: not a former holder.`,
      events: events.map((e) => e.event.id),
    };
  }
  return null;
}
