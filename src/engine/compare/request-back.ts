/**
 * "The call came from X", "That request was made by X": a sentence whose
 * subject is a request told of in the sentence before (a definite "the",
 * "that", "this" before a noun for asking), saying who made it. The record's
 * word for that event need not be on the sentence ("the call" for a "call for
 * backup"), so the sentence is compared with the events of the one before
 * where someone asked (analyze.ts), and only who asked is taken from it.
 * General English only; nothing here knows a story.
 */
import type { IndexedEvent } from './story-record.ts';

/** "The call came from", "That 911 call was placed by", "The request for help was made by", "The plea had come from". */
const REQUEST_BACK =
  /^\s*(?:(?:but|and|yet|so)\s+)?(?:the|that|this)\s+(?:(?:911|emergency|first|original|initial|phone|radio)\s+)?(?:call|request|plea)(?:\s+for\s+(?:help|backup|back-up|assistance|support))?\s*,?\s+(?:(?:actually|really|in fact)\s+)?(?:came|had come|was made|had been made|was placed|was put in|was sent|went out)\s+(?:from|by)\s/i;

export const requestPointsBack = (sentence: string): boolean => REQUEST_BACK.test(sentence);

/** The events told of before where someone asked (the request the sentence is about). */
export const requestsOf = (before: readonly IndexedEvent[]): IndexedEvent[] =>
  before.filter((e) => e.participants.some((p) => p.role === 'asked'));
