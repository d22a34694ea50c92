/**
 * Parts the record gives someone beside the event itself: who had kept watch
 * before it ("was under X surveillance", "under surveillance by X", "X had
 * been watching"), who conducts the internal investigation it opened ("the
 * internal review is handled by X", "X opened an internal investigation"),
 * and from whom someone learned of it ("Y said he heard of it from X"). The
 * pack's participant roles `watched`, `investigated` and `informed` say who
 * played them; a page that gives the part to another agency, or to a named
 * party where the record names no one, is wrong. Only a body the world
 * knows (or a named body no one knows), of no kin to the recorded one, is
 * another agency; the body the recorded one belongs to, or a body of the
 * story of the same level of government, is imprecise; a unit within it, or
 * a body the record cannot place, says nothing. General English only;
 * nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import { levelOfWords } from './compare-doer.ts';
import { listNames } from './record-values.ts';
import { isStrangerAgency } from './stranger-agency.ts';
import type { StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

interface RoleCueConflict {
  status: 'conflict' | 'imprecise';
  mention: Mention;
  comparison: Comparison;
  explanation: string;
}

/** The conflicts, and the mentions found holding the part the record gives them (judged, and agreeing). */
export interface RoleCueResults {
  conflicts: RoleCueConflict[];
  agreed: Mention[];
}

type Cued = 'watched' | 'investigated' | 'informed';

/** Cheap precheck: one of the cue words, or nothing is read. */
const GATE =
  /surveil|\bwatching\b|\btracking\b|\binternal\b|\blearn(?:ed|t)\b|\bheard\b|\bfound\s+out\b/i;

/** Who held each cued part, per record (with `from` for `informed`). */
const cache = new WeakMap<StoryRecord, Map<Cued, { canon: string; from?: string }[]>>();

function recordedRoles(record: StoryRecord): Map<Cued, { canon: string; from?: string }[]> {
  let roles = cache.get(record);
  if (!roles) {
    roles = new Map();
    for (const e of record.events) {
      for (const p of e.participants) {
        if (p.role !== 'watched' && p.role !== 'investigated' && p.role !== 'informed') continue;
        const list = roles.get(p.role) ?? [];
        if (!list.some((x) => x.canon === p.canon))
          list.push({ canon: p.canon, ...(p.from ? { from: p.from } : {}) });
        roles.set(p.role, list);
      }
    }
    cache.set(record, roles);
  }
  return roles;
}

const WORDS: Record<Exclude<Cued, 'informed'>, string> = {
  watched: 'who had been watching',
  investigated: 'who conducts the internal investigation',
};

/** The agency mention that starts within `span` characters of `from` (after "agents of the", "officers from"). */
function agencyAfter(
  mentions: readonly Mention[],
  sentence: string,
  from: number,
  span = 30,
): Mention | undefined {
  const m = mentions.find(
    (x) => x.start >= from && x.start - from <= span && (x.type === 'agency' || x.type === 'title'),
  );
  if (!m) return undefined;
  // Only people of a body, articles and a preposition between ("by agents of the X", "by the X").
  return /^\s*(?:(?:the|a|an)\s+)?(?:(?:agents?|officers?|investigators?|detectives?|deputies|troopers?|personnel|staff|lawyers?)\s+(?:of|from|with)\s+(?:the\s+)?)?$/i.test(
    sentence.slice(from, m.start),
  )
    ? m
    : undefined;
}

