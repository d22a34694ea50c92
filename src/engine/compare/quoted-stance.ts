/**
 * Quoted words no record holds, credited to a speaker whose stance the record states, that say the opposite: "We
 * will start helping ICE with deportations," a chief whose department said it will not take part in immigration
 * enforcement. The quote matcher calls unrecorded words unverified; issue 15's rule makes them discrepant when they
 * contradict a recorded fact. The quoted words are read as the speaker's own ("we", "our officers" are the speaker's
 * side): a commitment (compare-commitment.ts's kinds) the speaker's record turns round at a time it covers, or an
 * effect in the other direction (effect-turned.ts). Questions and conditions inside the quote, or a scope the record
 * does not state, say nothing. Nothing here knows a story.
 */
import { quotedStretches } from '../quoted-stretches.ts';
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import { quotedEffectResults } from './effect-turned.ts';
import { showDate } from './record-values.ts';
import type { Comparison } from './value-result.ts';
import { turnedInPart } from './stance-turned.ts';
import type { StoryRecord } from './story-record.ts';

const TIMES: Record<'past' | 'present' | 'future', readonly string[]> = {
  past: ['past'],
  present: ['present', 'future'],
  future: ['future'],
};

export interface QuotedStance {
  comparison: Comparison;
  explanation: string;
}

/** The first stance in the sentence's quoted words that turns round one the record gives `canon` (the credited speaker). */
export function quotedStanceConflict(
  sentence: string,
  record: StoryRecord,
  canon: string,
): QuotedStance | null {
  const theirs = record.events.flatMap((e) =>
    e.commitments.filter((c) => c.holders.has(canon)).map((c) => ({ c, e })),
  );
  for (const words of quotedStretches(sentence)) {
    for (const clause of readSentence(words, record.gazetteer)) {
      if (clause.stance !== 'asserted') continue;
      for (const m of clause.mentions) {
        if (m.type !== 'commitment' || m.negated || m.value.anaphoric) continue;
        const fitting = theirs.filter(
          ({ c }) => c.action === m.value.action && TIMES[m.value.time].some((t) => c.times.has(t)),
        );
        if (!fitting.length || fitting.some(({ c }) => c.does !== fitting[0]!.c.does)) continue;
        const { c, e } = fitting[0]!;
        const page = words.slice(m.value.lead, m.value.wordsEnd ?? m.end).trim();
        // A scope the record does not state says nothing, unless it stretches what the record rules out or turns an outright stance in part.
        const scoped = m.value.scope !== undefined && (m.value.scope === 'narrow' || !m.value.does);
        if (
          c.does === m.value.does ||
          (scoped && !turnedInPart(c, m as Mention & { type: 'commitment' }, page))
        )
          continue;
        const said = `${c.statement} (${showDate(e.event.date)})`;
        return {
          comparison: { slot: 'stance', page, record: said },
          explanation: `No record holds these words, and they turn round what the record has ${[...c.holders].map((h) => record.nameOf(h)).join(' and ')} saying: they ${said}; the quote says \u201C${page}\u201D.`,
        };
      }
    }
    for (const r of quotedEffectResults(words, record, canon)) {
      if (r.conflict)
        return {
          comparison: r.conflict.comparison,
          explanation: `No record holds these words, and they turn round what the record has: ${r.conflict.explanation.replace(/^The record: /, '')}`,
        };
    }
  }
  return null;
}
