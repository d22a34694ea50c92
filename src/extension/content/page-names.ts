/**
 * The names of everything Sourcelight adds to a page, all under one prefix
 * (name-prefix.ts). highlights.css styles the highlights and marks by these
 * names (highlights-css.test.ts checks that it agrees).
 */
import type { Verdict } from '../../engine/index.ts';
import { NAME_PREFIX } from './name-prefix.ts';

export { NAME_PREFIX };

/** The fallback marks' tag, where the CSS Custom Highlight API is missing. */
export const MARK_TAG = `${NAME_PREFIX}mark`;
/** The card's host element (a random suffix is added when a page has taken this name). */
export const CARD_TAG = `${NAME_PREFIX}card`;
/** The id of the card's explanation, inside its shadow root. */
export const EXPLANATION_ID = `${NAME_PREFIX}explanation`;
/** One CSS Custom Highlight per verdict. */
export const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  discrepant: `${NAME_PREFIX}discrepant`,
  consistent: `${NAME_PREFIX}consistent`,
  unverified: `${NAME_PREFIX}unverified`,
};
