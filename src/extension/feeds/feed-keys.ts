/**
 * The storage keys of subscribed packs that code outside the feed store reads: alone in this file so the
 * feeds gate (feeds-gate.js, on every page while a subscribed pack is in use) takes only the string.
 */

/** The subscribed packs' prefilter pattern ('' = test every page; null = no subscribed pack in use), read by feeds-gate.js. */
export const FEED_GATE_KEY = 'feedGate';
