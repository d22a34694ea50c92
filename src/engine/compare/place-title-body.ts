/**
 * A statement given to the head of another kind of body of the same town: "The Denver sheriff put out the statement",
 * "It was the Denver sheriff, not the police, who issued it", "the statement came from the Denver sheriff", where the
 * record has the statement from the town's police department. A bare title right after a town, whose first word
 * begins a world agency kind's name ("sheriff" of "sheriff's office"), with no name after it, stands for that kind
 * of body of that town; as who gave the words of linked statements whose every recorded speaker is an agency of that
 * same town of another kind, it gives the statement to another body: a conflict (as local-kind.ts does for a named
 * body). A contrast after the title (", not the police,") is no denial of it. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { isAgencyCanon } from './scene-agencies.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';
import { listNames } from './record-values.ts';

type Title = Mention & { type: 'title' };

/** Before the town: the clause's subject ("The", "It was the"), or the body a statement came from ("came from the"). */
const SUBJECT_BEFORE =
  /(?:^|[.:;!?\u2014\u2013]\s*|,\s+(?:and\s+)?|\band\s+)(?:it\s+(?:was|is)\s+(?:actually\s+|really\s+|in\s+fact\s+)?)?the\s+$/i;
const ISSUER_BEFORE =
  /\b(?:(?:came|come|comes)\s+(?:straight\s+|directly\s+)?from|(?:issued|released|put\s+out|sent\s+out|written|given)\s+by|(?:was|were)\s+from)\s+the\s+$/i;
/** After the title: a contrast, then (in a cleft) "who"/"that", then a verb of giving the words. */
const SPOKE_AFTER =
  /^(?:\s*,\s*not\s+(?:the\s+)?[\p{L}'\u2019 ]{2,40},)?\s*(?:who\s+|that\s+)?(?:(?:had|has|also|first)\s+)?(?:said|says|puts?\s+(?:(?:the|that|its|this)\s+(?:[\p{L}-]+\s+)?)?out|issued|issues|released|releases|gave|wrote|made|announced|stated|sent\s+out)\b/iu;
/** The contrast right after the title: its "not" denies the other body, not the clause. */
const CONTRAST_AFTER = /^\s*,\s*not\s+(?:the\s+)?[\p{L}'\u2019 ]{2,40}(?:,|[.!]?\s*$)/u;
/** The recorded statement itself, with a definite word ("the statement", "that statement", "its remarks") or "it". */
const THE_STATEMENT =
  /\b(?:the|that|this|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|remarks|announcement|words)\b|\b(?:put\s+out|issued|released|gave|wrote|made)\s+it\b/iu;

export function placeTitleBody(ctx: CompareContext, t: Title): ValueResult | null {
  const world = ctx.record.world;
  if (!world || t.negated) return null;
  if (!THE_STATEMENT.test(ctx.sentence)) return null;
  const after = ctx.sentence.slice(t.end, t.end + 80);
  if (ctx.negatedClause && !CONTRAST_AFTER.test(after)) return null;
  const town = ctx.mentions.find(
    (m): m is Mention & { type: 'place' } =>
      m.type === 'place' && !m.negated && /^\s$/.test(ctx.sentence.slice(m.end, t.start)),
  );
  if (!town) return null;
  // A name after the title makes it a person's ("the Denver sheriff, Jane Roe,"; "Sheriff Jane Roe").
  if (ctx.mentions.some((m) => m.type === 'person' && m.start >= t.end && m.start <= t.end + 3))
    return null;
  const before = ctx.sentence.slice(Math.max(0, town.start - 40), town.start);
  if (!(SUBJECT_BEFORE.test(before) && SPOKE_AFTER.test(after)) && !ISSUER_BEFORE.test(before))
    return null;
  const head = foldText(t.value.title).split(/\s+/)[0] ?? '';
  const kind = world.world.agencyKinds.find(
    (k) =>
      k.level === 'local' &&
      k.terms.some(
        (term) =>
          foldText(term)
            .split(/\s+/)[0]!
            .replace(/['\u2019]s$/, '') === head,
      ),
  );
  if (!kind || !head) return null;
  const places = ctx.record.gazetteer
    .lookup(town.value.name)
    .filter((g) => g.kind === 'place')
    .map((g) => g.id);
  const ofTown = (c: string) => {
    const agency = c.startsWith('w:') ? world.agency(c.slice(2)) : undefined;
    return agency?.place !== undefined && places.includes(`w:${agency.place}`);
  };
  const speakersOf = (e: (typeof ctx.events)[number]) =>
    e.participants
      .filter((p) => p.role === 'spoke' && isAgencyCanon(ctx.record, p.canon))
      .map((p) => p.canon);
  // The statements the clause is about: the linked ones, else (a cleft whose verb is in the relative clause after it)
  // the story's one statement by an agency of the town.
  const own = ctx.allEvents.filter((e) => speakersOf(e).some(ofTown));
  const events = ctx.events.length ? ctx.events : own.length === 1 ? own : [];
  if (!events.length) return null;
  // Every one of them a statement whose speakers are agencies of this town, all of another kind.
  const speakers = events.map(speakersOf);
  if (speakers.some((s) => !s.length)) return null;
  const all = [...new Set(speakers.flat())];
  const fits = all.every((c) => {
    const k = world.agencyKindOf(ctx.record.nameOf(c));
    return ofTown(c) && k !== undefined && k.id !== kind.id;
  });
  if (!fits) return null;
  const names = listNames(all.map(ctx.record.nameOf));
  const page = ctx.sentence.slice(town.start, t.end);
  return result(
    'conflict',
    'agency',
    page,
    names,
    `The record has the statement from ${names}; the ${page} heads a ${kind.name}, another body.`,
  );
}
