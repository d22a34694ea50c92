/**
 * Who took the lead and who stood back, as a speaker told it, turned round: the record has the chief saying the
 * federal agents stood back while his officers took the lead (an event's `leads`, pack 0.7.6); the page has him say
 * the Border Patrol agents took the lead. Only words credited to a recorded teller (named before the verb of saying,
 * or carried from the sentence before): what others said, or the page's own account, the record does not settle.
 * An agency (or city police) right before a phrase of leading ("took the lead", "were in charge") or of standing back
 * ("stood back", "looked on") is compared with the teller's roles. Nothing here knows a story.
 */
import { lexicon } from '../read/lexicon.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import { who } from './compare-commitment.ts';
import { listNames, showDate } from './record-values.ts';
import type { Comparison } from './value-result.ts';
import { creditedTeller } from './stance-turned.ts';
import type { StoryRecord } from './story-record.ts';
import { isStrangerAgency } from './stranger-agency.ts';

/** Right after the agency (its noun "agents" / "officers" may stand between): leading, or standing back. */
const LEAD =
  /^\s*(?:agents|officers|officials|personnel|cops|police|deputies|troopers)?\s*(?:had\s+|have\s+|were\s+|was\s+|actually\s+|clearly\s+)*(?:took|take|taking|takes)\s+(?:the\s+)?(?:lead|charge|control)\b|^\s*(?:agents|officers|officials|personnel|cops|police|deputies|troopers)?\s*(?:were|was|had\s+been)\s+(?:the\s+ones\s+)?(?:in\s+charge|in\s+control|leading|taking\s+the\s+lead|out\s+front)\b|^\s*(?:agents|officers|officials|personnel|cops|police|deputies|troopers)?\s*led\s+(?:the\s+)?(?:way|stop|operation|encounter|arrests?|response|removal)\b/i;
const BACK =
  /^\s*(?:agents|officers|officials|personnel|cops|police|deputies|troopers)?\s*(?:had\s+|have\s+|were\s+|was\s+|actually\s+|merely\s+|only\s+|just\s+)*(?:stood|stand|standing|stands|hung|hang|hanging|held|stayed|stay|stays|staying|kept)\s+(?:back|by|aside|in\s+the\s+background|their\s+distance)\b|^\s*(?:agents|officers|officials|personnel|cops|police|deputies|troopers)?\s*(?:were\s+|was\s+|had\s+)*(?:looked|looking|looks)\s+on\b|^\s*(?:agents|officers|officials|personnel|cops|police|deputies|troopers)?\s*(?:took|take|taking)\s+a\s+back\s*seat\b/i;

/** Cheap first: a phrase of leading or standing back anywhere in the sentence. */
const ANY_ROLE =
  /(?:took|take|taking|takes)\s+(?:the\s+)?(?:lead|charge|control)|\bin\s+(?:charge|control)|\bleading\b|\bout\s+front|\bled\s+(?:the\s+)?(?:way|stop|operation|encounter|arrests?|response|removal)|(?:stood|stand|standing|stands|hung|hang|hanging|held|stayed|stay|stays|staying|kept)\s+(?:back|by|aside|in\s+the\s+background|their\s+distance)|\blook(?:ed|ing|s)?\s+on\b|back\s*seat/i;

