/**
 * Entry of feeds-gate.js, the gate for subscribed packs (registered by the
 * background only while one is in use): reads their prefilter pattern from
 * storage ('' = test every page, null = none in use) and asks for the engine
 * like the main gate does.
 */
import { FEED_GATE_KEY } from '../feeds/feed-keys.ts';
import { readLocalLite } from '../platform/storage-lite.ts';
import { whenPageMayMatch } from './dom/gate.ts';
import { requestEngine } from './request-engine.ts';

void readLocalLite(FEED_GATE_KEY).then((pattern) => {
  if (typeof pattern !== 'string') return;
  whenPageMayMatch(document, pattern === '' ? null : new RegExp(pattern), requestEngine);
});
