/**
 * Who gave a statement's words, said of a named person: "the words came from X himself", "it was issued by X",
 * "X issued the city's statement himself", "X put his own name to the department's statement", "X declared
 * personally that …", "the department, speaking through its chief, X, told …". The sentence says X, and no one else, gave the words: where the record names a person among
 * those who gave the linked statements (their `spoke` participants) and X is none of those statements'
 * participants, the page gives the words to someone else (a conflict). Nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged: a full name (first name and surname) outside quotes and not denied, as the one a statement "came from"
 *   or was "issued / released / put out / written / signed / given / read out by" (also "later …", "… personally by"), or as the subject of a verb of giving
 *   words with an emphatic "himself", "herself", "personally" or "his own name" in the same clause.
 * - Left alone: "X issued a statement" with no emphasis (another statement of X's may be meant), a spokesman or
 *   anyone else who speaks for others (they may voice the recorded words), any participant of the statements in
 *   any role, a surname shared with one of them, and statements whose record names no person among who gave them.
 */
import { foldText } from '../normalize.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { withPlacedTitles } from './placed-title.ts';
import { listNames } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

type Person = Mention & { type: 'person' };

/** Right before the person (titles between allowed): what makes the person the one the words came from ("was later read out by", "was issued personally by"). */
const GIVEN_BY =
  /\b(?:(?:came|come|comes|coming)\s+(?:straight\s+|directly\s+|first\s+)?from|(?:came|come|comes|coming)\s+not\s+from\s+[^,;]{1,50}?\s+but\s+(?:rather\s+)?from|(?:was|were|been|being|is|are)\s+(?:first\s+|originally\s+|actually\s+|in\s+fact\s+|later\s+|then\s+|subsequently\s+)?(?:issued|released|put\s+out|sent\s+out|written|signed|given|delivered|made|read\s+(?:out|aloud|to\s+(?:reporters|journalists|the\s+press|the\s+media|the\s+cameras)))\s+(?:personally\s+|directly\s+|in\s+person\s+)?by)\s+(?:the\s+)?(?:[\p{L}.'\u2019-]+\s+){0,4}$/iu;
/** "The department, speaking through its chief, X, told …": X is the one the body's words came from. */
const SPOKE_THROUGH =
  /\b(?:speaking|spoke|speaks|spoken)\s+through\s+(?:its|their|the|his|her)\s+(?:[\p{L}.'\u2019-]+\s+){0,3}?[\p{L}.'\u2019-]+\s*,?\s+$/iu;
/** A body as the giver only after a noun of words and "came from" or "was issued / released / written / signed by" (not "it was made by": a stop is made too). */
const BODY_GAVE =
  /\b(?:statement|statements|words|remarks|declaration|announcement|comments|message|release|letter)\b[^.;!?]{0,60}?\b(?:came\s+(?:not\s+from\s+[^,;]{1,50}?\s+but\s+(?:rather\s+)?)?from|(?:was|were)\s+(?:first\s+|originally\s+|actually\s+)?(?:issued|released|put\s+out|sent\s+out|written|signed)\s+by)\s+(?:the\s+)?$/i;
/** "not from X but from": the denial is of X, not of the one named after it. */
const NOT_BUT = /\bnot\s+from\s+[^,;]*?\s+but\s+(?:rather\s+)?/i;
/** What the words came from must be a statement or a pointer at one ("the statement", "Denver's words", "it", "that"). */
const STATEMENT_SUBJECT =
  /(?:^|[^\p{L}])(?:statement|statements|words|remarks|declaration|announcement|comments|message|release|line|quote|it|that|which|this|they)(?:\s*,[^,;]{1,40},)?\s+(?:[\p{L}]+\s+){0,3}?(?:came|come|comes|coming|was|were|been|being|is|are)\b/iu;
/** A verb of giving words, right after the person (a title or an aside allowed before it). */
const GIVES_WORDS =
  /^[^.;:!?]{0,40}?\b(?:issued|released|put\s+out|sent\s+out|signed|wrote|gave|delivered|declared|announced|stated|said|made|put\s+(?:his|her|their)\s+(?:own\s+)?name\s+to)\b/iu;
/** The emphasis that makes the subject the one who gave the words in person. */
const IN_PERSON =
  /\b(?:himself|herself|personally|in\s+person)\b|\b(?:his|her)\s+own\s+(?:name|mouth|signature|hand)\b/iu;
/** Titles of people who speak for others: they may voice the recorded words. */
const SPEAKS_FOR =
  /\b(?:spokes(?:man|woman|person)|press\s+secretary|public\s+information|information\s+officer|lawyer|attorney|representative|aide|adviser|advisor|staff)\b/iu;
/** A contrast after the person ("… by Chief X rather than by a spokesman"): who follows it did not give the words; no title of the person's. */
const CONTRAST = /\b(?:rather\s+than|instead\s+of|not)\b/iu;
/** "It was written by", "This was written up by": a pronoun subject, then written by, then the name (titles allowed). */
const IT_WRITTEN_BY =
  /(?:^|[.;:]\s*|,\s*(?:and\s+)?)(?:it|this|that)\s+(?:was|is)\s+(?:\p{L}+\s+)?written(?:\s+up)?\s+by\s+(?:[\p{L}.'\u2019-]+\s+){0,3}$/iu;
/** A denial between the person and the clause's verb, or before the "from"/"by". */
const DENIED = /\b(?:not|never|no\s+longer)\b|n['\u2019]t\b/iu;

/**
 * "X issued the Denver Police Department's statement", "X put out the statement of the Y": a verb of giving words right
 * after the person, whose object is a statement owned by a body; group 1 or 2 is the owner.
 */
const OWNED_OBJECT =
  /^[^.;:!?]{0,40}?\b(?:issued|released|put\s+out|sent\s+out|signed|wrote|drafted|authored|delivered|read\s+out)\s+(?:the\s+)?(?:((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,4}\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(?:(?:own|written|brief|short|official|formal)\s+){0,2}(?:statement|remarks|announcement|release)|(?:(?:written|brief|short|official|formal)\s+)?(?:statement|remarks|announcement|release)\s+(?:of|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,4}\p{Lu}[\p{L}.-]*))/u;

/**
 * The statement events a body owns where the person's words give it ("X issued the Denver Police Department's
 * statement"): the story's events at which that body spoke, when the verb right after `p` has such an object.
 */
export function ownedStatementEvents(
  sentence: string,
  record: StoryRecord,
  p: { end: number },
): IndexedEvent[] {
  const clauseAfter = sentence.slice(p.end).split(/[.;!?]/)[0] ?? '';
  const m = OWNED_OBJECT.exec(clauseAfter);
  if (!m || DENIED.test(clauseAfter.slice(0, m.index + m[0].length))) return [];
  const owner = (m[1] ?? m[2] ?? '').trim();
  const ids = new Set(
    record.gazetteer
      .lookup(owner)
      .filter((g) => g.kind === 'agency')
      .map((g) => g.id),
  );
  if (!ids.size) return [];
  return record.events.filter((e) =>
    e.participants.some((x) => x.role === 'spoke' && ids.has(x.canon)),
  );
}

/** Whether the sentence names `p` as the one who gave the words of a statement. */
function namedAsGiver(sentence: string, p: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, p.start - 120), p.start);
  const clauseAfter = sentence.slice(p.end).split(/[.;!?]/)[0] ?? '';
  const through = SPOKE_THROUGH.exec(before);
  if (through) return !DENIED.test(before.slice(Math.max(0, through.index - 40)));
  const g = GIVEN_BY.exec(before);
  if (g) {
    const lead = before.slice(0, g.index);
    return (
      STATEMENT_SUBJECT.test(before.slice(Math.max(0, g.index - 60), g.index + 30)) &&
      !DENIED.test(lead.slice(-40)) &&
      !DENIED.test(g[0].replace(NOT_BUT, ' '))
    );
  }
  const verb = GIVES_WORDS.exec(clauseAfter);
  if (!verb || DENIED.test(clauseAfter.slice(0, verb.index + verb[0].length))) return false;
  // The emphasis in the person's own clause (up to a comma that opens another clause).
  return IN_PERSON.test(clauseAfter.slice(0, verb.index + verb[0].length + 60));
}

/** The person speakers of an event the record names, and all its participants. */
function peopleOf(record: StoryRecord, e: IndexedEvent): { speakers: string[]; all: string[] } {
  const isPerson = (c: string) =>
    record.gazetteer.lookup(record.nameOf(c)).some((g) => g.id === c && g.kind === 'person');
  return {
    speakers: e.participants
      .filter((p) => p.role === 'spoke' && isPerson(p.canon))
      .map((p) => p.canon),
    all: e.participants.map((p) => p.canon),
  };
}

/**
 * The conflict of a sentence that names someone other than the record's as who gave the words of the statements
 * `events` (the sentence's own, or those of what the sentence before told of); null when it says no such thing.
 */
export function personalIssuer(
  sentence: string,
  record: StoryRecord,
  events: readonly IndexedEvent[],
): SentenceComparison | null {
  if (!events.length) return null;
  const statements = events.map((e) => peopleOf(record, e));
  // Every linked event a statement whose record names a person who gave it.
  if (statements.some((s) => !s.speakers.length)) return null;
  const quoted = [...sentence.matchAll(/\u201C[^\u201D]*\u201D?|"[^"]*"?/gu)].map(
    (q) => [q.index, q.index + q[0].length] as const,
  );
  // "For Denver, the chief …": the title read as its holder then (placed-title.ts).
  const people = withPlacedTitles(readSentence(sentence, record.gazetteer), sentence, record)
    .filter((c) => c.stance === 'asserted')
    .flatMap((c) => c.mentions)
    .filter(
      (m): m is Person =>
        m.type === 'person' && !m.negated && !quoted.some(([a, b]) => m.start >= a && m.end <= b),
    );
  const participants = new Set(statements.flatMap((s) => s.all));
  const surnames = new Set(
    [...participants].map((c) => foldText(record.nameOf(c)).split(/\s+/).pop() ?? ''),
  );
  for (const p of people) {
    const name = p.value.name;
    if (!/^\p{Lu}\S*\s+(?:\p{Lu}\S*\s+)*\p{Lu}\S*$/u.test(name)) continue;
    const after = sentence.slice(p.end, p.end + 30);
    const own = after.slice(0, CONTRAST.exec(after)?.index ?? after.length);
    if (
      SPEAKS_FOR.test(p.value.title ?? '') ||
      SPEAKS_FOR.test(sentence.slice(Math.max(0, p.start - 40), p.end) + own)
    )
      continue;
    const canons = personIds(record.gazetteer, name);
    // Without emphasis, a body's statement given to someone the record has speaking at another of the story's
    // statements ("Tucson's chief X issued the Denver Police Department's statement"): X gave other words.
    const ownedBy = ownedStatementEvents(sentence, record, p);
    const spokeElsewhere =
      ownedBy.length > 0 &&
      ownedBy.every((e) => events.includes(e)) &&
      record.events.some(
        (e) =>
          !ownedBy.includes(e) &&
          e.participants.some((x) => x.role === 'spoke' && canons.includes(x.canon)),
      );
    if (!spokeElsewhere && !namedAsGiver(sentence, p)) continue;
    // A participant of the statements; or "It was written by X" of X who reported another event of the story (the
    // report's author, after a sentence about an interview the report quotes): "it" may be that report.
    if (
      canons.some((c) => participants.has(c)) ||
      surnames.has(foldText(name).split(/\s+/).pop() ?? '') ||
      (IT_WRITTEN_BY.test(sentence.slice(0, p.start)) &&
        record.events.some(
          (e) =>
            !events.includes(e) &&
            e.participants.some((x) => x.role === 'reported' && canons.includes(x.canon)),
        ))
    )
      return null;
    const who = listNames(
      [...new Set(statements.flatMap((s) => s.speakers))].map((c) => record.nameOf(c)),
    );
    // A title read as its holder: the page's words, with whom they name.
    const page = p.text === name ? name : `the ${p.text} (${name})`;
    return {
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page, record: who }],
      explanation: `The record names ${who} as who gave these words, not ${page}.`,
      events: events.map((e) => e.event.id),
    };
  }
  // A body said to have given the words ("came from the X Sheriff Department rather than the city's police"): another
  // agency the record or the world knows than the statements' own, and none they are part of or hold.
  const bodies = readSentence(sentence, record.gazetteer)
    .filter((c) => c.stance === 'asserted')
    .flatMap((c) => c.mentions)
    .filter(
      (m) =>
        m.type === 'agency' && !m.negated && !quoted.some(([a, b]) => m.start >= a && m.end <= b),
    );
  const related = (id: string) =>
    [...participants].some(
      (c) => c === id || record.ancestors(id).has(c) || record.ancestors(c).has(id),
    );
  for (const b of bodies) {
    if (
      b.type !== 'agency' ||
      !/^\p{Lu}/u.test(b.text) ||
      !namedAsGiver(sentence, b) ||
      !BODY_GAVE.test(sentence.slice(Math.max(0, b.start - 120), b.start))
    )
      continue;
    const ids = record.gazetteer
      .lookup(b.value.name)
      .filter((g) => g.kind === 'agency')
      .map((g) => g.id);
    // Known to the record or the world, or a proper name with an agency's head word ("the Denver Sheriff Department").
    if (
      (!ids.length && record.world?.agencyKindOf(b.value.name) === undefined) ||
      ids.some(related)
    )
      continue;
    const givers = [
      ...new Set(
        events.flatMap((e) =>
          e.participants.filter((p) => p.role === 'spoke').map((p) => record.nameOf(p.canon)),
        ),
      ),
    ];
    const who = listNames(givers);
    return {
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: b.text, record: who }],
      explanation: `The record has these words from ${who}, not ${b.text}.`,
      events: events.map((e) => e.event.id),
    };
  }
  return null;
}
