/**
 * The gate for subscribed packs, registered by the background (scripting
 * API) only while a subscribed pack is in use: it reads the subscribed packs'
 * prefilter pattern from storage and, on a match, asks for the engine like the
 * main gate does (it starts once however many gates pass). Built as a classic
 * script by scripts/content-scripts.ts.
 */
import { readLocalLite } from '../platform/storage-lite.ts';
import { whenPageMayMatch } from './dom/gate.ts';
import { requestEngine } from './request-engine.ts';

void readLocalLite('feedGate').then((pattern) => {
  if (typeof pattern !== 'string') return;
  whenPageMayMatch(document, pattern === '' ? null : new RegExp(pattern), requestEngine);
});