/** Who the words give the watching, or the internal investigation, in one clause; null when none is named. */
function agencyInRole(
  role: Exclude<Cued, 'informed'>,
  text: string,
  at: number,
  mentions: readonly Mention[],
  sentence: string,
): Mention | null {
  if (role === 'watched') {
    // "under X surveillance", "under the X's watch"
    const under = /\bunder\s+(?:the\s+)?$/i;
    for (const m of mentions) {
      if (m.type !== 'agency') continue;
      const after = sentence.slice(m.end, m.end + 20);
      if (
        under.test(sentence.slice(Math.max(0, m.start - 12), m.start)) &&
        /^(?:['\u2019]s)?\s+surveillance\b/i.test(after)
      )
        return m;
    }
    // "under surveillance by X", "surveillance by X"
    const by = /\bsurveillance\s+by\s+/i.exec(text);
    if (by) return agencyAfter(mentions, sentence, at + by.index + by[0].length) ?? null;
    // "X (agents) had been watching / surveilling / tracking": before the event, not at it ("were monitoring the rally").
    const verb = /\bhad\s+been\s+(?:watching|surveilling|tracking)\b/i.exec(text);
    if (verb) {
      const start = at + verb.index;
      const m = [...mentions].reverse().find((x) => x.type === 'agency' && x.end <= start);
      if (
        m &&
        /^(?:['\u2019]s)?\s*(?:(?:agents?|officers?|investigators?)\s*)?$/i.test(
          sentence.slice(m.end, start),
        )
      )
        return m;
    }
    return null;
  }
  // "the internal investigation (of …) is being handled by X", "an internal review conducted by X"
  const noun = /\binternal\s+(?:affairs\s+)?(?:investigation|review|probe|inquiry)\b/i.exec(text);
  if (!noun) return null;
  const after = text.slice(noun.index + noun[0].length);
  // "into its own agents", "of their officers": a body looking into its own people, another investigation.
  if (/^\s*(?:of|into)\s+(?:its|their)\b/i.test(after)) return null;
  const by =
    /^[^.;]{0,60}?\b(?:handled|conducted|led|run|carried\s+out|opened|launched|overseen)\s+by\s+/i.exec(
      after,
    );
  if (by)
    return agencyAfter(mentions, sentence, at + noun.index + noun[0].length + by[0].length) ?? null;
  // "X opened / launched / began / is conducting an internal investigation", "X's internal investigation"
  const start = at + noun.index;
  const m = [...mentions]
    .reverse()
    .find((x) => x.type === 'agency' && x.end <= start && start - x.end <= 60);
  if (!m) return null;
  const between = sentence.slice(m.end, start);
  if (/^['\u2019]s\s+(?:own\s+)?$/i.test(between)) return m;
  if (
    /^\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+)?(?:opened|launched|began|begun|started|opening|launching|conducting|running|handling|leading)\s+(?:an?|its|the|their)\s+(?:own\s+)?$/i.test(
      between,
    )
  )
    return m;
  return null;
}

/** Levels of government of the recorded agencies, when the world gives each one. */
function levels(record: StoryRecord, canons: readonly string[]): string[] | null {
  const out = canons.map((c) =>
    c.startsWith('w:') ? record.world?.agency(c.slice(2))?.level : undefined,
  );
  return out.every((l) => l !== undefined) ? (out as string[]) : null;
}

/** A page's agency (or an official's office: "the state attorney general's office") against the recorded holders of the part. */
type AgencyVerdict = 'conflict' | 'agrees' | 'larger' | 'story-body' | null;

function compareAgency(
  record: StoryRecord,
  sentence: string,
  m: Mention,
  inRole: readonly string[],
): AgencyVerdict {
  const recorded = levels(record, inRole);
  if (m.type === 'title') {
    // An office by its holder's title: only its level of government can be compared.
    if (!/^['\u2019]s\s+office\b/i.test(sentence.slice(m.end, m.end + 12))) return null;
    const level = levelOfWords(m.text);
    return level && recorded && !recorded.includes(level) ? 'conflict' : null;
  }
  if (m.type !== 'agency') return null;
  const page = record.gazetteer
    .lookup(m.value.name)
    .filter((g) => g.kind === 'agency')
    .map((g) => g.id);
  if (!page.length) {
    // A body named by its kind ("state police", "The state police", "State police" opening the sentence).
    const generic =
      /^\p{Ll}/u.test(m.text) ||
      /^the\s/i.test(m.text) ||
      (/^[\s\W]*$/.test(sentence.slice(0, m.start)) && /^\p{L}[\p{Ll}\s'\u2019-]*$/u.test(m.text));
    const level = generic ? levelOfWords(m.value.name) : undefined;
    if (level) return recorded && !recorded.includes(level) ? 'conflict' : null;
    return isStrangerAgency(record, m.value.name) ? 'conflict' : null;
  }
  if (page.some((c) => inRole.includes(c))) return 'agrees';
  // One the recorded body belongs to: right, but less precise. A unit within it: more precise than the record can confirm.
  if (page.some((c) => inRole.some((r) => record.ancestors(r).has(c)))) return 'larger';
  if (page.some((c) => inRole.some((r) => record.ancestors(c).has(r)))) return null;
  // A body of the story (or one above it) of the same level of government: loosely told; another level is another body.
  const own = levels(record, page);
  if (
    page.some(
      (c) =>
        record.storyCanons.has(c) ||
        [...record.storyCanons].some((s) => record.ancestors(s).has(c)),
    )
  ) {
    return own && recorded && own.every((l) => !recorded.includes(l)) ? 'conflict' : 'story-body';
  }
  return 'conflict';
}

/** Words for learning of something, and "from" after them: the source's mention follows. */
const LEARNED =
  /\b(?:first\s+)?(?:learned|learnt|heard|found\s+out)\s+(?:of|about)\s+(it|this|that|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:\w+\s+){0,2}?from\s+/iu;

/** What was learned of: a pronoun, a word for an incident, or a word of the story's first event ("the stop"). */
const INCIDENT =
  /^(?:it|this|that|the\s+(?:incident|episode|encounter|matter|situation|arrests?|detentions?))$/i;

function ofFirstEvent(record: StoryRecord, object: string): boolean {
  if (INCIDENT.test(object)) return true;
  const first = [...record.central].sort((a, b) => a.event.date.localeCompare(b.event.date))[0];
  const noun = object.replace(/^the\s+/i, '').toLowerCase();
  return !!first && first.words.some((w) => w === noun || noun.endsWith(` ${w}`));
}

/** Titles of ordinary people, not officials: a source so named may be the record's unnamed one. */
const PUBLIC =
  /\b(?:resident|residents|neighbou?rs?|constituents?|caller|member|members|citizens?|activists?|advocates?|witness|witnesses|friends?|relatives?|parents?)\b/i;

/** Whom the page says the recipient learned of it from, against the record's unnamed source. */
function informedConflict(
  record: StoryRecord,
  sentence: string,
  text: string,
  at: number,
  mentions: readonly Mention[],
  held: readonly { canon: string; from?: string }[],
): RoleCueConflict | null {
  const cue = LEARNED.exec(text);
  if (!cue || !ofFirstEvent(record, cue[1] as string)) return null;
  const cueAt = at + cue.index;
  const from = at + cue.index + cue[0].length;
  // The one who learned: the last person named before the cue ("X said he learned …"), a recorded recipient.
  const recipient = [...mentions].reverse().find((m) => m.type === 'person' && m.end <= cueAt);
  if (!recipient || recipient.type !== 'person') return null;
  const ids = personIds(record.gazetteer, recipient.value.name);
  const entry = held.find((h) => ids.includes(h.canon));
  if (!entry?.from) return null;
  // Another person named between them is whom the cue is about: leave it.
  if (
    mentions.some(
      (m) => m.type === 'person' && m !== recipient && m.start > recipient.end && m.end <= cueAt,
    )
  )
    return null;
  const source = mentions.find(
    (m) =>
      m.start >= from &&
      m.start - from <= 30 &&
      (m.type === 'person' || m.type === 'agency' || m.type === 'title' || m.type === 'place'),
  );
  if (!source) return null;
  const gap = sentence.slice(from, source.start);
  if (!/^\s*(?:(?:a|an|the|one|two|several|some)\s+)?$/i.test(gap)) return null;
  // The source's words, to a clause break: a named person, an agency, an official's title ("a County sheriff's deputy").
  const phrase = sentence
    .slice(source.start, Math.min(sentence.length, source.end + 30))
    .split(/[,;.]|\s+(?:who|that|and|before|after|on|when)\s+/i)[0] as string;
  if (PUBLIC.test(phrase)) return null;
  const named =
    source.type === 'person'
      ? record.gazetteer.lookup(source.value.name).some((g) => g.kind === 'person') ||
        /\s/.test(source.value.name.trim())
      : source.type === 'agency' ||
        source.type === 'title' ||
        (source.type === 'place' &&
          /^\s*(?:['\u2019]s\s+)?(?:sheriff|police|deput|trooper|officer|agent)/i.test(
            sentence.slice(source.end, source.end + 20),
          ));
  if (!named) return null;
  const who = record.nameOf(entry.canon);
  const page = `${gap.trim() ? `${gap.trim()} ` : ''}${phrase.trim()}`;
  return {
    status: 'conflict',
    mention: source,
    comparison: { slot: 'person', page, record: entry.from },
    explanation: `The record has ${who} learning of it from ${entry.from}, not from ${page}.`,
  };
}

/**
 * Conflicts over who watched, who investigates and whom someone learned of it
 * from, in the sentence's asserted clauses (quoted words blanked).
 */
export function recordedRoleResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): RoleCueResults {
  const none: RoleCueResults = { conflicts: [], agreed: [] };
  if (!GATE.test(sentence)) return none;
  const roles = recordedRoles(record);
  if (!roles.size) return none;
  const out: RoleCueConflict[] = [];
  const agreed: Mention[] = [];
  for (const clause of clauses) {
    if (clause.negated) continue;
    const text = sentence.slice(clause.start, clause.end);
    const mentions = clause.mentions.filter((m) => !m.negated);
    for (const role of ['watched', 'investigated'] as const) {
      const held = roles.get(role);
      if (!held?.length) continue;
      const m = agencyInRole(role, text, clause.start, mentions, sentence);
      if (!m || /\b(?:not|never|no\s+longer)\b|n['\u2019]t\b/i.test(text)) continue;
      const inRole = held.map((h) => h.canon);
      const status = compareAgency(record, sentence, m, inRole);
      if (status === 'agrees') agreed.push(m);
      if (status === null || status === 'agrees') continue;
      const names = listNames(inRole.map(record.nameOf));
      const page = m.type === 'title' ? `${m.text}'s office` : m.text;
      const said = `The record names ${names} as ${WORDS[role]}`;
      const explanation =
        status === 'conflict'
          ? `${said}, not ${page}.`
          : status === 'larger'
            ? `${said}; ${page} is the larger body it belongs to, which is imprecise.`
            : `${said}; ${page} is another body of the story, which is imprecise.`;
      out.push({
        status: status === 'conflict' ? 'conflict' : 'imprecise',
        mention: m,
        comparison: { slot: 'agency', page, record: names },
        explanation,
      });
    }
    const held = roles.get('informed');
    if (held?.length && !/\b(?:not|never)\b|n['\u2019]t\b/i.test(text)) {
      const c = informedConflict(record, sentence, text, clause.start, mentions, held);
      if (c) out.push(c);
    }
  }
  return { conflicts: out, agreed };
}
