/**
 * How a recorded statement was given (pack event `medium`): "Magnus made his
 * remarks at a City Council meeting" where the record has a written statement,
 * or "Beck said in a written statement" where it has an interview. Read only
 * where the clause is surely about the recorded statement: it names the
 * speaker, who spoke at exactly one event with a medium (or the clause names
 * that event by its words), and it points at the statement itself ("his
 * remarks", "the statement", "those comments", "said this") or names it by its
 * words. Another occasion ("also", "later", "again", "another") says nothing.
 * An interview given to an outlet ("sat down with X for an interview", "gave X
 * an interview") points at a written statement when X is an outlet the record
 * has reporting it: the page has the outlet's report of it told as an interview.
 * General English only.
 */
import { foldText } from '../normalize.ts';
import type { Clause } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { Comparison } from './value-result.ts';
import { reportersOf } from './outlet-credit.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

export type Medium = 'written' | 'spoken' | 'interview' | 'press-conference';

/** A gathering where words are spoken aloud. */
const SPOKEN_AT =
  /\b(?:at|during|told|addressed|addressing)\s+(?:a|an|the|his|her|their|its|that|this)\s+(?:(?:city|town|county|village|school)\s+)?(?:council\s+(?:meeting|session|hearing)|(?:public|town[- ]hall|community|board|staff)\s+(?:meeting|forum|hearing)|meeting|news\s+conference|press\s+conference|press\s+briefing|briefing|rally|hearing|town\s+hall|forum|vigil|ceremony|speech|roundtable|round\s+table)\b/i;
/** A public gathering called for many listeners ("a Los Angeles City Council hearing"): not a one-to-one interview with an outlet. */
const PUBLIC_AT =
  /\b(?:at|during)\s+(?:a|an|the|his|her|their|its|that|this)\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:news|press)\s+conference|press\s+briefing|(?:(?:[\p{L}-]+\s+){0,3}?(?:city|town|county|village)\s+)?council\s+(?:meeting|session|hearing)|public\s+hearing)\b/iu;
