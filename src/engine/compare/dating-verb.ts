/**
 * Years given without a time preposition, which the reader leaves unread (a year is a date only after "in", "on" …):
 *
 * - a verb of dating: "X dates from 1986", "dates back to 1986", "dating to 1986", "goes back to 1986", "was dated
 *   to 1986" give X's year; the reader may also have taken "dates" for what a number before it counts ("General
 *   Order 502 dates from …": no count of dates), which is dropped;
 * - the year named as a predicate: "the year (that / when) X first happened was 1992", "the year of X is 1992".
 *
 * Each such year becomes a date mention of its clause (`relation: 'in'`), so it is compared with the events the
 * clause names like any "in 1986". A dating verb counts only after a noun phrase an event's word heads (made-which.ts):
 * "the van dates from 2010" dates a thing, not the stop. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { antecedent, eventsHeaded } from './made-which.ts';
import type { IndexedEvent } from './story-record.ts';

const YEAR = String.raw`((?:19|20)\d\d)\b`;
/** "dates from", "dates back to", "dating to", "goes back to", "traces back to", "was dated to". */
const DATING = new RegExp(
  String.raw`\b(?:dates?|dated|dating|goes|go|went|going|traces?|traced|tracing)\s+(?:(?:all\s+the\s+way|way)\s+)?(?:back\s+)?(?:from|to)\s+(?:(?:the\s+)?(?:early|late|mid|year)\s+)?${YEAR}`,
  'gi',
);
/** "the year … was 1992", "the year of … is 1992": the predicate after a subject that opens with "the year". */
const YEAR_PREDICATE = new RegExp(
  String.raw`^\s*(?:[\p{L}]+\s*:\s*)?the\s+(?:first\s+)?year\b[^.;:!?]{3,120}?\s(?:was|is|had\s+been|has\s+been)\s+(?:in\s+)?${YEAR}\s*[.!]?\s*$`,
  'iu',
);

function yearMention(sentence: string, at: number, year: string): Mention {
  return {
    type: 'date',
    start: at,
    end: at + year.length,
    text: sentence.slice(at, at + year.length),
    negated: false,
    value: { year: Number(year), relation: 'in' },
  } as Mention;
}

/** The clauses with the years of dating verbs and year predicates read as dates (see above). */
export function withDatingYears(
  clauses: readonly Clause[],
  sentence: string,
  events: readonly IndexedEvent[],
): Clause[] {
  return clauses.map((c) => {
    const text = sentence.slice(c.start, c.end);
    const added: Mention[] = [];
    const dropped = new Set<Mention>();
    for (const m of text.matchAll(DATING)) {
      const year = m[1] as string;
      const at = c.start + (m.index as number) + m[0].length - year.length;
      const verbAt = c.start + (m.index as number);
      for (const x of c.mentions)
        if (x.type === 'count' && x.end <= verbAt && /^dat/i.test(x.value.noun ?? ''))
          dropped.add(x);
      const had = c.mentions.find(
        (x) => x.type === 'date' && x.start <= at && x.end >= at + year.length,
      );
      // Only what an event's word heads ("General Order 502 dates from …"); a thing at it ("the van dates from 2010",
      // "the order binder") has a year of its own: the year is no event's, not even as read after "from".
      if (!eventsHeaded(antecedent(sentence, verbAt), events).length) {
        if (had) dropped.add(had);
        continue;
      }
      if (had) {
        if (had.type === 'date' && had.value.relation !== 'in' && had.value.relation !== 'on')
          continue;
        dropped.add(had);
      }
      added.push(yearMention(sentence, at, year));
    }
    const predicate = YEAR_PREDICATE.exec(text);
    if (predicate) {
      const year = predicate[1] as string;
      const at = c.start + text.lastIndexOf(year);
      if (!c.mentions.some((x) => x.start <= at && x.end > at))
        added.push(yearMention(sentence, at, year));
    }
    if (!added.length && !dropped.size) return c;
    const mentions = [...c.mentions.filter((x) => !dropped.has(x)), ...added].sort(
      (a, b) => a.start - b.start,
    );
    return { ...c, mentions };
  });
}
