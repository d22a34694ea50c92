/**
 * Common words that say nothing about which claim a text makes: left out of
 * the words that recognise a claim, both when a ClaimReview item becomes a
 * story's recognition cues (claimreview.ts) and when a page's sentence is
 * matched against a review's claim (the engine's contentWords).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'that',
  'this',
  'with',
  'from',
  'have',
  'were',
  'they',
  'their',
  'there',
  'which',
  'would',
  'about',
  'been',
  'will',
  'when',
  'what',
  'said',
  'says',
  'than',
  'then',
  'them',
  'into',
  'more',
  'only',
  'over',
  'some',
  'such',
  'also',
]);
