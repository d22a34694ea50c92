import type { Check, Source, Verdict } from '../pack/schema.ts';

export type { Verdict };

/** The story a page was recognised as retelling. */
export interface StoryMatch {
  packId: string;
  storyId: string;
  title: string;
  summary: string;
  originals: Source[];
  /** Sum of the weights of the cues found, and the threshold it reached. */
  score: number;
  threshold: number;
  /** Ids of the cues found on the page. */
  cues: string[];
}

/** One sentence of the page compared with the record. Offsets are into the analysed text. */
export interface Finding {
  verdict: Verdict;
  kind: Check['kind'];
  start: number;
  end: number;
  /** The page's sentence, exactly as in the analysed text. */
  text: string;
  checkId: string;
  /** What the original reports say. */
  original: string;
  explanation: string;
  sources: Source[];
}

export interface Analysis {
  story: StoryMatch | null;
  findings: Finding[];
}
