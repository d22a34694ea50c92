/**
 * A stranger (a full name no one of the story or the world file has) named as the president-elect, or as the
 * winner of the presidential election, in a story told in the weeks between that election and the term's start:
 * "President-elect Jane Roe", "Jane Roe, the Republican president-elect,", "Jane Roe was still president-elect",
 * "after the electoral victory of Jane Roe", "Jane Roe's election victory", "since Jane Roe won the election". The
 * world file's election whose transition holds every one of the story's central days names the winner: a
 * conflict naming them. Nothing when the story's days are in no transition, the sentence names a year that is not
 * that election's, another office ("mayor", "governor", "senate" …), or the name is denied or quoted. World
 * knowledge; nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { transitionElection } from './transition-election.ts';

/** A first name and a surname (perhaps an initial between, a hyphen or an apostrophe inside; no possessive). */
const WORD = String.raw`\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}\p{Ll}+)?(?!\p{L})`;
/** Capitalised words that open a sentence or a phrase and are no first name ("While Trump was president-elect"). */
const NOT_FIRST = String.raw`(?!(?:While|When|Whenever|After|Before|Since|As|Although|Though|Because|If|Once|Until|And|But|So|Then|Now|Even|Still|Yet|Meanwhile|With|Without|By|For|From|In|On|At|Under|Unlike|Like|Despite|During|Whether|Where|Why|How|What|Who|Whom|The|This|That|These|Those|His|Her|Their|Our|Its|My|Your|Only|Both|Also|Already|Back|Today|Yesterday|Last|Next|Here|There|Nor|Or|Either|Neither|Did|Does|Was|Were|Is|Are|Had|Has|Would|Could|Should|Will|Can|May|Might|Must)(?!\p{L}))`;
const NAME = String.raw`${NOT_FIRST}${WORD}\s+(?:\p{Lu}\.\s+)?${WORD}`;
/** The shapes that make the name the president-elect or the winner; group 1 is the name. */
const SHAPES = [
  new RegExp(String.raw`\b[Pp]resident-[Ee]lect\s+(${NAME})`, 'gu'),
  new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}.-]*\s+)(${NAME})\s*,\s+(?:then\s+)?(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?president-elect\b`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}.-]*\s+)(${NAME})\s+(?:was|is|had\s+been)\s+(?:still\s+|then\s+|only\s+)?(?:the\s+)?president-elect\b`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:electoral|election|presidential)\s+(?:victory|win)\s+of\s+(${NAME})`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}.-]*\s+)(${NAME})['\u2019]s?\s+(?:\p{Ll}+\s+)?(?:electoral|election|presidential)\s+(?:victory|win)\b`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<!\p{Lu}[\p{L}.-]*\s+)(${NAME})(?:\s*,[^,]{1,40},)?\s+won\s+the\s+(?:presidential\s+)?(?:election|presidency|race\s+for\s+the\s+White\s+House)\b`,
    'gu',
  ),
];
/** Words of another office or race: the election may be another one. */
const OTHER_OFFICE =
  /\b(?:mayor\w*|governor\w*|gubernatorial|senat\w*|council\w*|congress\w*|house|sheriff|district attorney|judge|prosecutor|assembly\w*|legislat\w*|primar(?:y|ies)|midterms?|school board)\b/i;

export function electNamedConflicts(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
  inQuote: (at: number) => boolean,
): { comparison: Comparison; explanation: string }[] {
  const world = record.world;
  if (!world || OTHER_OFFICE.test(sentence)) return [];
  const transition = transitionElection(sentence, record);
  if (!transition) return [];
  const { election } = transition;
  const year = election.date.slice(0, 4);
  const winner = world.person(election.winner)?.name ?? election.winner;
  const out: { comparison: Comparison; explanation: string }[] = [];
  for (const shape of SHAPES) {
    for (const m of sentence.matchAll(shape)) {
      const name = m[1]!;
      const at = m.index + m[0].indexOf(name);
      if (inQuote(at) || out.some((o) => o.comparison.page === name)) continue;
      if (mentions.some((x) => x.negated && x.start <= at && x.end > at)) continue;
      if (record.gazetteer.lookup(name).length) continue;
      out.push({
        comparison: { slot: 'person', page: name, record: winner },
        explanation: `${winner} won the ${year} presidential election and was president-elect then, not ${name}.`,
      });
    }
  }
  return out;
}
