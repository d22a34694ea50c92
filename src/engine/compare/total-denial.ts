/**
 * No dealings at all with a body ("would have no contact of any kind with
 * X", "will not work with X in any way", "refused to cooperate with X in any
 * way", "will refuse any cooperation at all with X") credited to an actor the
 * record has a narrower refusal for (an event's `commitments` with `does:
 * false`, held by someone the sentence names before it, or by the members of
 * a class it names as the subject: "big-city police", "the chiefs";
 * class-holders.ts): more than the record says, so unconfirmed, never
 * agreement. What the record has the same holders still doing with others
 * (`does: true`) is told beside it; when someone named is recorded as going on
 * working with federal partners and the page has them refuse any dealings
 * with a federal body, it is the opposite (discrepant). Nothing here knows a
 * story.
 */
import type { Clause } from '../read/types.ts';
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { classHolders } from './class-holders.ts';
import { namedCanons } from './named-canons.ts';

const DEALINGS = String.raw`(?:contacts?|dealings|communications?|cooperation|coordination|interactions?|involvement|ties|relations(?:hip)?s?)`;
const ANY = String.raw`(?:of\s+any\s+(?:kind|sort)|whatsoever|at\s+all|in\s+any\s+way|in\s+any\s+form)`;
const VERB = String.raw`(?:work|deal|cooperate|collaborate|communicate|coordinate|interact|talk)`;
/** Refusing to: "refused to", "declines to". */
const REFUSE = String.raw`(?:refus|declin)(?:e|es|ed|ing)`;
/**
 * "no contact (of any kind) with", "refuse any (all) cooperation (at all) with", "not work with X at all",
 * "never deal with X in any way", "refused to cooperate (at all) with X (in any way)".
 */
const TOTAL = new RegExp(
  String.raw`\b(?:no|${REFUSE}\s+(?:any|all))\s+${DEALINGS}\s+(?:${ANY}\s+)?with\s+[^,;.]{2,60}` +
    String.raw`|(?:\b(?:not|never)|n't|\b${REFUSE}\s+to)\s+(?:ever\s+)?${VERB}\s+(?:with\s+[^,;.]{2,40}?\s+${ANY}|${ANY}\s+with\s+[^,;.]{2,60})`,
  'i',
);

export interface TotalDenialResult {
  /** The record has the named holder going on working with federal partners: the page says the opposite. */
  conflict: boolean;
  comparison: Comparison;
  explanation: string;
}

export function totalDenialResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): TotalDenialResult[] {
  const out: TotalDenialResult[] = [];
  for (const clause of clauses) {
    const text = sentence.slice(clause.start, clause.end);
    const total = TOTAL.exec(text);
    if (!total) continue;
    const at = clause.start + total.index;
    // Whom the sentence names before it ("Beck … the LAPD would have no contact").
    let named = namedCanons(
      clauses.flatMap((c) => c.mentions),
      record,
      ['person', 'agency'],
      at,
    );
    // No one named: a class as the subject ("big-city police refused …"), its members among the record's holders.
    const byClass = !named.size;
    if (byClass) named = classHolders(sentence, at, record);
    // A class's members by what they said of dealings with others (not of changing policy).
    const held = record.events
      .flatMap((e) => e.commitments)
      .filter(
        (c) =>
          [...c.holders].some((h) => named.has(h)) && (!byClass || c.action !== 'policy-change'),
      );
    const refusals = held.filter((c) => !c.does);
    const page = total[0].trim();
    // Someone named whom the record has going on working with federal partners, refusing any dealings with a federal body: the opposite.
    const working =
      byClass || !/\bfederal\b/i.test(page)
        ? []
        : held.filter(
            (c) =>
              c.does &&
              c.action === 'federal-cooperation' &&
              (c.times.has('present') || c.times.has('future')),
          );
    if (working.length) {
      const said = [...new Set(working.map((c) => c.statement))].join('; ');
      const holders = [...new Set(working.flatMap((c) => [...c.holders]))]
        .map((h) => record.nameOf(h))
        .join(' and ');
      out.push({
        conflict: true,
        comparison: { slot: 'stance', page, record: said },
        explanation: `The record has ${holders} saying they ${said}; the page says the opposite: \u201C${page}\u201D.`,
      });
      continue;
    }
    if (!refusals.length) continue;
    const said = [...new Set(refusals.map((c) => c.statement))].join('; ');
    // For a class, who still works with others, and who said what.
    const who = (c: (typeof held)[number]) =>
      byClass ? `${[...c.holders].map((h) => record.nameOf(h)).join(' and ')}: ` : '';
    const told = byClass
      ? [...new Set(held.map((c) => `${who(c)}${c.statement}`))].join('; ')
      : said;
    out.push({
      conflict: false,
      comparison: { slot: 'stance', page, record: told },
      explanation: `The record has ${told}; it does not say \u201C${page}\u201D${byClass ? ', so it is overstated' : ''}.`,
    });
  }
  return out;
}
