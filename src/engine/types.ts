import type { Source, TimelineEvent, Verdict } from '../pack/schema.ts';

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
  | 'agency' | 'number' | 'date' | 'place' | 'person' | 'quote' | 'attribution'
  | 'time-context' | 'contradicted' | 'statement' | 'unverified-claim';

/** One sentence of the page compared with the record. Offsets are into the analysed text. */
export interface Finding {
  verdict: Verdict;
  kind: FindingKind;
  start: number;
  end: number;
  /** The page's sentence, exactly as in the analysed text. */
  text: string;
  /** What in the pack it was matched to: `fact:<id>`, `quote:<id>`, `unverified:<id>` or `review:<id>`. */
  claimId: string;
  /** What the original reports say. */
  original: string;
  /** One sentence: what differs (or agrees) and why. */
  explanation: string;
  /** What an explanation must not lose, when the pack records it. */
  nuance?: string;
  sources: Source[];
}

export interface Analysis {
  story: StoryMatch | null;
  findings: Finding[];
}
