/**
 * A refusal to comment that the record's own words of the speaker contradict: the page has a speaker of the story
 * "declining to comment on" an event ("X declined to comment on the visit", "X refused to comment on the ruling"),
 * and the record has that speaker's own words dated on that event's day. Only an explicit refusal (not "did not
 * respond", which may be one outlet's unanswered call), with its subject named right before it (by a name or alias of
 * the speaker, after "the" for a body) and the event named by its own words right after "on". Nothing here knows a
 * story: the speakers, events and dates are the pack's.
 */
import { foldText } from './normalize.ts';
import type { IndexedQuote, StoryChecks } from './pack-index.ts';
import { findTerm } from './terms.ts';

/** "declined to comment on", "refused to comment about", "would not comment on". */
const DECLINED =
  /\b(?:declined|declines|refused|refuses|would\s+not|wouldn['\u2019]t)\s+(?:to\s+)?(?:comment|say\s+anything)\s+(?:on|about)\s+/gi;

/** "declined to comment further", "would not comment again": a refusal after words of theirs, which the record's words do not contradict. */
const AFTER_WORDS = /\b(?:further|again|beyond|additional(?:ly)?|more|any\s+more|anymore)\b/i;

/** Between the subject and the refusal: nothing, or a few words of manner or tense. */
const BETWEEN = /^\s*(?:(?:has|had|also|again|then|initially|simply|flatly)\s+)*$/i;

export interface DeclinedButSpoke {
  quote: IndexedQuote;
  /** The page's words of refusal. */
  page: string;
  /** The event's label. */
  event: string;
}

export function declinedButSpoke(sentence: string, story: StoryChecks): DeclinedButSpoke | null {
  DECLINED.lastIndex = 0;
  const any = DECLINED.test(sentence);
  DECLINED.lastIndex = 0;
  if (!any || AFTER_WORDS.test(sentence)) return null;
  const folded = foldText(sentence);
  const events = story.story.events ?? [];
  for (const m of sentence.matchAll(DECLINED)) {
    const before = folded.slice(0, m.index);
    // The speakers whose name ends right before the refusal.
    const speakers = story.quotes.filter((q) =>
      q.speakerTerms.some((t) => {
        const at = before.lastIndexOf(t);
        return (
          at !== -1 &&
          BETWEEN.test(before.slice(at + t.length)) &&
          (at === 0 || /[^\p{L}\p{N}]$/u.test(before.slice(0, at)))
        );
      }),
    );
    if (!speakers.length) continue;
    // The events named by their own words right after "on".
    const after = m.index + m[0].length;
    const named = events.filter((e) =>
      (e.words ?? []).some((w) => {
        const k = findTerm(folded, foldText(w), after);
        return k !== -1 && k <= after + 12;
      }),
    );
    for (const e of named) {
      const said = speakers.find((q) => q.quote.date === e.date);
      if (said) return { quote: said, page: sentence.slice(m.index, after).trim(), event: e.label };
    }
  }
  return null;
}