/** Words before the role that deny or doubt it ("did not take the lead", "may have"). */
const DOUBT = /\b(?:not|never|n't|no|may|might|could|would|whether|if)\b/i;

export interface LeadResult {
  conflict: { comparison: Comparison; explanation: string };
  /** Set when the body is only the larger one a recorded body belongs to: imprecise, not a conflict. */
  imprecise?: true;
  /** The event whose recorded roles the page turns round. */
  events?: StoryRecord['events'];
}

export function leadResults(
  sentence: string,
  record: StoryRecord,
  pageText?: string,
): LeadResult[] {
  const leads = record.events.flatMap((e) => (e.leads ?? []).map((l) => ({ l, e })));
  if (!leads.length || sentence.trimEnd().endsWith('?') || !ANY_ROLE.test(sentence)) return [];
  // "The chief said …": a bare title is the one teller of the record's leads who holds it, when who() finds no one.
  const tellerOf = (ms: readonly Mention[], s: string) => {
    const found = who(record, ms, s);
    if (found.size) return found;
    const titles = ms
      .filter((m): m is Mention & { type: 'title' } => m.type === 'title' && !m.negated)
      .map((m) => m.value);
    const holds = (r: { title: string; office?: string }, t: { title: string; id?: string }) =>
      r.title.toLowerCase() === t.title.toLowerCase() ||
      (t.id !== undefined && r.office !== undefined && t.id === `w:${r.office}`);
    const fits = [...new Set(leads.flatMap(({ l }) => [...l.holders]))].filter((h) =>
      record.people.get(h)?.roles.some((r) => titles.some((t) => holds(r, t))),
    );
    return new Set(fits.length === 1 ? fits : []);
  };
  const credit = creditedTeller(sentence, record, pageText, tellerOf);
  if (!credit) return [];
  const { tellers, from, tokens } = credit;
  const sayEnd = tokens[from - 1]!.end;
  for (let k = 0; k < from; k++) if (lexicon.commitmentBlockers.matchAt(tokens, k)) return [];
  const mentions = readSentence(sentence, record.gazetteer).flatMap((c) => c.mentions);
  const told = leads.filter(
    ({ l }) => tellers.size > 0 && [...tellers].every((t) => l.holders.has(t)),
  );
  if (!told.length) return [];
  const out: LeadResult[] = [];
  for (const m of mentions) {
    if (m.start < sayEnd || m.negated || (m.type !== 'agency' && m.type !== 'place')) continue;
    const rest = sentence.slice(m.end);
    const role = LEAD.exec(rest) ? 'led' : BACK.exec(rest) ? 'stoodBack' : null;
    if (!role) continue;
    if (
      DOUBT.test(sentence.slice(sayEnd, m.start)) ||
      DOUBT.test((LEAD.exec(rest) ?? BACK.exec(rest))![0])
    )
      continue;
    const canons = who(record, [m as Mention], sentence);
    const other = role === 'led' ? 'stoodBack' : 'led';
    const hit = canons.size
      ? told.find(({ l }) => [...canons].every((c) => l[other].has(c)))
      : undefined;
    if (!hit) {
      // Another body in the role the teller gave recorded ones ("the State Police agents stood back"): another agency.
      const swapped =
        m.type === 'agency' ? otherBody(record, told, role, [...canons], m.value.name) : null;
      if (swapped) out.push(swapped(sentence.slice(m.start, m.end)));
      continue;
    }
    const page = sentence
      .slice(m.start, m.end + (LEAD.exec(rest) ?? BACK.exec(rest))![0].length)
      .trim();
    const said = `${hit.l.statement} (${showDate(hit.e.event.date)})`;
    out.push({
      conflict: {
        comparison: { slot: 'stance', page, record: said },
        explanation: `The record: ${said}; the page has the roles the other way round: \u201C${page}\u201D.`,
      },
      events: [hit.e],
    });
  }
  return out;
}

type Told = {
  l: NonNullable<StoryRecord['events'][number]['leads']>[number];
  e: StoryRecord['events'][number];
};

/**
 * A body in a role the teller gave only recorded bodies: one the world knows that is none of them (nor above or within
 * one), or a named stranger ("Onondaga County Sheriff's Office"), is another agency; the body one of them belongs to is
 * imprecise. Null when the body is one of them or may be.
 */
function otherBody(
  record: StoryRecord,
  told: readonly Told[],
  role: 'led' | 'stoodBack',
  canons: readonly string[],
  name: string,
): ((page: string) => LeadResult) | null {
  const inRole = [...new Set(told.flatMap(({ l }) => [...l[role]]))];
  if (!inRole.length || canons.some((c) => inRole.includes(c))) return null;
  const known = record.gazetteer
    .lookup(name)
    .filter((g) => g.kind === 'agency')
    .map((g) => g.id);
  if (!known.length && !isStrangerAgency(record, name)) return null;
  if (known.some((c) => inRole.some((r) => record.ancestors(c).has(r)))) return null;
  const imprecise = known.some((c) => inRole.some((r) => record.ancestors(r).has(c)));
  const names = listNames(inRole.map(record.nameOf));
  const { l, e } = told.find(({ l }) => l[role].size > 0)!;
  const said = `${l.statement} (${showDate(e.event.date)})`;
  return (page) => ({
    conflict: {
      comparison: { slot: 'agency', page, record: names },
      explanation: imprecise
        ? `The record: ${said}; ${page} is the larger body one of them belongs to, which is imprecise.`
        : `The record: ${said}; it names ${names}, not ${page}.`,
    },
    ...(imprecise ? { imprecise: true as const } : {}),
    events: [e],
  });
}
