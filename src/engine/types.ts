import type { Period, Source, TimelineEvent, Verdict } from '../pack/schema.ts';
import type { SignalKind } from './signal-kinds.ts';

export type { Verdict };

/** The story a page was recognised as retelling. */
export interface StoryMatch {
  packId: string;
  storyId: string;
  title: string;
  summary: string;
  originals: Source[];
  timeContext: { start: string; end: string; summary: string };
  timeline: TimelineEvent[];
  /** Sum of the weights of the cues found, and the threshold it reached. */
  score: number;
  threshold: number;
  /** Ids of the cues found on the page. */
  cues: string[];
}

/** What kind of difference (or agreement) a finding is about. */
export type FindingKind =
  | 'agency'
  | 'number'
  | 'date'
  | 'place'
  | 'person'
  | 'quote'
  | 'attribution'
  | 'misattributed-quote'
  | 'time-context'
  | 'contradicted'
  | 'statement'
  | 'unverified-claim';

/** What the engine knows about the page besides its text. All optional. */
export interface PageContext {
  /** Absolute URLs the page links to; when absent, URLs written in the text are used. */
  links?: readonly string[];
  /** The date the page declares it was published (YYYY-MM-DD), if any. */
  published?: string | null;
  /** Today's date (YYYY-MM-DD); needed to tell an old story from a current one. */
  today?: string;
  /**
   * The share (0 to 1) of the page's text in links or in list items of a few words (page-shape.ts): above
   * one half the page is a list of links or headlines, which retells no story and gets no finding.
   */
  linkShare?: number;
  /** The names the page gives its own outlet (site name, publisher, address; src/shared/page-outlet.ts): its own reporting is never called wrongly credited. */
  outlets?: readonly string[];
}

/** A page-level problem: not a sentence compared with the record, but how the page is made. */
export type { SignalKind };

export interface Signal {
  kind: SignalKind;
  /** The page's words that show it (empty for a signal about something missing). */
  text: string;
  explanation: string;
  /** Offsets of `text` in the analysed text, when it is there. */
  start?: number;
  end?: number;
}

/** One typed value of the sentence against the record's: "page: FBI · record: HSI and Border Patrol". */
interface Comparison {
  /** What kind of value: agency, weekday, date, time, street, place, state, count, person, role, outcome. */
  slot: string;
  page: string;
  record: string;
}

/** One sentence of the page compared with the record. Offsets are into the analysed text. */
export interface Finding {
  verdict: Verdict;
  kind: FindingKind;
  start: number;
  end: number;
  /** The page's sentence, exactly as in the analysed text. */
  text: string;
  /** What in the pack it was matched to: `fact:<id>`, `quote:<id>`, `unverified:<id>`, `review:<id>` or `event:<id>` (a typed comparison). */
  claimId: string;
  /** What the original reports say. */
  original: string;
  /** One sentence: what differs (or agrees) and why. */
  explanation: string;
  /** What an explanation must not lose, when the pack records it. */
  nuance?: string;
  sources: Source[];
  /** Words the sources print verbatim (a recorded quote), so a link can open them at that passage. */
  passage?: string;
  /** The time the sentence puts the story in: from the pack for a known wrong value, else a date the sentence states. */
  refersTo?: Period;
  /** For a finding from a typed comparison: each value of the page that differs from (or is not confirmed by) the record's. */
  comparison?: Comparison[];
  /** For a discrepant finding: `false`, or `imprecise` where the record calls the page's value partly right (ICE for an HSI and Border Patrol stop). */
  severity?: 'false' | 'imprecise';
  /** For quoted words that differ from the speaker's recorded words: each change, the record's words → the page's ("help → assist"). */
  diff?: string[];
}

export interface Analysis {
  story: StoryMatch | null;
  findings: Finding[];
  /** Page-level signals; only for a page that retells a known story. */
  signals: Signal[];
}
