/**
 * A uniformed rank before a person of the story ("Lt. Jeff Roe", "Sergeant Ann Poe"; not "officer", which is also a
 * job: "Sheriff's officer Jeff Roe") against the rank the record gives
 * them (their roles' titles, or the free-text role: "Captain and spokesman, <county> Sheriff's Department"). A lower
 * rank than the record's is wrong: people are seldom demoted. A higher one may be a promotion after the story's time
 * (a page written later), so it is unconfirmed. Only when the record gives the person a rank; a qualifier before the
 * title ("former", "then-", "retired") leaves it alone. General knowledge of ranks; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Ranks of police and sheriff's departments, low to high, by their folded words and abbreviations. */
const RANKS: { name: string; level: number; words: RegExp }[] = [
  { name: 'detective', level: 2, words: /^(?:detective|det)$/ },
  { name: 'corporal', level: 2, words: /^(?:corporal|cpl)$/ },
  { name: 'sergeant', level: 3, words: /^(?:sergeant|sgt)$/ },
  { name: 'lieutenant', level: 4, words: /^(?:lieutenant|lt)$/ },
  { name: 'captain', level: 5, words: /^(?:captain|capt|cpt)$/ },
  { name: 'commander', level: 6, words: /^(?:commander|cmdr)$/ },
  { name: 'major', level: 7, words: /^(?:major|maj)$/ },
  { name: 'colonel', level: 8, words: /^(?:colonel|col)$/ },
];

/** "a captain", "an officer". */
const withArticle = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

const rankOf = (word: string) => {
  const w = foldText(word).replace(/\./g, '').trim();
  return RANKS.find((r) => r.words.test(w));
};

/** The rank the record gives a person: the first rank word of their roles' titles, else of their free-text role. */
function recordedRank(record: StoryRecord, canon: string) {
  const person = record.people.get(canon);
  if (!person) return undefined;
  const texts = [...person.roles.map((r) => r.title), ...(person.role ? [person.role] : [])];
  for (const t of texts) {
    for (const w of t.split(/[\s,;()]+/)) {
      const rank = rankOf(w);
      if (rank) return rank;
    }
  }
  return undefined;
}

export interface RankResult {
  status: 'conflict' | 'unconfirmed';
  comparison: Comparison;
  explanation: string;
  mention: Mention;
  /** The events the person takes part in. */
  events: IndexedEvent[];
}

export function rankTitleResults(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
): RankResult[] {
  const out: RankResult[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' || m.negated) continue;
    // The title right before the name ("Lt. Jeff Roe"), and no qualifier before it.
    const title = mentions.find(
      (t) =>
        t.type === 'title' && t.end <= m.start && /^\s{0,2}$/.test(sentence.slice(t.end, m.start)),
    );
    if (!title) continue;
    const page = rankOf(title.text);
    if (
      !page ||
      /\b(?:former|ex|then|retired|onetime|one-time|later|now)[\s-]*$/i.test(
        sentence.slice(Math.max(0, title.start - 12), title.start),
      )
    )
      continue;
    const canon = record.gazetteer.lookup(m.value.name).find((g) => record.people.has(g.id))?.id;
    const rank = canon ? recordedRank(record, canon) : undefined;
    if (!canon || !rank || rank.name === page.name) continue;
    const name = record.nameOf(canon);
    const lower = page.level < rank.level;
    out.push({
      status: lower ? 'conflict' : 'unconfirmed',
      comparison: {
        slot: 'role',
        page: `${title.text} ${m.text}`,
        record: `${name}, ${rank.name}`,
      },
      explanation: lower
        ? `The record has ${name} as ${withArticle(rank.name)}, not ${withArticle(page.name)} (${title.text}).`
        : `The record has ${name} as ${withArticle(rank.name)} at the time; ${withArticle(page.name)} (${title.text}) may be a later rank.`,
      mention: m,
      events: record.events.filter((e) => e.participants.some((p) => p.canon === canon)),
    });
  }
  return out;
}
