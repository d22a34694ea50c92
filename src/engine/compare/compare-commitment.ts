/**
 * A commitment the page gives a recorded actor ("the LAPD would start
 * checking immigration status", "Tucson police will stop working with federal
 * agencies") against what the record says that actor committed to (an
 * event's `commitments` in the pack): the opposite, at a time the record
 * covers, is a conflict; the same is agreement. The actor is whoever the
 * sentence names before the commitment (or credits after it: "…, Beck said");
 * when it also names someone the record holds no such commitment for
 * ("Trump", "Homeland Security"), who is committed is not certain and
 * nothing is said. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { speaksOfEnforcement } from '../read/enforcement-acts.ts';
import { listNames, showDate } from './record-values.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { carriedHolders, sentenceBefore, turnedInPart } from './stance-turned.ts';
import { startAgainstNever } from './start-helping.ts';
import { commitmentHolders } from './per-record.ts';

export interface CommitmentResult {
  mention: Mention & { type: 'commitment' };
  /** Null when the page agrees with the record. */
  conflict: { comparison: Comparison; explanation: string } | null;
  /** The holders' recorded commitments are of other kinds only: the page's (often broader) claim is not the record's. */
  unconfirmed?: { comparison: Comparison; explanation: string };
  /** The events of the recorded commitments the page is judged against. */
  events?: StoryRecord['events'];
}

/** "…, Beck said" / "…, the department said in a statement": a credit after the commitment names who made it. */
const TRAILING_CREDIT =
  /^[^,;]*?[,;]\s*(?:[^,;]{0,60}?)\b(said|says|told|stated|added|explained|announced|insisted|wrote)\b/i;

