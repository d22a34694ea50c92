/** A recorded quote as an event: the recorded occasion its speaker spoke on, or one of its own. */
import type { IndexedEvent } from './compare/story-record.ts';
import { foldText } from './normalize.ts';
import { findTerm } from './terms.ts';
import type { StoryChecks } from './pack-index.ts';
import type { Judgement } from './typed-finding.ts';

/** The occasion's words name the outlet ("interview with WHEC" names "WHEC" or "WHEC-TV"), as a whole word. */
function occasionNames(occasion: string, name: string): boolean {
  const words = foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const folded = ` ${foldText(occasion)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
  // The whole name, or its first word when that is a call sign or a name of its own ("WHEC" of "WHEC-TV"), never "the".
  return (
    words.length > 0 &&
    (folded.includes(` ${words.join(' ')} `) ||
      (words[0]!.length >= 3 &&
        words[0] !== 'the' &&
        words.length > 1 &&
        folded.includes(` ${words[0]} `) &&
        /^[A-Z0-9]{3,}/.test(name)))
  );
}

/** "told the Erie Lakefront Ledger", "interview with WHEC": an occasion that names whom the words were given to. */
const TOLD =
  /^(?:told|said\s+to|speaking\s+to|(?:in\s+)?an?\s+interview\s+with|interviewed\s+by)\s+(?:the\s+)?(.+?)\s*$/i;

/** The story's outlet a quote's occasion says its speaker told, as a canon (none when it names none the record knows). */
function toldOutlet(occasion: string, story: StoryChecks): string[] {
  const name = TOLD.exec(occasion)?.[1];
  if (!name) return [];
  const record = story.record();
  const found = [name, `the ${name}`].flatMap((n) =>
    record.gazetteer.lookup(n).filter((g) => g.kind === 'outlet'),
  );
  return [...new Set(found.map((g) => g.id))].slice(0, 1);
}

/** A recorded quote as an event of its own: its speaker spoke on its date, to the outlet its occasion says they told. */
export function quoteEvent(q: StoryChecks['quotes'][number], story: StoryChecks): IndexedEvent {
  const speaker = q.speaker ? story.record().entityCanon.get(q.speaker.id) : undefined;
  // The recorded event where the speaker spoke that day, when there is exactly one: it has the outlet spoken to.
  const spoke = speaker
    ? story
        .record()
        .events.filter(
          (e) =>
            e.event.date === q.quote.date &&
            e.participants.some((p) => p.role === 'spoke' && p.canon === speaker),
        )
    : [];
  if (spoke.length === 1) return spoke[0]!;
  // Several that day ("2025-04"): the one whose interviewer the quote's occasion names ("interview with WHEC").
  const named = spoke.filter((e) =>
    e.participants.some(
      (p) =>
        p.role === 'interviewer' && occasionNames(q.quote.occasion, story.record().nameOf(p.canon)),
    ),
  );
  if (named.length === 1) return named[0]!;
  // Or the one the occasion names by its own words ("news conference" of a press conference, not the written statement).
  const occasion = foldText(q.quote.occasion);
  const worded = spoke.filter((e) => e.words.some((w) => findTerm(occasion, w) !== -1));
  if (worded.length === 1) return worded[0]!;
  return {
    event: {
      id: `quote-${q.quote.id}`,
      label: q.quote.occasion,
      words: [q.quote.occasion],
      date: q.quote.date,
      sources: q.quote.sources,
      confidence: 'high',
    },
    words: [],
    participants: [
      ...(speaker ? [{ role: 'spoke', canon: speaker }] : []),
      ...toldOutlet(q.quote.occasion, story).map((canon) => ({ role: 'interviewer', canon })),
    ],
    places: [],
    quantities: [],
    outcomes: new Map(),
    negatives: new Map(),
    commitments: [],
  };
}

/** The recorded event a finding's quote was spoken at, when the record has one (quoteEvent). */
export function quotedEventIds(
  finding: Judgement | null | undefined,
  story: StoryChecks,
): string[] {
  const q = finding?.claimId.startsWith('quote:')
    ? story.quotes.find((x) => `quote:${x.quote.id}` === finding.claimId)
    : undefined;
  const event = q ? quoteEvent(q, story) : undefined;
  return event && story.record().events.includes(event) ? [event.event.id] : [];
}