/** Words spoken in answer to a question put in person: spoken, not written. */
const ANSWERED =
  /\b(?:in\s+(?:answer|response|reply)\s+to|answering)\s+(?:a|an|the)\s+(?:(?:reporter|journalist)['\u2019]s\s+)?question\b/i;
const INTERVIEW = /\b(?:in|during)\s+(?:a|an|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}interview\b/iu;
/**
 * An interview given to an outlet, which the clause names: "sat down with X for an interview", "gave X an interview",
 * "gave an interview to X", "was interviewed by X". Case-sensitive, so that the outlet's name is capitalised.
 */
const INTERVIEW_GIVEN =
  /\b(?:sat|sits|sit|sitting)\s+down\s+with\s+(?:the\s+)?\p{Lu}[^.;:!?]{0,60}?\s+for\s+(?:an|a|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?interview\b|\b(?:gave|give|gives|giving|granted|grants)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?:an|a)\s+(?:[\p{Ll}-]+\s+){0,2}?interview\b|\b(?:gave|give|gives|giving|granted|grants)\s+(?:an|a)\s+(?:[\p{Ll}-]+\s+){0,2}?interview\s+to(?=\s+(?:the\s+)?\p{Lu})|\b(?:was|were)\s+interviewed\s+by(?=\s+(?:the\s+)?\p{Lu})/u;
/** Words of an interview asked for and not given, or set against another form: "declined a request for an interview", "instead of an interview". */
const NOT_GIVEN =
  /\b(?:declin\w*|refus\w*|turn(?:ed|s)?\s+down|request\w*|instead\s+of|rather\s+than|without|sought|seeking|asked\s+for)\b/i;
const WRITTEN =
  /\b(?:in\s+(?:a|an|his|her|the|their)\s+(?:written|emailed|e-mailed|prepared|printed)\s+statement|in\s+(?:a|an|his|her|the|their)\s+(?:press\s+release|news\s+release|letter|e-?mail|memo)|in\s+writing|(?:wrote|penned)\s+(?:in|that|the|a|an)\b)/i;

/** The statement itself pointed at: a possessive or demonstrative with a noun of words, or "said this / it". */
const POINTED =
  /\b(?:his|her|their|the|those|these|that|this)\s+(?:remarks|comments|statement|words|message|position|stance)\b|\b(?:said|made|announced|gave|delivered|stated)\s+(?:this|that|it|them|those|so)\b/i;
export const OTHER_OCCASION =
  /\b(?:also|later|again|another|earlier|previously|next|following|subsequent|other)\b/i;

export const readMedium = (text: string): { medium: Medium; text: string } | null => {
  const w = WRITTEN.exec(text);
  if (w) return { medium: 'written', text: w[0] };
  const i = INTERVIEW.exec(text);
  if (i) return { medium: 'interview', text: i[0] };
  const p = PUBLIC_AT.exec(text);
  if (p) return { medium: 'press-conference', text: p[0] };
  const g = NOT_GIVEN.test(text) ? null : INTERVIEW_GIVEN.exec(text);
  if (g) return { medium: 'interview', text: g[0].trim() };
  const a = ANSWERED.exec(text);
  if (a) return { medium: 'spoken', text: a[0] };
  const s = SPOKEN_AT.exec(text);
  if (s) return { medium: 'spoken', text: s[0] };
  return null;
};

/** Whether a page's medium can be the record's; `toOutlet`: the record names the outlet that held the interview. */
export function fits(page: Medium, record: Medium, toOutlet: boolean): boolean {
  if (record === 'written') return page === 'written';
  // An interview, a press conference, spoken words: spoken, not written.
  if (page === 'written') return false;
  // An interview given to a named outlet was not a press conference or a council meeting; other gatherings are left alone.
  if (record === 'interview' && page === 'press-conference') return !toOutlet;
  return true;
}

export const SHOWN: Record<Medium, string> = {
  written: 'a written statement',
  spoken: 'spoken remarks',
  interview: 'an interview',
  'press-conference': 'a press conference',
};

/**
 * The outlet the clause names that the record has reporting `event` (its canon): only when the clause names outlets
 * and every one of them reported it (another may be where an interview was given).
 */
function reportingOutlet(
  clause: Clause,
  record: StoryRecord,
  event: IndexedEvent,
): string | undefined {
  const reporters = reportersOf(record, [event]);
  const outlets = clause.mentions.filter((m) => m.type === 'outlet');
  if (!reporters.length || !outlets.length) return undefined;
  let hit: string | undefined;
  for (const m of outlets) {
    if (m.negated) return undefined;
    const name = m.value.name.replace(/^the\s+/i, '');
    const canons = [
      m.value.id,
      ...[name, `the ${name}`].flatMap((n) =>
        record.gazetteer
          .lookup(n)
          .filter((g) => g.kind === 'outlet')
          .map((g) => g.id),
      ),
    ];
    hit = reporters.find((r) => canons.includes(r));
    if (!hit) return undefined;
  }
  return hit;
}

export function mediumConflicts(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): { comparison: Comparison; explanation: string }[] {
  const out: { comparison: Comparison; explanation: string }[] = [];
  if (!record.events.some((e) => e.event.medium)) return out;
  for (const clause of clauses) {
    if (clause.stance !== 'asserted') continue;
    // The story's people the clause names, first: a clause with none needs no reading of its medium.
    const people = new Set(
      clause.mentions.flatMap((m) =>
        m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
      ),
    );
    if (!people.size) continue;
    const text = sentence.slice(clause.start, clause.end);
    const page = readMedium(text);
    // A denial before the medium ("did not speak at the meeting"); one after it is in what was said.
    if (
      !page ||
      OTHER_OCCASION.test(text) ||
      /\b(?:not|never|no)\b|n['\u2019]t\b/i.test(text.slice(0, text.indexOf(page.text)))
    )
      continue;
    const folded = foldText(sentence);
    const spoke = record.events.filter((e) =>
      e.participants.some((p) => p.role === 'spoke' && people.has(p.canon)),
    );
    const named = spoke.filter((e) => e.words.some((w) => findTerm(folded, w) !== -1));
    // The statement the clause is about: the one its words name, or the speaker's only one, pointed at.
    // Or an interview given to an outlet the record has reporting the speaker's one written statement.
    const reporter =
      page.medium === 'interview' && spoke.length === 1 && spoke[0]!.event.medium === 'written'
        ? reportingOutlet(clause, record, spoke[0]!)
        : undefined;
    const event: IndexedEvent | undefined =
      named.length === 1
        ? named[0]
        : spoke.length === 1 && (POINTED.test(text) || reporter)
          ? spoke[0]
          : undefined;
    const medium = event?.event.medium;
    const interviewer = event?.participants.find(
      (p) => p.role === 'interviewer' && record.outlets.has(p.canon),
    );
    if (!event || !medium || fits(page.medium, medium, interviewer !== undefined)) continue;
    const shown =
      medium === 'interview' && interviewer
        ? `an interview with ${record.nameOf(interviewer.canon)}`
        : medium === 'written' && reporter
          ? `${SHOWN.written}, which ${record.nameOf(reporter)} reported`
          : SHOWN[medium];
    out.push({
      comparison: { slot: 'medium', page: page.text, record: `${shown} (${event.event.label})` },
      explanation: `The record has ${shown}, not \u201C${page.text}\u201D: ${event.event.label}.`,
    });
  }
  return out;
}