/** A verb right after the commitment's words: they are the subject of a clause ("… would seriously compromise"). */
const SUBJECT_OF =
  /^\s*[\u201C\u201D"']?\s*(?:would|could|will|might|may|can|is|was|are|were|has|have|had)\b/i;

const TIMES: Record<'past' | 'present' | 'future', readonly string[]> = {
  past: ['past'],
  present: ['present', 'future'],
  future: ['future'],
};

/** "Tucson police", "Denver cops": a city's police named by the city. */
const CITY_POLICE = /^(.+?)\s+(?:police|cops|officers)$/i;

/** The story's police department of the place named in "<Place> police", if the world file places one there. */
function cityPolice(record: StoryRecord, name: string): string[] {
  const world = record.world;
  const prefix = CITY_POLICE.exec(name)?.[1];
  if (!world || !prefix) return [];
  const places = new Set(
    record.gazetteer
      .lookup(prefix)
      .filter((g) => g.kind === 'place' && g.id.startsWith('w:'))
      .map((g) => g.id.slice(2)),
  );
  return [...record.storyCanons].filter((c) => {
    const agency = c.startsWith('w:') ? world.agency(c.slice(2)) : undefined;
    return (
      agency?.place !== undefined && places.has(agency.place) && /\bpolice\b/i.test(agency.name)
    );
  });
}

/** The page's words for the commitment; "collaboration with federal" reads whole with what follows ("… authorities"). */
function pageWords(sentence: string, m: Mention & { type: 'commitment' }): string {
  if (m.value.wordsEnd !== undefined) return sentence.slice(m.value.lead, m.value.wordsEnd).trim();
  const tail = /federal$/i.test(m.text)
    ? (/^(?:\s+[\p{L}-]+){1,3}?(?=[\s,.;:]|$)/u.exec(sentence.slice(m.end))?.[0] ?? '')
    : '';
  return sentence.slice(m.value.lead, m.end + tail.length).trim();
}

/**
 * "The mayor said …" with no name: the one person among the record's commitment holders who holds that title, if
 * exactly one does (two chiefs are no one).
 */
function titleHolder(record: StoryRecord, title: string): string | undefined {
  const holders = commitmentHolders(record);
  const fits = [...holders].filter((h) =>
    record.people.get(h)?.roles.some((r) => r.title.toLowerCase() === title),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** "the Denver department", "the department of Denver": the one story agency placed in that city, when the world has exactly one. */
function placeDepartment(record: StoryRecord, sentence: string, m: Mention): string[] {
  // "the Denver department", "Denver's police", "Denver's department" (not "Denver's department of …").
  const after =
    /^\s+(?:police\s+)?department\b|^['\u2019]s\s+(?:police(?:\s+(?:department|force))?|cops|department|force)\b(?!\s+of\b)/i.test(
      sentence.slice(m.end),
    ) ||
    // Also the city as the speaker of its police ("Denver says it has …"; not "the sheriff's department of Denver said"), when the story has one agency there.
    // A stance verb after it may follow an aside in commas ("Tucson, by contrast, signaled it would …").
    (/^(?:\s*,[^,;]{1,30},)?\s+(?:says|said|stated|added|adds|insists|insisted|maintains|maintained|signal(?:s|ed|led)|indicated|indicates|announced|announces|pledged|pledges|vowed|vows|promised|promises|declared|declares|made\s+(?:it\s+)?clear)\b/i.test(
      sentence.slice(m.end),
    ) &&
      !/\b(?:of|in|from|for|at|near|outside|by|to)\s+$/i.test(sentence.slice(0, m.start))) ||
    // The city as the subject of what a speaker said it would do ("he said Tucson would stop …").
    (/^\s+(?:would|will)\b/i.test(sentence.slice(m.end)) &&
      /\b(?:said|says|stated|added|announced|insisted|claimed)\s+(?:that\s+)?$/i.test(
        sentence.slice(0, m.start),
      ));
  // "the (police) department of Denver", "the police of Denver"; never "the sheriff's department of Denver".
  const before =
    /(?:^|[^\p{L}'’]the\s+|^the\s+)(?:police\s+)?(?:department|police)\s+of\s+(?:the\s+city\s+of\s+)?$/iu.test(
      sentence.slice(Math.max(0, m.start - 40), m.start),
    );
  // "Tucson officers would …", "Denver's cops will …": the city's police officers' stance, so only a police agency there
  // (not "Rochester officers helped …": an act told, not a stance).
  const officers =
    /^(?:['\u2019]s)?\s+(?:police\s+)?(?:officers|cops)\s+(?:would|will|won['\u2019]t|wouldn['\u2019]t|(?:are|were)\s+(?:not\s+)?going\s+to)\b/i.test(
      sentence.slice(m.end),
    );
  const world = record.world;
  if ((!after && !before && !officers) || !world) return [];
  const places = new Set(
    record.gazetteer
      .lookup(m.text)
      .filter((g) => g.kind === 'place' && g.id.startsWith('w:'))
      .map((g) => g.id.slice(2)),
  );
  const there = [...record.storyCanons].filter((c) => {
    const agency = c.startsWith('w:') ? world.agency(c.slice(2)) : undefined;
    return (
      agency?.place !== undefined &&
      places.has(agency.place) &&
      (!officers || after || before || /\bpolice\b/i.test(agency.name))
    );
  });
  return there.length === 1 ? there : [];
}

/** "New York City officials", "Chicago's leaders": the body the record seats in that city (an organisation `within` it), when it holds a commitment. */
const OFFICIALS_BEFORE = /\b(?:city\s+)?(?:officials|leaders|authorities)\s+(?:in|of|from)\s+$/i;
const OFFICIALS_AFTER =
  /^(?:['\u2019]s)?\s+(?:city\s+)?(?:officials|leaders|leadership|brass|authorities|government|administration)\b/i;

function placeOfficials(record: StoryRecord, sentence: string, m: Mention): string[] {
  if (
    !OFFICIALS_AFTER.test(sentence.slice(m.end)) &&
    !OFFICIALS_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))
  )
    return [];
  const holders = commitmentHolders(record);
  const named = record.gazetteer.lookup(m.text);
  // "New York officials" may be the state's.
  if (named.some((g) => g.kind === 'state')) return [];
  const places = new Set(named.filter((g) => g.kind === 'place').map((g) => g.id));
  // The city's own body: an organisation the record seats there (`within`) that holds a commitment.
  return [
    ...new Set(
      (record.seats ?? [])
        .filter((s) => places.has(s.seat))
        .flatMap((s) => [...holders].filter((h) => record.nameOf(h) === s.name)),
    ),
  ];
}

export function who(
  record: StoryRecord,
  mentions: readonly Mention[],
  sentence?: string,
): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'title' && !m.negated) {
      const holder = titleHolder(record, m.value.title);
      if (holder !== undefined) out.add(holder);
      continue;
    }
    if (m.type === 'place' && !m.negated && sentence !== undefined) {
      for (const c of placeDepartment(record, sentence, m)) out.add(c);
      for (const c of placeOfficials(record, sentence, m)) out.add(c);
      continue;
    }
    if (m.negated || (m.type !== 'person' && m.type !== 'agency')) continue;
    const known = record.gazetteer
      .lookup(m.value.name)
      .filter((g) => g.kind === 'person' || g.kind === 'agency');
    for (const g of known) out.add(g.id);
    if (!known.length && m.type === 'agency')
      for (const c of cityPolice(record, m.value.name)) out.add(c);
  }
  return out;
}

/**
 * "will start / begin checking immigration status" given to holders whose record says their immigration
 * enforcement policies are not changing (a `policy-change` commitment they do not make, at a time the start falls in):
 * starting an enforcement act is a change.
 */
type Held = {
  c: StoryRecord['events'][number]['commitments'][number];
  e: StoryRecord['events'][number];
};

function startAgainstNoChange(
  m: Mention & { type: 'commitment' },
  theirs: Held[],
  named: Set<string>,
) {
  if (
    m.value.action !== 'immigration-enforcement' ||
    !m.value.starts ||
    !m.value.does ||
    m.value.time !== 'future'
  )
    return undefined;
  const held = theirs.filter(
    ({ c }) =>
      c.action === 'policy-change' &&
      [...named].every((n) => c.holders.has(n)) &&
      c.times.has('future'),
  );
  return held.length && held.every(({ c }) => !c.does) ? held[0] : undefined;
}

/** A conflict ("…; <how>: “<page>”.") or an unconfirmed result ("…; <how> “<page>”.") against one recorded commitment. */
function stanceResult(
  record: StoryRecord,
  m: Mention & { type: 'commitment' },
  page: string,
  { c, e }: { c: Held['c']; e: Held['e'] },
  conflict: boolean,
  how: string,
): CommitmentResult {
  const said = `${c.statement} (${showDate(e.event.date)})`;
  const r = {
    comparison: { slot: 'stance', page, record: said },
    explanation: `The record has ${[...c.holders].map((h) => record.nameOf(h)).join(' and ')} saying they ${said}; ${conflict ? `${how}:` : how} \u201C${page}\u201D.`,
  };
  return conflict
    ? { mention: m, conflict: r, events: [e] }
    : { mention: m, conflict: null, unconfirmed: r, events: [e] };
}

/** Each commitment in the sentence's asserted clauses the record can judge, with its conflict if any. */
export function commitmentResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageText?: string,
): CommitmentResult[] {
  const all = clauses.flatMap((c) => c.mentions);
  const out: CommitmentResult[] = [];
  for (const m of all) {
    if (m.type !== 'commitment' || m.negated) continue;
    // "has participated in these efforts": enforcement only when the sentence before speaks of it.
    if (m.value.anaphoric && !speaksOfEnforcement(sentenceBefore(pageText, sentence))) continue;
    const after = m.value.wordsEnd ?? m.end;
    const credited = TRAILING_CREDIT.test(sentence.slice(after));
    // Not a body the act is done with or for ("would not team up with the FBI on deportations"): the object, no holder.
    const partner = (n: Mention) =>
      n.start >= m.value.lead &&
      /\b(?:with|alongside|beside|for|to)\s+(?:the\s+)?$/i.test(
        sentence.slice(m.value.lead, n.start),
      );
    let named = who(
      record,
      all.filter((n) => (n.end <= m.start && !partner(n)) || (credited && n.start >= after)),
      sentence,
    );
    // "He also said …", "The department said it …": the holder the sentence before names (stance-turned.ts).
    // The sentence's first act gives the subject ("it had not … but would begin …": the second act shares it).
    const firstLead = Math.min(
      ...all.flatMap((x) => (x.type === 'commitment' ? [x.value.lead] : [])),
    );
    if (!named.size)
      named = carriedHolders(sentence, pageText, record, (ms, s) => who(record, ms, s), firstLead);
    if (!named.size) continue;
    const theirs = record.events.flatMap((e) =>
      e.commitments.filter((c) => [...named].some((n) => c.holders.has(n))).map((c) => ({ c, e })),
    );
    const recorded = theirs.filter(({ c }) => c.action === m.value.action);
    if (!recorded.length) {
      // "would start checking immigration status" against "are not changing their immigration enforcement policies".
      const change = startAgainstNoChange(m, theirs, named);
      if (change) {
        const narrow = m.value.scope === 'narrow';
        out.push(
          stanceResult(
            record,
            m,
            pageWords(sentence, m),
            change,
            !narrow,
            narrow ? 'it does not say' : 'the page has them start something new',
          ),
        );
        continue;
      }
      // "would begin assisting federal agents" told of immigration enforcement, against "will not be involved in the future" (start-helping.ts).
      const never = startAgainstNever(
        m,
        theirs,
        named,
        speaksOfEnforcement(`${sentenceBefore(pageText, sentence)} ${sentence}`),
      );
      if (never) {
        out.push(
          stanceResult(
            record,
            m,
            pageWords(sentence, m),
            never,
            true,
            'the page has them start helping',
          ),
        );
        continue;
      }
      // A composed act the holders' record has no commitment of its kind for (a narrated event, another story's act): nothing.
      if (m.value.composed) continue;
      // The record says what these holders committed to, and it is another thing ("will not work with Homeland Security on
      // deportations" told as "won't cooperate with federal agencies"): not confirmed, never agreement.
      const other = theirs.filter(({ c }) => [...named].every((n) => c.holders.has(n)));
      // "warned that taking on more immigration duties would compromise trust": the subject of what would follow, not a commitment.
      if (other.length && !SUBJECT_OF.test(sentence.slice(after, after + 30))) {
        const page = pageWords(sentence, m);
        const said = listNames(
          other.map(({ c, e }) => `${c.statement} (${showDate(e.event.date)})`),
        );
        out.push({
          mention: m,
          conflict: null,
          unconfirmed: {
            comparison: { slot: 'stance', page, record: said },
            explanation: `The record has ${[...other[0]!.c.holders].map((h) => record.nameOf(h)).join(' and ')} saying they ${said}; it does not say \u201C${page}\u201D.`,
          },
          events: [...new Set(other.map(({ e }) => e))],
        });
      }
      continue;
    }
    // Someone named who holds none of these commitments may be the one the page commits: not certain.
    if ([...named].some((n) => !recorded.some(({ c }) => c.holders.has(n)))) continue;
    const times = TIMES[m.value.time];
    const fitting = recorded.filter(({ c }) => times.some((t) => c.times.has(t)));
    if (!fitting.length || fitting.some(({ c }) => c.does !== fitting[0]!.c.does)) continue;
    const { c, e } = fitting[0]!;
    const page = pageWords(sentence, m);
    // A scope the record does not state: never agreement; a conflict only when it stretches what the record rules out.
    const scoped =
      m.value.scope !== undefined &&
      (c.does === m.value.does || m.value.scope === 'narrow' || !m.value.does);
    if (scoped) {
      // The record states it with no limit: the opposite for only some cases is still the opposite (stance-turned.ts).
      if (turnedInPart(c, m, page)) {
        out.push(
          stanceResult(
            record,
            m,
            page,
            { c, e },
            true,
            'the page has them do the opposite, if only in some cases',
          ),
        );
        continue;
      }
      out.push(
        stanceResult(
          record,
          m,
          page,
          { c, e },
          false,
          'it states no such limit or reach and does not say',
        ),
      );
      continue;
    }
    if (c.does === m.value.does) {
      out.push({ mention: m, conflict: null });
      continue;
    }
    out.push(stanceResult(record, m, page, { c, e }, true, 'the page says the opposite'));
  }
  return out;
}
